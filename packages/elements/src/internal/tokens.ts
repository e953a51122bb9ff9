// GENERATED from packages/core/src/theme/tokens.ts by `npm run theme -w @llave-cdmx/core`:
// edit tokens.ts, not this file (a test fails when they differ). One export per token, each
// `var(--llave-…, light value)`, so bundles keep only the tokens their styles read.
import { unsafeCSS } from 'lit';

export const colorPrimary = /* @__PURE__ */ unsafeCSS('var(--llave-color-primary, #9f2241)');
export const colorPrimaryHover = /* @__PURE__ */ unsafeCSS(
  'var(--llave-color-primary-hover, #691c32)',
);
export const colorOnPrimary = /* @__PURE__ */ unsafeCSS('var(--llave-color-on-primary, #ffffff)');
export const colorAccent = /* @__PURE__ */ unsafeCSS('var(--llave-color-accent, #bc955c)');
export const colorSurface = /* @__PURE__ */ unsafeCSS('var(--llave-color-surface, #ffffff)');
export const colorSurfaceAlt = /* @__PURE__ */ unsafeCSS('var(--llave-color-surface-alt, #f4f4f4)');
export const colorText = /* @__PURE__ */ unsafeCSS('var(--llave-color-text, #1f1f1f)');
export const colorMuted = /* @__PURE__ */ unsafeCSS('var(--llave-color-muted, #545454)');
export const colorBorder = /* @__PURE__ */ unsafeCSS('var(--llave-color-border, #767676)');
export const colorDanger = /* @__PURE__ */ unsafeCSS('var(--llave-color-danger, #b3261e)');
export const colorSuccess = /* @__PURE__ */ unsafeCSS('var(--llave-color-success, #1b6b35)');
export const colorWarning = /* @__PURE__ */ unsafeCSS('var(--llave-color-warning, #8a5300)');
export const colorFocus = /* @__PURE__ */ unsafeCSS('var(--llave-color-focus, #691c32)');
export const focusRingWidth = /* @__PURE__ */ unsafeCSS('var(--llave-focus-ring-width, 3px)');
export const focusRing = /* @__PURE__ */ unsafeCSS(
  'var(--llave-focus-ring, var(--llave-focus-ring-width, 3px) solid var(--llave-color-focus, #691c32))',
);
export const focusRingOffset = /* @__PURE__ */ unsafeCSS('var(--llave-focus-ring-offset, 2px)');
export const fontFamily = /* @__PURE__ */ unsafeCSS(
  'var(--llave-font-family, "Source Sans 3", "Source Sans Pro", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif)',
);
export const fontSizeS = /* @__PURE__ */ unsafeCSS('var(--llave-font-size-s, 0.875rem)');
export const fontSizeM = /* @__PURE__ */ unsafeCSS('var(--llave-font-size-m, 1rem)');
export const fontSizeL = /* @__PURE__ */ unsafeCSS('var(--llave-font-size-l, 1.25rem)');
export const fontSizeXl = /* @__PURE__ */ unsafeCSS('var(--llave-font-size-xl, 1.5rem)');
export const fontWeightNormal = /* @__PURE__ */ unsafeCSS('var(--llave-font-weight-normal, 400)');
export const fontWeightBold = /* @__PURE__ */ unsafeCSS('var(--llave-font-weight-bold, 600)');
export const lineHeight = /* @__PURE__ */ unsafeCSS('var(--llave-line-height, 1.5)');
export const radiusS = /* @__PURE__ */ unsafeCSS('var(--llave-radius-s, 4px)');
export const radiusM = /* @__PURE__ */ unsafeCSS('var(--llave-radius-m, 8px)');
export const radiusL = /* @__PURE__ */ unsafeCSS('var(--llave-radius-l, 16px)');
export const radiusPill = /* @__PURE__ */ unsafeCSS('var(--llave-radius-pill, 999px)');
export const spaceXs = /* @__PURE__ */ unsafeCSS('var(--llave-space-xs, 0.25rem)');
export const spaceS = /* @__PURE__ */ unsafeCSS('var(--llave-space-s, 0.5rem)');
export const spaceM = /* @__PURE__ */ unsafeCSS('var(--llave-space-m, 1rem)');
export const spaceL = /* @__PURE__ */ unsafeCSS('var(--llave-space-l, 1.5rem)');
export const spaceXl = /* @__PURE__ */ unsafeCSS('var(--llave-space-xl, 2rem)');
export const targetMin = /* @__PURE__ */ unsafeCSS('var(--llave-target-min, 24px)');
export const targetComfortable = /* @__PURE__ */ unsafeCSS('var(--llave-target-comfortable, 44px)');
export const transitionDuration = /* @__PURE__ */ unsafeCSS(
  'var(--llave-transition-duration, 150ms)',
);
