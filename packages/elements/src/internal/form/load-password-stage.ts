/**
 * The new-password stage (`password-stage.ts`: strength estimate, breached-password list) on
 * demand: the registration wizard and the password reset start it on the first keystroke and
 * await it before their password step shows. One promise for the whole page. Its own module, so
 * the components that never ask a new password (the profile, the signer) do not carry it.
 */
export type PasswordStage = typeof import('./password-stage.js');
let stage: Promise<PasswordStage> | undefined;

export function loadPasswordStage(): Promise<PasswordStage> {
  stage ??= import('./password-stage.js');
  return stage;
}
