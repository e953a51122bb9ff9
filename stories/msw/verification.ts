/**
 * msw handlers for `<llave-contact-verifier>` stories: each answer the code check can get.
 * Stories only; component tests use a real in-page handler (registration-wizard/test-api.ts).
 */
import type { Verification } from '@llave-cdmx/core';
import { delay, HttpResponse, http } from 'msw';

const API = '/llave/api/v1/verifications';
const fail = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ error: { code, message: code, ...extra } }, { status });

export const storyVerification = (over: Partial<Verification> = {}): Verification => ({
  id: 'ver-story',
  channel: 'email',
  destinationMasked: 'm***@example.com',
  expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
  resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
  attemptsLeft: 5,
  status: 'pending',
  ...over,
});

/** "123456" is right; anything else is wrong. */
const check = http.post(`${API}/:id/check`, async ({ request }) => {
  await delay(400);
  const { code } = (await request.json()) as { code: string };
  return code === '123456'
    ? HttpResponse.json({ verified: true, channel: 'email', level: 'verificada' })
    : fail(422, 'code_invalid');
});
const common = [
  check,
  http.get(`${API}/:id`, ({ params }) =>
    HttpResponse.json(storyVerification({ id: String(params.id) })),
  ),
  http.post(`${API}/:id/resend`, () =>
    HttpResponse.json(
      storyVerification({ resendAvailableAt: new Date(Date.now() + 30_000).toISOString() }),
    ),
  ),
  http.put(`${API}/:id/destination`, async ({ request }) => {
    const { destination } = (await request.json()) as { destination: string };
    return HttpResponse.json(
      storyVerification({
        id: 'ver-2',
        destinationMasked: `${destination[0]}***@${destination.split('@')[1] ?? 'example.com'}`,
      }),
    );
  }),
];

export const verificationHandlers = {
  default: common,
  expired: [http.post(`${API}/:id/check`, () => fail(422, 'code_expired')), ...common],
  used: [http.post(`${API}/:id/check`, () => fail(422, 'code_used')), ...common],
  tooManyAttempts: [
    http.post(`${API}/:id/check`, () => fail(429, 'too_many_attempts', { retryAfter: 600 })),
    ...common,
  ],
  resendTooSoon: [
    http.post(`${API}/:id/resend`, () => fail(429, 'resend_too_soon', { retryAfter: 45 })),
    ...common,
  ],
  emailTaken: [http.put(`${API}/:id/destination`, () => fail(409, 'email_registered')), ...common],
  loading: [
    http.get(`${API}/:id`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  ],
  notFound: [http.get(`${API}/:id`, () => fail(404, 'not_found'))],
  offline: [http.post(`${API}/:id/check`, () => HttpResponse.error()), ...common],
};
