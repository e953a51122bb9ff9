/**
 * "¿Olvidaste tu contraseña?": CURP + contact → code → new password, through the account side's
 * PasswordResetService (which answers the same whether or not the data matched), then back to
 * the sign-in of the same transaction.
 */
import type { Context, Hono } from 'hono';
import { SimError } from '../../errors.js';
import type { LoginTransaction } from '../login-transaction.js';
import { messageBody, resetCodeBody, resetPasswordBody, resetStartBody } from '../pages/views.js';
import { load } from './load.js';
import { type HostedDeps, type PageContext, paths, render } from './shared.js';
import { codeErrorKey } from './step-up.js';

type Err = { field?: string; message: string };

export function resetRoutes(app: Hono, deps: HostedDeps): void {
  const byField = (errors: Err[]) =>
    Object.fromEntries(errors.map((e) => [e.field ?? '', e.message]));

  const showStart = (
    c: Context,
    pc: PageContext,
    txn: LoginTransaction,
    values: { curp?: string; contact?: string },
    errors: Err[] = [],
    status: 200 | 422 = 200,
  ) =>
    render(
      c,
      pc,
      {
        title: pc.t('reset.title'),
        errors,
        body: resetStartBody({
          t: pc.t,
          action: paths.reset(txn.id),
          backHref: paths.login(txn.id),
          csrf: deps.csrf.issue(c, txn.id),
          ...values,
          errors: byField(errors),
        }),
      },
      status,
    );

  const expired = (c: Context, pc: PageContext, txn: LoginTransaction) =>
    render(
      c,
      pc,
      {
        title: pc.t('reset.title'),
        body: messageBody(pc.t('reset.expired'), {
          href: paths.reset(txn.id),
          label: pc.t('reset.title'),
        }),
      },
      409,
    );

  app.get('/login/:id/reset', async (c) => {
    const l = await load(c, deps, false);
    if (!l.ok) return l.response;
    return showStart(c, l.pc, l.txn, {});
  });

  app.post('/login/:id/reset', async (c) => {
    const l = await load(c, deps, true);
    if (!l.ok) return l.response;
    const { txn, pc, form } = l;
    const curp = (form.curp ?? '').trim().toUpperCase();
    const contact = (form.contact ?? '').trim();
    const errors: Err[] = [
      ...(curp ? [] : [{ field: 'curp', message: pc.t('reset.curpRequired') }]),
      ...(contact ? [] : [{ field: 'contact', message: pc.t('reset.contactRequired') }]),
    ];
    if (errors.length) return showStart(c, pc, txn, { curp, contact }, errors, 422);
    try {
      const started = await deps.ctx.passwordResets.start(curp, contact);
      await deps.txns.save({
        ...txn,
        reset: { resetId: started.resetId, destinationMasked: started.destinationMasked },
      });
    } catch (err) {
      // Malformed CURP or contact: say which field, never whether an account exists.
      const fields = err instanceof SimError ? (err.details.fields ?? {}) : {};
      const fieldErrors: Err[] = [];
      if (fields.curp || !Object.keys(fields).length) {
        fieldErrors.push({ field: 'curp', message: pc.t('reset.curpRequired') });
      }
      if (fields.contact)
        fieldErrors.push({ field: 'contact', message: pc.t('reset.contactRequired') });
      return showStart(c, pc, txn, { curp, contact }, fieldErrors, 422);
    }
    return c.redirect(paths.resetCode(txn.id), 303);
  });

  const showCode = (
    c: Context,
    pc: PageContext,
    txn: LoginTransaction,
    error?: string,
    status: 200 | 422 = 200,
  ) =>
    render(
      c,
      pc,
      {
        title: pc.t('reset.codeTitle'),
        errors: error ? [{ field: 'code', message: error }] : [],
        body: resetCodeBody({
          t: pc.t,
          action: paths.resetCode(txn.id),
          backHref: paths.login(txn.id),
          csrf: deps.csrf.issue(c, txn.id),
          destination: txn.reset?.destinationMasked ?? '',
          error,
        }),
      },
      status,
    );

  app.get('/login/:id/reset/code', async (c) => {
    const l = await load(c, deps, false);
    if (!l.ok) return l.response;
    if (!l.txn.reset) return c.redirect(paths.reset(l.txn.id), 303);
    return showCode(c, l.pc, l.txn);
  });

  app.post('/login/:id/reset/code', async (c) => {
    const l = await load(c, deps, true);
    if (!l.ok) return l.response;
    const { txn, pc, form } = l;
    if (!txn.reset) return c.redirect(paths.reset(txn.id), 303);
    const code = (form.code ?? '').replace(/\s/g, '');
    if (!code) return showCode(c, pc, txn, pc.t('stepUp.codeRequired'), 422);
    try {
      const { resetToken } = await deps.ctx.passwordResets.check(txn.reset.resetId, code);
      await deps.txns.save({ ...txn, reset: { ...txn.reset, resetToken } });
    } catch (err) {
      return showCode(c, pc, txn, pc.t(`codeErrors.${codeErrorKey(err)}`), 422);
    }
    return c.redirect(paths.resetPassword(txn.id), 303);
  });

  const showPassword = (
    c: Context,
    pc: PageContext,
    txn: LoginTransaction,
    errors: Err[] = [],
    status: 200 | 422 = 200,
  ) =>
    render(
      c,
      pc,
      {
        title: pc.t('reset.passwordTitle'),
        errors,
        body: resetPasswordBody({
          t: pc.t,
          action: paths.resetPassword(txn.id),
          csrf: deps.csrf.issue(c, txn.id),
          errors: byField(errors),
        }),
      },
      status,
    );

  app.get('/login/:id/reset/password', async (c) => {
    const l = await load(c, deps, false);
    if (!l.ok) return l.response;
    if (!l.txn.reset?.resetToken) return c.redirect(paths.reset(l.txn.id), 303);
    return showPassword(c, l.pc, l.txn);
  });

  app.post('/login/:id/reset/password', async (c) => {
    const l = await load(c, deps, true);
    if (!l.ok) return l.response;
    const { txn, pc, form } = l;
    const reset = txn.reset;
    if (!reset?.resetToken) return c.redirect(paths.reset(txn.id), 303);
    // Passwords are taken exactly as typed: no trimming, no stripped characters (NIST 800-63B).
    const password = form.password ?? '';
    const confirm = form.confirm ?? '';
    if (!password) {
      return showPassword(
        c,
        pc,
        txn,
        [{ field: 'password', message: pc.t('reset.passwordRequired') }],
        422,
      );
    }
    if (password !== confirm) {
      return showPassword(
        c,
        pc,
        txn,
        [{ field: 'confirm', message: pc.t('reset.passwordMismatch') }],
        422,
      );
    }
    try {
      await deps.ctx.passwordResets.complete(reset.resetId, reset.resetToken, password);
    } catch (err) {
      if (err instanceof SimError && err.status === 422) {
        return showPassword(
          c,
          pc,
          txn,
          [{ field: 'password', message: pc.t('reset.passwordRejected') }],
          422,
        );
      }
      await deps.txns.save({ ...txn, reset: undefined });
      return expired(c, pc, txn);
    }
    await deps.txns.save({ ...txn, reset: undefined });
    return c.redirect(`${paths.login(txn.id)}?notice=reset`, 303);
  });
}
