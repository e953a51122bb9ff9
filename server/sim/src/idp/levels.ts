/**
 * Account levels (DESIGN.md §3) and their OpenID Connect `acr` values. Levels are ordered:
 * a session at `verificada` satisfies a request for `basica`.
 */
import {
  ACR_PREFIX,
  acrFor,
  LEVELS,
  type Level,
  levelFromAcr,
  lowestLevel,
} from '@llave-cdmx/core';

// The acr form of a level is core's (claims.ts), the one rule the BFF and the browser read too.
export { ACR_PREFIX, acrFor, levelFromAcr };
export const ACR_VALUES = LEVELS.map(acrFor);

/** Core's one ordering rule, under the names the simulator's IdP code uses. */
export { levelRank, satisfiesLevel as satisfies } from '@llave-cdmx/core';

/**
 * The level an `acr_values` request needs. The values are alternatives the client accepts, so
 * the lowest listed level is enough; unknown values are ignored (OIDC Core §3.1.2.1: voluntary).
 */
export function requiredLevelFromAcrValues(acrValues: string | undefined): Level | undefined {
  const levels = (acrValues ?? '')
    .split(' ')
    .map(levelFromAcr)
    .filter((l): l is Level => l !== undefined);
  return lowestLevel(levels);
}
