import {
  apiPaths,
  type BffClient,
  type PasswordResetCheckResponse,
  type PasswordResetStarted,
  type Verification,
} from '@llave-cdmx/core';
import type { CodeChannel } from '../internal/code-channel.js';

/**
 * The reset's code, as `<llave-contact-verifier>` checks it: the verifier keeps its input,
 * paste, WebOTP, countdown and wording, and this channel knows the reset endpoints. A reset code
 * cannot be sent to a corrected contact (the contact is what proves the account), so it offers
 * no `correct`.
 */
export function resetCodeChannel(
  client: () => BffClient,
  started: PasswordResetStarted,
  accepted: (resetToken: string) => void,
): CodeChannel {
  return {
    async check(code, signal) {
      const res = await client().api<PasswordResetCheckResponse>(
        apiPaths.passwordResetCheck(started.resetId),
        { body: { code }, signal },
      );
      accepted(res.resetToken);
    },
    resend: (signal) =>
      client().api<Partial<Verification>>(apiPaths.passwordResetResend(started.resetId), {
        method: 'POST',
        signal,
      }),
  };
}

/** The pending state the verifier renders from, made once per started reset. */
export function resetVerification(s: PasswordResetStarted): Verification {
  return {
    id: s.resetId,
    channel: s.channel,
    destinationMasked: s.destinationMasked,
    expiresAt: s.expiresAt,
    resendAvailableAt: s.resendAvailableAt,
    attemptsLeft: 5,
    status: 'pending',
  };
}
