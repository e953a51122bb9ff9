/** What the account API's routes share, built once by `createSimulator`. */
import type { PostalCodeCatalog } from '../catalog/postal-codes.js';
import type { Logger } from '../logger.js';
import type { PasswordResets } from '../services/password-resets.js';
import type { Verifications } from '../services/verifications.js';
import type { Signatures } from '../signing/signatures.js';
import type { Accounts } from '../store/accounts.js';
import type { Store } from '../store/store.js';
import type { SimContext } from '../types.js';

export interface ApiDeps {
  ctx: SimContext;
  store: Store;
  accounts: Accounts;
  verifications: Verifications;
  passwordResets: PasswordResets;
  signatures: Signatures;
  catalog: PostalCodeCatalog;
  log: Logger;
  /** OIDC access tokens, resolved by the identity-provider side when it offers that. */
  resolveAccessToken?: (token: string) => Promise<ResolvedToken | undefined>;
  /**
   * Ends every session of the account at every client (Llave tokens revoked; OIDC sessions and
   * grants revoked, with back-channel logout to clients that registered a URI). Answers how many.
   */
  endSessions?: (accountId: string) => Promise<number>;
}

export interface ResolvedToken {
  accountId: string;
  /** Epoch ms of the sign-in behind the token, when known. */
  signedInAt?: number | undefined;
}

/** Hono context variables of authenticated routes. */
export interface AuthEnv {
  Variables: { accountId: string; signedInAt?: number };
}
