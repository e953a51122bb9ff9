import { extractCode } from './extract-code.js';

/**
 * WebOTP: Android Chrome reads the SMS and offers the code. The request lives as long as
 * `signal` (aborted when the element goes or a new code is sent); a browser without WebOTP, a
 * refusal or an abort just leaves typing the code.
 */
export function listenForSms(signal: AbortSignal, onCode: (code: string) => void): void {
  if (!('OTPCredential' in window)) return;
  navigator.credentials
    .get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)
    .then((cred) => {
      const code = (cred as (Credential & { code?: string }) | null)?.code;
      if (code && !signal.aborted) onCode(extractCode(code));
    })
    .catch(() => {
      // Aborted, refused or unsupported: typing the code still works.
    });
}
