// The agency's side of tramite.html: what a real site would send to its own server. The
// document references go to the agency's backend, which fetches the files from Llave itself.
const form = document.getElementById('renewal');
const picker = document.getElementById('documentos');
const errors = document.getElementById('renewal-errors');
const done = document.getElementById('enviada');

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
  if (!user) return;
  for (const dd of document.querySelectorAll('#datos [data-field]')) {
    dd.textContent = user[dd.dataset.field] ?? '—';
  }
}

// 2–3. A choice that makes the form valid again clears the error summary: an old alert must
// not stay on screen once it no longer applies.
const result = document.getElementById('renewal-result');
const english = () => document.documentElement.lang === 'en';
document.addEventListener('llave-document-select', (event) => {
  const names = event.selection.documents.map((d) => d.name).join(', ');
  result.textContent = english()
    ? `Documents authorised: ${names}. You can send your application now.`
    : `Documentos autorizados: ${names}. Ya puedes enviar tu solicitud.`;
  if (!errors.hidden && form.checkValidity()) errors.hidden = true;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.checkValidity()) {
    // GOV.UK error summary: say what is missing, focus the summary, link to the place to fix it.
    const link = errors.querySelector('a');
    link.textContent = picker.validationMessage;
    errors.hidden = false;
    errors.focus();
    return;
  }
  errors.hidden = true;
  result.textContent = '';
  // 4. The folio (a demo one: nothing is sent anywhere) and the way to follow the procedure.
  document.getElementById('folio').textContent = demoFolio();
  form.hidden = true;
  done.hidden = false;
  done.querySelector('h2').focus();
});

errors.addEventListener('click', (event) => {
  if (!event.target.closest('a')) return;
  event.preventDefault();
  picker.focus();
});

/** 20 characters [A-Z0-9], like a real folio. */
function demoFolio() {
  const digits = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b % 10).join('');
  return `SEMOVI${new Date().getFullYear()}LIC${digits.slice(0, 7)}`;
}
