/**
 * The foundations pages as Lit templates over the token data (tokens.ts here, itself read from
 * core's token table). Samples read the live custom properties (`var(--llave-…)`), so the
 * toolbar's scheme and theme apply to them as they do to the components; the printed values are
 * tokens.ts's own.
 */
import { html, type TemplateResult } from 'lit';
import { agencyTheme } from './agency-theme.js';
import { strings } from './strings.js';
import {
  changesInDark,
  colours,
  lightTokens,
  pairs,
  type Section,
  tokenNames,
  tokensIn,
} from './tokens.js';

const styles = html`<style>
  .llave-sb {
    font-family: var(--llave-font-family);
    color: var(--llave-color-text);
    line-height: var(--llave-line-height);
    max-width: 72rem;
  }
  .llave-sb h1 { font-size: var(--llave-font-size-xl); margin: 0 0 var(--llave-space-s); }
  .llave-sb h2 { font-size: var(--llave-font-size-l); margin: var(--llave-space-xl) 0 var(--llave-space-s); }
  .llave-sb p, .llave-sb li { max-width: 48rem; }
  .llave-sb table { border-collapse: collapse; width: 100%; }
  .llave-sb th, .llave-sb td {
    text-align: start; vertical-align: middle;
    padding: var(--llave-space-s); border-bottom: 1px solid var(--llave-color-border);
  }
  .llave-sb code { font-size: var(--llave-font-size-s); overflow-wrap: anywhere; }
  .llave-sb .swatch {
    display: inline-block; inline-size: 2.5rem; block-size: 2.5rem; vertical-align: middle;
    margin-inline-end: var(--llave-space-s); border: 1px solid var(--llave-color-border);
    border-radius: var(--llave-radius-s);
  }
  .llave-sb .sample { display: inline-block; padding: var(--llave-space-xs) var(--llave-space-s); }
  .llave-sb .box {
    display: inline-block; inline-size: 2.5rem; block-size: 2.5rem; vertical-align: middle;
    margin-inline-start: var(--llave-space-s);
  }
  /*
   * Swatches and contrast samples show the token colours themselves, also under forced colours
   * (the one use CSS Color Adjust names for forced-color-adjust: none: colour pickers, swatches);
   * without it the system would paint text on Canvas, mixing a sample's colour with white.
   */
  .llave-sb .swatch, .llave-sb .sample, .llave-sb .box { forced-color-adjust: none; }
  .llave-sb .bar { display: block; block-size: 1rem; background: var(--llave-color-primary); }
  .llave-sb .shape {
    display: block; inline-size: 4rem; block-size: 3rem;
    background: var(--llave-color-surface-alt); border: 2px solid var(--llave-color-primary);
  }
  .llave-sb .focused {
    display: inline-block; padding: var(--llave-space-s) var(--llave-space-m);
    border: 1px solid var(--llave-color-border); border-radius: var(--llave-radius-m);
    outline: var(--llave-focus-ring); outline-offset: var(--llave-focus-ring-offset);
  }
  .llave-sb .target {
    display: inline-grid; place-items: center; background: var(--llave-color-primary);
    color: var(--llave-color-on-primary); border-radius: var(--llave-radius-s);
  }
</style>`;

const page = (title: string, intro: string, body: TemplateResult) =>
  html`${styles}<article class="llave-sb"><h1>${title}</h1><p>${intro}</p>${body}</article>`;

const ratio = (r: number) => `${r.toFixed(2)}:1`;

/** A table of the pages' one shape: a header row, then one row per item. */
const table = <T>(headers: string[], items: readonly T[], row: (item: T) => TemplateResult) =>
  html`<table>
    <thead>
      <tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr>
    </thead>
    <tbody>
      ${items.map((item) => html`<tr>${row(item)}</tr>`)}
    </tbody>
  </table>`;

/** A token's row: name, value (light; dark beside it when the dark theme changes it), sample. */
const rows = (names: string[], sample: (name: string) => TemplateResult, locale?: string) => {
  const t = strings(locale);
  return table(
    [t.token, t.value, t.sample],
    names,
    (name) =>
      html`<th scope="row"><code>${name}</code></th>
        <td><code>${lightTokens[name as keyof typeof lightTokens]}</code></td>
        <td>${sample(name)}</td>`,
  );
};

export function coloursPage(locale?: string): TemplateResult {
  const t = strings(locale);
  const verdict = (r: number, min: number) => (r >= min ? `✓ ${t.passes}` : `✗ ${t.fails}`);
  const sample = (pair: (typeof pairs)[number], scheme: 'light' | 'dark') => {
    const fg = colours.find((c) => c.name === pair.fg)![scheme];
    const bg = colours.find((c) => c.name === pair.bg)![scheme];
    return pair.text
      ? html`<span class="sample" style="color: ${fg}; background: ${bg}">${t.textSample}</span>`
      : html`<span
          class="box"
          aria-hidden="true"
          style="background: ${bg}; border: 3px solid ${fg}"
        ></span>`;
  };
  return page(
    t.colours,
    t.coloursIntro,
    html`${table(
      [t.token, t.light, t.dark, t.forced],
      colours,
      (c) =>
        html`<th scope="row"><code>${c.name}</code></th>
          <td>
            <span class="swatch" aria-hidden="true" style="background: ${c.light}"></span
            ><code>${c.light}</code>
          </td>
          <td>
            <span class="swatch" aria-hidden="true" style="background: ${c.dark}"></span
            ><code>${c.dark}</code>${changesInDark(c.name) ? '' : ` (${t.sharedInDark})`}
          </td>
          <td><code>${c.forced ?? '—'}</code></td>`,
    )}
      <p>${t.goldNote}</p>
      <h2>${t.contrast}</h2>
      <p>${t.contrastIntro}</p>
      ${table(
        [t.foreground, t.background, t.minimum, t.light, t.dark],
        pairs,
        (p) =>
          html`<td><code>${p.fg}</code></td>
            <td><code>${p.bg}</code></td>
            <td>${ratio(p.min)}</td>
            <td>${sample(p, 'light')} ${ratio(p.light)} ${verdict(p.light, p.min)}</td>
            <td>${sample(p, 'dark')} ${ratio(p.dark)} ${verdict(p.dark, p.min)}</td>`,
      )}`,
  );
}

/** The CSS property a type token sets, from its name. */
const typeProperty = (name: string) =>
  /font-size/.test(name)
    ? 'font-size'
    : /font-weight/.test(name)
      ? 'font-weight'
      : /line-height/.test(name)
        ? 'line-height'
        : 'font-family';

export function typePage(locale?: string): TemplateResult {
  const t = strings(locale);
  return page(
    t.type,
    t.typeIntro,
    rows(
      tokensIn('type'),
      (name) => html`<span style="${typeProperty(name)}: var(${name})">${t.typeSample}</span>`,
      locale,
    ),
  );
}

type Strings = ReturnType<typeof strings>;
const samples = (
  t: Strings,
): Record<Exclude<Section, 'color' | 'type'>, (name: string) => TemplateResult> => ({
  space: (name) =>
    html`<span class="bar" aria-hidden="true" style="inline-size: var(${name})"></span>`,
  radius: (name) =>
    html`<span class="shape" aria-hidden="true" style="border-radius: var(${name})"></span>`,
  focus: () => html`<span class="focused">${t.focusSample}</span>`,
  target: (name) =>
    html`<span
      class="target"
      aria-hidden="true"
      style="inline-size: var(${name}); block-size: var(${name})"
    ></span>`,
  motion: () => html``,
  other: () => html``,
});

export function spacePage(locale?: string): TemplateResult {
  const t = strings(locale);
  const section = (
    key: Exclude<Section, 'color' | 'type'>,
    title: string,
    intro?: string,
  ): TemplateResult | string => {
    const names = tokensIn(key);
    if (!names.length) return '';
    return html`<h2>${title}</h2>
      ${intro ? html`<p>${intro}</p>` : ''}
      ${rows(names, samples(t)[key], locale)}`;
  };
  return page(
    t.spaceAndShape,
    '',
    html`${section('space', t.space)} ${section('radius', t.radius)}
    ${section('focus', t.focus, t.focusIntro)} ${section('target', t.target, t.targetIntro)}
    ${section('motion', t.motion, t.motionIntro)} ${section('other', t.other)}`,
  );
}

export function agencyPage(locale?: string): TemplateResult {
  const t = strings(locale);
  const names = [...new Set([...Object.keys(agencyTheme.light), ...Object.keys(agencyTheme.dark)])];
  const light = agencyTheme.light as Record<string, string>;
  const dark = agencyTheme.dark as Record<string, string>;
  return page(
    t.agency,
    t.agencyIntro,
    html`<h2>${t.agencySets}</h2>
      ${table(
        [t.token, t.light, t.dark],
        names,
        (name) =>
          html`<th scope="row"><code>${name}</code></th>
            <td><code>${light[name] ?? '—'}</code></td>
            <td><code>${dark[name] ?? light[name] ?? '—'}</code></td>`,
      )}
      <h2>${t.can}</h2>
      <ul>
        ${t.canList.map((item) => html`<li>${item}</li>`)}
      </ul>
      <h2>${t.cannot}</h2>
      <ul>
        ${t.cannotList.map((item) => html`<li>${item}</li>`)}
      </ul>`,
  );
}

export function reviewPage(locale?: string): TemplateResult {
  const t = strings(locale);
  return page(
    t.review,
    t.reviewIntro,
    html`<ol>
      ${t.reviewSteps.map((step) => html`<li>${step}</li>`)}
    </ol>`,
  );
}

/** Every page, for the test that each token appears on one. */
export const pages = { coloursPage, typePage, spacePage, agencyPage, reviewPage };
export { tokenNames };
