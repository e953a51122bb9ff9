import { css } from 'lit';
import * as tokens from './tokens.js';

/**
 * Shared by every component. Global tokens (`--llave-*`, see @llave-cdmx/core theme.css) are read
 * with fallbacks so a page without the theme still looks right; components expose their own
 * `--llave-<component>-*` knobs on :host on top of these.
 */
export const baseStyles = css`
  :host {
    --_primary: ${tokens.colorPrimary};
    --_primary-hover: ${tokens.colorPrimaryHover};
    --_on-primary: ${tokens.colorOnPrimary};
    --_surface: ${tokens.colorSurface};
    --_text: ${tokens.colorText};
    --_muted: ${tokens.colorMuted};
    --_border: ${tokens.colorBorder};
    --_danger: ${tokens.colorDanger};
    --_success: ${tokens.colorSuccess};
    --_focus: ${tokens.focusRing};
    --_focus-offset: ${tokens.focusRingOffset};
    --_radius: ${tokens.radiusM};
    --_font: ${tokens.fontFamily};
    --_font-size: ${tokens.fontSizeM};
    --_font-weight: ${tokens.fontWeightNormal};
    --_line-height: ${tokens.lineHeight};
    /* WCAG 2.5.8: targets at least 24×24 CSS px; we aim at 44 for older adults on phones. */
    --_target: ${tokens.targetComfortable};
    /*
     * The type is ours, whatever the host page's rules say: a page's rule * { font: 10px serif }
     * reaches the host element itself and beats :host, and the whole shadow tree inherits it.
     * An !important declaration of the shadow context wins over the page's (CSS Cascade 5,
     * §6.1: context order is reversed for important declarations). Pages restyle text through
     * the tokens (--llave-font-family, --llave-font-size-m) and each component's properties.
     */
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: var(--_font-weight) !important;
    line-height: var(--_line-height) !important;
    letter-spacing: normal !important;
    text-transform: none !important;
    color: var(--_text) !important;
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
