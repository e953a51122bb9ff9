/**
 * The seams inside the simulator: the account-side services (store, registration, codes,
 * outbox; `src/api`, `src/store`, `src/outbox`) and the identity-provider side (`src/idp`: the
 * Llave protocol, OpenID Connect via oidc-provider, the hosted login pages) meet here.
 */
import type {
  Address,
  Channel,
  CheckCodeResponse,
  Contact,
  ForeignPersonalData,
  Level,
  PasswordResetStarted,
  PersonalData,
  Verification,
} from '@llave-cdmx/core';

/** A client registered with the simulator (an agency's BFF). */
export interface SimClient {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URLs (Llave `redirect_url` / OIDC `redirect_uri`). */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** OIDC back-channel logout endpoint of the client, if it has one. */
  backchannelLogoutUri?: string;
  /** Display name on the hosted login page and in consent records. */
  name: string;
  /**
   * How the client authenticates at the OIDC token endpoint. Default `client_secret_basic` (as
   * on the Llave side); openid-client v6 sends `client_secret_post` unless given
   * `ClientSecretBasic(secret)`, so a client that keeps its default registers `client_secret_post`.
   */
  oidcTokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

/**
 * A public OpenID Connect client: a site with no server (a static page) that signs in from the
 * browser with oidc-client-ts. It has no secret to keep, so it authenticates with PKCE alone
 * (`token_endpoint_auth_method: none`); the origins of its redirect URIs are the ones the
 * simulator answers CORS for (idp/oidc/public-clients.ts).
 */
export interface SimPublicClient {
  clientId: string;
  /** Exact redirect URIs: the pages that sign in (the page itself, as tokens live in its memory). */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** Display name on the hosted login page. */
  name: string;
}

export interface SimConfig {
  /** Port to listen on (SIM_PORT, default 4010). */
  port: number;
  /** Interface to bind; loopback by default. */
  host: string;
  /** Public base URL of the simulator as browsers and BFFs reach it, e.g. `http://localhost:4010`. */
  publicUrl: string;
  /** Folder of the file-backed store (accounts, codes, documents, keys); undefined = in memory. */
  dataDir?: string;
  clients: SimClient[];
  /** Public clients (sites without a server; SIM_PUBLIC_CLIENTS). */
  publicClients: SimPublicClient[];
  /** Upload limit for expediente documents (bytes). DESIGN.md §3: 2 MB today. */
  maxUploadBytes: number;
  /** Lifetime of a contact or reset code. */
  codeTtlSeconds: number;
  /** Wait before a code can be sent again. */
  resendCooldownSeconds: number;
  /** Wrong codes allowed per verification before it locks. */
  maxCodeAttempts: number;
  /** Llave access token lifetime. */
  accessTokenTtlSeconds: number;
  /** How long after a sign-in the account may be cancelled without signing in again. */
  recentSignInSeconds: number;
  /** Official Correos de México catalog to import (CPdescarga.txt); the bundled sample otherwise. */
  postalCodeFile?: string;
}

/** An account as the simulator stores it. */
export interface SimAccount {
  id: string;
  kind: 'nacional' | 'extranjero';
  level: Level;
  personal: PersonalData | ForeignPersonalData;
  address?: Address;
  contact: Contact;
  /** scrypt hash, `scrypt$N$r$p$salt$hash` (base64url). Never leaves the simulator. */
  passwordHash: string;
  /** Llave roles (`POST /rest/oauth/roles`). */
  roles: Array<{ idRol: number; rol: string }>;
  createdAt: string;
  /** Set by a misuse report ("No fui yo"): no sign-in until the password is reset. */
  passwordResetRequired?: boolean;
}

export interface AccountService {
  /** Finds by CURP, email or mobile (any format the validators normalise). */
  findByLogin(login: string): Promise<SimAccount | undefined>;
  get(id: string): Promise<SimAccount | undefined>;
  checkPassword(account: SimAccount, password: string): Promise<boolean>;
  /** Login + password → the account, with equal work for unknown logins (no timing oracle). */
  authenticate(login: string, password: string): Promise<SimAccount | undefined>;
  setPassword(accountId: string, password: string): Promise<void>;
  /** Raises (never lowers) the stored level, e.g. after a contact is verified. */
  raiseLevel(accountId: string, level: Level): Promise<void>;
}

export interface VerificationService {
  /** Sends a code to one of the account's contacts (through the outbox). */
  start(accountId: string, channel: Channel): Promise<Verification>;
  /** Throws `SimError` with code_invalid / code_expired / code_used / too_many_attempts. */
  check(verificationId: string, code: string): Promise<CheckCodeResponse>;
  get(verificationId: string): Promise<Verification | undefined>;
}

export interface PasswordResetService {
  /** Always answers (no enumeration); only a matching CURP + contact gets a real code. */
  start(curp: string, contact: string): Promise<PasswordResetStarted>;
  check(resetId: string, code: string): Promise<{ resetToken: string }>;
  complete(resetId: string, resetToken: string, password: string): Promise<void>;
}

export interface OutboxMessage {
  id: string;
  channel: Channel;
  /** Email address or E.164 phone. */
  to: string;
  subject: string;
  /** Plain text as the citizen would read it. */
  body: string;
  /** The code in the message, when there is one (for tests and the outbox page). */
  code?: string;
  purpose: 'verification' | 'password-reset' | 'step-up' | 'signature' | 'notice';
  sentAt: string;
}

export interface Outbox {
  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>): Promise<OutboxMessage>;
  /** Newest first. */
  list(filter?: { to?: string }): Promise<OutboxMessage[]>;
}

/**
 * Generic expiring key-value storage, persisted like the rest of the store; the OIDC side keeps
 * oidc-provider's models (sessions, grants, codes, refresh tokens) and Llave codes/tokens here.
 */
export interface KeyValueStore {
  get<T>(namespace: string, key: string): Promise<T | undefined>;
  set<T>(namespace: string, key: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(namespace: string, key: string): Promise<void>;
  /** Every live value of a namespace whose `field` equals `value` (for grantId/uid look-ups). */
  findBy<T>(namespace: string, field: string, value: unknown): Promise<T[]>;
  /** Deletes every value of a namespace whose `field` equals `value`; answers how many. */
  deleteBy(namespace: string, field: string, value: unknown): Promise<number>;
}

/** Everything the simulator's parts share; built once by `createSimulator`. */
export interface SimContext {
  config: SimConfig;
  accounts: AccountService;
  verifications: VerificationService;
  passwordResets: PasswordResetService;
  outbox: Outbox;
  kv: KeyValueStore;
}
