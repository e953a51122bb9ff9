/**
 * The demo pages' shared head, header and footer, written once in `demo/partials/` and filled in
 * by the server where a page says `<!-- demo:head -->`, `<!-- demo:header … -->` and
 * `<!-- demo:footer -->` (only pages whose content does not grow after load: a footer under a
 * list that arrives later would move), as a site's
 * server-side include would. Nothing is added on the browser side: the pages run under a strict
 * CSP (no inline scripts), and the header is in the HTML before any script runs, so it costs no
 * layout shift.
 *
 * The header marker's attributes say what differs per page: `agency` (`semovi`, the default, or
 * `seduvi`), and the login button's attributes (`level`, `verify-href`, `profile-href`, which
 * defaults to `perfil.html`). The page's own nav link gets `aria-current="page"`, and the login
 * fallback link (without JavaScript) returns to the page, asking for the level unless the page
 * offers its own way up.
 *
 * @example
 * renderPage('<head><!-- demo:head --><title>x</title></head>…<!-- demo:header level="firma" -->', '/permiso.html')
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const partials = join(dirname(fileURLToPath(import.meta.url)), 'partials');
const HEAD = readFileSync(join(partials, 'head.html'), 'utf8').trimEnd();
const HEADER = readFileSync(join(partials, 'header.html'), 'utf8').trimEnd();
const FOOTER = readFileSync(join(partials, 'footer.html'), 'utf8').trimEnd();

const AGENCIES: Record<string, { es: string; en: string }> = {
  semovi: { es: 'Secretaría de Movilidad', en: 'Mexico City Mobility Department' },
  seduvi: {
    es: 'Secretaría de Desarrollo Urbano y Vivienda',
    en: 'Mexico City Urban Development Department',
  },
};
/** What the marker may set on the login button (anything else in it is refused). */
const LOGIN_ATTRIBUTES = ['level', 'verify-href', 'profile-href'];

const MARKER = /<!--\s*demo:(head|header|footer)\b([^>]*?)-->/g;

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of source.matchAll(/([a-z-]+)="([^"]*)"/g)) found.set(name!, value!);
  return found;
}

/** Indents every line of `block` but the first, so the filled page reads like the others. */
const indent = (block: string, by: string) => block.replaceAll('\n', `\n${by}`);

function header(path: string, source: string): string {
  const attrs = attributes(source);
  const agency = AGENCIES[attrs.get('agency') ?? 'semovi'];
  const unknown = [...attrs.keys()].filter((k) => k !== 'agency' && !LOGIN_ATTRIBUTES.includes(k));
  if (!agency || unknown.length) {
    throw new Error(`demo:header on ${path}: unknown agency or attribute (${unknown.join(', ')})`);
  }
  const login = new Map([['profile-href', 'perfil.html'], ...attrs]);
  login.delete('agency');
  // A page that offers its own way up (`verify-href`) signs in at any level and lets the
  // citizen verify there; one that needs a level the IdP gives (`firma`) asks for it.
  const level = login.has('verify-href') ? undefined : login.get('level');
  const href = `/llave/login?returnTo=${encodeURIComponent(path)}${level ? `&level=${encodeURIComponent(level)}` : ''}`;
  const page = path.replace(/^\//, '') || 'index.html';
  // Replacer functions: a `$` in a value is text, not a replacement pattern.
  return HEADER.replace('{{agency-es}}', () => agency.es)
    .replace('{{agency-en}}', () => agency.en)
    .replace('data-demo-login', () => [...login].map(([k, v]) => `${k}="${attr(v)}"`).join(' '))
    .replace('{{login-href}}', () => attr(href))
    .replace(`<a href="${page}"`, () => `<a href="${page}" aria-current="page"`);
}

/** The cookie the language toggle (demo.js) sets: the page is sent in that language. */
export const LANG_COOKIE = 'llave-demo-lang';

/**
 * `html` with its markers filled for the page at `path` (`/tramite.html`; `/` is the home page),
 * in `lang` (the toggle's choice; es-MX, the pages' own, when none). The language is in the HTML
 * as sent, so no script reads storage while the page loads to switch it (a first localStorage
 * read blocks the main thread on a slow phone) and nothing shows in the other language first.
 */
export function renderPage(html: string, path: string, lang?: string): string {
  const page = lang === 'en' ? html.replace(/<html lang="es-MX">/, '<html lang="en">') : html;
  return page.replace(MARKER, (_m, which: string, source: string, offset: number) => {
    const lineStart = page.lastIndexOf('\n', offset) + 1;
    const by = page.slice(lineStart, offset);
    const block = which === 'head' ? HEAD : which === 'footer' ? FOOTER : header(path, source);
    return indent(block, by);
  });
}

/** Whether `html` has anything for `renderPage` to fill. */
export const hasMarkers = (html: string) => /<!--\s*demo:head(?:er)?\b/.test(html);
