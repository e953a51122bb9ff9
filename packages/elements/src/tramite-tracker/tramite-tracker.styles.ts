import { css } from 'lit';
import { baseStyles } from '../internal/base-styles.js';
import { controlStyles } from '../internal/control-styles.js';
import { helpStyles } from '../internal/help/help.js';
import { recordStyles } from '../internal/record-styles.js';
import * as tokens from '../internal/tokens.js';

export const tramiteTrackerStyles = [
  helpStyles,
  baseStyles,
  controlStyles,
  recordStyles,
  css`
    /* The knobs feed the shared controls' properties (read as set on the element or above it). */
    :host {
      --llave-tramite-tracker-background: var(--_surface);
      --_border: var(--llave-tramite-tracker-border-color, ${tokens.colorBorder});
      --_primary: var(--llave-tramite-tracker-accent, ${tokens.colorPrimary});
      --_primary-hover: var(--llave-tramite-tracker-accent, ${tokens.colorPrimaryHover});
      --llave-tramite-tracker-gap: 1.25rem;
      --_radius: var(--llave-tramite-tracker-radius, ${tokens.radiusM});
      display: flex;
      flex-direction: column;
    }
    /* The folio lookup (what it shows signed out): llave.css reserves this box before upgrade (llave-tramite-tracker:not(:defined)); the element
       keeps it as a floor, so its first states never pull the page up (CLS 0, issue 14). Phones
       (≤ 26rem) wrap more text, so they reserve more. */
    :host {
      min-block-size: var(--llave-tramite-tracker-reserved-height, 16.5625rem);
    }
    @media (max-width: 26rem) {
      :host {
        min-block-size: var(--llave-tramite-tracker-reserved-height, 22.3125rem);
      }
    }
    /* One column no wider than the box (grid items' min-content would widen it: the folio
       input's own width, a long name), and user text that wraps anywhere rather than overflow
       (an e-mail in a note, a pasted folio): WCAG 1.4.10 in a narrow sidebar. Inherited. */
    .base,
    .body,
    .list,
    .lookup,
    .tramite {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--llave-tramite-tracker-gap);
      overflow-wrap: anywhere;
    }
    /* The base fills the reserved box; what shows takes the room left and the help stays at its
       foot, so the session check's one line and the folio lookup that replaces it leave the help
       where it was (CLS 0). */
    .base {
      flex-grow: 1;
      grid-template-rows: auto 1fr auto auto;
      background: var(--llave-tramite-tracker-background);
    }
    .body {
      align-content: start;
    }
    .lookup {
      gap: 0.25rem;
    }
    h2,
    h3,
    h4,
    p {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: 1.375rem;
    }
    h3 {
      font-size: 1.125rem;
    }
    h4 {
      font-size: 1rem;
    }
    label {
      font-weight: 600;
    }
    /* The folio field: monospace, beside its button while both fit (the shared .row and field). */
    input {
      flex: 1 1 14rem;
      font-family: ui-monospace, monospace;
      letter-spacing: 0.05em;
    }
    .notice:empty {
      display: none;
    }
    .callout {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
    }
    .tramite {
      gap: 0.75rem;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    dl {
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    }
    /* The compact list: one row per trámite, its detail under its own "Ver detalle". */
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
      gap: 0.75rem;
    }
    .rows dl {
      grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    }
    .toggle {
      justify-self: start;
    }
    .detail {
      display: grid;
      gap: 0.75rem;
    }
    .detail[hidden] {
      display: none;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    /* Status words are classes of the status badge only (tramite-card.ts). */
    .aprobado,
    .concluido {
      color: var(--_success);
    }
    .rechazado,
    .requiere-informacion {
      color: var(--_danger);
    }
    .timeline {
      margin: 0;
      padding: 0 0 0 1.5rem;
      display: grid;
      gap: 0.5rem;
      border-left: 2px solid var(--_border);
      list-style: none;
    }
    .timeline li {
      position: relative;
      display: grid;
    }
    .timeline li::before {
      content: '';
      position: absolute;
      left: calc(-1.5rem - 7px);
      top: 0.35em;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--_border);
    }
    .timeline li.current::before {
      background: var(--_primary);
      box-shadow: 0 0 0 3px var(--_surface), 0 0 0 5px var(--_primary);
    }
    .timeline time {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    @media (forced-colors: active) {
      .timeline li::before {
        background: CanvasText;
      }
      .timeline li.current::before {
        background: Highlight;
      }
    }
  `,
];
