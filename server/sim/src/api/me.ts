/** The citizen's own record (`/v1/me`): read, change contact (re-verify), change address. */
import type { Profile, UpdateContactResponse, Verification } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { validationFailed } from '../errors.js';
import { contactTaken } from '../services/verifications.js';
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

export function meRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.get('/v1/me', async (c) => {
    const account = await deps.accounts.get(c.get('accountId'));
    return c.json(toProfile(account!));
  });

  app.patch('/v1/me/contact', async (c) => {
    const body = await readJson(c);
    const accountId = c.get('accountId');
    const current = (await deps.accounts.get(accountId))!;
    const errors = new FieldErrors();
    let email: string | undefined;
    let mobile: string | null | undefined;
    if (body.email !== undefined) {
      const e = checkEmail(body.email);
      if (e.ok) email = e.value;
      else errors.add('email', e.code);
    }
    if (body.mobile === null || body.mobile === '') mobile = null;
    else if (body.mobile !== undefined) {
      const m = checkMobile(body.mobile);
      if (m.ok) mobile = m.value;
      else errors.add('mobile', m.code);
    }
    if (email === undefined && mobile === undefined && errors.empty) {
      errors.add('email', 'required');
    }
    if (!errors.empty) throw validationFailed(errors.fields);
    // Email is how Llave reaches the citizen; it can change but not go away.
    const emailChanged = email !== undefined && email !== current.contact.email;
    const mobileChanged = mobile !== undefined && mobile !== (current.contact.mobile ?? null);
    if (emailChanged) {
      const owner = await deps.accounts.findByEmail(email!);
      if (owner && owner.id !== accountId) throw contactTaken('email');
    }
    if (mobileChanged && mobile) {
      const owner = await deps.accounts.findByMobile(mobile);
      if (owner && owner.id !== accountId) throw contactTaken('sms');
    }
    await deps.accounts.update(accountId, (a) => {
      if (emailChanged) {
        a.contact.email = email!;
        a.contact.emailVerified = false;
      }
      if (mobileChanged) {
        if (mobile) a.contact.mobile = mobile;
        else delete a.contact.mobile;
        a.contact.mobileVerified = false;
      }
    });
    let verification: Verification | undefined;
    if (emailChanged) verification = await deps.verifications.start(accountId, 'email');
    else if (mobileChanged && mobile)
      verification = await deps.verifications.start(accountId, 'sms');
    const answer: UpdateContactResponse = {
      profile: toProfile((await deps.accounts.get(accountId))!),
      ...(verification ? { verification } : {}),
    };
    return c.json(answer);
  });

  app.patch('/v1/me/address', async (c) => {
    const body = await readJson(c);
    const errors = new FieldErrors();
    const address = readAddress(body, '', errors, deps.catalog);
    if (!errors.empty || !address) throw validationFailed(errors.fields);
    const account = await deps.accounts.update(c.get('accountId'), (a) => {
      a.address = address;
    });
    return c.json(toProfile(account));
  });

  return app;
}
