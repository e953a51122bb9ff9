import type { KeyPath, TranslateOptions } from '@llave-cdmx/core';
import { css, html, nothing } from 'lit';
import type { HelpTopic } from './help.strings.js';
import type es from './locales/es-MX.js';

export { HELP_TOPICS, type HelpTopic, helpStrings } from './help.strings.js';

/** Any component translator that declared the `help` namespace. */
export type HelpTranslator = (
  key: `help:${KeyPath<typeof es>}`,
  options?: TranslateOptions,
) => string;

/** LOCATEL, Mexico City's public help line: the guide's answer when nothing else works. */
const LOCATEL = { label: '55 5658 1111', tel: '+525556581111' };

/**
 * The same help, worded the same, at the end of every component (WCAG 3.2.6 Consistent Help):
 * a disclosure with the guide's short answers for the trouble at hand (`topics`, most relevant
 * first), LOCATEL, and the agency's own help page when it gave one (`help-href`).
 */
export function renderHelp(
  t: HelpTranslator,
  { topics, href, open = false }: { topics: readonly HelpTopic[]; href?: string; open?: boolean },
) {
  return html`<details part="help" class="llave-help" ?open=${open}>
    <summary>${t('help:summary')}</summary>
    <div class="llave-help-body">
      ${topics.map(
        (topic) => html`<h3>${t(`help:topics.${topic}.title`)}</h3>
          <p>${t(`help:topics.${topic}.answer`)}</p>`,
      )}
      <p>${t('help:locatel')} <a href="tel:${LOCATEL.tel}">${LOCATEL.label}</a></p>
      ${href ? html`<p><a href=${href}>${t('help:more')}</a></p>` : nothing}
    </div>
  </details>`;
}

export const helpStyles = css`
  .llave-help {
    margin-top: 1.5rem;
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  .llave-help summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .llave-help h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  .llave-help p {
    margin: 0 0 0.5rem;
  }
  .llave-help a {
    color: var(--_primary);
    display: inline-block;
    min-height: 24px;
  }
`;
