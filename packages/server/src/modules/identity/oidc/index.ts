export {
  createOidcClient,
  oidcConfigFromEnv,
  type OidcClient,
  type OidcConfig,
  type OidcIdentity,
  type OidcPending,
} from './oidc-client.js';
