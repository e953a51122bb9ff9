import { createContext } from '@lit/context';
import type { SessionStore } from './session-store.js';

/** Provided by `<llave-session>`; the value is the store itself (stable), components subscribe. */
export const sessionContext = createContext<SessionStore>(Symbol.for('llave-cdmx/session'));
