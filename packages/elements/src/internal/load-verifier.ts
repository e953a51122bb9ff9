/**
 * `<llave-contact-verifier>` on demand. The components that embed it (the wizard, the password
 * reset, the profile, the document signer) need it only at their code step, so none of them
 * carries its code up front: each starts the download when the citizen starts typing or asks for
 * a code, and awaits it before moving focus into it. One promise for the whole page.
 */
let verifier: Promise<unknown> | undefined;

export function loadContactVerifier(): Promise<unknown> {
  verifier ??= import('../contact-verifier/llave-contact-verifier.js');
  return verifier;
}
