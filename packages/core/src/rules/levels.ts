/**
 * Account levels are ordered (DESIGN.md §3): a `verificada` session satisfies a `basica`
 * requirement. The one copy of that rule for the browser, the BFF and the simulator.
 */
import { LEVELS, type Level } from '../contract.js';

/** Whether a value (a query parameter, a claim, a stored field) names a level. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Position in the order, -1 for no level (no session, an unknown claim). */
export function levelRank(level: Level | undefined): number {
  return level === undefined ? -1 : LEVELS.indexOf(level);
}

/** Negative when `a` is below `b`, 0 when equal, positive when above (for `sort`). */
export function compareLevels(a: Level | undefined, b: Level | undefined): number {
  return levelRank(a) - levelRank(b);
}

/** Whether `current` reaches `required`; nothing required is always satisfied. */
export function satisfiesLevel(current: Level | undefined, required: Level | undefined): boolean {
  return required === undefined || levelRank(current) >= levelRank(required);
}

/** The lowest of several levels (alternatives a client accepts: the lowest is enough). */
export function lowestLevel(levels: readonly Level[]): Level | undefined {
  return levels.reduce<Level | undefined>(
    (low, l) => (low === undefined || levelRank(l) < levelRank(low) ? l : low),
    undefined,
  );
}
