import type { Channel } from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { extractCode } from './extract-code.js';

/**
 * WebOTP: Android Chrome reads the SMS and offers the code. One request at a time, aborted when
 * a new code is sent, the code was accepted, or the host goes; a browser without WebOTP, a
 * refusal or an abort just leaves typing the code.
 */
export class WebOtpController implements ReactiveController {
  #abort?: AbortController;
  readonly #onCode: (code: string) => void;

  constructor(host: ReactiveControllerHost, onCode: (code: string) => void) {
    this.#onCode = onCode;
    host.addController(this);
  }

  /** A code went out on `channel`: listen for it if it comes by SMS. */
  listen(channel: Channel): void {
    this.stop();
    if (channel !== 'sms' || !('OTPCredential' in window)) return;
    const abort = new AbortController();
    this.#abort = abort;
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: abort.signal } as CredentialRequestOptions)
      .then((cred) => {
        const code = (cred as (Credential & { code?: string }) | null)?.code;
        if (code && !abort.signal.aborted) this.#onCode(extractCode(code));
      })
      .catch(() => {
        // Aborted, refused or unsupported: typing the code still works.
      });
  }

  stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
