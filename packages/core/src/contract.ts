/**
 * The Llave API contract: the JSON shapes and paths shared by the simulator (server/sim),
 * the BFF (server/bff) and the components (packages/elements).
 *
 * Paths are relative to the Llave API base. In the browser every call goes through the BFF
 * proxy, so `GET /v1/me/documents` is fetched as `GET /llave/api/v1/me/documents`, except under
 * a browser-only session (`<llave-session mode="browser">`), which calls the API base itself.
 * The simulator serves them under `/api` (so `http://127.0.0.1:4010/api/v1/...`).
 *
 * Field names of the account model follow the Llave CDMX guidelines (Spanish domain words),
 * wire format is camelCase JSON, dates are ISO 8601 (`YYYY-MM-DD` or full timestamps).
 * @module
 */

import type {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  FOREIGN_DOCUMENT_TYPES,
  TRAMITE_STATUSES,
  UPLOAD_MEDIA_TYPES,
} from './enums.js';

/* ------------------------------------------------------------------ errors */

/**
 * Error codes a client can translate. Validators in core return the same codes for
 * field errors, so a 422 from the server and a check in the browser read the same.
 */
export type ApiErrorCode =
  | 'bad_request' // malformed JSON, wrong types
  | 'validation_failed' // 422 with `fields`
  | 'not_found'
  | 'unauthorized' // 401: a session is needed
  | 'forbidden' // 403: not the owner
  | 'level_required' // 403: the session's level is too low; `requiredLevel` says which
  | 'csrf_required' // 403: the X-CSRF header is missing
  | 'curp_registered' // 409: registration conflicts of the troubleshooting guide
  | 'email_registered'
  | 'phone_registered'
  | 'contact_unverified'
  | 'document_changed' // 409: the document to sign changed after its fingerprint was shown
  | 'code_invalid' // contact / reset codes
  | 'code_expired'
  | 'code_used'
  | 'too_many_attempts' // 429 with retryAfter
  | 'resend_too_soon' // 429 with retryAfter
  | 'rate_limited' // 429 with retryAfter
  | 'payload_too_large' // 413
  | 'unsupported_media_type' // 415: upload content is not PDF/JPEG/PNG by its magic bytes
  | 'upstream_unavailable' // 502/503 from the BFF when Llave does not answer
  | 'session_store_unavailable' // 503 when Redis is down
  | 'recent_login_required' // 403: the action needs a sign-in within the last minutes (account cancellation)
  | 'internal_error';

/** The one error shape every server answer uses (simulator API and BFF alike). */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    /** Human-readable, es-MX; clients translate `code` rather than show this. */
    message: string;
    /** Field errors for 422: field path (e.g. `contact.email`) to a validation code. */
    fields?: Record<string, string>;
    /** Seconds until a retry can succeed (429, resend cooldowns). */
    retryAfter?: number;
    /** For `level_required`. */
    requiredLevel?: Level;
    /** Where a person can get help (LOCATEL, help pages) for conflicts. */
    helpUrl?: string;
  };
}

/* ---------------------------------------------------------- account model */

/** Account levels of the Llave CDMX guidelines, lowest first. */
export const LEVELS = ['basica', 'verificada', 'firma'] as const;
export type Level = (typeof LEVELS)[number];

/** Sex as RENAPO records it: H hombre, M mujer, X no binario. */
export type Sexo = 'H' | 'M' | 'X';

/** Two-letter state codes used by the CURP (plus NE, born abroad). */
export type EstadoCurp = string;

export interface PersonalData {
  curp: string;
  nombre: string;
  primerApellido: string;
  segundoApellido?: string;
  sexo: Sexo;
  /** ISO date `YYYY-MM-DD`. */
  fechaNacimiento: string;
  /** CURP state code, e.g. `DF`. */
  estadoNacimiento: EstadoCurp;
}

export type ForeignDocumentType = (typeof FOREIGN_DOCUMENT_TYPES)[number];

export interface ForeignPersonalData {
  nombre: string;
  primerApellido: string;
  segundoApellido?: string;
  sexo: Sexo;
  fechaNacimiento: string;
  /** ISO 3166-1 alpha-2 country of nationality, e.g. `GT`. */
  nacionalidad: string;
  documentoTipo: ForeignDocumentType;
  documentoNumero: string;
}

export interface Address {
  codigoPostal: string;
  /** Filled from the catalog. */
  estado: string;
  municipio: string;
  /** Id of the asentamiento chosen from the catalog (`PostalCodeLookup.asentamientos[].id`). */
  asentamientoId: string;
  /** Name and type of the asentamiento, as shown (e.g. `Roma Norte`, `Colonia`). */
  asentamiento: string;
  tipoAsentamiento: string;
  calle: string;
  numeroExterior: string;
  numeroInterior?: string;
}

export interface Contact {
  email: string;
  emailVerified: boolean;
  /** E.164 `+52XXXXXXXXXX` or absent. */
  mobile?: string;
  mobileVerified: boolean;
}

/** The citizen's record (ficha) as `GET /v1/me` returns it. */
export interface Profile {
  id: string;
  kind: 'nacional' | 'extranjero';
  level: Level;
  personal: PersonalData | ForeignPersonalData;
  address?: Address;
  contact: Contact;
  /**
   * Which parts the citizen may edit. Identity data from RENAPO is read-only; contact and
   * address are editable (changing a contact needs a new verification).
   */
  editable: { personal: false; contact: true; address: true };
  createdAt: string;
  /**
   * A new email or mobile the citizen asked for and has not verified yet. It replaces the
   * current one only once its code is checked; until then `contact` keeps the old one.
   */
  pending?: { email?: PendingContact; mobile?: PendingContact };
}

/** A contact change waiting for its code (`Profile.pending`). */
export interface PendingContact {
  /** The new email, or the new mobile as E.164 `+52XXXXXXXXXX` (the citizen's own, in full). */
  value: string;
  /** Check, resend or correct it with the `/v1/verifications/{id}/*` endpoints. */
  verification: Verification;
}

/* ---------------------------------------------------------- catalogs */

export interface Asentamiento {
  /** Stable id within the catalog (`id_asenta_cpcons` of the Correos file, zero-padded). */
  id: string;
  nombre: string;
  /** e.g. Colonia, Barrio, Pueblo, Unidad habitacional. */
  tipo: string;
  zona?: 'Urbano' | 'Rural' | 'Semiurbano';
}

/** `GET /v1/catalogs/postal-codes/{cp}` */
export interface PostalCodeLookup {
  codigoPostal: string;
  estado: string;
  /** Alcaldía in CDMX, municipio elsewhere. */
  municipio: string;
  ciudad?: string;
  asentamientos: Asentamiento[];
}

/** `GET /v1/registry/curp/{curp}`: the RENAPO-like lookup. */
export interface CurpLookup extends PersonalData {
  /** `renapo` for a person in the registry; `derived` when only the CURP itself was read. */
  source: 'renapo' | 'derived';
}

/* ---------------------------------------------------------- registration */

/** `POST /v1/registrations/availability` body; every field optional. */
export interface AvailabilityRequest {
  curp?: string;
  email?: string;
  mobile?: string;
}
export type Availability = 'available' | 'registered';
export interface AvailabilityResponse {
  curp?: Availability;
  email?: Availability;
  mobile?: Availability;
}

/** `POST /v1/registrations` body: everything the three steps collected. */
export type RegistrationRequest = (
  | { kind: 'nacional'; personal: PersonalData }
  | { kind: 'extranjero'; personal: ForeignPersonalData }
) & {
  address: Omit<Address, 'estado' | 'municipio' | 'asentamiento' | 'tipoAsentamiento'> &
    Partial<Pick<Address, 'estado' | 'municipio' | 'asentamiento' | 'tipoAsentamiento'>>;
  contact: { email: string; mobile?: string };
  password: string;
  /** Accepting the privacy notice is required. */
  acceptPrivacyNotice: true;
};

/** `201` answer of `POST /v1/registrations`: the account exists at level básica. */
export interface RegistrationResponse {
  accountId: string;
  level: Level;
  /** A code was sent to the email; verify it to reach level verificada. */
  verification: Verification;
}

/* ---------------------------------------------------------- verification */

export type Channel = 'email' | 'sms';

/**
 * A pending contact verification. `id` is an unguessable capability (128-bit): whoever
 * holds it may check, resend or correct, which is how a just-registered citizen without a
 * session verifies.
 */
export interface Verification {
  id: string;
  channel: Channel;
  /** Masked destination for display, e.g. `d***@example.com`, `******1234`. */
  destinationMasked: string;
  /** When the current code expires (ISO timestamp). */
  expiresAt: string;
  /** When a resend is allowed (ISO timestamp). */
  resendAvailableAt: string;
  attemptsLeft: number;
  status: 'pending' | 'verified';
}

/** `POST /v1/verifications` (signed in: verify one of your own contacts). */
export interface StartVerificationRequest {
  channel: Channel;
}
/** `POST /v1/verifications/{id}/check` */
export interface CheckCodeRequest {
  code: string;
}
export interface CheckCodeResponse {
  verified: true;
  channel: Channel;
  level: Level;
}
/** `PUT /v1/verifications/{id}/destination`: correct a mistyped contact before it is verified. */
export interface CorrectDestinationRequest {
  destination: string;
}
// `POST /v1/verifications/{id}/resend` has no body and answers the updated Verification.

/* ---------------------------------------------------------- password reset */

/** `POST /v1/password-resets`: always 202, whether or not the data matched (no enumeration). */
export interface PasswordResetRequest {
  curp: string;
  /** The email or mobile registered on the account. */
  contact: string;
}
export interface PasswordResetStarted {
  resetId: string;
  channel: Channel;
  destinationMasked: string;
  expiresAt: string;
  resendAvailableAt: string;
}
/** `POST /v1/password-resets/{resetId}/check` → `{ resetToken }` */
export interface PasswordResetCheckResponse {
  resetToken: string;
}
/** `PUT /v1/password-resets/{resetId}/password` → 204 */
export interface PasswordResetComplete {
  resetToken: string;
  password: string;
}
// `POST /v1/password-resets/{resetId}/resend` answers PasswordResetStarted.

/* ---------------------------------------------------------- profile */

/**
 * `PATCH /v1/me/contact`: a new email or mobile becomes `Profile.pending` and a code goes to it;
 * the old one stays until the code is checked (`POST /v1/verifications/{id}/check`). Only one
 * field per request. `mobile: null` removes the mobile at once.
 */
export interface UpdateContactRequest {
  email?: string;
  mobile?: string | null;
}
export interface UpdateContactResponse {
  profile: Profile;
  /** The verification of the pending contact, when one was started. */
  verification?: Verification;
}
/** `PATCH /v1/me/address` answers the Profile. */
export type UpdateAddressRequest = RegistrationRequest['address'];

/* ---------------------------------------------------------- expediente */

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

export interface ExpedienteDocument {
  id: string;
  type: DocumentType;
  /** The citizen's own name for it, or the original file name. */
  name: string;
  mediaType: UploadMediaType;
  sizeBytes: number;
  uploadedAt: string;
  /** When the agency checked it against the original (cotejo), if it did. */
  cotejadoAt?: string;
  status: DocumentStatus;
  /** Why it was rejected, for `rechazado`. */
  rejectionReason?: string;
}

/** `GET /v1/me/documents[?type=]` */
export interface DocumentList {
  items: ExpedienteDocument[];
  /** Upload limit in bytes, so the UI can show it before an upload. */
  maxUploadBytes: number;
  acceptedMediaTypes: UploadMediaType[];
}
// `POST /v1/me/documents`: multipart/form-data with `file` and `type` (and optional `name`) → 201 ExpedienteDocument.
// `PUT /v1/me/documents/{id}/file`: multipart with `file` → 200 ExpedienteDocument (status back to cargado).
// `DELETE /v1/me/documents/{id}` → 204. `GET /v1/me/documents/{id}/content` → the bytes.

/** `POST /v1/me/document-shares`: the consent record. */
export interface ShareRequest {
  documentIds: string[];
  /** Agency client id (from the BFF config) and the trámite the documents are for. */
  agency: string;
  tramite: string;
  /** The consent text the citizen saw and accepted. */
  consentText: string;
}
export interface DocumentShare {
  id: string;
  agency: string;
  tramite: string;
  grantedAt: string;
  expiresAt: string;
  /** Opaque references the agency uses to fetch each document server-side. */
  documents: Array<{ id: string; type: DocumentType; name: string; ref: string }>;
}

/**
 * `GET /v1/me/document-shares`: every consent the citizen gave to share documents (newest
 * first), so the holder sees every transmission (Lineamientos 7.1.2).
 */
export interface ConsentRecord {
  id: string;
  /** The agency (client) the documents went to, with its display name. */
  agency: { id: string; name: string };
  tramite: string;
  grantedAt: string;
  expiresAt: string;
  /** The consent text exactly as the citizen accepted it. */
  consentText: string;
  /** The documents as they were when shared (they may have been replaced or deleted since). */
  documents: Array<{ id: string; type: DocumentType; name: string }>;
}
export interface ConsentHistory {
  items: ConsentRecord[];
}

/* ---------------------------------------------------------- account rights */

/**
 * `GET /v1/me/export` answers `application/zip` (portability, Lineamientos 7.1.2): `ficha.json`
 * with this shape, and every document's file under `documentos/`.
 */
export interface DataExport {
  format: 'llave-cdmx-export/1';
  exportedAt: string;
  profile: Profile;
  documents: Array<ExpedienteDocument & { file: string }>;
  consents: ConsentRecord[];
  tramites: Tramite[];
}

/**
 * `POST /v1/me/cancellation` (Lineamientos 5.1.1): needs a sign-in within the last minutes
 * (403 `recent_login_required` otherwise) and `confirm: true`. Deletes the documents and the
 * data and ends every session of the citizen at every agency.
 */
export interface CancellationRequest {
  confirm: true;
}
export interface CancellationResponse {
  cancelledAt: string;
  /** Sessions ended at agencies (Llave tokens revoked, OIDC sessions with back-channel logout). */
  sessionsEnded: number;
}

/**
 * `POST /v1/me/misuse-reports` ("No fui yo", Lineamientos 5.1.7): ends every session of the
 * citizen everywhere; the password must be reset before the next sign-in.
 */
export interface MisuseReportRequest {
  /** What the citizen noticed, optional, up to 1000 characters. */
  description?: string;
}
export interface MisuseReportResponse {
  reportId: string;
  receivedAt: string;
  sessionsEnded: number;
  passwordResetRequired: true;
}

/* ---------------------------------------------------------- trámites */

export type TramiteStatus = (typeof TRAMITE_STATUSES)[number];

export interface TramiteEvent {
  status: TramiteStatus;
  at: string;
  /** Short note from the agency, es-MX (agency text, not translated). */
  note?: string;
}

export interface Tramite {
  folio: string;
  /** Línea de captura, when a payment is involved. */
  lineaCaptura?: string;
  agency: { id: string; name: string };
  name: string;
  createdAt: string;
  updatedAt: string;
  status: TramiteStatus;
  /** Oldest first; the last entry is the current status. */
  timeline: TramiteEvent[];
}
// `GET /v1/tramites/{folioOrLineaCaptura}` (public) → Tramite; 404 not_found.
/** `GET /v1/me/tramites` → newest first. */
export interface TramiteList {
  items: Tramite[];
}

/**
 * `POST /v1/me/tramites` → 201 Tramite (status `recibido`, a new folio); 422 for an agency that
 * is not registered. The simulator stands in for the agency's own system, which in production
 * registers the trámite and gives its folio.
 */
export interface NewTramite {
  /** The agency's client id. */
  agency: string;
  /** What the citizen applied for, es-MX (≤ 200 characters). */
  name: string;
}

/* ---------------------------------------------------------- BFF session */

/** What the browser may know of the signed-in citizen. Never a token. */
export interface SessionUser {
  sub: string;
  name: string;
  givenName?: string;
  familyName?: string;
  curp?: string;
  /** Birth date, ISO `YYYY-MM-DD`, when the IdP gives a valid one. */
  birthdate?: string;
  email?: string;
  /** Mobile in E.164 (`+52` and 10 digits), when the IdP gives a valid one. */
  phone?: string;
  level: Level;
}

/**
 * How a signed-in citizen reaches a higher level (DESIGN.md §3):
 * - `login`: sign in again asking for it (`GET /llave/login?level=…`); the IdP steps up (OIDC `acr_values`);
 * - `verify-contact`: verify the email or mobile with a code (`POST /v1/verifications`, then
 *   `POST /llave/session/refresh` so the session sees the new level), as with the Llave protocol;
 * - `unavailable`: cannot be reached online here (e.g. `firma`, the e.firma, with the Llave protocol).
 */
export type LevelUpMethod = 'login' | 'verify-contact' | 'unavailable';

/** `GET /llave/session`, and `POST /llave/session/refresh` (claims read again from the IdP). */
export interface SessionInfo {
  authenticated: boolean;
  user?: SessionUser;
  /** Absolute expiry of the session (ISO timestamp): no activity moves it. */
  expiresAt?: string;
  /**
   * When the session ends if nothing happens (ISO timestamp, never after `expiresAt`): the
   * idle deadline, moved by activity and by `POST /session/extend`.
   */
  idleExpiresAt?: string;
  /** The server's clock when it answered, so a browser with a wrong clock still counts right. */
  now?: string;
  /** Length of the idle window in seconds (what activity or an extension restarts). */
  idleSeconds?: number;
  /**
   * For a signed-in session: each level above `user.level`, and how to reach it. Absent when
   * signed out, and from BFFs older than this field (then assume `login`).
   */
  levelUp?: Partial<Record<Level, LevelUpMethod>>;
}

/* ---------------------------------------------------------- paths */

/**
 * Request header of a call the page makes on its own (a status poll), not on the citizen's
 * behalf: the BFF does not count it as activity, so polling cannot keep an idle session alive
 * (the idle timeout of DESIGN.md §5, WCAG 2.2.1's warning stays truthful).
 */
export const BACKGROUND_HEADER = 'X-Llave-Background';

/** Default BFF prefix on the agency's origin. */
export const DEFAULT_BFF_PREFIX = '/llave';
