/**
 * The proxy's allow-list: every method and path the browser may reach on the Llave API through
 * the BFF, who may reach it, and which level it needs. Anything not in this table is a 404.
 * Paths are those of core's `apiPaths`; `:name` matches one segment of letters, digits, `-`, `_`.
 */
import type { Level } from '@llave-cdmx/core';

export type ProxyMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * How a route is rate limited per account: `param` counts per path parameter (a verification
 * or reset id), `body` per a JSON body field (the CURP of a reset), `session` per signed-in
 * subject. Sensitive routes are also limited per IP.
 */
export type AccountKey =
  | { from: 'param'; name: string }
  | { from: 'body'; field: string }
  | { from: 'session' };

export interface ProxyRoute {
  method: ProxyMethod;
  path: string;
  /** `public`: no session needed (and no token sent); `session`: 401 without one. */
  access: 'public' | 'session';
  /** Minimum level for `session` routes (403 level_required below it). */
  level?: Level;
  /**
   * What the body may be: `json` (the default) is limited to `maxJsonBodyBytes`, as the API
   * refuses bigger JSON; `upload` (a file) to `maxBodyBytes`.
   */
  body?: 'json' | 'upload';
  /**
   * Code and password endpoints, and look-ups that reveal whether an account exists: limited
   * per IP, and per account when `account` says how to name it. A look-up like availability
   * has no account to count: an enumerator varies exactly the value it would be keyed on.
   */
  sensitive?: { account?: AccountKey };
  /**
   * A 2xx answer means the IdP ended the citizen's sessions (account cancelled, misuse
   * reported): the BFF ends its own at once, whatever the protocol (Llave has no back-channel
   * logout to tell it later).
   */
  endsSession?: true;
}

export const PROXY_ROUTES = [
  // Catalogs and registry: public look-ups.
  { method: 'GET', path: '/v1/catalogs/postal-codes/:cp', access: 'public' },
  { method: 'GET', path: '/v1/registry/curp/:curp', access: 'public' },
  // Registration.
  // Answers whether a CURP or an email is registered: without a limit, an enumeration oracle.
  { method: 'POST', path: '/v1/registrations/availability', access: 'public', sensitive: {} },
  {
    method: 'POST',
    path: '/v1/registrations',
    access: 'public',
    sensitive: { account: { from: 'body', field: 'contact.email' } },
  },
  // Contact verification by capability id (a just-registered person has no session yet).
  { method: 'GET', path: '/v1/verifications/:id', access: 'public' },
  {
    method: 'POST',
    path: '/v1/verifications/:id/check',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  {
    method: 'POST',
    path: '/v1/verifications/:id/resend',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  {
    method: 'PUT',
    path: '/v1/verifications/:id/destination',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  // Signed in: verify one of your own contacts.
  {
    method: 'POST',
    path: '/v1/verifications',
    access: 'session',
    level: 'basica',
    sensitive: { account: { from: 'session' } },
  },
  // Password reset.
  {
    method: 'POST',
    path: '/v1/password-resets',
    access: 'public',
    sensitive: { account: { from: 'body', field: 'curp' } },
  },
  {
    method: 'POST',
    path: '/v1/password-resets/:id/check',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  {
    method: 'POST',
    path: '/v1/password-resets/:id/resend',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  {
    method: 'PUT',
    path: '/v1/password-resets/:id/password',
    access: 'public',
    sensitive: { account: { from: 'param', name: 'id' } },
  },
  // Trámites: public look-up by folio or línea de captura; the list is the citizen's own.
  { method: 'GET', path: '/v1/tramites/:folio', access: 'public' },
  { method: 'GET', path: '/v1/me/tramites', access: 'session', level: 'basica' },
  // The citizen's record.
  { method: 'GET', path: '/v1/me', access: 'session', level: 'basica' },
  // A new contact gets a code: limited like the code endpoints.
  {
    method: 'PATCH',
    path: '/v1/me/contact',
    access: 'session',
    level: 'basica',
    sensitive: { account: { from: 'session' } },
  },
  { method: 'PATCH', path: '/v1/me/address', access: 'session', level: 'basica' },
  // The holder's rights (Lineamientos 5.1.1, 5.1.7, 7.1.2). The export carries the documents,
  // so it needs the expediente's level.
  { method: 'GET', path: '/v1/me/document-shares', access: 'session', level: 'basica' },
  {
    method: 'GET',
    path: '/v1/me/export',
    access: 'session',
    level: 'verificada',
    sensitive: { account: { from: 'session' } },
  },
  {
    method: 'POST',
    path: '/v1/me/cancellation',
    access: 'session',
    level: 'basica',
    sensitive: { account: { from: 'session' } },
    endsSession: true,
  },
  {
    method: 'POST',
    path: '/v1/me/misuse-reports',
    access: 'session',
    level: 'basica',
    sensitive: { account: { from: 'session' } },
    endsSession: true,
  },
  // Expediente: documents are personal papers, so a verified contact is required.
  { method: 'GET', path: '/v1/me/documents', access: 'session', level: 'verificada' },
  {
    method: 'POST',
    path: '/v1/me/documents',
    access: 'session',
    level: 'verificada',
    body: 'upload',
  },
  { method: 'DELETE', path: '/v1/me/documents/:id', access: 'session', level: 'verificada' },
  {
    method: 'PUT',
    path: '/v1/me/documents/:id/file',
    access: 'session',
    level: 'verificada',
    body: 'upload',
  },
  { method: 'GET', path: '/v1/me/documents/:id/content', access: 'session', level: 'verificada' },
  { method: 'POST', path: '/v1/me/document-shares', access: 'session', level: 'verificada' },
  // Firma: signing needs the signature level; codes are limited per signed-in account, since
  // every request id belongs to one. Verifying a signature is public (a verifier has no account).
  {
    method: 'POST',
    path: '/v1/me/signatures',
    access: 'session',
    level: 'firma',
    sensitive: { account: { from: 'session' } },
  },
  { method: 'GET', path: '/v1/me/signatures/:id', access: 'session', level: 'firma' },
  {
    method: 'POST',
    path: '/v1/me/signatures/:id/confirm',
    access: 'session',
    level: 'firma',
    sensitive: { account: { from: 'session' } },
  },
  {
    method: 'POST',
    path: '/v1/me/signatures/:id/resend',
    access: 'session',
    level: 'firma',
    sensitive: { account: { from: 'session' } },
  },
  // May carry the file to verify.
  { method: 'POST', path: '/v1/signatures/verify', access: 'public', body: 'upload' },
] as const satisfies readonly ProxyRoute[];

export interface RouteMatch {
  route: ProxyRoute;
  params: Record<string, string>;
}

interface Compiled {
  route: ProxyRoute;
  regex: RegExp;
  names: string[];
}

function compile(route: ProxyRoute): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([A-Za-z0-9_-]{1,128})';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}$`), names };
}

const COMPILED: Compiled[] = (PROXY_ROUTES as readonly ProxyRoute[]).map(compile);

/** The route for a method and an already-validated path, or undefined. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  for (const { route, regex, names } of COMPILED) {
    if (route.method !== method) continue;
    const m = regex.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = m[i + 1]!;
    });
    return { route, params };
  }
  return undefined;
}

/**
 * Refuses any path that could escape the API base once some layer decodes or normalises it:
 * dot segments, encoded dots, slashes or backslashes, backslashes, empty segments (`//host`),
 * absolute URLs, anything outside `/v1/`. Checked on the raw request target, before the URL
 * parser gets a chance to resolve `..` for us.
 */
export function isSafeApiPath(rawPath: string): boolean {
  if (!rawPath.startsWith('/v1/') && rawPath !== '/v1') return false;
  if (rawPath.includes('//') || rawPath.includes('\\')) return false;
  if (/%(2e|2f|5c|00)/i.test(rawPath)) return false;
  if (/(^|\/)\.{1,2}(\/|$)/.test(rawPath)) return false;
  if (rawPath.includes(':') || rawPath.includes('@')) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
  if (/[\u0000-\u001f\u007f\s]/.test(rawPath)) return false;
  return true;
}
