/**
 * The standard OpenID Connect side: oidc-provider at `${publicUrl}/oidc`, code flow only, PKCE
 * S256 always, refresh tokens rotated on every use, RFC 9207 `iss` in every authorization
 * response (oidc-provider adds it whenever the response carries no ID token), levels as `acr`
 * with step-up, RP-initiated and back-channel logout. Sign-in happens on the shared hosted pages.
 */
import Provider, {
  type ClientMetadata,
  type Configuration,
  interactionPolicy,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import type { SimAccount, SimClient, SimContext } from '../../types.js';
import type { IdpSecrets } from '../keys.js';
import {
  ACR_VALUES,
  acrFor,
  levelFromAcr,
  requiredLevelFromAcrValues,
  satisfies,
} from '../levels.js';
import type { LoginTransactions } from '../login-transaction.js';
import { kvAdapterFactory } from './adapter.js';
import { claimsOf, OIDC_SCOPES, SCOPE_CLAIMS } from './claims.js';
import { logoutSource, postLogoutSuccessSource, renderError } from './pages.js';
import { clientBasedCors, publicClientMetadata } from './public-clients.js';

export const OIDC_PATH = '/oidc';

function clientMetadata(client: SimClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    client_name: client.name,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: client.oidcTokenEndpointAuthMethod ?? 'client_secret_basic',
    ...(client.backchannelLogoutUri
      ? {
          backchannel_logout_uri: client.backchannelLogoutUri,
          backchannel_logout_session_required: true,
        }
      : {}),
  };
}

/**
 * The login prompt also fires when the client's `acr_values` ask for a higher level than the
 * session's (OIDC Core §3.1.2.1 makes acr_values voluntary; a relying party that asks for a level
 * needs it, so the hosted page steps up or fails rather than silently answering a lower acr).
 */
function policy() {
  const base = interactionPolicy.base();
  base.get('login')!.checks.add(
    new interactionPolicy.Check('llave_level', 'the requested level needs a step-up', (ctx) => {
      const required = requiredLevelFromAcrValues(
        ctx.oidc.params?.acr_values as string | undefined,
      );
      if (satisfies(levelFromAcr(ctx.oidc.acr), required))
        return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return base;
}

export function createProvider(
  ctx: SimContext,
  secrets: IdpSecrets,
  txns: LoginTransactions,
): Provider {
  const issuer = `${ctx.config.publicUrl.replace(/\/+$/, '')}${OIDC_PATH}`;
  const findAccountById = async (id: string): Promise<SimAccount | undefined> =>
    ctx.accounts.get(id);

  const configuration: Configuration = {
    adapter: kvAdapterFactory(ctx.kv),
    clients: [
      ...ctx.config.clients.map(clientMetadata),
      ...ctx.config.publicClients.map(publicClientMetadata),
    ],
    jwks: { keys: secrets.signingKeys as never },
    cookies: { keys: secrets.cookieKeys },
    scopes: OIDC_SCOPES,
    claims: SCOPE_CLAIMS,
    acrValues: ACR_VALUES,
    responseTypes: ['code'],
    pkce: { required: () => true },
    // The BFF reads name, CURP and level from the ID token without a userinfo round trip.
    conformIdTokenClaims: false,
    allowOmittingSingleRegisteredRedirectUri: false,
    // Only public clients call from a browser, and only from their own origins.
    clientBasedCORS: clientBasedCors(ctx.config.publicClients),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    // Refresh tokens for every registered client whose grant types allow them, rotated on use
    // (a replayed old refresh token then revokes the grant: OAuth 2.0 Security BCP §4.14).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: ctx.config.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      RefreshToken: 14 * 24 * 60 * 60,
      Interaction: 30 * 60,
      Session: 24 * 60 * 60,
      Grant: 14 * 24 * 60 * 60,
    },
    renderError,
    // oidc-provider refuses outgoing calls to loopback and private addresses (SSRF guard for
    // dynamically registered clients). Here the only outgoing calls are back-channel logouts to
    // clients from the operator's own configuration, which are local BFFs in development, so its
    // guarding dispatcher is dropped; the 2.5 s timeout signal it sets is kept.
    fetch: (url, options) => {
      const { dispatcher: _guard, ...rest } = options as RequestInit & { dispatcher?: unknown };
      return globalThis.fetch(url, rest);
    },
    interactions: {
      policy: policy(),
      url: async (koa: KoaContextWithOIDC, interaction) => {
        const params = interaction.params as Record<string, string | undefined>;
        const requiredLevel = requiredLevelFromAcrValues(params.acr_values);
        const uiLocale = params.ui_locales?.split(' ')[0];
        const txn = await txns.create({
          clientId: String(params.client_id),
          origin: { protocol: 'oidc', uid: interaction.uid },
          ...(requiredLevel ? { requiredLevel } : {}),
          ...(uiLocale ? { uiLocale } : {}),
        });
        void koa;
        return `/login/${txn.id}`;
      },
    },
    findAccount: async (_ctx, sub) => {
      const account = await findAccountById(sub);
      if (!account) return undefined;
      return { accountId: account.id, claims: async () => claimsOf(account) as { sub: string } };
    },
    // Registered clients are the agencies' own BFFs: consent is implied by signing in (a first
    // party), so the grant covers what was asked and the consent prompt never shows.
    loadExistingGrant: async (koa) => {
      const { oidc } = koa;
      const accountId = oidc.session?.accountId;
      if (!accountId || !oidc.client) return undefined;
      const grantId =
        oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client.clientId);
      const grant =
        (grantId ? await oidc.provider.Grant.find(grantId) : undefined) ??
        new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
      grant.addOIDCScope([...oidc.requestParamScopes].join(' '));
      const claims = [...oidc.requestParamClaims].filter((c) => c !== 'sub');
      if (claims.length) grant.addOIDCClaims(claims);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  // X-Forwarded-* is honoured only from the loopback relay (mount.ts strips it from outside).
  provider.proxy = true;
  return provider;
}

/** What an account's sign-in gives the session: its level as acr. */
export function loginResult(account: SimAccount, amr: string[]) {
  return { accountId: account.id, acr: acrFor(account.level), amr, remember: true };
}
