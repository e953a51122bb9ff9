/**
 * Test helper for other packages (the BFF, e2e): signs in through the simulator's REAL hosted
 * pages with plain fetch, as a browser without JavaScript would (cookie jar, GET the form, read
 * its CSRF token and action, POST, follow redirects while they stay on the simulator), and
 * returns the URL the simulator finally redirects to: the client's redirect URL with `code` and
 * `state` (plus `iss` on the OIDC side), or with `error`.
 *
 * @example
 * const callback = await signInThroughHostedPage(authorizeUrl, {
 *   login: 'PEGJ900115HDFRRN03',
 *   password: 'LlaveDemo2026!',
 * });
 * const code = new URL(callback).searchParams.get('code');
 */

/** A minimal cookie jar for one host (the simulator); share one to keep the IdP session. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** Stores the `Set-Cookie` headers of a response (a past expiry or Max-Age=0 deletes). */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.split('=').map((s) => s.trim());
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }
}

export interface SignInOptions {
  /** Keep the IdP's cookies (session) across calls, e.g. to test SSO or end_session later. */
  jar?: CookieJar;
  /**
   * Answers the step-up page when the client asked for a higher level than the account has:
   * return the code sent to the account's contact (read it from the simulator's outbox).
   */
  stepUpCode?: () => Promise<string>;
  /** Sent as Accept-Language on every request. */
  acceptLanguage?: string;
  /** Safety stop for redirect loops. Default 20. */
  maxSteps?: number;
}

/** The reason a sign-in stopped on a simulator page instead of going back to the client. */
export class HostedPageError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
    readonly html: string,
  ) {
    super(message);
    this.name = 'HostedPageError';
  }
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);

interface ParsedForm {
  action: string;
  fields: Record<string, string>;
  inputs: string[];
}

/** The page's POST forms: action, hidden fields and the names of its inputs. */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = m[1] ?? '';
    const action = decode(/\baction="([^"]*)"/i.exec(attrs)?.[1] ?? '');
    const fields: Record<string, string> = {};
    const inputs: string[] = [];
    for (const input of (m[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
      const a = input[1] ?? '';
      const name = /\bname="([^"]*)"/i.exec(a)?.[1];
      if (!name) continue;
      inputs.push(name);
      if (/\btype="hidden"/i.test(a))
        fields[name] = decode(/\bvalue="([^"]*)"/i.exec(a)?.[1] ?? '');
    }
    forms.push({ action, fields, inputs });
  }
  return forms;
}

function pageProblem(html: string): string {
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/i.exec(html)?.[0] ?? '';
  const text = (summary || (/<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? html))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return decode(text).slice(0, 300);
}

export async function signInThroughHostedPage(
  authorizeUrl: string,
  credentials: { login: string; password: string },
  opts: SignInOptions = {},
): Promise<string> {
  const jar = opts.jar ?? new CookieJar();
  const simulator = new URL(authorizeUrl).origin;
  let stepUpAnswered = false;
  let passwordSent = false;

  const request = async (url: string, body?: Record<string, string>) => {
    const headers: Record<string, string> = { cookie: jar.header() };
    if (opts.acceptLanguage) headers['accept-language'] = opts.acceptLanguage;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers,
      body: body ? new URLSearchParams(body).toString() : undefined,
      redirect: 'manual',
    });
    jar.store(response);
    return response;
  };

  let response = await request(authorizeUrl);
  let url = authorizeUrl;
  for (let step = 0; step < (opts.maxSteps ?? 20); step++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url).href;
      await response.body?.cancel();
      if (new URL(next).origin !== simulator) return next;
      url = next;
      response = await request(url);
      continue;
    }
    const html = await response.text();
    const forms = parseForms(html);
    const login = forms.find((f) => f.inputs.includes('password') && f.inputs.includes('login'));
    const code = forms.find((f) => f.inputs.includes('code'));
    if (login && !passwordSent && response.ok) {
      passwordSent = true;
      url = new URL(login.action, url).href;
      response = await request(url, { ...login.fields, ...credentials });
      continue;
    }
    if (code && opts.stepUpCode && !stepUpAnswered && response.ok) {
      stepUpAnswered = true;
      url = new URL(code.action, url).href;
      response = await request(url, { ...code.fields, code: await opts.stepUpCode() });
      continue;
    }
    throw new HostedPageError(
      `The sign-in stopped on ${url} (HTTP ${response.status}): ${pageProblem(html)}`,
      response.status,
      url,
      html,
    );
  }
  throw new HostedPageError('Too many steps: redirect loop?', response.status, url, '');
}
