import { css } from 'lit';
import { controlStyles } from '../internal/control-styles.js';
import * as tokens from '../internal/tokens.js';

/** The shared controls (buttons, fields, errors, actions), then the signer's own. */
export const signerStyles = [
  controlStyles,
  css`
  :host {
    --llave-document-signer-gap: 1rem;
    --llave-document-signer-fingerprint-font: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    display: flex;
    flex-direction: column;
    /* The sign-in notice and the help after it (what it shows signed out): llave.css reserves
       this box before upgrade (llave-document-signer:not(:defined)); the element keeps it as a
       floor, so its first states never pull the page up (CLS 0). Phones wrap more text. */
    min-block-size: var(--llave-document-signer-reserved-height, 11.5625rem);
  }
  @media (max-width: 26rem) {
    :host {
      min-block-size: var(--llave-document-signer-reserved-height, 13.0625rem);
    }
  }
  /* What shows grows into the reserved box and the help stays at its foot: the session check's
     one line and the sign-in notice that replaces it leave the help where it was (CLS 0). */
  .body {
    flex-grow: 1;
  }
  /* One help, at the end: the signer's leads with the code on the code step. */
  llave-contact-verifier::part(help) {
    display: none;
  }
  section {
    display: grid;
    gap: var(--llave-document-signer-gap);
  }
  h3 {
    margin: 0;
    font-size: 1.25rem;
  }
  /* The title takes focus on each step: a ring only when the keyboard moved it (base styles). */
  h3:focus:not(:focus-visible) {
    outline: none;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dl {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  /* A term of its own row (the fingerprint's); only the summary's and the receipt's have one.
     Its width is the row's, not the four groups' (a container), so a narrow receipt is not
     widened past the host by them (WCAG 1.4.10). */
  .wide {
    grid-column: 1 / -1;
    container-type: inline-size;
  }
  /* Four rows of four groups, the way fingerprints are printed to be compared line by line;
     eight rows of two where four do not fit (13.3rem at the default font). */
  .fingerprint {
    display: grid;
    grid-template-columns: repeat(4, max-content);
    gap: 0.25rem 0.75rem;
    font-family: var(--llave-document-signer-fingerprint-font);
    font-size: 1.0625rem;
    letter-spacing: 0.05em;
  }
  @container (width < 14rem) {
    .fingerprint {
      grid-template-columns: repeat(2, max-content);
    }
  }
  .help {
    font-size: 0.9375rem;
  }
  .notice {
    padding: 0.75rem 1rem;
    border-left: 6px solid var(--_primary);
    background: ${tokens.colorSurfaceAlt};
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .notice.warning {
    border-color: ${tokens.colorWarning};
    font-weight: 600;
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.75rem;
    align-items: start;
  }
  .consent input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_primary);
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  /* The links with a part: view and verify (the buttons' links and the help's have none). */
  a[part] {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.25rem;
  }
  .receipt {
    padding: 1rem;
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  .folio {
    font-family: var(--llave-document-signer-fingerprint-font);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .receipt,
    .notice {
      border-color: ButtonText;
    }
  }
`,
];
