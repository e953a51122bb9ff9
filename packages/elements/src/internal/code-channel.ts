import type { Verification } from '@llave-cdmx/core';

/**
 * Where `<llave-contact-verifier>` sends what the citizen does with a code, when the code is not
 * a contact verification's: a flow that owns its own code (signing a document) passes one of
 * these, and keeps the verifier's input, paste, WebOTP, countdown and error wording. Each call
 * gets the verifier's `AbortSignal` (aborted when it is removed or a newer action starts) and
 * throws `LlaveError` as the BFF client does.
 */
export interface CodeChannel {
  /** Checks the code; resolves once the flow accepted it (the flow shows what comes next). */
  check(code: string, signal: AbortSignal): Promise<void>;
  /** Sends another code; resolves with the pending state's new expiry, cooldown and attempts. */
  resend(signal: AbortSignal): Promise<Partial<Verification>>;
  /** Sends the code to a corrected contact instead; without it the verifier offers no correction. */
  correct?(destination: string, signal: AbortSignal): Promise<Verification>;
}
