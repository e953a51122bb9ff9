/**
 * msw handlers for `<llave-profile>` stories: the ficha, the expediente summary, the consent
 * history, the postal-code catalog, the contact change with its verification and the account
 * rights, one set per state a story shows. Stories only.
 */
import type { Profile } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';
import {
  consent,
  docs,
  ficha,
  pendingVerification,
  postalCodes,
} from '../../packages/elements/src/profile/fixtures.js';
import { demoUser, levelUpFor, sessionHandlers } from './session.js';
import { verificationHandlers } from './verification.js';

const API = '/llave/api/v1';
const fail = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ error: { code, message: code, ...extra } }, { status });

function api(profile: Profile = ficha()) {
  let current = profile;
  return [
    http.get(`${API}/me`, async () => {
      await delay(200);
      return HttpResponse.json(current);
    }),
    http.get(`${API}/me/documents`, () =>
      HttpResponse.json({ items: docs, maxUploadBytes: 2097152, acceptedMediaTypes: [] }),
    ),
    http.get(`${API}/me/document-shares`, () => HttpResponse.json({ items: [consent] })),
    http.get(`${API}/catalogs/postal-codes/:cp`, async ({ params }) => {
      await delay(200);
      const found = postalCodes[String(params.cp)];
      return found ? HttpResponse.json(found) : fail(404, 'not_found');
    }),
    http.patch(`${API}/me/address`, async ({ request }) => {
      await delay(300);
      const body = (await request.json()) as Record<string, string>;
      const lookup = postalCodes[body.codigoPostal!]!;
      const a = lookup.asentamientos.find((x) => x.id === body.asentamientoId)!;
      current = {
        ...current,
        address: {
          codigoPostal: lookup.codigoPostal,
          estado: lookup.estado,
          municipio: lookup.municipio,
          asentamientoId: a.id,
          asentamiento: a.nombre,
          tipoAsentamiento: a.tipo,
          calle: body.calle!,
          numeroExterior: body.numeroExterior!,
          ...(body.numeroInterior ? { numeroInterior: body.numeroInterior } : {}),
        },
      };
      return HttpResponse.json(current);
    }),
    http.patch(`${API}/me/contact`, async ({ request }) => {
      await delay(300);
      const body = (await request.json()) as { email?: string; mobile?: string };
      const channel = body.mobile ? 'sms' : 'email';
      const verification = pendingVerification(channel);
      current = {
        ...current,
        pending: body.mobile
          ? { mobile: { value: body.mobile, verification } }
          : { email: { value: body.email!, verification } },
      };
      return HttpResponse.json({ profile: current, verification });
    }),
    http.get(`${API}/me/export`, () =>
      HttpResponse.arrayBuffer(new Uint8Array([0x50, 0x4b, 5, 6]).buffer, {
        headers: { 'Content-Type': 'application/zip' },
      }),
    ),
    http.post(`${API}/me/cancellation`, () =>
      HttpResponse.json({ cancelledAt: new Date().toISOString(), sessionsEnded: 2 }),
    ),
    http.post(`${API}/me/misuse-reports`, () =>
      HttpResponse.json(
        { reportId: 'r1', receivedAt: '', sessionsEnded: 2, passwordResetRequired: true },
        { status: 201 },
      ),
    ),
    ...verificationHandlers.default,
  ];
}

const signedIn = (level: 'basica' | 'verificada' = 'verificada') => [
  http.get('*/llave/session', () => HttpResponse.json(demoUser(level, levelUpFor.llave(level)))),
  http.post('*/llave/session/refresh', () =>
    HttpResponse.json(demoUser('verificada', levelUpFor.llave('verificada'))),
  ),
];

const basica: Profile = {
  ...ficha(),
  level: 'basica',
  contact: { email: 'juan@example.com', emailVerified: false, mobileVerified: false },
};

export const profileHandlers = {
  default: [...signedIn(), ...api()],
  basica: [
    ...signedIn('basica'),
    http.get(`${API}/me/documents`, () =>
      fail(403, 'level_required', { requiredLevel: 'verificada' }),
    ),
    ...api(basica),
  ],
  loading: [...signedIn(), http.get(`${API}/me`, () => delay('infinite')), ...api()],
  loadError: [...signedIn(), http.get(`${API}/me`, () => fail(500, 'internal_error')), ...api()],
  signedOut: sessionHandlers.signedOut(),
  addressOffline: [
    ...signedIn(),
    http.patch(`${API}/me/address`, () => HttpResponse.error()),
    ...api(),
  ],
  contactTaken: [
    ...signedIn(),
    http.patch(`${API}/me/contact`, () =>
      fail(409, 'phone_registered', { helpUrl: 'https://llave.cdmx.gob.mx/ayuda' }),
    ),
    ...api(),
  ],
  recentSignIn: [
    ...signedIn(),
    http.post(`${API}/me/cancellation`, () => fail(403, 'recent_login_required')),
    ...api(),
  ],
};
