import {
  apiPaths,
  type BffClient,
  type CheckCodeResponse,
  type Verification,
} from '@llave-cdmx/core';
import type { CodeChannel } from '../internal/code-channel.js';

/** What a right code answers: the contact's channel and the account's new level. */
export type Verified = CheckCodeResponse;

/**
 * The verifier's own channel, used when the page passes none: a contact verification's code
 * (`/v1/verifications/{id}/…`). It is the only code this component knows; any other flow (a
 * password reset, signing a document) injects its own `CodeChannel`.
 */
export function verificationChannel(
  client: () => BffClient,
  verification: () => Verification,
  onVerified: (res: CheckCodeResponse) => void,
): CodeChannel {
  return {
    async check(code, signal) {
      const res = await client().api<CheckCodeResponse>(
        apiPaths.verificationCheck(verification().id),
        { body: { code }, signal },
      );
      onVerified(res);
    },
    resend: (signal) =>
      client().api<Verification>(apiPaths.verificationResend(verification().id), {
        method: 'POST',
        signal,
      }),
    correct: (destination, signal) =>
      client().api<Verification>(apiPaths.verificationDestination(verification().id), {
        method: 'PUT',
        body: { destination },
        signal,
      }),
  };
}
