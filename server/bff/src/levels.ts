import {
  isLevel,
  LEVELS,
  type Level,
  type LevelUpMethod,
  type SessionInfo,
} from '@llave-cdmx/core';

/** Levels are ordered (DESIGN.md §3): core's one rule, re-exported for the BFF's modules. */
export { satisfiesLevel } from '@llave-cdmx/core';

/** A `level` query parameter: undefined when absent, null when it names no level. */
export function parseLevel(value: string | undefined): Level | undefined | null {
  if (value === undefined || value === '') return undefined;
  return isLevel(value) ? value : null;
}

/** How an adapter's IdP lets a citizen reach each level, whatever the session's level is. */
export type LevelWays = Partial<Record<Level, LevelUpMethod>>;
export type LevelUp = NonNullable<SessionInfo['levelUp']>;

/**
 * `SessionInfo.levelUp` for every level, built once: `/session` is the hottest endpoint
 * (DESIGN.md §6, 15,000 req/s), so answering it must not allocate a fresh map per request.
 * Only the levels above the session's are listed; a level the IdP does not name is `unavailable`.
 */
export function levelUpTable(ways: LevelWays): Record<Level, LevelUp> {
  const table = {} as Record<Level, LevelUp>;
  for (const [i, current] of LEVELS.entries()) {
    const above: LevelUp = {};
    for (const level of LEVELS.slice(i + 1)) above[level] = ways[level] ?? 'unavailable';
    table[current] = Object.freeze(above);
  }
  return table;
}
