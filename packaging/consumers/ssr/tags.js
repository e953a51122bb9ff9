// Every component, for the browser bundle (the server imports what the manifest lists; the
// packaging test fails when a tag is missing here).
import '@llave-cdmx/elements/session/llave-session.js';
import '@llave-cdmx/elements/login-button/llave-login-button.js';
import '@llave-cdmx/elements/registration-wizard/llave-registration-wizard.js';
import '@llave-cdmx/elements/contact-verifier/llave-contact-verifier.js';
import '@llave-cdmx/elements/password-reset/llave-password-reset.js';
import '@llave-cdmx/elements/document-picker/llave-document-picker.js';
import '@llave-cdmx/elements/tramite-tracker/llave-tramite-tracker.js';
import '@llave-cdmx/elements/session-timeout/llave-session-timeout.js';
