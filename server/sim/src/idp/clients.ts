/** Registered clients (agencies' BFFs) and their authentication. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SimClient } from '../types.js';

export function findClient<C extends { clientId: string }>(
  clients: readonly C[],
  clientId: unknown,
): C | undefined {
  if (typeof clientId !== 'string' || !clientId) return undefined;
  return clients.find((c) => c.clientId === clientId);
}

/** Compares digests so neither length nor content leaks through timing. */
export function secretMatches(client: SimClient, secret: unknown): boolean {
  if (typeof secret !== 'string') return false;
  const a = createHash('sha256').update(secret).digest();
  const b = createHash('sha256').update(client.clientSecret).digest();
  return timingSafeEqual(a, b);
}

/** `Authorization: Basic base64(id:secret)`; ids and secrets are form-urlencoded (RFC 6749 §2.3.1). */
export function parseBasicAuth(
  header: string | undefined,
): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=._~-]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return undefined;
  try {
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return {
      clientId: decode(decoded.slice(0, sep)),
      clientSecret: decode(decoded.slice(sep + 1)),
    };
  } catch {
    return undefined;
  }
}

export function authenticateBasic(
  clients: SimClient[],
  header: string | undefined,
): SimClient | undefined {
  const creds = parseBasicAuth(header);
  if (!creds) return undefined;
  const client = findClient(clients, creds.clientId);
  return client && secretMatches(client, creds.clientSecret) ? client : undefined;
}
