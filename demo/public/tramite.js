// The agency's side of tramite.html: what a real site would send to its own server. The
// document references go to the agency's backend, which fetches the files from Llave itself.
const form = document.getElementById('renewal');
const picker = document.getElementById('documentos');
const errors = document.getElementById('renewal-errors');
const done = document.getElementById('enviada');
const tracker = document.getElementById('estado');
const pending = document.getElementById('seguimiento-pending');
const english = () => document.documentElement.lang === 'en';

// 1. The data that fills itself from the session (the home page promises it): CURP, name, email.
document.addEventListener('llave-session-change', (event) => fillDetails(event.session));
fetch('/llave/session', { headers: { Accept: 'application/json' } })
  .then((res) => res.json())
  .then(fillDetails, () => {});

function fillDetails(session) {
  const user = session?.authenticated ? session.user : undefined;
  document.getElementById('datos').hidden = !user;
  for (const el of document.querySelectorAll('[data-when="signed-out"]')) {
    el.classList.toggle('is-hidden', Boolean(user));
  }
  showStatus(user);
  if (!user) return;
  for (const dd of document.querySelectorAll('#datos [data-field]')) {
    dd.textContent = user[dd.dataset.field] ?? '—';
  }
}

// 4. Before sending, a signed-in citizen sees no list of every trámite (the page is about this
// one): the tracker leaves the page until there is a folio to follow. Signed out, it is the
// folio lookup, for someone coming back with the folio of an earlier visit.
function showStatus(user) {
  const waiting = Boolean(user) && !tracker.folio;
  pending.hidden = !waiting;
  if (waiting) tracker.remove();
  else if (!tracker.isConnected) pending.after(tracker);
}

// 2–3. A choice that makes the form valid again clears the error summary: an old alert must
// not stay on screen once it no longer applies.
const result = document.getElementById('renewal-result');
document.addEventListener('llave-document-select', (event) => {
  const names = event.selection.documents.map((d) => d.name).join(', ');
  result.textContent = english()
    ? `Documents authorised: ${names}. You can send your application now.`
    : `Documentos autorizados: ${names}. Ya puedes enviar tu solicitud.`;
  if (!errors.hidden && form.checkValidity()) errors.hidden = true;
});

/** GOV.UK error summary: say what is wrong, focus the summary, link to the place to fix it. */
function showError(message, target) {
  const link = errors.querySelector('a');
  link.textContent = message;
  link.href = `#${target.id}`;
  errors.hidden = false;
  errors.focus();
}

let sending = false;
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (sending) return;
  if (!form.checkValidity()) {
    showError(picker.validationMessage, picker);
    return;
  }
  const button = form.querySelector('button[type=submit]');
  sending = true;
  button.setAttribute('aria-disabled', 'true');
  result.textContent = english() ? 'Sending your application…' : 'Enviando tu solicitud…';
  let tramite;
  try {
    tramite = await send();
  } catch (error) {
    result.textContent = '';
    showError(sendFailure(error), button);
    return;
  } finally {
    sending = false;
    button.removeAttribute('aria-disabled');
  }
  errors.hidden = true;
  result.textContent = '';
  // 4. The folio and, right below it, its status: that trámite only.
  document.getElementById('folio').textContent = tramite.folio;
  tracker.folio = tramite.folio;
  // The steps to come are done: their links would lead to the form that is gone.
  form.hidden = true;
  document.getElementById('pasos').hidden = true;
  done.hidden = false;
  showStatus(true);
  done.querySelector('h2').focus();
});

/**
 * The demo has no agency system of its own: the Llave simulator stands in for it and gives the
 * folio (through the BFF, which adds the session's token). A real site sends the application,
 * with `new FormData(form).getAll('documentos')` (the references), to its own server.
 */
async function send() {
  const res = await fetch('/llave/api/v1/me/tramites', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF': '1' },
    body: JSON.stringify({ agency: 'demo-agency', name: 'Renovación de licencia tipo A' }),
  });
  if (!res.ok) throw Object.assign(new Error('send failed'), { status: res.status });
  return res.json();
}

function sendFailure(error) {
  if (error.status === 401) {
    return english()
      ? 'Your session has ended. Sign in again to send your application.'
      : 'Tu sesión terminó. Inicia sesión de nuevo para enviar tu solicitud.';
  }
  return english()
    ? 'We could not send your application. Check your connection and try again.'
    : 'No pudimos enviar tu solicitud. Revisa tu conexión e inténtalo de nuevo.';
}

errors.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link) return;
  event.preventDefault();
  document.querySelector(link.getAttribute('href'))?.focus();
});
