/**
 * msw handlers for `<llave-session-timeout>`: a session whose idle or absolute deadline is near
 * (or past), as `/llave/session` tells it, plus the extend and status endpoints.
 */
import type { SessionInfo } from '@llave-cdmx/core';
import { HttpResponse, http } from 'msw';
import { demoUser } from './session.js';

const at = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** Signed in; the idle deadline `idle` s away and the absolute one `absolute` s away. */
const deadlines = (idle: number, absolute: number): SessionInfo => ({
  ...demoUser('verificada'),
  expiresAt: at(absolute),
  idleExpiresAt: at(Math.min(idle, absolute)),
  now: at(0),
  idleSeconds: 1800,
});

const handlers = (
  read: () => SessionInfo,
  extend = () => HttpResponse.json(deadlines(1800, 8 * 3600)),
) => [
  http.get('*/llave/session', () => HttpResponse.json(read())),
  http.get('*/llave/session/status', () => HttpResponse.json(read())),
  http.post('*/llave/session/extend', extend),
  http.post('*/llave/logout', () => HttpResponse.json({ loggedOut: true })),
];

export const sessionTimeoutHandlers = {
  /** 30 idle minutes ahead: nothing shows. */
  quiet: () => handlers(() => deadlines(1800, 8 * 3600)),
  /** The idle deadline 100 s away: the warning shows at once. */
  warning: () => handlers(() => deadlines(100, 8 * 3600)),
  /** The absolute limit 100 s away, before the idle one: it cannot be extended. */
  final: () => handlers(() => deadlines(1800, 100)),
  /** The deadline just passed: the session ended. */
  ended: () =>
    handlers(
      () => deadlines(-1, 8 * 3600),
      () => HttpResponse.json({ error: { code: 'unauthorized' } }, { status: 401 }),
    ),
  /** The warning shows and continuing fails (the BFF does not answer). */
  extendFails: () =>
    handlers(
      () => deadlines(100, 8 * 3600),
      () => HttpResponse.json({ error: { code: 'upstream_unavailable' } }, { status: 503 }),
    ),
};
