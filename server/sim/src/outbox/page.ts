/**
 * The development outbox page: plain HTML, no JavaScript, readable by screen readers (a table
 * with a caption and header cells), es-MX by default and English on `?lang=en` or when the
 * browser prefers it. Optional auto-refresh through `<meta http-equiv="refresh">` (no script).
 */
import type { OutboxMessage } from '../types.js';

const TEXT = {
  'es-MX': {
    title: 'Buzón de desarrollo · Simulador Llave CDMX',
    intro:
      'Aquí aparecen los correos y SMS que el simulador “envía”, con sus códigos. Solo existe en desarrollo.',
    caption: (n: number) =>
      n === 1 ? '1 mensaje, el más reciente primero' : `${n} mensajes, los más recientes primero`,
    empty: 'Todavía no hay mensajes.',
    refresh: 'Actualizar',
    auto: 'Actualizar cada 5 segundos',
    stopAuto: 'Dejar de actualizar',
    other: 'English',
    cols: ['Enviado', 'Canal', 'Para', 'Propósito', 'Código', 'Mensaje'],
    channel: { email: 'Correo', sms: 'SMS' },
    purpose: {
      verification: 'Verificación',
      'password-reset': 'Restablecer contraseña',
      'step-up': 'Confirmación',
      signature: 'Firma de documento',
      notice: 'Aviso',
    },
    noCode: 'Sin código',
  },
  en: {
    title: 'Development outbox · Llave CDMX simulator',
    intro:
      'Emails and text messages the simulator “sends” appear here, with their codes. Development only.',
    caption: (n: number) => (n === 1 ? '1 message, newest first' : `${n} messages, newest first`),
    empty: 'No messages yet.',
    refresh: 'Refresh',
    auto: 'Refresh every 5 seconds',
    stopAuto: 'Stop refreshing',
    other: 'Español',
    cols: ['Sent', 'Channel', 'To', 'Purpose', 'Code', 'Message'],
    channel: { email: 'Email', sms: 'SMS' },
    purpose: {
      verification: 'Verification',
      'password-reset': 'Password reset',
      'step-up': 'Confirmation',
      signature: 'Document signature',
      notice: 'Notice',
    },
    noCode: 'No code',
  },
} as const;

export type OutboxLang = keyof typeof TEXT;

export function pickLang(
  query: string | undefined,
  acceptLanguage: string | undefined,
): OutboxLang {
  if (query === 'en') return 'en';
  if (query === 'es' || query === 'es-MX') return 'es-MX';
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'es-MX';
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

export function renderOutboxPage(
  messages: OutboxMessage[],
  lang: OutboxLang,
  autoRefresh: boolean,
): string {
  const t = TEXT[lang];
  const otherLang = lang === 'en' ? 'es' : 'en';
  const self = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
  const langParam = lang === 'en' ? 'en' : 'es';
  const time = (iso: string) =>
    new Date(iso).toLocaleString(lang, { timeZone: 'America/Mexico_City' });
  const rows = messages
    .map(
      (m) => `<tr>
<td><time datetime="${escapeHtml(m.sentAt)}">${escapeHtml(time(m.sentAt))}</time></td>
<td>${t.channel[m.channel]}</td>
<td>${escapeHtml(m.to)}</td>
<td>${t.purpose[m.purpose]}</td>
<td>${m.code ? `<strong class="code">${escapeHtml(m.code)}</strong>` : t.noCode}</td>
<td><p class="subject">${escapeHtml(m.subject)}</p><p>${escapeHtml(m.body)}</p></td>
</tr>`,
    )
    .join('\n');
  const table = messages.length
    ? `<table>
<caption>${t.caption(messages.length)}</caption>
<thead><tr>${t.cols.map((col) => `<th scope="col">${col}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : `<p>${t.empty}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${autoRefresh ? '<meta http-equiv="refresh" content="5">' : ''}
<title>${t.title}</title>
<style>
body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
nav a{display:inline-block;min-height:24px;margin-inline-end:1rem;padding:.25rem 0}
a:focus-visible{outline:3px solid #9d2449;outline-offset:2px}
table{border-collapse:collapse;width:100%}
caption{text-align:start;font-weight:600;padding:.5rem 0}
th,td{border:1px solid #767676;padding:.5rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}
.code{font-size:1.25rem;letter-spacing:.15em;font-family:ui-monospace,monospace}
.subject{font-weight:600;margin:0}
td p{margin:0}
@media (max-width:40rem){table,thead,tbody,tr,th,td{display:block}thead{position:absolute;left:-9999px}}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<nav aria-label="${t.refresh}">
<a href="${self({ lang: langParam, ...(autoRefresh ? { refresh: '5' } : {}) })}">${t.refresh}</a>
<a href="${self(autoRefresh ? { lang: langParam } : { lang: langParam, refresh: '5' })}">${autoRefresh ? t.stopAuto : t.auto}</a>
<a href="${self({ lang: otherLang })}" lang="${otherLang === 'en' ? 'en' : 'es-MX'}" hreflang="${otherLang === 'en' ? 'en' : 'es-MX'}">${t.other}</a>
</nav>
${table}
</main>
</body>
</html>`;
}
