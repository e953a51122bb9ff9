import { css } from 'lit';
import { controlStyles } from '../internal/control-styles.js';
import { formHostStyles } from '../internal/form/form-styles.js';

/**
 * The wizard's chrome (shadow root): the shared controls (the sign-in link's button), the
 * heading and error box of the light form's hosts, then its own progress, heading and conflicts.
 */
export const wizardStyles = [
  controlStyles,
  formHostStyles,
  css`
  :host {
    --llave-registration-wizard-gap: 1rem;
    --llave-registration-wizard-max-width: 40rem;
    display: block;
    max-width: var(--llave-registration-wizard-max-width);
  }
  /* Until its first render, a task after the upgrade (internal/llave-element.ts), the wizard
     keeps the box llave.css reserved before it: the content below does not move (CLS 0). */
  :host > slot:only-child {
    display: block;
    min-block-size: var(--llave-registration-wizard-reserved-height, 65rem);
  }
  ol.progress {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    margin: 0 0 1rem;
  }
  ol.progress li {
    flex: 1 1 6rem;
    border-top: 4px solid var(--_border);
    padding-top: 0.25rem;
  }
  ol.progress li[aria-current='step'] {
    border-top-color: var(--_primary);
    font-weight: 700;
  }
  ol.progress li.done {
    border-top-color: var(--_success);
  }
  /* A done step's name: a link-like button, 24 px tall in a line of text (WCAG 2.5.8). */
  ol.progress button {
    display: inline;
    min-width: 0;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-decoration: underline;
    text-align: start;
  }
  h2 {
    margin-bottom: var(--llave-registration-wizard-gap);
  }
  .step-of {
    display: block;
    font-size: 1rem;
    color: var(--_muted);
    font-weight: 400;
  }
  /* The conflict is an error box like the alert and the summary (the shared sheet's). */
  .conflict {
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .summary,
  .conflict,
  .alert {
    margin-bottom: var(--llave-registration-wizard-gap);
  }
  .summary ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .summary a,
  .conflict a {
    color: var(--_danger);
    font-weight: 600;
    overflow-wrap: anywhere;
    /* The links stack one per line: each at least 24 px tall (WCAG 2.5.8 target size). */
    display: inline-block;
    padding-block: 0.25rem;
  }
  .conflict p {
    margin: 0 0 0.5rem;
  }
  .conflict ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .done-message {
    color: var(--_success);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    ol.progress li[aria-current='step'] {
      border-top-color: Highlight;
    }
    .conflict {
      border-color: CanvasText;
    }
  }
`,
];
