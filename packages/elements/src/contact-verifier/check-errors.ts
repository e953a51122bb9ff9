import { type common, LlaveError } from '@llave-cdmx/core';
import type { helpStrings } from '../internal/help/help.js';
import type { I18nController } from '../internal/i18n-controller.js';
import type { verifierStrings } from './contact-verifier.strings.js';
import type { Say } from './correction-controller.js';

type Key =
  | Parameters<typeof verifierStrings.t>[0]
  | `common:errors.${'code_expired' | 'code_used'}`;
type VerifierI18n = I18nController<
  readonly [typeof verifierStrings, typeof common, typeof helpStrings]
>;

/** What a refused code means for the citizen: the words, and whether only a resend helps now. */
export interface CheckFailure {
  key: Key;
  options?: Record<string, unknown>;
  locked?: boolean;
  /** The attempts left once a wrong code counted. */
  attemptsLeft?: number;
}

/** A refused code in the verifier's words; `undefined` for any other failure (see `sayError`). */
export function checkFailure(err: unknown, attemptsLeft: number): CheckFailure | undefined {
  const code = err instanceof LlaveError ? err.code : '';
  if (code === 'code_invalid') {
    const left = Math.max(0, attemptsLeft - 1);
    return left === 0
      ? { key: 'errors.too_many_attempts', locked: true, attemptsLeft: 0 }
      : { key: 'errors.code_invalid', options: { count: left }, attemptsLeft: left };
  }
  if (code === 'too_many_attempts') return { key: 'errors.too_many_attempts', locked: true };
  if (code === 'code_expired' || code === 'code_used') return { key: `common:errors.${code}` };
  return undefined;
}

/** Any other failure, said in the language the host has when it renders. */
export function sayError(i18n: VerifierI18n, err: unknown): Say {
  if (err instanceof LlaveError) {
    if (err.kind === 'network') return () => i18n.t('common:errors.network_error');
    if (err.kind === 'not-found') return () => i18n.t('errors.not_found');
    // A code a flow's channel may answer (document_changed, rate_limited…) in its own words.
    const code = err.code;
    if (err.kind !== 'server') return () => i18n.error(code);
  }
  return () => i18n.t('common:errors.internal_error');
}
