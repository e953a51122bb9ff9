/** The citizen's own record (`/v1/me`): read, change a contact (pending until verified), change the address. */
import type { Channel, Profile, UpdateContactResponse, Verification } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { validationFailed } from '../errors.js';
import type { SimAccount } from '../types.js';
import { checkEmail, checkMobile } from '../validation.js';
import { readAddress } from './address.js';
import { FieldErrors, readJson } from './body.js';
import type { ApiDeps, AuthEnv } from './deps.js';

export function toProfile(account: SimAccount): Profile {
  return {
    id: account.id,
    kind: account.kind,
    level: account.level,
    personal: account.personal,
    ...(account.address ? { address: account.address } : {}),
    contact: account.contact,
    editable: { personal: false, contact: true, address: true },
    createdAt: account.createdAt,
  };
}

/** The profile with the contact changes still waiting for their code. */
export async function profileOf(deps: ApiDeps, accountId: string): Promise<Profile> {
  const account = (await deps.accounts.get(accountId))!;
  const pending = await deps.verifications.pendingFor(accountId);
  return {
    ...toProfile(account),
    ...(pending.email || pending.mobile ? { pending } : {}),
  };
}

export function meRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.get('/v1/me', async (c) => c.json(await profileOf(deps, c.get('accountId'))));

  // A new email or mobile stays pending until its code is checked: the old one keeps working,
  // so a typo or somebody else's address never takes the account over (guidelines 4.1.3).
  app.patch('/v1/me/contact', async (c) => {
    const body = await readJson(c);
    const accountId = c.get('accountId');
    const current = (await deps.accounts.get(accountId))!;
    const errors = new FieldErrors();
    let email: string | undefined;
    let mobile: string | undefined;
    const removeMobile = body.mobile === null || body.mobile === '';
    if (body.email !== undefined) {
      const e = checkEmail(body.email);
      if (e.ok) email = e.value;
      else errors.add('email', e.code);
    }
    if (body.mobile !== undefined && !removeMobile) {
      const m = checkMobile(body.mobile);
      if (m.ok) mobile = m.value;
      else errors.add('mobile', m.code);
    }
    if (body.email === undefined && body.mobile === undefined) errors.add('email', 'required');
    // One code per answer: the citizen verifies one contact at a time.
    if (errors.empty && body.email !== undefined && body.mobile !== undefined) {
      errors.add('mobile', 'one_at_a_time');
    }
    const change: { channel: Channel; value: string } | undefined = email
      ? { channel: 'email', value: email }
      : mobile
        ? { channel: 'sms', value: mobile }
        : undefined;
    if (!errors.empty) throw validationFailed(errors.fields);
    let verification: Verification | undefined;
    if (removeMobile) {
      await deps.verifications.dropChange(accountId, 'sms');
      if (current.contact.mobile) {
        await deps.accounts.update(accountId, (a) => {
          delete a.contact.mobile;
          a.contact.mobileVerified = false;
        });
      }
    } else if (change) {
      const same =
        change.channel === 'email'
          ? change.value === current.contact.email && current.contact.emailVerified
          : change.value === current.contact.mobile && current.contact.mobileVerified;
      // Asking for the contact the account already has verified changes nothing.
      if (!same) {
        verification = (
          change.channel === 'email'
            ? change.value === current.contact.email
            : change.value === current.contact.mobile
        )
          ? await deps.verifications.start(accountId, change.channel)
          : await deps.verifications.startChange(accountId, change.channel, change.value);
      }
    }
    const answer: UpdateContactResponse = {
      profile: await profileOf(deps, accountId),
      ...(verification ? { verification } : {}),
    };
    return c.json(answer);
  });

  app.patch('/v1/me/address', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const address = readAddress(body, '', errors, deps.catalog);
    if (!errors.empty || !address) throw validationFailed(errors.fields);
    await deps.accounts.update(c.get('accountId'), (a) => {
      a.address = address;
    });
    return c.json(await profileOf(deps, c.get('accountId')));
  });

  return app;
}
