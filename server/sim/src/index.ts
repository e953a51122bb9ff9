/**
 * @llave-cdmx/sim: the Llave CDMX API simulator (the embedded default, so the product runs
 * with no credentials). See README.md.
 * @module
 */

export { LLAVE_ACCESS_TOKEN_NS, type LlaveAccessTokenRecord } from './api/auth.js';
export { createSimulator, type Simulator, type SimulatorOptions } from './app.js';
export {
  DEMO_CLIENT,
  DEMO_PUBLIC_CLIENT,
  defaultConfig,
  loadConfigFromEnv,
  resolveConfig,
} from './config.js';
export { SimError } from './errors.js';
export {
  BASIC_CURP,
  BASIC_EMAIL,
  DEMO_CURP,
  DEMO_EMAIL,
  DEMO_MOBILE,
  DEMO_PASSWORD,
  FIRMA_CURP,
  FIRMA_EMAIL,
  FIRMA_MOBILE,
  FOREIGNER_EMAIL,
  SEED_DOCUMENT_IDS,
  SEED_IDS,
} from './seed/ids.js';
export { SEED_FOLIOS, SEED_LINEAS_CAPTURA } from './seed/tramites.js';
export { type RunningSimulator, startSimulator } from './server.js';
export type * from './types.js';
