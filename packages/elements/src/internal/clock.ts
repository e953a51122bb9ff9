/**
 * The clock time-driven components read: `Date.now` and timers, looked up at call time so a
 * test can swap them for a fake (`internal/fake-clock.ts`) and run minutes in microseconds,
 * without sleeping and without patching the page's globals.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

export const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
};
