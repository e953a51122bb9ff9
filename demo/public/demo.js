// The demo's language toggle (no inline scripts: the pages run under `script-src 'self'`).
// Components follow <html lang> by themselves; the page's own texts come in both languages and
// demo.css shows the one that matches. The choice is a cookie: the server sends the next page
// in it already (demo/pages.ts), so nothing reads storage or switches languages while it loads.
const COOKIE = 'llave-demo-lang';

function remember(lang) {
  if (globalThis.cookieStore) {
    const expires = Date.now() + 365 * 24 * 60 * 60 * 1000;
    return cookieStore.set({ name: COOKIE, value: lang, path: '/', expires, sameSite: 'lax' });
  }
  // biome-ignore lint/suspicious/noDocumentCookie: browsers without the Cookie Store API
  document.cookie = `${COOKIE}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
}

for (const button of document.querySelectorAll('[data-lang-toggle]')) {
  button.addEventListener('click', () => {
    const next = document.documentElement.lang === 'en' ? 'es-MX' : 'en';
    document.documentElement.lang = next;
    void remember(next);
  });
}
