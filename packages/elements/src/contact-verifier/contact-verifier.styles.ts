import { css } from 'lit';
import { controlStyles } from '../internal/control-styles.js';

/** The shared controls (buttons, fields, errors, actions), then the verifier's own. */
export const verifierStyles = [
  controlStyles,
  css`
  :host {
    --llave-contact-verifier-gap: 1rem;
    --llave-contact-verifier-input-width: 10ch;
    display: block;
  }
  form {
    display: grid;
    gap: var(--llave-contact-verifier-gap);
  }
  label {
    font-weight: 600;
  }
  /* The code: large, spaced digits in a field as wide as the code. */
  input {
    font-size: 1.5rem;
    letter-spacing: 0.3em;
    width: min(100%, calc(var(--llave-contact-verifier-input-width) + 2.5rem));
    padding: 0.25rem 0.5rem;
  }
  input[type='email'],
  input[type='tel'] {
    font-size: 1rem;
    letter-spacing: normal;
    width: 100%;
  }
  .verified {
    color: var(--_success);
    font-weight: 600;
  }
  /* Every .help, .error and .status (the countdown) is a p: this is their margin too. */
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
`,
];
