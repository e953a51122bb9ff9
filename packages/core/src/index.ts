export * from './claims.js';
export * from './client/client.js';
export * from './contract.js';
export * from './i18n/common.js';
export * from './i18n/i18n.js';
export * from './signatures.js';
export * from './theme/tokens.js';
export * from './validators/index.js';
