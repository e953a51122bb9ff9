// The demo's language toggle (no inline scripts: the pages run under `script-src 'self'`).
// Components follow <html lang> by themselves; the page's own texts come in both languages and
// demo.css shows the one that matches.
const KEY = 'llave-demo-lang';
const saved = localStorage.getItem(KEY);
if (saved === 'en' || saved === 'es-MX') document.documentElement.lang = saved;

for (const button of document.querySelectorAll('[data-lang-toggle]')) {
  button.addEventListener('click', () => {
    const next = document.documentElement.lang === 'en' ? 'es-MX' : 'en';
    document.documentElement.lang = next;
    localStorage.setItem(KEY, next);
  });
}
