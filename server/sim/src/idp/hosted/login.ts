/** The sign-in form: CURP, email or phone plus password, one generic error, rate limited. */
import type { Context, Hono } from 'hono';
import type { SimAccount } from '../../types.js';
import { satisfies } from '../levels.js';
import type { LoginTransaction } from '../login-transaction.js';
import { loginBody } from '../pages/views.js';
import { load } from './load.js';
import {
  clientIp,
  clientName,
  type HostedDeps,
  type PageContext,
  paths,
  render,
} from './shared.js';

/** After the password: a step-up when the client needs a higher level, otherwise back to it. */
export async function proceed(
  deps: HostedDeps,
  txn: LoginTransaction,
  account: SimAccount,
  amr: string[],
): Promise<string> {
  if (!satisfies(account.level, txn.requiredLevel)) {
    await deps.txns.save({ ...txn, accountId: account.id });
    return paths.stepUp(txn.id);
  }
  const target = await deps.completer.complete(txn, account, amr);
  await deps.txns.delete(txn.id);
  return target;
}

export function loginRoutes(app: Hono, deps: HostedDeps): void {
  const show = (
    c: Context,
    pc: PageContext,
    txn: LoginTransaction,
    opts: {
      login?: string;
      errors?: Array<{ field?: string; message: string; inline?: boolean }>;
      notice?: string;
    },
    status: 200 | 401 | 422 | 429 = 200,
  ) => {
    const errors = opts.errors ?? [];
    const byField = Object.fromEntries(
      errors.filter((e) => e.inline !== false).map((e) => [e.field ?? '', e.message]),
    );
    return render(
      c,
      pc,
      {
        title: pc.t('login.title'),
        errors,
        notice: opts.notice,
        body: loginBody({
          t: pc.t,
          action: paths.login(txn.id),
          resetHref: paths.reset(txn.id),
          csrf: deps.csrf.issue(c, txn.id),
          login: opts.login,
          errors: { login: byField.login, password: byField.password },
          client: clientName(deps.ctx, txn),
        }),
      },
      status,
    );
  };

  app.get('/login/:id', async (c) => {
    const l = await load(c, deps, false);
    if (!l.ok) return l.response;
    const notice = c.req.query('notice') === 'reset' ? l.pc.t('login.resetDone') : undefined;
    return show(c, l.pc, l.txn, { notice });
  });

  app.post('/login/:id', async (c) => {
    const l = await load(c, deps, true);
    if (!l.ok) return l.response;
    const { txn, pc, form } = l;
    const login = (form.login ?? '').trim();
    const password = form.password ?? '';
    const missing = [
      ...(login ? [] : [{ field: 'login', message: pc.t('login.loginRequired') }]),
      ...(password ? [] : [{ field: 'password', message: pc.t('login.passwordRequired') }]),
    ];
    if (missing.length) return show(c, pc, txn, { login, errors: missing }, 422);

    const ip = clientIp(c);
    const wait = await deps.limiter.retryAfter(login, ip);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      const message = pc.t('login.rateLimited', { count: Math.ceil(wait / 60) });
      return show(c, pc, txn, { login, errors: [{ message }] }, 429);
    }

    const account = await deps.ctx.accounts.authenticate(login, password);
    if (!account) {
      await deps.limiter.fail(login, ip);
      // One message whatever was wrong, so the page never says which logins exist; said once,
      // in the summary (it is about both fields, not the login field's own).
      return show(
        c,
        pc,
        txn,
        { login, errors: [{ field: 'login', message: pc.t('login.invalid'), inline: false }] },
        401,
      );
    }
    await deps.limiter.succeed(login, ip);
    if (account.passwordResetRequired) {
      // After a misuse report ("No fui yo") the old password may be known to someone else: only
      // the right password gets this answer, so it tells a stranger nothing new.
      return show(
        c,
        pc,
        txn,
        { login, errors: [{ field: 'password', message: pc.t('login.resetRequired') }] },
        401,
      );
    }
    return c.redirect(await proceed(deps, txn, account, ['pwd']), 303);
  });
}
