import { css } from 'lit';

/**
 * Shared by every component. Global tokens (`--llave-*`, see @llave-cdmx/core theme.css) are read
 * with fallbacks so a page without the theme still looks right; components expose their own
 * `--llave-<component>-*` knobs on :host on top of these.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--llave-color-primary, #9f2241);
    --_primary-hover: var(--llave-color-primary-hover, #691c32);
    --_on-primary: var(--llave-color-on-primary, #ffffff);
    --_surface: var(--llave-color-surface, #ffffff);
    --_text: var(--llave-color-text, #1f1f1f);
    --_muted: var(--llave-color-text-muted, #545454);
    --_border: var(--llave-color-border, #6f6f6f);
    --_danger: var(--llave-color-danger, #b3261e);
    --_success: var(--llave-color-success, #1e6b35);
    --_focus: var(--llave-focus-ring, 3px solid #0b57d0);
    --_radius: var(--llave-radius-m, 8px);
    --_font: var(--llave-font-family, system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* WCAG 2.5.8: targets at least 24×24 CSS px; we aim at 44 for older adults on phones. */
    --_target: var(--llave-target-size, 44px);
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
    outline-offset: 2px;
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
