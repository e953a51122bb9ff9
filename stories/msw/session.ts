/**
 * msw handlers for the BFF session endpoints, one per state a story shows. Stories use them as
 * `parameters: { msw: { handlers: sessionHandlers.signedIn('verificada') } }`.
 */
import type { Level, SessionInfo } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';

export const demoUser = (level: Level): SessionInfo => ({
  authenticated: true,
  user: { sub: 'demo-1', name: 'Juana Pérez García', level },
  expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
});

const session = (answer: () => Response | Promise<Response>) => [
  http.get('*/llave/session', answer),
  http.post('*/llave/logout', () => new HttpResponse(null, { status: 204 })),
];

export const sessionHandlers = {
  signedOut: () => session(() => HttpResponse.json({ authenticated: false })),
  signedIn: (level: Level = 'verificada') => session(() => HttpResponse.json(demoUser(level))),
  /** The session read never answers: the loading state stays on screen. */
  loading: () =>
    session(async () => {
      await delay('infinite');
      return HttpResponse.json({ authenticated: false });
    }),
  error: () =>
    session(() =>
      HttpResponse.json(
        { error: { code: 'upstream_unavailable', message: 'No disponible' } },
        { status: 503 },
      ),
    ),
};
