/**
 * OpenID Connect claims → what the browser may know of the citizen (`SessionUser`), and the
 * levels as `acr` values. One copy for every reader of claims: the BFF's OIDC adapter, the
 * simulator's provider and the browser-only session.
 */
import { LEVELS, type Level, type LevelUpMethod, type SessionUser } from './contract.js';
import { isLevel } from './rules/levels.js';

/** The Llave levels as OIDC `acr` values: `urn:llave:cdmx:nivel:verificada`. */
export const ACR_PREFIX = 'urn:llave:cdmx:nivel:';

export function acrFor(level: Level): string {
  return `${ACR_PREFIX}${level}`;
}

export function levelFromAcr(acr: unknown): Level | undefined {
  if (typeof acr !== 'string' || !acr.startsWith(ACR_PREFIX)) return undefined;
  const level = acr.slice(ACR_PREFIX.length);
  return isLevel(level) ? level : undefined;
}

/** The `level` claim, else the level the `acr` names, else `basica` (the lowest: fail low). */
export function levelFromClaims(claims: Record<string, unknown>): Level {
  return isLevel(claims.level) ? claims.level : (levelFromAcr(claims.acr) ?? 'basica');
}

/**
 * How each level above `level` is reached when step-up is a new sign-in with `acr_values`
 * (OIDC Core §3.1.2.1): `login` when the IdP advertises that level's acr, else `unavailable`.
 */
export function levelUpBySignIn(
  level: Level,
  acrValuesSupported: readonly string[] = [],
): Partial<Record<Level, LevelUpMethod>> {
  const ways: Partial<Record<Level, LevelUpMethod>> = {};
  for (const higher of LEVELS.slice(LEVELS.indexOf(level) + 1)) {
    ways[higher] = acrValuesSupported.includes(acrFor(higher)) ? 'login' : 'unavailable';
  }
  return ways;
}

/**
 * Who is signed in, for a page to show, or undefined without a `sub`. Never a token. Birth date
 * and phone are left out: no component shows them (the profile reads `/v1/me`), and their rules
 * (calendar dates, E.164) would weigh on every page that only needs a name.
 */
export function sessionUserFromClaims(claims: Record<string, unknown>): SessionUser | undefined {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const sub = str(claims.sub);
  if (!sub) return undefined;
  const givenName = str(claims.given_name);
  const familyName = str(claims.family_name);
  const user: SessionUser = {
    sub,
    name: str(claims.name) ?? ([givenName, familyName].filter(Boolean).join(' ') || sub),
    level: levelFromClaims(claims),
  };
  const optional = { givenName, familyName, curp: str(claims.curp), email: str(claims.email) };
  for (const [key, value] of Object.entries(optional)) {
    if (value) (user as unknown as Record<string, string>)[key] = value;
  }
  return user;
}
