import { css } from 'lit';

/**
 * Styles for the light-DOM form the wizard renders (the fields live there so password managers
 * and autofill find them). Adopted into the wizard's root; every selector is `llave-rw-`
 * prefixed or scoped under the wizard's tag so nothing else on the page is touched.
 */
export const wizardFormStyles = css`
  :is(llave-registration-wizard, llave-password-reset) .llave-rw-form {
    display: grid;
    gap: var(--llave-registration-wizard-gap, 1rem);
    font-family: var(--llave-font-family, system-ui, sans-serif);
    color: var(--llave-color-text, #1f1f1f);
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
    color: var(--llave-color-text-muted, #545454);
    font-weight: 400;
    margin: 0;
  }
  .llave-rw-field input,
  .llave-rw-field select {
    font: inherit;
    min-height: var(--llave-target-size, 44px);
    width: 100%;
    max-width: 100%;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--llave-color-border, #6f6f6f);
    border-radius: var(--llave-radius-m, 8px);
    background: var(--llave-color-surface, #fff);
    color: inherit;
  }
  .llave-rw-field input[readonly] {
    background: transparent;
    border-style: dashed;
  }
  .llave-rw-field [aria-invalid='true'] {
    border-color: var(--llave-color-danger, #b3261e);
  }
  .llave-rw-form :focus-visible {
    outline: var(--llave-focus-ring, 3px solid #0b57d0);
    outline-offset: 2px;
  }
  .llave-rw-error {
    color: var(--llave-color-danger, #b3261e);
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
    border: 1px solid var(--llave-color-border, #6f6f6f);
    border-radius: var(--llave-radius-m, 8px);
    display: grid;
    gap: var(--llave-registration-wizard-gap, 1rem);
    padding: 0.75rem;
    margin: 0;
    min-width: 0;
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
    min-height: var(--llave-target-size, 44px);
    padding: 0.375rem 1.25rem;
    border-radius: var(--llave-radius-m, 8px);
    border: 2px solid var(--llave-color-primary, #9f2241);
    background: var(--llave-color-primary, #9f2241);
    color: var(--llave-color-on-primary, #fff);
    cursor: pointer;
  }
  .llave-rw-primary[aria-disabled='true'] {
    opacity: 0.6;
  }
  .llave-rw-secondary {
    font: inherit;
    justify-self: start;
    min-height: var(--llave-target-size, 44px);
    padding: 0.375rem 1rem;
    border-radius: var(--llave-radius-m, 8px);
    border: 2px solid var(--llave-color-primary, #9f2241);
    background: transparent;
    color: var(--llave-color-primary, #9f2241);
    cursor: pointer;
  }
  .llave-rw-secondary[aria-pressed='true'] {
    background: var(--llave-color-primary, #9f2241);
    color: var(--llave-color-on-primary, #fff);
  }
  .llave-rw-meter {
    height: 0.5rem;
    border-radius: 0.25rem;
    background: #e0e0e0;
    overflow: hidden;
  }
  .llave-rw-meter span {
    display: block;
    height: 100%;
    width: 0;
    background: var(--llave-color-danger, #b3261e);
  }
  .llave-rw-meter[data-score='1'] span { width: 25%; }
  .llave-rw-meter[data-score='2'] span { width: 50%; background: #8a5a00; }
  .llave-rw-meter[data-score='3'] span { width: 75%; background: var(--llave-color-success, #1e6b35); }
  .llave-rw-meter[data-score='4'] span { width: 100%; background: var(--llave-color-success, #1e6b35); }
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
