/**
 * The proxy's allow-list: every method and path the browser may reach on the Llave API through
 * the BFF, who may reach it, and which level it needs. Anything not in this table is a 404.
 * Derived from core's route table (`apiRoutes()`, whose paths `apiPaths` is built from too); `:name`
 * matches one segment of letters, digits, `-`, `_`.
 */
import {
  type AccountKey,
  type ApiMethod,
  type ApiRoute,
  apiRoutes,
  type Level,
  type RateLimitClass,
} from '@llave-cdmx/core';

export type ProxyMethod = ApiMethod;

export type { AccountKey } from '@llave-cdmx/core';

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
   * per IP, and per account when `account` says how to name it (core's `rateLimit` class).
   */
  sensitive?: { class: RateLimitClass; account?: AccountKey };
  /**
   * A 2xx answer means the IdP ended the citizen's sessions (account cancelled, misuse
   * reported): the BFF ends its own at once, whatever the protocol (Llave has no back-channel
   * logout to tell it later).
   */
  endsSession?: true;
}

/**
 * Every route of core's table, in the proxy's terms: the table is the one place a route is
 * written, so the allow-list cannot drift from the paths the components call.
 */
export const PROXY_ROUTES: readonly ProxyRoute[] = apiRoutes().map((r: ApiRoute) => ({
  method: r.method,
  path: r.path,
  access: r.access,
  ...(r.level ? { level: r.level } : {}),
  ...(r.body ? { body: r.body } : {}),
  ...(r.rateLimit ? { sensitive: r.rateLimit } : {}),
  ...(r.endsSession ? { endsSession: true as const } : {}),
}));

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

const COMPILED: Compiled[] = PROXY_ROUTES.map(compile);

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
