/**
 * The BFF's own HTML pages. No inline script or style, so the strict CSP of the BFF
 * (`default-src 'none'`) holds for them too; every text comes from `messages.ts`.
 */
export interface PageOptions {
  lang: string;
  title: string;
  body: string;
  link?: { href: string; text: string };
  /** Navigate to this same-origin URL right away (meta refresh, works without JavaScript). */
  refreshTo?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export function renderPage({ lang, title, body, link, refreshTo }: PageOptions): string {
  const refresh = refreshTo
    ? `<meta http-equiv="refresh" content="0;url=${escapeHtml(refreshTo)}">`
    : '';
  const anchor = link
    ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${anchor}</main></body>
</html>`;
}
