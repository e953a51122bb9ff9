import { css } from 'lit';
import * as tokens from '../tokens.js';

/**
 * Styles for the light-DOM form the wizard renders (the fields live there so password managers
 * and autofill find them). Adopted into the wizard's root; every selector is `llave-rw-`
 * prefixed or scoped under the wizard's tag so nothing else on the page is touched.
 *
 * The form is a child of its component, so it inherits the private `--_*` properties that
 * `baseStyles` sets on every component's :host from the `--llave-*` tokens (with their
 * fallbacks): reading those here gives the same values as the tokens, without this sheet
 * carrying every token's fallback a second time. Only what baseStyles has no property for is
 * read from the tokens directly.
 */
export const wizardFormStyles = css`
  :is(llave-registration-wizard, llave-password-reset, llave-profile) .llave-rw-form {
    display: grid;
    gap: var(--llave-registration-wizard-gap, 1rem);
    font: normal var(--_font-weight) var(--_font-size) / var(--_line-height) var(--_font);
    letter-spacing: normal;
    text-transform: none;
    color: var(--_text);
  }
  /*
   * A scoped reset: the fields live in the page's light DOM (password managers and autofill need
   * them there), so the page's global rules reach them (* { font: 10px serif }, input { all:
   * unset }). One class beats any type selector, and :where() keeps this at that one class, so
   * the rules below still win over it. Nothing here hides or moves an input: password managers
   * skip fields that are invisible or off-screen. A word longer than the line (an error code
   * the server sent as is, an email) breaks instead of widening its field past the form.
   */
  .llave-rw-form :where(*) {
    box-sizing: border-box;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    color: inherit;
    overflow-wrap: anywhere;
  }
  .llave-rw-form {
    box-sizing: border-box;
  }
  .llave-rw-form :where(p, legend, fieldset, dl, dd) {
    margin: 0;
  }
  .llave-rw-form :where(input, select, button) {
    display: block;
    visibility: visible;
    opacity: 1;
    position: static;
  }
  .llave-rw-form :where(input:not([type='checkbox']), select) {
    cursor: text;
  }
  .llave-rw-form select {
    /* all: unset takes the arrow away; the platform's own control is the one people know. */
    appearance: auto;
    cursor: pointer;
  }
  .llave-rw-form input[type='checkbox'] {
    appearance: auto;
    display: inline-block;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .llave-rw-form :where(button) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
  }
  .llave-rw-field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .llave-rw-field label,
  .llave-rw-fieldset legend {
    font-weight: 600;
  }
  .llave-rw-optional,
  .llave-rw-help {
    color: var(--_muted);
    font-weight: 400;
    margin: 0;
  }
  .llave-rw-field input,
  .llave-rw-field select {
    font: inherit;
    min-height: var(--_target);
    width: 100%;
    max-width: 100%;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    /* A value longer than the field (an email, a registry name, a colonia) says it goes on. */
    text-overflow: ellipsis;
  }
  .llave-rw-field input[readonly] {
    background: transparent;
    border-style: dashed;
  }
  .llave-rw-field [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .llave-rw-form :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .llave-rw-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .llave-rw-error:empty {
    display: none;
  }
  .llave-rw-check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .llave-rw-check input {
    width: 24px;
    height: 24px;
    flex: none;
  }
  .llave-rw-fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--llave-registration-wizard-gap, 1rem);
    padding: 0.75rem;
    margin: 0;
    min-width: 0;
  }
  /* Memorable date (GOV.UK): day and month two characters wide, the year four. */
  .llave-rw-date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .llave-rw-date-part {
    display: grid;
    gap: 0.25rem;
  }
  .llave-rw-date-part.two input {
    width: calc(2ch + 2.5rem);
  }
  .llave-rw-date-part.four input {
    width: calc(4ch + 2.5rem);
  }
  .llave-rw-date .llave-rw-help,
  .llave-rw-date .llave-rw-error {
    margin: 0;
  }
  .llave-rw-facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .llave-rw-facts dt {
    font-weight: 600;
    display: inline;
  }
  .llave-rw-facts dt::after {
    content: ': ';
  }
  .llave-rw-facts dd {
    display: inline;
    margin: 0;
  }
  .llave-rw-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .llave-rw-primary {
    font: inherit;
    min-height: var(--_target);
    padding: 0.375rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  .llave-rw-primary[aria-disabled='true'] {
    opacity: 0.6;
  }
  .llave-rw-secondary {
    font: inherit;
    justify-self: start;
    min-height: var(--_target);
    padding: 0.375rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: transparent;
    color: var(--_primary);
    cursor: pointer;
  }
  .llave-rw-secondary[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .llave-rw-meter {
    height: 0.5rem;
    border-radius: 0.25rem;
    background: ${tokens.colorSurfaceAlt};
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .llave-rw-meter span {
    display: block;
    height: 100%;
    width: 0;
    background: var(--_danger);
  }
  .llave-rw-meter[data-score='1'] span { width: 25%; }
  .llave-rw-meter[data-score='2'] span { width: 50%; background: ${tokens.colorWarning}; }
  .llave-rw-meter[data-score='3'] span { width: 75%; background: var(--_success); }
  .llave-rw-meter[data-score='4'] span { width: 100%; background: var(--_success); }
  .llave-rw-tips {
    display: block;
  }
  .llave-rw-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .llave-rw-meter { border: 1px solid CanvasText; }
    .llave-rw-meter span { background: Highlight; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .llave-rw-meter span { transition: width 0.2s; }
  }
`;

/** Adopts the light-DOM form styles once into the document or shadow root holding `el`. */
export function adoptFormStyles(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const sheet = wizardFormStyles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * The shadow root of the light form's hosts (the reset, the wizard): the step's heading, which
 * takes focus on each step (a ring only when the keyboard moved it), and the error box, an
 * alert or the form's error summary (a focusable group, GOV.UK's; the picker's summary line is
 * not one) with its links. In this chunk, which only their pages load, not in the shared
 * controls.
 */
export const formHostStyles = css`
  h2 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus);
  }
  .alert,
  .summary[role='group'] {
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .alert,
    .summary[role='group'] {
      border-color: CanvasText;
    }
  }
`;
