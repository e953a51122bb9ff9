/** Helpers shared by the i18n tests (not part of the public API). */
import type { ApiErrorCode } from '../contract.js';
import type { Resources } from './i18n.js';

/**
 * Every ApiErrorCode, listed here so a new code in contract.ts is a compile error until it is
 * added (and then the common tests require a message for it).
 */
const apiCodes: Record<ApiErrorCode, true> = {
  bad_request: true,
  validation_failed: true,
  not_found: true,
  unauthorized: true,
  forbidden: true,
  level_required: true,
  csrf_required: true,
  curp_registered: true,
  email_registered: true,
  phone_registered: true,
  contact_unverified: true,
  document_changed: true,
  code_invalid: true,
  code_expired: true,
  code_used: true,
  too_many_attempts: true,
  resend_too_soon: true,
  rate_limited: true,
  payload_too_large: true,
  unsupported_media_type: true,
  upstream_unavailable: true,
  session_store_unavailable: true,
  recent_login_required: true,
  internal_error: true,
};
export const API_ERROR_CODES = Object.keys(apiCodes) as ApiErrorCode[];

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Sorted dotted leaf paths; with `fold`, plural variants collapse into their base key. */
export function leafKeys(res: Resources, fold = true, prefix = ''): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(res)) {
    if (typeof v === 'string') out.add(`${prefix}${fold ? k.replace(PLURAL, '') : k}`);
    else for (const sub of leafKeys(v, fold, `${prefix}${k}.`)) out.add(sub);
  }
  return [...out].sort();
}
