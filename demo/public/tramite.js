// The agency's side of tramite.html: what a real site would send to its own server. The
// document references go to the agency's backend, which fetches the files from Llave itself.
const form = document.getElementById('renewal');
const result = document.getElementById('renewal-result');

document.addEventListener('llave-document-select', (event) => {
  const names = event.selection.documents.map((d) => d.name).join(', ');
  result.textContent = `Documentos autorizados: ${names}. Ya puedes enviar tu solicitud.`;
  result.dataset.refs = event.selection.documents.map((d) => d.ref).join(' ');
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  const refs = new FormData(form).getAll('documentos');
  result.textContent = `Solicitud lista para enviar con ${refs.length} documento(s). (Demostración: no se envía a ningún lado.)`;
});
