import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { controlStyles } from '../internal/control-styles.js';
import { helpStyles } from '../internal/help/help.js';
import { recordStyles } from '../internal/record-styles.js';
import * as tokens from '../internal/tokens.js';

export const profileStyles = [
  baseStyles,
  controlStyles,
  recordStyles,
  helpStyles,
  css`
    /* The knobs feed the shared controls' properties (read as set on the element or above it). */
    :host {
      --llave-profile-gap: 1.5rem;
      --_primary: var(--llave-profile-accent, ${tokens.colorPrimary});
      --_primary-hover: var(--llave-profile-accent, ${tokens.colorPrimaryHover});
      --_radius: var(--llave-profile-radius, ${tokens.radiusM});
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
    .contact {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .value {
      overflow-wrap: anywhere;
    }
    /* The status pill is recordStyles', the badge too: here in the accent colour. */
    .badge {
      color: var(--_primary);
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
    a {
      color: var(--_primary);
      min-height: 24px;
      display: inline-block;
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
    dialog form {
      display: grid;
      gap: 1rem;
    }
    @media (forced-colors: active) {
      .status,
      .badge {
        border-color: CanvasText;
      }
    }
  `,
];
