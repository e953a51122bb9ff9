import { css } from 'lit';

export const resetStyles = css`
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
  .summary,
  .alert {
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .done {
    color: var(--_success);
    font-weight: 600;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
  }
  button.link {
    font: inherit;
    min-height: var(--_target);
    background: none;
    border: 0;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    padding: 0;
  }
  @media (forced-colors: active) {
    .summary,
    .alert {
      border-color: CanvasText;
    }
  }
`;
