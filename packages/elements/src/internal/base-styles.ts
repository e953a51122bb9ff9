import { type TokenName, tokenVar } from '@llave-cdmx/core';
import { css, unsafeCSS } from 'lit';

/** A global token read with its light value as fallback, both from core's tokens.ts (one source). */
export const token = (name: TokenName) => unsafeCSS(tokenVar(name));

/**
 * Shared by every component. Global tokens (`--llave-*`, see @llave-cdmx/core theme.css) are read
 * with fallbacks so a page without the theme still looks right; components expose their own
 * `--llave-<component>-*` knobs on :host on top of these.
 */
export const baseStyles = css`
  :host {
    --_primary: ${token('--llave-color-primary')};
    --_primary-hover: ${token('--llave-color-primary-hover')};
    --_on-primary: ${token('--llave-color-on-primary')};
    --_surface: ${token('--llave-color-surface')};
    --_surface-alt: ${token('--llave-color-surface-alt')};
    --_text: ${token('--llave-color-text')};
    --_muted: ${token('--llave-color-muted')};
    --_border: ${token('--llave-color-border')};
    --_danger: ${token('--llave-color-danger')};
    --_success: ${token('--llave-color-success')};
    --_warning: ${token('--llave-color-warning')};
    --_focus: ${token('--llave-focus-ring')};
    --_focus-offset: ${token('--llave-focus-ring-offset')};
    --_radius: ${token('--llave-radius-m')};
    --_font: ${token('--llave-font-family')};
    --_line-height: ${token('--llave-line-height')};
    /* WCAG 2.5.8: targets at least 24×24 CSS px; we aim at 44 for older adults on phones. */
    --_target: ${token('--llave-target-comfortable')};
    font-family: var(--_font);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
