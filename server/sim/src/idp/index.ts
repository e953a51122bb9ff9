/**
 * The identity-provider side of the simulator: the Llave CDMX protocol, standard OpenID Connect
 * (oidc-provider) and the hosted login pages both share. Mounted at the root of the simulator's
 * app.
 */
import { Hono } from 'hono';
import type Provider from 'oidc-provider';
import type { SimContext } from '../types.js';
import { Csrf } from './csrf.js';
import { epochTime } from './epoch.js';
import { hostedApp, type SignInCompleter } from './hosted/index.js';
import { errorPage, pageContext } from './hosted/shared.js';
import { loadOrCreateSecrets } from './keys.js';
import { llaveAuthorizeRoutes, llaveReturnUrl } from './llave/authorize.js';
import { llaveRestApp } from './llave/rest.js';
import { ACCESS_TOKEN_NAMESPACE, CODE_NAMESPACE, LlaveTokens } from './llave/tokens.js';
import { type LoginTransaction, LoginTransactions } from './login-transaction.js';
import { OIDC_NAMESPACE_PREFIX, type StoredModel } from './oidc/adapter.js';
import { oidcMount } from './oidc/mount.js';
import { createProvider, loginResult, OIDC_PATH } from './oidc/provider.js';
import { LoginRateLimiter } from './rate-limit.js';

export interface IdpHandle {
  /** Routes to mount at `/` of the simulator (`/oauthV2.xhtml`, `/rest/oauth/*`, `/oidc/*`, `/login/*`…). */
  app: Hono;
  /**
   * The account behind an OIDC access token (`Authorization: Bearer` on `/api/v1/me/**`), or
   * undefined when it is unknown, expired or its grant was revoked. Llave access tokens are read
   * by the API from the `llave-access-token` namespace of the key-value store instead.
   */
  resolveAccessToken(
    token: string,
  ): Promise<{ accountId: string; signedInAt?: number | undefined } | undefined>;
  /**
   * Ends every session of the account at every client: Llave codes and access tokens are
   * revoked; each OIDC session is destroyed after a back-channel logout token went to every
   * client in it that registered a URI (OIDC Back-Channel Logout 1.0 §2.5), and every grant of
   * the account is revoked with its tokens, so refresh tokens stop working too. Answers how many
   * sessions ended.
   */
  endSessions(accountId: string): Promise<number>;
  close(): Promise<void>;
}

/** oidc-provider models whose records hang off a grant (revoked with it). */
const GRANT_MODELS = ['AccessToken', 'AuthorizationCode', 'RefreshToken', 'Grant'] as const;

/** Thrown when a sign-in's OIDC interaction expired under it; rendered as the expired page. */
class InteractionGone extends Error {}

export async function createIdp(ctx: SimContext): Promise<IdpHandle> {
  const secrets = await loadOrCreateSecrets(ctx.kv);
  const txns = new LoginTransactions(ctx.kv);
  const tokens = new LlaveTokens(ctx.kv, ctx.config.accessTokenTtlSeconds);

  // Built on first use, so `publicUrl` may be settled after createIdp (listening on port 0).
  let provider: Provider | undefined;
  const getProvider = async () => {
    provider ??= createProvider(ctx, secrets, txns);
    return provider;
  };

  async function interactionFor(txn: LoginTransaction) {
    if (txn.origin.protocol !== 'oidc') throw new InteractionGone();
    const interaction = await (await getProvider()).Interaction.find(txn.origin.uid);
    if (!interaction) throw new InteractionGone();
    return interaction;
  }

  const completer: SignInCompleter = {
    async complete(txn, account, amr) {
      if (txn.origin.protocol === 'llave') {
        const code = await tokens.issueCode(txn.clientId, txn.origin.redirectUrl, account.id);
        return llaveReturnUrl(txn.origin.redirectUrl, { code, state: txn.origin.state });
      }
      const interaction = await interactionFor(txn);
      interaction.result = { ...interaction.lastSubmission, login: loginResult(account, amr) };
      await interaction.save(interaction.exp - epochTime());
      return interaction.returnTo;
    },
    async abort(txn, error, description) {
      if (txn.origin.protocol === 'llave') {
        return llaveReturnUrl(txn.origin.redirectUrl, { error, state: txn.origin.state });
      }
      const interaction = await interactionFor(txn);
      interaction.result = { error, error_description: description };
      await interaction.save(interaction.exp - epochTime());
      return interaction.returnTo;
    },
  };

  const deps = {
    ctx,
    txns,
    csrf: new Csrf(secrets.csrfSecret),
    limiter: new LoginRateLimiter(ctx.kv),
    completer,
  };

  const app = new Hono();
  const hosted = hostedApp(deps);
  hosted.onError((err, c) => {
    const pc = pageContext(c);
    if (err instanceof InteractionGone) return errorPage(c, pc, pc.t('errors.expired'), 410);
    return errorPage(c, pc, pc.t('errors.generic'), 500);
  });
  llaveAuthorizeRoutes(hosted, deps);
  app.route('/', hosted);
  app.route('/rest/oauth', llaveRestApp(ctx, tokens));
  const oidc = oidcMount(getProvider);
  // oidc-provider takes authorization and logout requests by GET only: POST there needs its
  // long-lived cookies SameSite=None (so Secure, so HTTPS), which a simulator on http://localhost
  // cannot set. A client that POSTs gets that said, in the citizen's language, with Allow (its
  // own answer was a bare 404 "Not Found").
  for (const endpoint of ['auth', 'session/end'])
    app.post(`${OIDC_PATH}/${endpoint}`, (c) => {
      c.header('Allow', 'GET, HEAD');
      const pc = pageContext(c);
      return errorPage(c, pc, pc.t('errors.getOnly'), 405);
    });
  app.all(OIDC_PATH, oidc.handler);
  app.all(`${OIDC_PATH}/*`, oidc.handler);

  return {
    app,
    async resolveAccessToken(token) {
      if (!token) return undefined;
      const p = await getProvider();
      const at = await p.AccessToken.find(token);
      if (!at?.accountId) return undefined;
      // A token outlives nothing: end_session or refresh-token reuse revokes its grant.
      if (at.grantId && !(await p.Grant.find(at.grantId))) return undefined;
      const session = at.sessionUid ? await p.Session.findByUid(at.sessionUid) : undefined;
      const loginTs = session?.authTime();
      return {
        accountId: at.accountId,
        ...(typeof loginTs === 'number' ? { signedInAt: loginTs * 1000 } : {}),
      };
    },
    async endSessions(accountId) {
      const { kv } = ctx;
      let ended = await kv.deleteBy(ACCESS_TOKEN_NAMESPACE, 'accountId', accountId);
      await kv.deleteBy(CODE_NAMESPACE, 'accountId', accountId);
      const p = await getProvider();
      const sessionNs = `${OIDC_NAMESPACE_PREFIX}Session`;
      const grants = new Set<string>();
      for (const record of await kv.findBy<StoredModel>(sessionNs, 'accountId', accountId)) {
        const authorizations = (record.payload.authorizations ?? {}) as Record<
          string,
          { sid?: string; grantId?: string }
        >;
        const notices = Object.entries(authorizations).map(async ([clientId, auth]) => {
          if (auth.grantId) grants.add(auth.grantId);
          // `backchannelLogout` is oidc-provider's own sender (signed logout token, POST, 2.5 s
          // timeout); its typings leave it out.
          const client = (await p.Client.find(clientId)) as
            | {
                backchannelLogoutUri?: string;
                backchannelLogout(sub: string, sid?: string): Promise<void>;
              }
            | undefined;
          if (!client?.backchannelLogoutUri) return;
          // A client that does not answer keeps nothing: its tokens are revoked below anyway.
          await client.backchannelLogout(accountId, auth.sid).catch(() => undefined);
        });
        await Promise.all(notices);
        await kv.delete(sessionNs, record.id);
        ended++;
      }
      for (const grant of await kv.findBy<StoredModel>(
        `${OIDC_NAMESPACE_PREFIX}Grant`,
        'accountId',
        accountId,
      )) {
        grants.add(grant.id);
      }
      for (const grantId of grants) {
        for (const model of GRANT_MODELS) {
          await kv.deleteBy(`${OIDC_NAMESPACE_PREFIX}${model}`, 'grantId', grantId);
        }
        await kv.delete(`${OIDC_NAMESPACE_PREFIX}Grant`, grantId);
      }
      return ended;
    },
    close: () => oidc.close(),
  };
}
