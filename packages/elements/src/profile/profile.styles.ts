import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { helpStyles } from '../internal/help/help.js';
import { recordStyles } from '../internal/record-styles.js';
import * as tokens from '../internal/tokens.js';

export const profileStyles = [
  baseStyles,
  recordStyles,
  helpStyles,
  css`
    :host {
      --llave-profile-gap: 1.5rem;
      --llave-profile-accent: var(--_primary);
      --llave-profile-radius: var(--_radius);
      /* The line height is baseStyles' (!important there: a line-height here would never apply). */
      display: block;
    }
    .base,
    section {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    .base {
      gap: var(--llave-profile-gap);
    }
    section {
      border-top: 1px solid var(--_border);
      padding-top: 1rem;
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.375rem;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.125rem;
      line-height: 1.25;
    }
    dl {
      grid-template-columns: minmax(8rem, max-content) 1fr;
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .contact {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--llave-profile-radius);
    }
    .value {
      overflow-wrap: anywhere;
    }
    /* The status pill is recordStyles'; the badge is one too, in the accent colour. */
    .badge {
      display: inline-block;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-weight: 600;
      color: var(--llave-profile-accent);
    }
    .status.ok {
      color: var(--_success);
    }
    .status.no {
      color: ${tokens.colorWarning};
    }
    label {
      font-weight: 600;
    }
    input,
    textarea {
      font: inherit;
      width: 100%;
      /* A long email or number cut short says so (the whole value is still the field's). */
      text-overflow: ellipsis;
      min-height: var(--_target);
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--_border);
      border-radius: var(--llave-profile-radius);
      background: var(--_surface);
      color: inherit;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    button,
    a.button {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      padding: 0.5rem 1rem;
      font: inherit;
      font-weight: 600;
      border: 2px solid var(--llave-profile-accent);
      border-radius: var(--llave-profile-radius);
      background: transparent;
      color: var(--llave-profile-accent);
      cursor: pointer;
      text-decoration: none;
    }
    button.primary {
      background: var(--llave-profile-accent);
      color: var(--_on-primary);
    }
    button.danger {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    button.danger.primary {
      background: var(--_danger);
      color: var(--_on-primary);
    }
    button:disabled {
      opacity: 0.6;
      cursor: progress;
    }
    a {
      color: var(--llave-profile-accent);
      min-height: 24px;
      display: inline-block;
    }
    .help {
      color: var(--_muted);
    }
    /* No .error:empty rule: the field error between its two parts always holds a space, which
       :empty counts (Chromium too), so such a rule never hid it. */
    .error {
      color: var(--_danger);
      font-weight: 600;
    }
    .done {
      padding: 0.75rem;
      border-left: 4px solid var(--_success);
      background: ${tokens.colorSurfaceAlt};
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .consents {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    dialog {
      max-width: min(36rem, calc(100vw - 2rem));
      border: 2px solid var(--_border);
      border-radius: var(--llave-profile-radius);
      background: var(--_surface);
      color: var(--_text);
      padding: 1.25rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    dialog form {
      display: grid;
      gap: 1rem;
    }
    @media (forced-colors: active) {
      button.primary,
      button.danger.primary {
        background: ButtonText;
        color: ButtonFace;
      }
      .status,
      .badge {
        border-color: CanvasText;
      }
    }
  `,
];
