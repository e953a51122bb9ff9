/**
 * Test helpers for WCAG 1.4.10 Reflow, 2.5.8 Target Size (Minimum) and contrast in forced colours
 * (1.4.3, 1.4.11 under Windows' contrast themes): one measure for every
 * component's suite, so "nothing sticks out at 320 px or in a narrow sidebar" means the same
 * everywhere. Test code only: no component imports it, and the package's `files` leave it out.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

/** Not shown, or shown only to assistive technology: not measured, nor anything inside. */
const HIDDEN = '.visually-hidden, .llave-rw-visually-hidden, option, datalist';
/** Pointer targets (2.5.8). A link without href is not one. */
const TARGET = 'a[href], button, input, select, textarea, summary, [role="menuitem"]';
/** Fields whose value can be cut short and must then end in an ellipsis. */
const FIELD =
  'input:not([type="checkbox"], [type="radio"], [type="range"], [type="color"]), select';

const px = (n: number) => Math.round(n);
/** An element as a problem names it: its tag with its part, id and class. */
const name = (n: Element) =>
  `<${n.localName}${['part', 'id', 'class']
    .map((a) => (n.getAttribute(a) ? ` ${a}="${n.getAttribute(a)}"` : ''))
    .join('')}>`;
const measure = document.createElement('canvas').getContext('2d')!;

/**
 * What breaks WCAG 1.4.10 Reflow (and 2.5.8 target size) in `host`, as readable problems; `[]`
 * when nothing does. The box everything must stay in is `host`'s (`container`'s, or the
 * viewport's without one, when the host has no box of its own, display: contents); the host
 * must stay in `container` (the viewport without one). Measured, through its shadow root,
 * every nested shadow root and its light DOM:
 * - every element's box and every LINE of every text node (left and right edges);
 * - an element in the top layer (`:modal`, `:popover-open`) and everything in it against the
 *   viewport instead: it is drawn there, whatever holds it;
 * - what scrolls sideways (overflow-x auto/scroll, wider content), and what is cut short
 *   (overflow-x hidden/clip, wider content) without `text-overflow: ellipsis`;
 * - every input and select whose value is wider than the field ends in an ellipsis (a select's
 *   chosen option is measured on a canvas in the select's font);
 * - every pointer target is at least 24×24 px, except a link in a line of text (display:
 *   inline), which 2.5.8 exempts;
 * - the page does not scroll sideways.
 *
 * Skipped, and why: `display: none` (not drawn); `.visually-hidden`, `option`, `datalist`
 * (1 px boxes for screen readers, or drawn by the browser outside the page); boxes with neither
 * width nor height; text clipped by a box that ends it in an ellipsis, or that scrolls (only the
 * part shown counts; that box is measured itself, and its scrolling is a problem of its own).
 * Every `<details>` is opened first, so what it hides is measured too.
 */
export function reflowProblems(host: Element, container?: Element): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const viewport = new DOMRect(0, 0, root.clientWidth, innerHeight);
  const outer = container?.getBoundingClientRect() ?? viewport;
  const own = host.getBoundingClientRect();
  const hostBox = own.width ? own : outer;
  const out = (r: DOMRect, b: DOMRect) => r.left < b.left - 0.5 || r.right > b.right + 0.5;
  const at = (r: DOMRect, b: DOMRect) =>
    `${px(r.left)}–${px(r.right)} (box ${px(b.left)}–${px(b.right)})`;
  if (out(own, outer)) problems.push(`the host ${at(own, outer)}`);

  const open = (n: ParentNode) => {
    for (const d of n.querySelectorAll('details')) d.open = true;
    for (const e of n.querySelectorAll('*')) if (e.shadowRoot) open(e.shadowRoot);
  };
  if (host.shadowRoot) open(host.shadowRoot);
  open(host);

  /** The nearest box between a node and its measuring box that does not let content show past it. */
  type Clip = { el: Element; rect: DOMRect } | undefined;
  const sideways = (node: Element, s: CSSStyleDeclaration, what: string) => {
    const wider = node.scrollWidth - node.clientWidth;
    if (wider <= 1 || node.matches(FIELD) || s.overflowX === 'visible') return;
    if (/auto|scroll/.test(s.overflowX)) problems.push(`${what} scrolls sideways by ${wider} px`);
    else if (s.textOverflow !== 'ellipsis')
      problems.push(`${what} cuts ${wider} px off without an ellipsis`);
  };
  const text = (t: Node, box: DOMRect, clip: Clip) => {
    const words = t.textContent!.trim();
    if (!words) return;
    const range = document.createRange();
    range.selectNodeContents(t);
    for (const line of range.getClientRects()) {
      if (!line.width) continue;
      const quote = `"${words.slice(0, 40)}"`;
      if (!clip) {
        if (out(line, box)) problems.push(`${quote} ${at(line, box)}`);
      } else if (out(line, clip.rect)) {
        // Shown only within the clipping box: cut short with an ellipsis, or scrolled to, is
        // the clipping box's own check; cut off to the left is lost.
        if (line.left < clip.rect.left - 0.5)
          problems.push(`${quote} is cut off left of ${name(clip.el)} ${at(line, clip.rect)}`);
      }
    }
  };
  const field = (f: HTMLInputElement | HTMLSelectElement, s: CSSStyleDeclaration, what: string) => {
    const padding = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
    const room = f.clientWidth - padding;
    measure.font = s.font;
    const value =
      f instanceof HTMLSelectElement
        ? measure.measureText(f.selectedOptions[0]?.text ?? '').width
        : f.scrollWidth - padding;
    if (value > room + 0.5 && s.textOverflow !== 'ellipsis')
      problems.push(`${what} shows ${px(room)} of ${px(value)} px without an ellipsis`);
  };
  const within = (parent: Node, box: DOMRect, clip: Clip) => {
    for (const child of parent.childNodes) {
      if (child instanceof Element) walk(child, box, clip);
      else if (child.nodeType === Node.TEXT_NODE) text(child, box, clip);
    }
  };
  const walk = (node: Element, box: DOMRect, clip: Clip) => {
    if (node.matches(HIDDEN)) return;
    const s = getComputedStyle(node);
    if (s.display === 'none') return;
    if (node.matches(':modal, :popover-open')) {
      // The top layer: drawn over the page, clipped by nothing that holds it.
      box = viewport;
      clip = undefined;
    }
    const r = node.getBoundingClientRect();
    const what = name(node);
    if ((r.width || r.height) && out(r, box)) problems.push(`${what} ${at(r, box)}`);
    sideways(node, s, what);
    if (
      node.matches(TARGET) &&
      !(node.localName === 'a' && s.display === 'inline') &&
      (r.width || r.height) &&
      Math.min(r.width, r.height) < 24
    )
      problems.push(`${what} is ${px(r.width)}×${px(r.height)} px, under 24×24`);
    if (node.matches(FIELD)) field(node as HTMLInputElement | HTMLSelectElement, s, what);
    const inner: Clip = s.overflowX === 'visible' ? clip : { el: node, rect: r };
    within(node, box, inner);
    if (node.shadowRoot) within(node.shadowRoot, box, inner);
  };
  sideways(host, getComputedStyle(host), 'the host');
  if (host.shadowRoot) within(host.shadowRoot, hostBox, undefined);
  within(host, hostBox, undefined);
  if (root.scrollWidth > root.clientWidth)
    problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  return problems;
}

/**
 * Where {@link expectLayout} measures: the viewport's width, and the inline-size given to the
 * element's parent ('' leaves it as it is, the page's width).
 */
export type ReflowPlace = readonly [viewport: number, inlineSize: string];

/** A 320 px phone, 260 and 230 px sidebars, a 1024 px desktop. */
export const reflowPlaces: readonly ReflowPlace[] = [
  [320, ''],
  [800, '260px'],
  [800, '230px'],
  [1024, ''],
];

/**
 * Where the suites that put their component in a sidebar of their own measure it: the viewport's
 * width and the sidebar's (0: none, the page's width); 200 and 160 px are a header's column.
 */
export const sidebarPlaces = [
  [320, 0],
  [1024, 260],
  [1024, 0],
  [320, 200],
  [320, 160],
] as const;

/**
 * {@link reflowProblems} of `el` in each of `places` (its parent is the sidebar), expecting
 * none, then {@link forcedColorsProblems} with forced colours emulated: one call per state of a
 * component's suite checks both. The viewport (800×600), the parent's inline-size and forced
 * colours come back even when one fails.
 */
export async function expectLayout(
  el: Element,
  what: string,
  places: readonly ReflowPlace[] = reflowPlaces,
) {
  const box = el.parentElement as HTMLElement;
  const before = box.style.inlineSize;
  try {
    for (const [viewport, width] of places) {
      await setViewport({ width: viewport, height: 640 });
      box.style.inlineSize = width;
      // One frame: resize observers and the renders they ask for run before measuring.
      await new Promise(requestAnimationFrame);
      const where = `${what}, ${width || `${viewport} px`}`;
      expect(reflowProblems(el, width ? box : undefined), where).to.deep.equal([]);
    }
  } finally {
    box.style.inlineSize = before;
    await setViewport({ width: 800, height: 600 });
  }
  await expectForcedColors(el, what);
}

/** `rgb()`/`rgba()` as computed, to [r, g, b, alpha]. */
function rgba(color: string): [number, number, number, number] {
  const n = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
}
/** WCAG 2.2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgba(c)
      .slice(0, 3)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The element's parent in the flattened tree: its slot, its parent, or its shadow root's host. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}
/** What a system colour keyword computes to on this page (forced colours on or off). */
function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = keyword;
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value;
}

/**
 * Controls whose box must show in forced colours (WCAG 1.4.11), unless drawn as a link. A menu's
 * items are not: the menu's box holds them, and each is its text, as in native menus.
 */
const CONTROL =
  'button:not([role="menuitem"]), input:not([type="checkbox"], [type="radio"]), select, textarea, a.button';

/**
 * What is illegible in forced colours (Windows' contrast themes, `forced-colors: active`) in
 * `host`, through its shadow roots and light DOM; `[]` when nothing is. Call it with forced
 * colours emulated ({@link expectForcedColors} does). Chromium then draws the user's colours
 * and, behind the text of every element that keeps `forced-color-adjust: auto`, a Canvas
 * backplate; an element with `forced-color-adjust: none` shows its own colours instead.
 * - Every text (not disabled: WCAG 1.4.3 exempts inactive controls) at least 4.5:1 against what
 *   is drawn behind it (3:1 for large text): the backplate, or the nearest background.
 * - Every button, field and button-like link has a boundary at least 3:1 against Canvas (a
 *   border, or its own background when it keeps its colours), unless it is drawn as a link
 *   (underlined text), since forced colours take every fill away.
 */
export function forcedColorsProblems(host: Element): string[] {
  const problems: string[] = [];
  const canvas = systemColor('Canvas');
  const behind = (el: Element): string => {
    for (let n: Element | null = el; n; n = flatParent(n)) {
      const bg = getComputedStyle(n).backgroundColor;
      if (rgba(bg)[3] > 0) return bg;
    }
    return canvas;
  };
  const inactive = (el: Element) => {
    for (let n: Element | null = el; n; n = flatParent(n))
      if (n.matches(':disabled, [aria-disabled="true"]')) return true;
    return false;
  };
  const text = (t: Node, el: Element, s: CSSStyleDeclaration) => {
    const words = t.textContent!.trim();
    if (!words || inactive(el)) return;
    const range = document.createRange();
    range.selectNodeContents(t);
    if (![...range.getClientRects()].some((r) => r.width)) return;
    const bg = s.forcedColorAdjust === 'none' ? behind(el) : canvas;
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const ratio = contrast(s.color, bg);
    if (ratio < (large ? 3 : 4.5))
      problems.push(
        `"${words.slice(0, 40)}" in ${name(el)}: ${s.color} on ${bg}, ${ratio.toFixed(2)}:1`,
      );
  };
  const boundary = (el: Element, s: CSSStyleDeclaration) => {
    if (s.textDecorationLine.includes('underline') || inactive(el)) return;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return;
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const border = sides.every(
      (side) =>
        parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
        s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        contrast(s.getPropertyValue(`border-${side.toLowerCase()}-color`), canvas) >= 3,
    );
    const fill =
      s.forcedColorAdjust === 'none' &&
      rgba(s.backgroundColor)[3] > 0 &&
      contrast(s.backgroundColor, canvas) >= 3;
    if (!border && !fill) problems.push(`${name(el)} has no boundary that shows in forced colours`);
  };
  const walk = (node: Element) => {
    if (node.matches(HIDDEN)) return;
    const s = getComputedStyle(node);
    if (s.display === 'none' || s.visibility === 'hidden') return;
    if (node.matches(CONTROL)) boundary(node, s);
    for (const child of node.childNodes) {
      if (child instanceof Element) walk(child);
      else if (child.nodeType === Node.TEXT_NODE) text(child, node, s);
    }
    if (node.shadowRoot) for (const child of node.shadowRoot.children) walk(child);
  };
  if (host.shadowRoot) for (const child of host.shadowRoot.children) walk(child);
  for (const child of host.children) walk(child);
  return problems;
}

/**
 * {@link forcedColorsProblems} of `el` with forced colours emulated, expecting none; forced
 * colours end even when it fails.
 */
export async function expectForcedColors(el: Element, what: string) {
  try {
    await emulateMedia({ forcedColors: 'active' });
    await new Promise(requestAnimationFrame);
    expect(forcedColorsProblems(el), `${what}, forced colours`).to.deep.equal([]);
  } finally {
    await emulateMedia({ forcedColors: 'none' });
  }
}
