export { buildApp, createServices, type Services } from './app.js';
export { openDatabase, type Database } from './platform/db/index.js';
export { loadConfig } from './platform/config.js';
export { identityConfigFromEnv, type IdentityConfig } from './modules/identity/index.js';
export { signedData, verifierFor } from './modules/certificates/index.js';
