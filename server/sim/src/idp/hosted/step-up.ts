/**
 * Step-up: the client asked for a higher level than the account has. A code sent to the
 * account's contact proves control of it (VerificationService raises the level to verificada
 * when it checks); a level this page cannot grant (firma needs the CDMX e-signature) ends with a
 * clear message and the client gets `unmet_authentication_requirements`.
 */
import type { Channel } from '@llave-cdmx/core';
import type { Context, Hono } from 'hono';
import { SimError } from '../../errors.js';
import type { SimAccount } from '../../types.js';
import { satisfies } from '../levels.js';
import type { LoginTransaction } from '../login-transaction.js';
import { stepUpBody } from '../pages/views.js';
import { load } from './load.js';
import { proceed } from './login.js';
import { clientName, type HostedDeps, type PageContext, paths, render } from './shared.js';

type CodeErrorKey =
  | 'code_invalid'
  | 'code_expired'
  | 'code_used'
  | 'too_many_attempts'
  | 'resend_too_soon'
  | 'other';

export function codeErrorKey(err: unknown): CodeErrorKey {
  const code = err instanceof SimError ? err.code : undefined;
  switch (code) {
    case 'code_invalid':
    case 'code_expired':
    case 'code_used':
    case 'too_many_attempts':
    case 'resend_too_soon':
      return code;
    default:
      return 'other';
  }
}

function channelFor(account: SimAccount): Channel | undefined {
  if (account.contact.email) return 'email';
  if (account.contact.mobile) return 'sms';
  return undefined;
}

export function stepUpRoutes(app: Hono, deps: HostedDeps): void {
  const show = (
    c: Context,
    pc: PageContext,
    txn: LoginTransaction,
    account: SimAccount,
    opts: { error?: string; blocked?: string },
    status: 200 | 403 | 422 = 200,
  ) => {
    const { t } = pc;
    const client = clientName(deps.ctx, txn);
    const intro = t('stepUp.intro', {
      client,
      level: t(`levels.${txn.requiredLevel ?? 'verificada'}`),
      current: t(`levels.${account.level}`),
    });
    const canSend = !opts.blocked && txn.stepUp;
    return render(
      c,
      pc,
      {
        title: t('stepUp.title'),
        errors: opts.blocked
          ? [{ message: opts.blocked }]
          : opts.error
            ? [{ field: 'code', message: opts.error }]
            : [],
        body: stepUpBody({
          t,
          intro,
          sent: txn.stepUp
            ? t('stepUp.sent', { destination: txn.stepUp.destinationMasked })
            : undefined,
          action: canSend ? paths.stepUp(txn.id) : undefined,
          resendAction: paths.stepUpResend(txn.id),
          abortAction: paths.abort(txn.id),
          csrf: deps.csrf.issue(c, txn.id),
          error: opts.error,
          client,
        }),
      },
      status,
    );
  };

  /** Sends a code when none is pending (or on resend); answers the updated transaction or an error key. */
  async function send(
    txn: LoginTransaction,
    account: SimAccount,
    again: boolean,
  ): Promise<{ txn: LoginTransaction; error?: CodeErrorKey }> {
    if (txn.stepUp && !again) return { txn };
    const channel = txn.stepUp?.channel ?? channelFor(account)!;
    try {
      const v = await deps.ctx.verifications.start(account.id, channel);
      const next = {
        ...txn,
        stepUp: { verificationId: v.id, channel, destinationMasked: v.destinationMasked },
      };
      await deps.txns.save(next);
      return { txn: next };
    } catch (err) {
      return { txn, error: codeErrorKey(err) };
    }
  }

  /** Why this account cannot step up here, if it cannot. */
  function blocker(pc: PageContext, txn: LoginTransaction, account: SimAccount) {
    if (!satisfies('verificada', txn.requiredLevel)) {
      return pc.t('stepUp.unreachable', { level: pc.t(`levels.${txn.requiredLevel ?? 'firma'}`) });
    }
    if (!channelFor(account)) return pc.t('stepUp.noContact');
    return undefined;
  }

  async function loadAccount(c: Context, post: boolean) {
    const l = await load(c, deps, post);
    if (!l.ok) return l;
    const account = l.txn.accountId ? await deps.ctx.accounts.get(l.txn.accountId) : undefined;
    if (!account) return { ok: false as const, response: c.redirect(paths.login(l.txn.id), 303) };
    return { ...l, account };
  }

  app.get('/login/:id/step-up', async (c) => {
    const l = await loadAccount(c, false);
    if (!l.ok) return l.response;
    const { pc, account } = l;
    if (satisfies(account.level, l.txn.requiredLevel)) {
      return c.redirect(await proceed(deps, l.txn, account, ['pwd']), 303);
    }
    const blocked = blocker(pc, l.txn, account);
    if (blocked) return show(c, pc, l.txn, account, { blocked }, 403);
    const { txn, error } = await send(l.txn, account, false);
    return show(c, pc, txn, account, { error: error && pc.t(`codeErrors.${error}`) });
  });

  app.post('/login/:id/step-up/resend', async (c) => {
    const l = await loadAccount(c, true);
    if (!l.ok) return l.response;
    if (blocker(l.pc, l.txn, l.account)) return c.redirect(paths.stepUp(l.txn.id), 303);
    const { txn, error } = await send(l.txn, l.account, true);
    if (error) return show(c, l.pc, txn, l.account, { error: l.pc.t(`codeErrors.${error}`) }, 422);
    return c.redirect(paths.stepUp(txn.id), 303);
  });

  app.post('/login/:id/step-up', async (c) => {
    const l = await loadAccount(c, true);
    if (!l.ok) return l.response;
    const { txn, pc, form, account } = l;
    if (!txn.stepUp) return c.redirect(paths.stepUp(txn.id), 303);
    const code = (form.code ?? '').replace(/\s/g, '');
    if (!code) return show(c, pc, txn, account, { error: pc.t('stepUp.codeRequired') }, 422);
    try {
      await deps.ctx.verifications.check(txn.stepUp.verificationId, code);
    } catch (err) {
      return show(c, pc, txn, account, { error: pc.t(`codeErrors.${codeErrorKey(err)}`) }, 422);
    }
    const raised = (await deps.ctx.accounts.get(account.id)) ?? account;
    if (!satisfies(raised.level, txn.requiredLevel)) {
      return show(
        c,
        pc,
        txn,
        raised,
        { blocked: blocker(pc, txn, raised) ?? pc.t('errors.generic') },
        403,
      );
    }
    return c.redirect(
      await proceed(deps, { ...txn, stepUp: undefined }, raised, ['pwd', 'otp']),
      303,
    );
  });

  app.post('/login/:id/abort', async (c) => {
    const l = await load(c, deps, true);
    if (!l.ok) return l.response;
    const unmet = l.txn.accountId !== undefined;
    const target = await deps.completer.abort(
      l.txn,
      unmet ? 'unmet_authentication_requirements' : 'access_denied',
      unmet ? 'The account could not reach the requested level.' : 'The person cancelled.',
    );
    await deps.txns.delete(l.txn.id);
    return c.redirect(target, 303);
  });
}
