/**
 * msw handlers for the BFF session endpoints, one per state a story shows. Stories use them as
 * `parameters: { msw: { handlers: sessionHandlers.signedIn('verificada') } }`.
 */
import type { Level, SessionInfo } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';

export const demoUser = (level: Level, levelUp?: SessionInfo['levelUp']): SessionInfo => ({
  authenticated: true,
  user: { sub: 'demo-1', name: 'Juana Pérez García', level },
  expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
  ...(levelUp ? { levelUp } : {}),
});

/** `levelUp` as the BFF answers it per adapter (server/bff README, "Raising the level"). */
export const levelUpFor = {
  /** Llave protocol: verify a contact for verificada; no e.firma online. */
  llave: (level: Level): SessionInfo['levelUp'] =>
    level === 'basica'
      ? { verificada: 'verify-contact', firma: 'unavailable' }
      : level === 'verificada'
        ? { firma: 'unavailable' }
        : {},
  /** OpenID Connect with every level in `acr_values_supported`: a step-up sign-in. */
  oidc: (level: Level): SessionInfo['levelUp'] =>
    level === 'basica'
      ? { verificada: 'login', firma: 'login' }
      : level === 'verificada'
        ? { firma: 'login' }
        : {},
};

const session = (
  answer: () => Response | Promise<Response>,
  refreshed: () => Response | Promise<Response> = answer,
) => [
  http.get('*/llave/session', answer),
  // After `llave-contact-verified` the session store asks the BFF to read the IdP again.
  http.post('*/llave/session/refresh', refreshed),
  http.post('*/llave/logout', () => new HttpResponse(null, { status: 204 })),
];

export const sessionHandlers = {
  signedOut: () => session(() => HttpResponse.json({ authenticated: false })),
  signedIn: (level: Level = 'verificada') => session(() => HttpResponse.json(demoUser(level))),
  /**
   * Signed in through a BFF that says how to raise the level (`levelUp`). With `llave`, a refresh
   * answers the session raised to verificada, as after a contact verification.
   */
  withLevelUp: (adapter: 'llave' | 'oidc', level: Level) =>
    session(
      () => HttpResponse.json(demoUser(level, levelUpFor[adapter](level))),
      () =>
        HttpResponse.json(
          adapter === 'llave' && level === 'basica'
            ? demoUser('verificada', levelUpFor.llave('verificada'))
            : demoUser(level, levelUpFor[adapter](level)),
        ),
    ),
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
