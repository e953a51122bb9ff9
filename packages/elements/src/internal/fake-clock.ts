/**
 * Test helper: replaces `clock` (internal/clock.ts) with a manual one. `tick(ms)` moves time on
 * and runs every timer that falls due, in order, as the real clock would have.
 */
import { type Clock, clock } from './clock.js';

export interface FakeClock {
  tick(ms: number): void;
  uninstall(): void;
}

export function installFakeClock(start = Date.parse('2026-03-02T10:00:00Z')): FakeClock {
  const real: Clock = { ...clock };
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  clock.now = () => now;
  clock.setTimeout = (fn, ms) => {
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, ms), fn });
    return id;
  };
  clock.clearTimeout = (id) => {
    if (id !== undefined) timers.delete(id);
  };
  return {
    tick(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at);
        const first = due[0];
        if (!first) break;
        timers.delete(first[0]);
        now = first[1].at;
        first[1].fn();
      }
      now = until;
    },
    uninstall() {
      Object.assign(clock, real);
    },
  };
}
