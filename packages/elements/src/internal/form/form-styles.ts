import { css } from 'lit';
import { token } from '../base-styles.js';

/**
 * Styles for the light-DOM form the wizard renders (the fields live there so password managers
 * and autofill find them). Adopted into the wizard's root; every selector is `llave-rw-`
 * prefixed or scoped under the wizard's tag so nothing else on the page is touched.
 */
export const wizardFormStyles = css`
  :is(llave-registration-wizard, llave-password-reset) .llave-rw-form {
    display: grid;
    gap: var(--llave-registration-wizard-gap, 1rem);
    font-family: ${token('--llave-font-family')};
    color: ${token('--llave-color-text')};
  }
  /* The page's box model is not ours to assume: light DOM does not inherit the shadow's. */
  .llave-rw-form,
  .llave-rw-form * {
    box-sizing: border-box;
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
    color: ${token('--llave-color-muted')};
    font-weight: 400;
    margin: 0;
  }
  .llave-rw-field input,
  .llave-rw-field select {
    font: inherit;
    min-height: ${token('--llave-target-comfortable')};
    width: 100%;
    max-width: 100%;
    padding: 0.375rem 0.5rem;
    border: 2px solid ${token('--llave-color-border')};
    border-radius: ${token('--llave-radius-m')};
    background: ${token('--llave-color-surface')};
    color: inherit;
  }
  .llave-rw-field input[readonly] {
    background: transparent;
    border-style: dashed;
  }
  .llave-rw-field [aria-invalid='true'] {
    border-color: ${token('--llave-color-danger')};
  }
  .llave-rw-form :focus-visible {
    outline: ${token('--llave-focus-ring')};
    outline-offset: 2px;
  }
  .llave-rw-error {
    color: ${token('--llave-color-danger')};
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
    border: 1px solid ${token('--llave-color-border')};
    border-radius: ${token('--llave-radius-m')};
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
    min-height: ${token('--llave-target-comfortable')};
    padding: 0.375rem 1.25rem;
    border-radius: ${token('--llave-radius-m')};
    border: 2px solid ${token('--llave-color-primary')};
    background: ${token('--llave-color-primary')};
    color: ${token('--llave-color-on-primary')};
    cursor: pointer;
  }
  .llave-rw-primary[aria-disabled='true'] {
    opacity: 0.6;
  }
  .llave-rw-secondary {
    font: inherit;
    justify-self: start;
    min-height: ${token('--llave-target-comfortable')};
    padding: 0.375rem 1rem;
    border-radius: ${token('--llave-radius-m')};
    border: 2px solid ${token('--llave-color-primary')};
    background: transparent;
    color: ${token('--llave-color-primary')};
    cursor: pointer;
  }
  .llave-rw-secondary[aria-pressed='true'] {
    background: ${token('--llave-color-primary')};
    color: ${token('--llave-color-on-primary')};
  }
  .llave-rw-meter {
    height: 0.5rem;
    border-radius: 0.25rem;
    background: ${token('--llave-color-surface-alt')};
    border: 1px solid ${token('--llave-color-border')};
    overflow: hidden;
  }
  .llave-rw-meter span {
    display: block;
    height: 100%;
    width: 0;
    background: ${token('--llave-color-danger')};
  }
  .llave-rw-meter[data-score='1'] span { width: 25%; }
  .llave-rw-meter[data-score='2'] span { width: 50%; background: ${token('--llave-color-warning')}; }
  .llave-rw-meter[data-score='3'] span { width: 75%; background: ${token('--llave-color-success')}; }
  .llave-rw-meter[data-score='4'] span { width: 100%; background: ${token('--llave-color-success')}; }
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
