/**
 * Every Llave API path the browser may call through the BFF, written once: `apiPaths` (what
 * components call) is built from it, and core's route table (`routes.ts`: method, access,
 * level, rate limit per route) refers to these names. Kept apart from the table so a browser
 * bundle carries the paths and nothing else.
 */
export const API_PATHS = {
  postalCode: '/v1/catalogs/postal-codes/:cp',
  curp: '/v1/registry/curp/:curp',
  availability: '/v1/registrations/availability',
  registrations: '/v1/registrations',
  verification: '/v1/verifications/:id',
  verificationCheck: '/v1/verifications/:id/check',
  verificationResend: '/v1/verifications/:id/resend',
  verificationDestination: '/v1/verifications/:id/destination',
  verifications: '/v1/verifications',
  passwordResets: '/v1/password-resets',
  passwordResetCheck: '/v1/password-resets/:id/check',
  passwordResetResend: '/v1/password-resets/:id/resend',
  passwordResetPassword: '/v1/password-resets/:id/password',
  tramite: '/v1/tramites/:folio',
  myTramites: '/v1/me/tramites',
  me: '/v1/me',
  meContact: '/v1/me/contact',
  meAddress: '/v1/me/address',
  documents: '/v1/me/documents',
  document: '/v1/me/documents/:id',
  documentFile: '/v1/me/documents/:id/file',
  documentContent: '/v1/me/documents/:id/content',
  documentShares: '/v1/me/document-shares',
  meExport: '/v1/me/export',
  meCancellation: '/v1/me/cancellation',
  meMisuseReports: '/v1/me/misuse-reports',
  signatures: '/v1/me/signatures',
  signature: '/v1/me/signatures/:id',
  signatureConfirm: '/v1/me/signatures/:id/confirm',
  signatureResend: '/v1/me/signatures/:id/resend',
  signatureVerify: '/v1/signatures/verify',
} as const;

export type ApiPathName = keyof typeof API_PATHS;

type HasParam<P extends string> = P extends `${string}:${string}` ? true : false;
type PathParams<P extends string> = P extends `${string}:${string}/${infer Rest}`
  ? [string, ...PathParams<`/${Rest}`>]
  : P extends `${string}:${string}`
    ? [string]
    : [];

/** A path, or the function that fills its `:params` (each value URI-encoded). */
type PathBuilder<P extends string> =
  HasParam<P> extends true ? (...params: PathParams<P>) => string : P;

export type ApiPaths = { [N in ApiPathName]: PathBuilder<(typeof API_PATHS)[N]> };

function builder(path: string): string | ((...params: string[]) => string) {
  if (!path.includes(':')) return path;
  return (...params: string[]) => {
    let i = 0;
    return path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[i++] ?? ''));
  };
}

/** The paths the components call, relative to the API base (leading slash). */
export const apiPaths = Object.freeze(
  Object.fromEntries(Object.entries(API_PATHS).map(([name, path]) => [name, builder(path)])),
) as ApiPaths;
