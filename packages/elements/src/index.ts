/**
 * @llave-cdmx/elements: the classes and events, without defining any tag (no side effects).
 * Define tags by importing their registration files, e.g.
 * `import '@llave-cdmx/elements/login-button/llave-login-button.js'`.
 */

export { LlaveContactVerifier } from './contact-verifier/contact-verifier.js';
export { LlaveDocumentPicker } from './document-picker/document-picker.js';
export { LlaveDocumentSigner } from './document-signer/document-signer.js';
export { LlaveContactVerifiedEvent } from './events/contact-verified.js';
export {
  type DocumentSelection,
  LlaveDocumentSelectEvent,
  type SelectedDocumentRef,
} from './events/document-select.js';
export { LlaveDocumentSignedEvent } from './events/document-signed.js';
export { LlaveLoginStartEvent } from './events/login-start.js';
export { LlavePasswordResetEvent } from './events/password-reset.js';
export { LlaveProfileChangeEvent, type ProfileChange } from './events/profile-change.js';
export { LlaveRegisteredEvent } from './events/registered.js';
export { LlaveSessionChangeEvent } from './events/session-change.js';
export { LlaveSessionTimeoutEvent } from './events/session-timeout.js';
export { LlaveStepChangeEvent, type StepDirection } from './events/step-change.js';
export { LlaveTramiteStatusChangeEvent } from './events/tramite-status-change.js';
export { LlaveHelp } from './help/help.js';
export type { CodeChannel } from './internal/code-channel.js';
export { LlaveLoginButton } from './login-button/login-button.js';
export { LlavePasswordReset } from './password-reset/password-reset.js';
export { LlaveProfile } from './profile/profile.js';
export { LlaveRegistrationWizard } from './registration-wizard/registration-wizard.js';
export { LlaveSession } from './session/session.js';
export { sessionContext } from './session/session-context.js';
export {
  pageSession,
  type SessionState,
  type SessionStatus,
  SessionStore,
} from './session/session-store.js';
export { LlaveSessionTimeout } from './session-timeout/session-timeout.js';
export { LlaveTramiteTracker } from './tramite-tracker/tramite-tracker.js';
