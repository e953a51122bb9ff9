import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { controlStyles } from '../internal/control-styles.js';
import { helpStyles } from '../internal/help/help.js';
import { recordStyles } from '../internal/record-styles.js';
import * as tokens from '../internal/tokens.js';

export const documentPickerStyles = [
  baseStyles,
  controlStyles,
  recordStyles,
  helpStyles,
  css`
    /* The knobs feed the shared controls' properties (read as set on the element or above it). */
    :host {
      --llave-document-picker-background: var(--_surface);
      --_border: var(--llave-document-picker-border-color, ${tokens.colorBorder});
      --_primary: var(--llave-document-picker-accent, ${tokens.colorPrimary});
      --_primary-hover: var(--llave-document-picker-accent, ${tokens.colorPrimaryHover});
      --llave-document-picker-gap: 1.25rem;
      --_radius: var(--llave-document-picker-radius, ${tokens.radiusM});
      display: flex;
      flex-direction: column;
      max-width: 100%;
      /* The sign-in notice and the help after it (what it shows signed out): llave.css reserves this box before upgrade
         (llave-document-picker:not(:defined)); the element keeps it as a floor, so its first
         states never pull the page up (CLS 0, issue 14). Phones (≤ 26rem) wrap more text, so
         they reserve more. */
      min-block-size: var(--llave-document-picker-reserved-height, 16.4375rem);
    }
    @media (max-width: 26rem) {
      :host {
        min-block-size: var(--llave-document-picker-reserved-height, 19.4375rem);
      }
    }
    /* The base fills the reserved box; what shows takes the room left and the help stays at its
       foot, so the session check's one line and the sign-in notice that replaces it leave the
       help where it was (CLS 0). */
    .base {
      flex-grow: 1;
      grid-template-rows: auto 1fr auto;
    }
    .base,
    .body {
      display: grid;
      align-content: start;
      gap: var(--llave-document-picker-gap);
      background: var(--llave-document-picker-background);
      min-width: 0;
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    h2,
    h3 {
      line-height: 1.25;
    }
    h2 {
      font-size: 1.375rem;
    }
    h3 {
      font-size: 1.125rem;
    }
    .notice {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .field label,
    .field span {
      font-weight: 600;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .filters .field {
      flex: 1 1 12rem;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .requirements ul {
      display: grid;
      gap: 0.5rem;
    }
    /* One compact row per required type: what it is, what was chosen, and the one action. */
    .requirements li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 0;
      border-block-end: 1px solid var(--_border);
    }
    .req-text {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .chosen {
      display: block;
    }
    .item-details summary {
      cursor: pointer;
      min-height: var(--_target);
      display: flex;
      align-items: center;
      color: var(--_primary);
      text-decoration: underline;
    }
    .missing strong {
      color: var(--_danger);
    }
    .ready strong {
      color: var(--_success);
    }
    .list {
      display: grid;
      gap: 0.75rem;
    }
    .item {
      display: grid;
      gap: 0.25rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-width: 0;
    }
    .pick {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 600;
    }
    input[type='checkbox'] {
      width: 24px;
      height: 24px;
      flex: none;
      margin: 0;
      accent-color: var(--_primary);
    }
    dl {
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    }
    /* Status words are classes of the status badge only (document-list.ts). */
    .cotejado {
      color: var(--_success);
    }
    .rechazado {
      color: var(--_danger);
    }
    .upload,
    .share {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    .dropzone {
      display: grid;
      gap: 0.5rem;
      padding: 1rem;
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      text-align: center;
      justify-items: center;
    }
    .dropzone.over {
      border-color: var(--_primary);
      border-style: solid;
    }
    progress {
      width: 100%;
      height: 1rem;
      accent-color: var(--_primary);
    }
    .consent {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    .message:empty {
      display: none;
    }
    .message {
      font-weight: 600;
    }
    .message.ok {
      color: var(--_success);
    }
    dialog[open] {
      display: grid;
      gap: 1rem;
    }
    @media (forced-colors: active) {
      .status,
      .item,
      .dropzone {
        border-color: ButtonText;
      }
      .dropzone.over {
        border-color: Highlight;
      }
    }
  `,
];
