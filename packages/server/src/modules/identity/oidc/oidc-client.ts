import * as oidc from 'openid-client';
import { isValidCitizenId } from '@yiwang/contracts';
import { AppError } from '../../../platform/http/index.js';

/** Sign-in through the platform's identity provider (统一身份认证), OpenID Connect code flow with PKCE. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The platform's /api/auth/oidc/callback, as registered with the provider. */
  redirectUri: string;
  /** Space-separated; `openid` is added when missing. */
  scopes: string;
  /** The claim holding the citizen ID number (公民身份号码). */
  idNumberClaim: string;
  nameClaim: string;
  phoneClaim: string | null;
  /** Shown on the sign-in button. */
  displayName: string;
  /** Allow an http issuer: tests and local development only. */
  allowInsecureHttp?: boolean;
}

/** What the platform keeps between start and callback (server-side, keyed by state). */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  idNumber: string;
  name: string;
  phone: string | null;
}

export interface OidcClient {
  displayName: string;
  /** Authorization URL (code flow + PKCE S256 + state + nonce) and what to keep for the callback. */
  start(next: string): Promise<{ url: string; pending: OidcPending }>;
  /** Exchanges the code (checks state, nonce, id_token signature via openid-client) and maps the claims. */
  finish(callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity>;
}

const TIMEOUT_SECONDS = 10;

export function createOidcClient(config: OidcConfig): OidcClient {
  const scope = withOpenid(config.scopes);
  let discovered: Promise<oidc.Configuration> | null = null;

  /** Discovery on first use, cached; a failed discovery is forgotten so that the next sign-in tries again. */
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= Promise.resolve()
      .then(() =>
        oidc.discovery(new URL(config.issuer), config.clientId, undefined, oidc.ClientSecretBasic(config.clientSecret), {
          execute: config.allowInsecureHttp ? [oidc.allowInsecureRequests] : [],
          timeout: TIMEOUT_SECONDS,
        }),
      )
      .catch((error: unknown) => {
        discovered = null;
        throw failed('无法连接统一身份认证平台，请稍后重试', error);
      });
    return discovered;
  }

  return {
    displayName: config.displayName,

    async start(next) {
      const as = await configuration();
      const pending: OidcPending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        next: safeNext(next),
      };
      const url = oidc.buildAuthorizationUrl(as, {
        redirect_uri: config.redirectUri,
        response_type: 'code',
        scope,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    async finish(callbackUrl, pending) {
      const as = await configuration();
      // The redirect_uri sent with the code is the registered one, whatever host or proxy the callback came through.
      const current = new URL(config.redirectUri);
      current.search = callbackUrl.search;

      let claims: Record<string, unknown>;
      try {
        const tokens = await oidc.authorizationCodeGrant(as, current, {
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          pkceCodeVerifier: pending.codeVerifier,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new Error('no ID Token');
        claims = { ...idToken };
        // In the code flow a provider may keep the profile claims out of the ID Token: ask userinfo (same subject).
        if (lacks(claims, config) && as.serverMetadata().userinfo_endpoint) {
          const userinfo = await oidc.fetchUserInfo(as, tokens.access_token, idToken.sub);
          claims = { ...userinfo, ...idToken };
        }
      } catch (error) {
        if (error instanceof oidc.AuthorizationResponseError) {
          const code = /^[\w.-]{1,64}$/.test(error.error) ? `（${error.error}）` : '';
          throw failed(`统一身份认证平台未完成登录${code}，请重新登录`, error);
        }
        throw failed('统一身份认证登录校验未通过，请重新登录', error);
      }
      return identityFrom(claims, config, as.serverMetadata().issuer);
    },
  };
}

function identityFrom(claims: Record<string, unknown>, config: OidcConfig, issuer: string): OidcIdentity {
  const rawId = claims[config.idNumberClaim];
  if (typeof rawId !== 'string' || rawId.trim() === '') {
    throw failed(`统一身份认证平台未提供公民身份号码（${config.idNumberClaim}），无法登录`);
  }
  const idNumber = rawId.trim().toUpperCase();
  if (!isValidCitizenId(idNumber)) {
    throw failed('统一身份认证平台提供的公民身份号码不正确（应为 18 位且校验位正确），无法登录');
  }
  const name = claims[config.nameClaim];
  if (typeof name !== 'string' || name.trim() === '') {
    throw failed(`统一身份认证平台未提供姓名（${config.nameClaim}），无法登录`);
  }
  const phone = config.phoneClaim ? claims[config.phoneClaim] : null;
  return {
    issuer,
    subject: String(claims.sub),
    idNumber,
    name: name.trim(),
    phone: typeof phone === 'string' && phone.trim() !== '' ? phone.trim() : null,
  };
}

function lacks(claims: Record<string, unknown>, config: OidcConfig): boolean {
  return [config.idNumberClaim, config.nameClaim, config.phoneClaim].some((c) => c !== null && claims[c] === undefined);
}

function withOpenid(scopes: string): string {
  const list = scopes.split(/\s+/).filter(Boolean);
  return (list.includes('openid') ? list : ['openid', ...list]).join(' ');
}

/** Only a path on this site: anything else (another origin, `//host`, `/\host`) becomes `/`. */
function safeNext(next: string): string {
  return /^\/(?![/\\])/.test(next) && !/\p{Cc}/u.test(next) ? next : '/';
}

/**
 * OIDC_FAILED with a message for the user. The cause keeps the protocol error's name, code and message for the
 * log, never the response body (it may hold tokens or personal data).
 */
function failed(message: string, cause?: unknown): AppError {
  const error = new AppError('OIDC_FAILED', message);
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    error.cause = new Error(`${cause.name}${typeof code === 'string' ? ` ${code}` : ''}: ${cause.message}`);
  }
  return error;
}

/**
 * The configuration from YIWANG_OIDC_* variables; null when no issuer is set (OIDC sign-in off). Throws on a
 * half-done configuration (no client id or secret, an issuer that is not a URL, http without YIWANG_OIDC_ALLOW_HTTP)
 * so that it fails at start rather than at the first sign-in.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv, publicBaseUrl: string): OidcConfig | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuer = value('YIWANG_OIDC_ISSUER');
  if (!issuer) return null;
  const allowInsecureHttp = env.YIWANG_OIDC_ALLOW_HTTP === 'true';
  const protocol = URL.parse(issuer)?.protocol;
  if (protocol !== 'https:' && !(protocol === 'http:' && allowInsecureHttp)) {
    throw new Error(`YIWANG_OIDC_ISSUER must be an https URL (http only with YIWANG_OIDC_ALLOW_HTTP=true), got ${issuer}`);
  }
  const clientId = value('YIWANG_OIDC_CLIENT_ID');
  const clientSecret = env.YIWANG_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new Error('YIWANG_OIDC_CLIENT_ID and YIWANG_OIDC_CLIENT_SECRET are required when YIWANG_OIDC_ISSUER is set');
  }
  const phoneClaim = env.YIWANG_OIDC_PHONE_CLAIM === undefined ? 'phone_number' : env.YIWANG_OIDC_PHONE_CLAIM.trim() || null;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: value('YIWANG_OIDC_REDIRECT_URI') ?? `${publicBaseUrl.replace(/\/+$/, '')}/api/auth/oidc/callback`,
    scopes: value('YIWANG_OIDC_SCOPES') ?? 'openid profile',
    idNumberClaim: value('YIWANG_OIDC_ID_NUMBER_CLAIM') ?? 'id_number',
    nameClaim: value('YIWANG_OIDC_NAME_CLAIM') ?? 'name',
    phoneClaim,
    displayName: value('YIWANG_OIDC_NAME') ?? '统一身份认证',
    allowInsecureHttp,
  };
}
