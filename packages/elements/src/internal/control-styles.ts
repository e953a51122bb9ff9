import { css } from 'lit';

/**
 * The controls the form-bearing components draw alike, in one sheet in the CDN build's `common`
 * chunk (vite.config.ts, `sharedChunks`) instead of a copy in each component's file: each file
 * is gzipped on its own, so a copy per component was paid once per component. It reads only
 * base-styles' `--_*` properties; a component's knobs feed those on its :host
 * (`--_primary: var(--llave-<component>-accent, …)`), so one rule serves them all.
 *
 * - Buttons (`button`, and `a.button`, a link that looks like one): outlined in the primary
 *   colour, filled for the call to action (`.primary`, a submit button, `a.button`), darker on
 *   hover; `.danger` outlined in the danger colour, filled with `.primary`. At least the
 *   comfortable target both ways (WCAG 2.5.8); disabled or aria-disabled ones dimmed, with a
 *   not-allowed cursor. In forced colours: system-colour borders, the filled ones inverted
 *   (without the text backplate, and no hover colour), the disabled ones GrayText.
 * - Text fields, selects and text areas: a 2px border, the target's height, no wider than their
 *   box (WCAG 1.4.10), an ellipsis when the value is cut short; the danger colour when invalid.
 * - A modal dialog's box and backdrop.
 * - `.field` (a label over its control), `.help`, `.error` (an empty one takes no room), and
 *   `.actions` and `.row`: a wrapping row of buttons, or of a value or field and its buttons.
 *
 * The error box and heading of the light-DOM forms' hosts are form/form-styles.ts'
 * `formHostStyles`, in the chunk only their pages load.
 */
export const controlStyles = css`
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_primary);
    cursor: pointer;
    text-decoration: none;
  }
  .primary,
  [type=submit],
  .button {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: none) {
    :is(.primary, [type=submit], .button):not(.danger, :disabled, [aria-disabled=true]):hover {
      background: var(--_primary-hover);
      border-color: var(--_primary-hover);
    }
  }
  .danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .danger.primary {
    background: var(--_danger);
    color: var(--_on-primary);
  }
  :is(button, .button):is(:disabled, [aria-disabled=true]) {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* No specificity: a component's own input, select or textarea rule refines these. */
  :where(input:not([type=checkbox], [type=file]), select, textarea) {
    width: 100%;
    min-width: 0;
    min-height: var(--_target);
    padding: 0.5rem 0.75rem;
    font: inherit;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* A value longer than the field (an email, a folio, a type's name) says it goes on. */
    text-overflow: ellipsis;
  }
  /* A modal's box: no wider than the screen, bordered like a field. */
  dialog {
    max-width: min(36rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  [aria-invalid=true] {
    border-color: var(--_danger);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .help {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
    /* Inverted in the user's own colours: no backplate, which would hide ButtonFace text. */
    .primary,
    [type=submit],
    .button,
    .danger.primary {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonText;
      color: ButtonFace;
    }
    :is(button, .button):is(:disabled, [aria-disabled=true]) {
      background: ButtonFace;
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
