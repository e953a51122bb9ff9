import { css } from 'lit';

/**
 * How the expediente and the trámite tracker show a record: muted hints and empty states, a term
 * list whose values wrap anywhere (long folios and file names at 320 px, WCAG 1.4.10) and a
 * status pill whose word carries the meaning while the colour only repeats it (WCAG 1.4.1), the
 * profile's badge the same pill. Each component sets its own `dl` columns and pill colours.
 */
export const recordStyles = css`
  .muted {
    color: var(--_muted);
  }
  dl {
    display: grid;
    gap: 0.5rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .status,
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
`;
