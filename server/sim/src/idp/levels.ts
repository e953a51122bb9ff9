/**
 * Account levels (DESIGN.md §3) and their OpenID Connect `acr` values. Levels are ordered:
 * a session at `verificada` satisfies a request for `basica`.
 */
import { ACR_PREFIX, acrFor, LEVELS, type Level, levelFromAcr } from '@llave-cdmx/core';

// The acr form of a level is core's (claims.ts), the one rule the BFF and the browser read too.
export { ACR_PREFIX, acrFor, levelFromAcr };
export const ACR_VALUES = LEVELS.map(acrFor);

export function levelRank(level: Level | undefined): number {
  return level === undefined ? -1 : LEVELS.indexOf(level);
}

export function satisfies(current: Level | undefined, required: Level | undefined): boolean {
  return required === undefined || levelRank(current) >= levelRank(required);
}

/**
 * The level an `acr_values` request needs. The values are alternatives the client accepts, so
 * the lowest listed level is enough; unknown values are ignored (OIDC Core §3.1.2.1: voluntary).
 */
export function requiredLevelFromAcrValues(acrValues: string | undefined): Level | undefined {
  const levels = (acrValues ?? '')
    .split(' ')
    .map(levelFromAcr)
    .filter((l): l is Level => l !== undefined);
  if (levels.length === 0) return undefined;
  return levels.reduce((low, l) => (levelRank(l) < levelRank(low) ? l : low));
}
