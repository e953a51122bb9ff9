/**
 * The demo sites' Content-Security-Policy: nothing inline, scripts and styles only from the
 * site's own origin (DESIGN.md §6), no framing. Each site adds the origins it really needs.
 */
export function strictCsp({
  connectSrc = [],
  formAction = [],
}: {
  /** Origins `fetch` may reach besides the site (a browser-only session's IdP and API). */
  connectSrc?: string[];
  /** Origins a form may be sent or redirected to besides the site. */
  formAction?: string[];
} = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSrc].join(' '),
    ["form-action 'self'", ...formAction].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}
