/**
 * Loads the sign-in of `/login/:id/**` and, on POST, checks the form and its CSRF token, so each
 * route handler starts from a valid transaction and parsed fields.
 */
import type { Context } from 'hono';
import type { LoginTransaction } from '../login-transaction.js';
import { errorPage, type HostedDeps, type PageContext, pageContext, readForm } from './shared.js';

export type Loaded =
  | { ok: true; txn: LoginTransaction; pc: PageContext; form: Record<string, string> }
  | { ok: false; response: Response };

export async function load(c: Context, deps: HostedDeps, post: boolean): Promise<Loaded> {
  const id = c.req.param('id') ?? '';
  const txn = await deps.txns.get(id);
  const pc = pageContext(c, txn);
  if (!txn) {
    return { ok: false, response: await errorPage(c, pc, pc.t('errors.expired'), 404) };
  }
  if (!post) return { ok: true, txn, pc, form: {} };
  const form = await readForm(c);
  if (!form) {
    return { ok: false, response: await errorPage(c, pc, pc.t('errors.badRequest'), 400) };
  }
  if (!deps.csrf.verify(c, txn.id, form.csrf)) {
    return { ok: false, response: await errorPage(c, pc, pc.t('errors.csrf'), 403) };
  }
  return { ok: true, txn, pc, form };
}
