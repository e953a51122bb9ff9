/**
 * Public OpenID Connect clients: sites with no server that sign in from the browser
 * (`<llave-session mode="browser">`, oidc-client-ts). A browser cannot keep a secret, so such a
 * client is registered without one (`token_endpoint_auth_method: none`, RFC 7591 §2) and proves
 * the code is its own with PKCE alone, which the provider requires of every client
 * (provider.ts). Redirect URIs are matched exactly (RFC 9700 §2.1).
 *
 * The browser reaches the token, userinfo and revocation endpoints across origins, so the
 * provider answers CORS for them (`clientBasedCORS`), but only for a public client, and only
 * from the origins of that client's own redirect URIs: a confidential client's BFF calls from
 * a server and never needs it, and no other site may spend a public client's codes.
 */
import type { ClientMetadata, KoaContextWithOIDC } from 'oidc-provider';
import type { SimClient, SimPublicClient } from '../../types.js';

/** The origins a public client's pages run on: those of its redirect URIs. */
export function originsOf(client: SimPublicClient): string[] {
  return [...new Set(client.redirectUris.map((uri) => new URL(uri).origin))];
}

/** Every origin the account API answers CORS for (api/cors.ts). */
export function browserOrigins(clients: readonly SimPublicClient[]): Set<string> {
  return new Set(clients.flatMap(originsOf));
}

export function publicClientMetadata(client: SimPublicClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_name: client.name,
    application_type: 'web',
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
  };
}

/**
 * oidc-provider's `clientBasedCORS`: may `origin` call a client-authenticated endpoint (token,
 * userinfo, revocation) for `client`? Only a registered public client, from its own origins.
 */
export function clientBasedCors(clients: readonly SimPublicClient[]) {
  const origins = new Map(clients.map((c) => [c.clientId, new Set(originsOf(c))]));
  return (_ctx: KoaContextWithOIDC, origin: string, client: { clientId: string }): boolean =>
    origins.get(client.clientId)?.has(origin) ?? false;
}

function isExactHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.includes('*')) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.hash && !value.includes('#');
  } catch {
    return false;
  }
}

/**
 * What is wrong with the public clients, or undefined. Fills in `name`. A secret is refused
 * rather than ignored: whoever wrote it thinks the client is confidential, and it is not.
 */
export function validatePublicClients(
  clients: unknown,
  confidential: readonly SimClient[],
): string | undefined {
  if (!Array.isArray(clients)) return 'publicClients must be an array';
  const ids = new Set(confidential.map((c) => c.clientId));
  for (const client of clients as SimPublicClient[]) {
    if (typeof client?.clientId !== 'string' || !client.clientId)
      return 'each public client needs a clientId';
    if (ids.has(client.clientId)) return `client id ${client.clientId} is registered twice`;
    ids.add(client.clientId);
    if ('clientSecret' in client)
      return `public client ${client.clientId} must not have a clientSecret: a browser cannot keep one`;
    const uris = client.redirectUris;
    if (!Array.isArray(uris) || uris.length === 0 || !uris.every(isExactHttpUrl))
      return `public client ${client.clientId} needs exact http(s) redirectUris (no wildcard, no fragment)`;
    const after = client.postLogoutRedirectUris ?? [];
    if (!Array.isArray(after) || !after.every(isExactHttpUrl))
      return `public client ${client.clientId} has an invalid postLogoutRedirectUris`;
    client.name ??= client.clientId;
  }
  return undefined;
}
