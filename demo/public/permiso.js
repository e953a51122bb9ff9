// The agency's side of permiso.html: the signature receipt goes with the application (folio and
// the detached JWS), so the agency's server can verify it against the document it generated.
const form = document.getElementById('permit');
const result = document.getElementById('permit-result');
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'es-MX');

// An <option> holds text only, so the page's two-language spans cannot be used in one: each
// option carries its English name and follows <html lang> like the rest of the page.
const options = form.querySelectorAll('option[data-en]');
const localize = () => {
  for (const option of options) {
    option.dataset.es ??= option.textContent;
    option.textContent = lang() === 'en' ? option.dataset.en : option.dataset.es;
  }
};
new MutationObserver(localize).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['lang'],
});
localize();

document.addEventListener('llave-document-signed', (event) => {
  const { folio, jws } = event.receipt;
  form.elements.folioFirma.value = folio;
  form.elements.firma.value = jws;
  result.textContent =
    lang() === 'en'
      ? `Application signed (folio ${folio}). You can send it now.`
      : `Solicitud firmada (folio ${folio}). Ya puedes enviarla.`;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.elements.firma.value) {
    result.textContent =
      lang() === 'en'
        ? 'Sign the application first: tick the box and type the code we send you.'
        : 'Primero firma la solicitud: marca la casilla y escribe el código que te enviamos.';
    form.querySelector('llave-document-signer')?.focus();
    return;
  }
  result.textContent =
    lang() === 'en'
      ? `Signed application ready to send (folio ${form.elements.folioFirma.value}). (Demo: it is not sent anywhere.)`
      : `Solicitud firmada lista para enviar (folio ${form.elements.folioFirma.value}). (Demostración: no se envía a ningún lado.)`;
});
