import { css } from 'lit';
import { controlStyles } from '../internal/control-styles.js';
import { formHostStyles } from '../internal/form/form-styles.js';

/** The shared controls (the sign-in link's button), the heading and error box, the reset's own. */
export const resetStyles = [
  controlStyles,
  formHostStyles,
  css`
  /* min-block-size: its first step. llave.css reserves this box before upgrade
     (llave-password-reset:not(:defined)); the element keeps it as a floor, so its first states
     never pull the page up (CLS 0, issue 14). Phones (≤ 26rem) reserve the same 30rem here
     (llave.css's phone rule says so too): one rule for both. Long words (an email, a CURP,
     "(nombre@ejemplo.com)") break anywhere, in the shadow tree and the slotted light-DOM form
     alike (both inherit it), not only in a p: a summary link ran 14 px out of a 260 px host. */
  :host {
    --llave-password-reset-max-width: 36rem;
    display: block;
    overflow-wrap: anywhere;
    max-width: var(--llave-password-reset-max-width);
    min-block-size: var(--llave-password-reset-reserved-height, 30rem);
  }
  /* "Start over": a button that reads as a link. */
  button.link {
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: inherit;
    text-decoration: underline;
  }
  .done {
    color: var(--_success);
    font-weight: 600;
  }
`,
];
