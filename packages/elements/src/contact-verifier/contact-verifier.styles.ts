import { css } from 'lit';

export const verifierStyles = css`
  :host {
    --llave-contact-verifier-gap: 1rem;
    --llave-contact-verifier-input-width: 10ch;
    display: block;
  }
  form {
    display: grid;
    gap: var(--llave-contact-verifier-gap);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .help {
    color: var(--_muted);
  }
  input {
    font: inherit;
    font-size: 1.5rem;
    letter-spacing: 0.3em;
    min-height: var(--_target);
    width: min(100%, calc(var(--llave-contact-verifier-input-width) + 2.5rem));
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[type='email'],
  input[type='tel'] {
    font-size: 1rem;
    letter-spacing: normal;
    width: 100%;
    /* A contact longer than the field says it goes on. */
    text-overflow: ellipsis;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
  }
  button[part~='submit'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
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
  @media (forced-colors: active) {
    button[part~='submit'] {
      border-color: ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
