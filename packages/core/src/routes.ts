/**
 * The Llave API routes the browser reaches through the BFF: one typed table, the only place a
 * route is written. Each path is written once in `API_PATHS` (api-paths.ts, all a browser
 * needs: `apiPaths` is built from it); the method, access, level and rate-limit class of each
 * route once here. The BFF's proxy allow-list is derived from this table, and the simulator's
 * tests check that every route it serves is here or listed as private.
 */

import { API_PATHS, type ApiPathName } from './api-paths.js';
import type { Level } from './contract.js';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who counts as "one account" for a route's rate limit: `param` per path parameter (a
 * verification or reset id), `body` per a JSON body field (the CURP of a reset), `session` per
 * signed-in subject.
 */
export type AccountKey =
  | { from: 'param'; name: string }
  | { from: 'body'; field: string }
  | { from: 'session' };

/**
 * Rate-limit classes: `code` sends or checks a one-time code (guessing, SMS pumping),
 * `password` sets a password, `registration` creates an account, `lookup` answers whether an
 * account exists (an enumeration oracle), `rights` exercises a holder's right (export, cancel,
 * report misuse: heavy or irreversible). Each is limited per IP, and per account when the
 * route says how to name one; routes without a class are only under the general limits.
 */
export type RateLimitClass = 'code' | 'password' | 'registration' | 'lookup' | 'rights';

interface RouteRow {
  /** The `API_PATHS` entry of this route (several methods may share one path). */
  name: ApiPathName;
  method: ApiMethod;
  /** `public`: no session needed (and no token sent); `session`: 401 without one. */
  access: 'public' | 'session';
  /** Minimum level for `session` routes (403 level_required below it). */
  level?: Level;
  /**
   * A look-up like availability has no `account` to count: an enumerator varies exactly the
   * value it would be keyed on, so it is limited per IP only.
   */
  rateLimit?: { class: RateLimitClass; account?: AccountKey };
  /**
   * What the body may be: `json` (the default) is limited like the API's JSON; `upload` (a
   * file) to the upload limit.
   */
  body?: 'json' | 'upload';
  /**
   * A 2xx answer means the IdP ended the citizen's sessions (account cancelled, misuse
   * reported): the BFF ends its own at once, whatever the protocol (Llave has no back-channel
   * logout to tell it later).
   */
  endsSession?: true;
}

const ROUTES = [
  // Catalogs and registry: public look-ups.
  { name: 'postalCode', method: 'GET', access: 'public' },
  { name: 'curp', method: 'GET', access: 'public' },
  // Registration.
  {
    name: 'availability',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'lookup' },
  },
  {
    name: 'registrations',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'registration', account: { from: 'body', field: 'contact.email' } },
  },
  // Contact verification by capability id (a just-registered person has no session yet).
  { name: 'verification', method: 'GET', access: 'public' },
  {
    name: 'verificationCheck',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'param', name: 'id' } },
  },
  {
    name: 'verificationResend',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'param', name: 'id' } },
  },
  {
    name: 'verificationDestination',
    method: 'PUT',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'param', name: 'id' } },
  },
  // Signed in: verify one of your own contacts.
  {
    name: 'verifications',
    method: 'POST',
    access: 'session',
    level: 'basica',
    rateLimit: { class: 'code', account: { from: 'session' } },
  },
  // Password reset.
  {
    name: 'passwordResets',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'body', field: 'curp' } },
  },
  {
    name: 'passwordResetCheck',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'param', name: 'id' } },
  },
  {
    name: 'passwordResetResend',
    method: 'POST',
    access: 'public',
    rateLimit: { class: 'code', account: { from: 'param', name: 'id' } },
  },
  {
    name: 'passwordResetPassword',
    method: 'PUT',
    access: 'public',
    rateLimit: { class: 'password', account: { from: 'param', name: 'id' } },
  },
  // Trámites: public look-up by folio or línea de captura; the list is the citizen's own.
  { name: 'tramite', method: 'GET', access: 'public' },
  {
    name: 'myTramites',
    method: 'GET',
    access: 'session',
    level: 'basica',
  },
  // A trámite sent to an agency (the simulator stands in for the agency's own system).
  { name: 'myTramites', method: 'POST', access: 'session', level: 'basica' },
  // The citizen's record.
  { name: 'me', method: 'GET', access: 'session', level: 'basica' },
  // A new contact gets a code: limited like the code endpoints.
  {
    name: 'meContact',
    method: 'PATCH',
    access: 'session',
    level: 'basica',
    rateLimit: { class: 'code', account: { from: 'session' } },
  },
  {
    name: 'meAddress',
    method: 'PATCH',
    access: 'session',
    level: 'basica',
  },
  // The holder's rights (Lineamientos 5.1.1, 5.1.7, 7.1.2). The export carries the documents,
  // so it needs the expediente's level.
  { name: 'documentShares', method: 'GET', access: 'session', level: 'basica' },
  {
    name: 'meExport',
    method: 'GET',
    access: 'session',
    level: 'verificada',
    rateLimit: { class: 'rights', account: { from: 'session' } },
  },
  {
    name: 'meCancellation',
    method: 'POST',
    access: 'session',
    level: 'basica',
    rateLimit: { class: 'rights', account: { from: 'session' } },
    endsSession: true,
  },
  {
    name: 'meMisuseReports',
    method: 'POST',
    access: 'session',
    level: 'basica',
    rateLimit: { class: 'rights', account: { from: 'session' } },
    endsSession: true,
  },
  // Expediente: documents are personal papers, so a verified contact is required.
  { name: 'documents', method: 'GET', access: 'session', level: 'verificada' },
  { name: 'documents', method: 'POST', access: 'session', level: 'verificada', body: 'upload' },
  {
    name: 'document',
    method: 'DELETE',
    access: 'session',
    level: 'verificada',
  },
  {
    name: 'documentFile',
    method: 'PUT',
    access: 'session',
    level: 'verificada',
    body: 'upload',
  },
  {
    name: 'documentContent',
    method: 'GET',
    access: 'session',
    level: 'verificada',
  },
  {
    name: 'documentShares',
    method: 'POST',
    access: 'session',
    level: 'verificada',
  },
  // Firma: signing needs the signature level; codes are limited per signed-in account, since
  // every request id belongs to one. Verifying a signature is public (a verifier has no account).
  {
    name: 'signatures',
    method: 'POST',
    access: 'session',
    level: 'firma',
    rateLimit: { class: 'code', account: { from: 'session' } },
  },
  {
    name: 'signature',
    method: 'GET',
    access: 'session',
    level: 'firma',
  },
  {
    name: 'signatureConfirm',
    method: 'POST',
    access: 'session',
    level: 'firma',
    rateLimit: { class: 'code', account: { from: 'session' } },
  },
  {
    name: 'signatureResend',
    method: 'POST',
    access: 'session',
    level: 'firma',
    rateLimit: { class: 'code', account: { from: 'session' } },
  },
  // May carry the file to verify.
  { name: 'signatureVerify', method: 'POST', access: 'public', body: 'upload' },
] as const satisfies readonly RouteRow[];

export interface ApiRoute extends RouteRow {
  /** `:name` is one path segment. */
  path: string;
}

/**
 * The table with each row's path: what the BFF's allow-list and the tests read. A function, not
 * a constant, so browser bundles (which only need `apiPaths`) drop the table entirely.
 */
export function apiRoutes(): ApiRoute[] {
  return ROUTES.map((r) => ({ ...r, path: API_PATHS[r.name] }));
}
