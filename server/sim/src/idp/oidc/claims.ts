/** An account as OpenID Connect claims (standard ones plus `curp` and `level`). */
import type { SimAccount } from '../../types.js';

export const OIDC_SCOPES = ['openid', 'offline_access', 'profile', 'email', 'phone'];

/**
 * Which claims each scope releases (oidc-provider `claims` configuration). `acr`, `amr` and
 * `auth_time` ride on `openid` so every ID token says at which level and how the person signed
 * in, without the client having to use the `claims` parameter.
 */
export const SCOPE_CLAIMS = {
  openid: ['sub', 'acr', 'amr', 'auth_time'],
  profile: ['name', 'given_name', 'family_name', 'birthdate', 'curp', 'level'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
};

export function claimsOf(account: SimAccount): Record<string, unknown> {
  const p = account.personal;
  const familyName = [p.primerApellido, p.segundoApellido].filter(Boolean).join(' ');
  return {
    sub: account.id,
    name: [p.nombre, familyName].filter(Boolean).join(' '),
    given_name: p.nombre,
    family_name: familyName,
    birthdate: p.fechaNacimiento,
    ...('curp' in p ? { curp: p.curp } : {}),
    level: account.level,
    email: account.contact.email,
    email_verified: account.contact.emailVerified,
    ...(account.contact.mobile
      ? {
          phone_number: account.contact.mobile,
          phone_number_verified: account.contact.mobileVerified,
        }
      : {}),
  };
}
