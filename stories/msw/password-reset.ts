/** msw handlers for `<llave-password-reset>` stories. Stories only. */
import { delay, HttpResponse, http } from 'msw';

const API = '/llave/api/v1/password-resets';
const fail = (status: number, code: string) =>
  HttpResponse.json({ error: { code, message: code } }, { status });
const started = () => ({
  resetId: 'reset-story',
  channel: 'email',
  destinationMasked: 'j***@example.com',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
  resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
});

const base = [
  http.post(API, async () => {
    await delay(400);
    return HttpResponse.json(started(), { status: 202 });
  }),
  /** "123456" is right. */
  http.post(`${API}/:id/check`, async ({ request }) => {
    const { code } = (await request.json()) as { code: string };
    return code === '123456' ? HttpResponse.json({ resetToken: 'tok' }) : fail(422, 'code_invalid');
  }),
  http.post(`${API}/:id/resend`, () => HttpResponse.json(started())),
  http.put(`${API}/:id/password`, () => new HttpResponse(null, { status: 204 })),
];

export const passwordResetHandlers = {
  default: base,
  expired: [http.put(`${API}/:id/password`, () => fail(422, 'code_expired')), ...base],
  rateLimited: [http.post(API, () => fail(429, 'rate_limited')), ...base],
  offline: [http.post(API, () => HttpResponse.error()), ...base],
};
