import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
// oidc-provider ships no types; the few shapes used here are typed below. `lib/provider.js` is imported instead of
// the package root only because the root prints an "Unsupported runtime" warning on Node 20 when loaded (there is
// no setting for it); the Provider class is the same.
// @ts-expect-error -- untyped JavaScript module (no @types/oidc-provider installed)
import { Provider as UntypedProvider } from 'oidc-provider/lib/provider.js';

/**
 * A real OpenID Connect provider (oidc-provider) for tests and local development: http on 127.0.0.1, a random
 * port, one confidential client (client_secret_basic, code flow, PKCE required), in-memory storage, its own
 * signing key, and a small login/consent interaction that `signIn` drives over HTTP like a browser would.
 */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
  /**
   * Walks an authorization request through the provider as the end-user `sub` (cookies kept, redirects followed
   * by hand, the login and consent forms submitted) and returns the final redirect to the client's redirect_uri
   * (with code, state and iss, or with an error).
   */
  signIn(authorizationUrl: string, sub: string): Promise<string>;
}

export interface TestOidcProviderOptions {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
  /** sub → claims released under the `profile` scope (e.g. id_number, name, phone_number). */
  accounts: Record<string, Record<string, unknown>>;
  /**
   * Put the scope's claims into the ID Token and turn the userinfo endpoint off (some identity platforms work so).
   * By default, as the OIDC specification has it for the code flow, the ID Token carries only `sub` and the claims
   * come from userinfo.
   */
  claimsInIdToken?: boolean;
  /** Listen on this port instead of a random one (e.g. to bring a provider up where a client already points). */
  port?: number;
}

interface Interaction {
  uid: string;
  prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> } };
  params: Record<string, unknown>;
  session?: { accountId?: string };
  grantId?: string;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, opts?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
  on(event: string, listener: (ctx: unknown, error: unknown) => void): void;
}
const Provider = UntypedProvider as new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

const STANDARD_CLAIMS = ['id_number', 'name', 'phone_number'];

export async function startOidcProvider(opts: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const clientId = opts.clientId ?? 'yiwang-test';
  const clientSecret = opts.clientSecret ?? randomBytes(24).toString('base64url');
  const profileClaims = [...new Set([...STANDARD_CLAIMS, ...Object.values(opts.accounts).flatMap((c) => Object.keys(c))])].filter(
    (c) => c !== 'sub',
  );
  const serverErrors: string[] = [];

  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  // No trailing slash: the provider puts exactly this string into `iss`; openid-client compares normalised URLs.
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // Configured explicitly so that the provider prints none of its "development-only default" notices.
    jwks: { keys: [await signingKey()] },
    adapter: memoryAdapter(),
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, userinfo: { enabled: !opts.claimsInIdToken } },
    conformIdTokenClaims: !opts.claimsInIdToken,
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: profileClaims },
    findAccount: (_ctx: unknown, sub: string) => {
      const claims = opts.accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    clientBasedCORS: () => false,
    renderError: (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'text/plain';
      ctx.body = Object.entries(out).map(([k, v]) => `${k}: ${v}`).join('\n');
    },
  });
  provider.on('server_error', (_ctx, error) => {
    serverErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
  const providerCallback = provider.callback();

  handle = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const m = /^\/interaction\/([\w-]+)(?:\/(login|confirm))?$/.exec(path);
    if (!m) {
      void providerCallback(req, res);
      return;
    }
    interaction(req, res, m[1]!, m[2]).catch((error: unknown) => {
      serverErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`interaction failed: ${String(error)}`);
    });
  };

  /** The login and consent pages, with the provider's interactionDetails / interactionFinished. */
  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction uid mismatch');

    if (req.method === 'GET' && !action) {
      const login = details.prompt.name === 'login';
      const form = login
        ? `<form method="post" action="/interaction/${uid}/login"><input name="login" autocomplete="username"><button>登录</button></form>`
        : `<form method="post" action="/interaction/${uid}/confirm"><button>同意授权</button></form>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><meta charset="utf-8"><title>${details.prompt.name}</title>${form}`);
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }

    if (action === 'login') {
      if (details.prompt.name !== 'login') throw new Error(`expected the login prompt, got ${details.prompt.name}`);
      const accountId = new URLSearchParams(await readBody(req)).get('login') ?? '';
      const result = Object.hasOwn(opts.accounts, accountId)
        ? { login: { accountId } }
        : { error: 'access_denied', error_description: 'unknown account' };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      return;
    }

    // action === 'confirm': grant what the prompt says is missing (the provider's documented consent sequence).
    if (details.prompt.name !== 'consent') throw new Error(`expected the consent prompt, got ${details.prompt.name}`);
    const accountId = details.session?.accountId;
    if (!accountId) throw new Error('consent without a signed-in account');
    const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
      new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
  }

  async function signIn(authorizationUrl: string, sub: string): Promise<string> {
    const jar = new CookieJar();
    const origin = new URL(issuer).origin;
    const trail: string[] = [];
    let next: { url: string; init?: RequestInit } = { url: authorizationUrl };

    for (let step = 0; step < 20; step++) {
      if (opts.redirectUris.some((r) => isUnder(next.url, r))) return next.url;
      const url = new URL(next.url);
      if (url.origin !== origin) throw new Error(`signIn: left the provider for ${url.href}\n${trail.join('\n')}`);

      const headers = new Headers(next.init?.headers);
      const cookie = jar.header(url);
      if (cookie) headers.set('cookie', cookie);
      const res = await fetch(url, { ...next.init, headers, redirect: 'manual' });
      jar.store(url, res.headers.getSetCookie());
      trail.push(`${next.init?.method ?? 'GET'} ${url.pathname} → ${res.status}`);

      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        next = { url: new URL(location, url).href };
        continue;
      }
      const body = await res.text();
      const form = res.status === 200 ? /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(body) : null;
      if (!form) {
        throw new Error(`signIn: unexpected ${res.status} at ${url.href}: ${body.slice(0, 500)}\n${trail.join('\n')}\n${serverErrors.join('\n')}`);
      }
      // Fill the form as the user would: the login field (if any) with the account, then submit.
      const fields = new URLSearchParams();
      if (/name="login"/.test(form[2]!)) fields.set('login', sub);
      next = {
        url: new URL(form[1]!, url).href,
        init: { method: 'POST', body: fields.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      };
    }
    throw new Error(`signIn: too many steps\n${trail.join('\n')}`);
  }

  return {
    issuer,
    clientId,
    clientSecret,
    signIn,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function isUnder(url: string, redirectUri: string): boolean {
  return url === redirectUri || url.startsWith(`${redirectUri}?`) || url.startsWith(`${redirectUri}#`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function signingKey(): Promise<Record<string, unknown>> {
  const { privateKey } = await new Promise<{ privateKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, privateKey) =>
      error ? reject(error) : resolve({ privateKey }),
    ),
  );
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };
}

/** The provider's storage: one Map per provider instance (its own in-memory adapter announces itself on stderr). */
function memoryAdapter(): (model: string) => object {
  const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) store.delete(key);
    return store.get(key)?.payload;
  };
  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
        const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
        store.set(key(id), { payload, expiresAt });
        if (typeof payload.uid === 'string') store.set(`uid:${model}:${payload.uid}`, { payload: { id }, expiresAt });
        if (typeof payload.userCode === 'string') store.set(`userCode:${model}:${payload.userCode}`, { payload: { id }, expiresAt });
      },
      async find(id: string) {
        return live(key(id));
      },
      async findByUid(uid: string) {
        const ref = live(`uid:${model}:${uid}`);
        return typeof ref?.id === 'string' ? live(key(ref.id)) : undefined;
      },
      async findByUserCode(userCode: string) {
        const ref = live(`userCode:${model}:${userCode}`);
        return typeof ref?.id === 'string' ? live(key(ref.id)) : undefined;
      },
      async consume(id: string) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id: string) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId: string) {
        for (const [k, entry] of store) {
          if (k.startsWith(`${model}:`) && entry.payload.grantId === grantId) store.delete(k);
        }
      },
    };
  };
}

/** Just enough of a browser's cookie store for one host: name, path, expiry. */
class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string; expiresAt: number }>();

  store(url: URL, setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const cookie = { name: pair.slice(0, eq), value: pair.slice(eq + 1), path: defaultPath(url), expiresAt: Infinity };
      for (const attribute of attributes) {
        const [k = '', v = ''] = attribute.split('=', 2);
        const name = k.toLowerCase();
        if (name === 'path' && v.startsWith('/')) cookie.path = v;
        else if (name === 'expires') cookie.expiresAt = Date.parse(v);
        else if (name === 'max-age') cookie.expiresAt = Date.now() + Number(v) * 1000;
      }
      const id = `${cookie.name}\u0000${cookie.path}`;
      if (cookie.expiresAt <= Date.now()) this.#cookies.delete(id);
      else this.#cookies.set(id, cookie);
    }
  }

  header(url: URL): string {
    const now = Date.now();
    return [...this.#cookies.values()]
      .filter((c) => c.expiresAt > now && pathMatches(url.pathname, c.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash > 0 ? url.pathname.slice(0, slash) : '/';
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}
