import {
  type AvailabilityResponse,
  apiPaths,
  type BffClient,
  LlaveError,
  parseCurp,
  validateEmail,
  validateMobile,
} from '@llave-cdmx/core';
import type { HelpTopic } from '../internal/help/help.js';
import type { Draft } from './draft.js';
import { FIELDS, type FieldErrors } from './field-rules.js';

/** What the server's answers mean for the wizard: conflicts, field errors, the help to offer. */

export type ConflictCode = 'curp_registered' | 'email_registered' | 'phone_registered';
export interface Conflict {
  code: ConflictCode;
  helpUrl?: string;
}

/** Each conflict's answer in the guide, and the step that holds what conflicts. */
const CONFLICTS: Record<ConflictCode, { topic: HelpTopic; step: 1 | 2 }> = {
  curp_registered: { topic: 'curpRegistered', step: 1 },
  email_registered: { topic: 'emailRegistered', step: 2 },
  phone_registered: { topic: 'phoneRegistered', step: 2 },
};

const isConflict = (code: string): code is ConflictCode => Object.hasOwn(CONFLICTS, code);

/** The guide's answers for the trouble at hand: the conflict first, then the usual ones. */
export function helpTopics(conflict?: Conflict): HelpTopic[] {
  return [
    ...(conflict ? [CONFLICTS[conflict.code].topic] : []),
    'pageNotLoading',
    'tramitesAgency',
  ];
}

/**
 * What is already registered among what a step collected (`POST /v1/registrations/availability`).
 * Availability is advice: a failed check lets the citizen go on (the final POST decides).
 */
export async function conflictAfter(
  client: BffClient,
  step: 1 | 2 | 3,
  d: Draft,
): Promise<ConflictCode | undefined> {
  const body = availabilityBody(step, d);
  if (!body) return undefined;
  try {
    return conflictIn(await client.api<AvailabilityResponse>(apiPaths.availability, { body }));
  } catch {
    return undefined;
  }
}

/** What `POST /v1/registrations/availability` is asked after a step, if anything. */
function availabilityBody(step: 1 | 2 | 3, d: Draft) {
  if (step === 1)
    return d.kind === 'nacional'
      ? { curp: parseCurp(d.curp).ok ? d.curp.trim().toUpperCase() : undefined }
      : undefined;
  if (step !== 2) return undefined;
  const mobile = validateMobile(d.mobile);
  return {
    email: (validateEmail(d.email) as { value: string }).value,
    mobile: d.mobile.trim() && mobile.ok ? mobile.value : undefined,
  };
}

/** The first thing already registered, in the order the steps ask for it. */
function conflictIn(res: AvailabilityResponse): ConflictCode | undefined {
  if (res.curp === 'registered') return 'curp_registered';
  if (res.email === 'registered') return 'email_registered';
  if (res.mobile === 'registered') return 'phone_registered';
  return undefined;
}

/** What a refused registration means: where to take the citizen and what to show there. */
export type RegisterFailure =
  | { conflict: Conflict; step: 1 | 2 }
  | { errors: FieldErrors; step: 1 | 2 | 3 }
  | { alert: 'network' | 'rate_limited' | 'generic' };

export function registerFailure(err: unknown): RegisterFailure {
  if (!(err instanceof LlaveError)) throw err;
  if (isConflict(err.code))
    return { conflict: { code: err.code, helpUrl: err.helpUrl }, step: CONFLICTS[err.code].step };
  if (err.code === 'validation_failed' && Object.keys(err.fields).length)
    return serverErrors(err.fields);
  return {
    alert:
      err.kind === 'network' ? 'network' : err.kind === 'rate-limited' ? 'rate_limited' : 'generic',
  };
}

/**
 * The server's field errors (`personal.curp`, `contact.email`…) on the wizard's fields (an
 * unknown one is shown on the password, the last field), and the first step that has one.
 */
function serverErrors(fields: Record<string, string>): {
  errors: FieldErrors;
  step: 1 | 2 | 3;
} {
  const errors: FieldErrors = {};
  for (const [path, code] of Object.entries(fields)) {
    const name = path.split('.').at(-1)!;
    errors[Object.hasOwn(FIELDS, name) ? name : 'password'] = code;
  }
  const step = Math.min(...Object.keys(errors).map((n) => FIELDS[n]!.step)) as 1 | 2 | 3;
  return { errors, step };
}
