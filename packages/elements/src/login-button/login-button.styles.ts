import { css } from 'lit';

/**
 * The host reserves the same box before and after upgrade and in every state: `min-block-size`
 * and `min-inline-size` match the `llave-login-button:not(:defined)` rules of llave.css, and an
 * invisible copy of the sign-in button sits under whatever is shown, so the fallback link, the
 * session check, the sign-in link and the account button occupy the same space (WCAG 2.2 has no
 * criterion for it, but CLS does, and older adults lose their place when things jump).
 */
export const loginButtonStyles = css`
  :host {
    --_h: var(--llave-login-button-height, 44px);
    --_w: var(--llave-login-button-min-width, 22rem);
    /* The kit's type size (base styles), this button's knob over it. */
    --_font-size: var(--llave-login-button-font-size, 1rem);
    --_bg: var(--llave-login-button-background, var(--_primary));
    --_fg: var(--llave-login-button-color, var(--_on-primary));
    --_bd: var(--llave-login-button-border-color, var(--_primary));
    --_r: var(--llave-login-button-radius, var(--_radius));
    display: inline-grid;
    /* One column no wider than the host may be: a long name ends in an ellipsis inside it
       instead of widening the host past its container (grid items' min-content would). */
    grid-template-columns: minmax(0, 1fr);
    vertical-align: middle;
    position: relative;
    max-inline-size: 100%;
    min-inline-size: min(var(--_w), 100%);
    min-block-size: var(--_h);
    --_line-height: 1.25;
  }
  /* Every state in the same cell as the invisible sign-in button (see render). */
  :host > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
  }
  :host([size='s']) {
    --_h: var(--llave-login-button-height, 36px);
    --_w: var(--llave-login-button-min-width, 19rem);
    --_font-size: var(--llave-login-button-font-size, 0.875rem);
  }
  :host([size='l']) {
    --_h: var(--llave-login-button-height, 52px);
    --_w: var(--llave-login-button-min-width, 25rem);
    --_font-size: var(--llave-login-button-font-size, 1.125rem);
  }
  :host([variant='outline']) {
    --_bg: var(--llave-login-button-background, transparent);
    --_fg: var(--llave-login-button-color, var(--_primary));
  }

  .button {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_h);
    inline-size: 100%;
    padding: 0.25em 1em;
    border: 2px solid var(--_bd);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
    /* A link or a span: they inherit the font already (no font: inherit). */
    font-weight: 600;
    text-decoration: none;
    text-align: center;
    cursor: pointer;
  }
  a.button:hover {
    --_bg: var(--llave-login-button-background, var(--_primary-hover));
    --_bd: var(--llave-login-button-border-color, var(--_primary-hover));
    text-decoration: underline;
  }
  :host([variant='outline']) a.button:hover {
    --_bg: var(--llave-login-button-background, transparent);
  }
  .button.loading {
    cursor: progress;
    opacity: 0.85;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    /* The key icon's 1.25em, so the label wraps where the sign-in label does. */
    margin: 0.125em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .row > .button {
    inline-size: auto;
    min-inline-size: min(var(--_w), 100%);
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .retry,
  .step-up,
  .menu-button,
  [role='menuitem'] {
    font: inherit;
    min-block-size: max(24px, var(--_target));
  }
  .retry {
    padding: 0.25em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_r);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .step-up {
    display: inline-flex;
    align-items: center;
    color: var(--_primary);
    font-weight: 600;
  }

  .menu-wrap {
    position: relative;
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .menu-button {
    display: flex;
    align-items: center;
    gap: 0.5em;
    /* The whole box the sign-in button had (100%, so no max-inline-size to say it again). */
    inline-size: 100%;
    min-block-size: var(--_h);
    padding: 0.25em 0.75em;
    border: 2px solid var(--_bd);
    border-radius: var(--_r);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  /* The name takes what the badge and caret leave (up to its own width, then the caret's auto
     margin takes the rest); only when that is nothing does the badge wrap (shrink). */
  .name {
    flex: 1;
    max-inline-size: max-content;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .badge {
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
  }
  .caret {
    flex: none;
    margin-inline-start: auto;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg) translateY(-25%);
  }
  .menu {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 4px);
    inset-inline-end: 0;
    /* Never wider than the button in a narrow host: it would grow leftwards off the screen. */
    min-inline-size: min(12rem, 100%);
    max-inline-size: calc(100vw - 1rem);
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_r);
    background: var(--llave-login-button-menu-background, var(--_surface));
    color: var(--_text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    /* No display of its own: the UA's [hidden] { display: none } hides it while closed. */
  }
  [role='menuitem'] {
    display: flex;
    align-items: center;
    inline-size: 100%;
    padding: 0.5em 0.75em;
    border: 0;
    border-radius: calc(var(--_r) / 2);
    background: none;
    color: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  [role='menuitem'][aria-disabled='true'] {
    cursor: progress;
  }
  .menu-error {
    margin: 0.25em 0.75em;
    color: var(--_danger);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .button,
    .menu-button,
    .retry {
      border-color: ButtonText;
    }
    a.button {
      color: LinkText;
      background: Canvas;
    }
    .badge {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .menu {
      border-color: CanvasText;
    }
  }
`;
