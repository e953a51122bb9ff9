/**
 * Test harness: a real oidc-provider, a real upstream HTTP server, a cookie jar, and helpers to
 * sign in through the BFF with `app.request()` (no socket on the BFF side).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '@llave-cdmx/sim';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { pino } from 'pino';
import type { LlaveBff } from '../src/app.js';

export const ORIGIN = 'https://tramites.example.test';
export const CLIENT = { id: 'bff-test', secret: 'bff-test-secret-0123456789' };
export const ACR = 'urn:llave:cdmx:nivel:';

/** Name=value pairs from Set-Cookie, applied the way a browser would (deletions included). */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string; port: number; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface TestAccount {
  sub: string;
  level: 'basica' | 'verificada' | 'firma';
}

export interface TestIdp {
  issuer: string;
  provider: Provider;
  /** The provider's private signing key, to forge (or correctly sign) logout tokens. */
  signingKey: JWK;
  /** Counts of successful grants by type, seen through the provider's events. */
  grants: { authorization_code: number; refresh_token: number };
  /** Who signs in next, at which level (the interaction step answers with it). */
  nextLogin: TestAccount;
  /**
   * Rewrites the ID token of the next token-endpoint answers (a man in the middle, a broken
   * IdP); undefined leaves them alone.
   */
  tamperIdToken: ((idToken: string) => Promise<string>) | undefined;
  /** How many times the JWKS was fetched. */
  jwksFetches: number;
  /** Refresh-token grants the provider refused (e.g. a rotated token redeemed twice). */
  refreshErrors: number;
  /**
   * Holds the next token-endpoint request for `ms` before the provider sees it (a slow IdP);
   * resolves when that request has arrived.
   */
  slowNextTokenRequest(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real oidc-provider. Its interaction step signs `nextLogin` in directly (the hosted login
 * page is the simulator's job); everything else (PKCE, nonce, iss, tokens, refresh rotation)
 * is the provider's own behaviour.
 */
export async function startOidcProvider(
  options: { accessTokenTtl?: number; redirectUris?: string[] } = {},
): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: 'test-key',
    alg: 'RS256',
    use: 'sig',
  };
  let provider!: Provider;
  const state = {
    nextLogin: { sub: 'ciudadano-1', level: 'verificada' } as TestAccount,
    tamperIdToken: undefined as ((idToken: string) => Promise<string>) | undefined,
    jwksFetches: 0,
    slow: undefined as { ms: number; arrived: () => void } | undefined,
  };
  const http = await listen((req, res) => {
    const slow = state.slow;
    if (slow && req.url?.startsWith('/token')) {
      state.slow = undefined;
      slow.arrived();
      setTimeout(() => provider.callback()(req, res), slow.ms);
      return;
    }
    if (req.url?.startsWith('/jwks')) state.jwksFetches++;
    const tamper = state.tamperIdToken;
    if (tamper && req.url?.startsWith('/token')) {
      // Koa answers a JSON body with one end(): rewrite the id_token in it on the way out.
      const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
      res.end = ((chunk?: unknown) => {
        const body = JSON.parse(String(chunk)) as { id_token?: string };
        if (!body.id_token) return end(chunk);
        void tamper(body.id_token).then((idToken) => {
          const text = JSON.stringify({ ...body, id_token: idToken });
          res.setHeader('content-length', Buffer.byteLength(text));
          end(text);
        });
        return res;
      }) as typeof res.end;
    }
    const m = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (m) {
      const account = state.nextLogin;
      provider
        .interactionFinished(
          req,
          res,
          { login: { accountId: account.sub, acr: `${ACR}${account.level}` } },
          { mergeWithLastSubmission: false },
        )
        .catch((err: Error) => {
          res.statusCode = 500;
          res.end(err.message);
        });
      return;
    }
    provider.callback()(req, res);
  });
  const issuer = http.url;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: options.redirectUris ?? [`${ORIGIN}/llave/callback`],
        post_logout_redirect_uris: [`${ORIGIN}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    acrValues: ['basica', 'verificada', 'firma'].map((l) => `${ACR}${l}`),
    claims: {
      openid: ['sub'],
      // As the simulator does: Llave's own claims travel with the profile scope.
      profile: ['name', 'given_name', 'family_name', 'birthdate', 'curp', 'level'],
      email: ['email'],
    },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        name: 'Juan Pérez García',
        given_name: 'Juan',
        family_name: 'Pérez García',
        birthdate: '1990-01-15',
        email: 'juan@example.com',
        curp: 'PEGJ900115HDFRRN03',
        level: state.nextLogin.sub === sub ? state.nextLogin.level : 'basica',
      }),
    }),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      backchannelLogout: { enabled: true },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Everything the client asks for is granted: consent is not what these tests are about.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid profile email offline_access');
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: { AccessToken: options.accessTokenTtl ?? 3600 },
  });
  const grants = { authorization_code: 0, refresh_token: 0 };
  let refreshErrors = 0;
  provider.on('grant.error', (ctx) => {
    const type = (ctx.oidc.params as { grant_type?: string } | undefined)?.grant_type;
    if (type === 'refresh_token') refreshErrors++;
  });
  provider.on('grant.success', (ctx) => {
    const type = (ctx.oidc.params as { grant_type?: string } | undefined)?.grant_type;
    if (type === 'authorization_code' || type === 'refresh_token') grants[type]++;
  });
  return {
    issuer,
    provider,
    signingKey,
    grants,
    get nextLogin() {
      return state.nextLogin;
    },
    set nextLogin(v) {
      state.nextLogin = v;
    },
    get tamperIdToken() {
      return state.tamperIdToken;
    },
    set tamperIdToken(v) {
      state.tamperIdToken = v;
    },
    get jwksFetches() {
      return state.jwksFetches;
    },
    get refreshErrors() {
      return refreshErrors;
    },
    slowNextTokenRequest(ms: number) {
      return new Promise<void>((arrived) => {
        state.slow = { ms, arrived };
      });
    },
    close: http.close,
  };
}

/** Follows the IdP's redirects (with its own cookies) until it sends the browser back to us. */
export async function walkIdp(authorizeUrl: string): Promise<string> {
  const jar = new CookieJar();
  let url = authorizeUrl;
  for (let i = 0; i < 10; i++) {
    if (url.startsWith(ORIGIN)) return url;
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(res);
    await res.arrayBuffer();
    const location = res.headers.get('location');
    if (!location) throw new Error(`IdP stopped at ${res.status} ${url}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

export interface Browser {
  jar: CookieJar;
  /** Calls the BFF like a same-origin page would (cookies from the jar, CSRF header on demand). */
  request(path: string, init?: RequestInit & { csrf?: boolean }): Promise<Response>;
}

export function browser(bff: LlaveBff, origin = ORIGIN): Browser {
  const jar = new CookieJar();
  return {
    jar,
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (jar.cookies.size) headers.set('cookie', jar.header());
      if (init.csrf) headers.set('x-csrf', '1');
      const url = path.startsWith('http') ? path : `${origin}${path}`;
      const res = await bff.request(url, { ...init, headers });
      jar.store(res);
      return res;
    },
  };
}

/** A full sign-in through the BFF; returns the callback answer. */
export async function signIn(
  b: Browser,
  query = '?returnTo=/tramites',
  walk: (authorizeUrl: string) => Promise<string> = walkIdp,
): Promise<Response> {
  const login = await b.request(`/llave/login${query}`);
  if (login.status !== 302) throw new Error(`login answered ${login.status}`);
  const callback = await walk(login.headers.get('location')!);
  return b.request(callback);
}

export type RunningSim = Awaited<ReturnType<typeof startSimulator>>;

/** The real simulator on a free loopback port, with one client registered for ORIGIN's BFF. */
export function startTestSimulator(
  client: { clientId: string; clientSecret: string },
  name: string,
): Promise<RunningSim> {
  return startSimulator(
    {
      port: 0,
      host: '127.0.0.1',
      clients: [
        {
          ...client,
          redirectUris: [`${ORIGIN}/llave/callback`],
          postLogoutRedirectUris: [`${ORIGIN}/`],
          name,
        },
      ],
    },
    { logger: pino({ level: 'silent' }) },
  );
}
