import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/index.js';
import { startOidcProvider, type TestOidcProvider } from '../../../../test/oidc-provider.js';
import { createOidcClient, oidcConfigFromEnv, type OidcClient, type OidcConfig } from './oidc-client.js';

const REDIRECT_URI = 'http://localhost:8080/api/auth/oidc/callback';
// 11010519491231002X is a valid 公民身份号码 (GB 11643 check character X); the provider sends it in lower case.
const ACCOUNTS = {
  'citizen-1': { id_number: '11010519491231002x', name: '张三', phone_number: '13800138000' },
  'no-id-number': { name: '李四', phone_number: '13800138001' },
  'bad-id-number': { id_number: '110105194912310021', name: '王五' },
  'no-phone': { id_number: '11010519491231002X', name: '赵六' },
};

let provider: TestOidcProvider;
let client: OidcClient;

function clientFor(p: TestOidcProvider, overrides: Partial<OidcConfig> = {}): OidcClient {
  return createOidcClient({
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    redirectUri: REDIRECT_URI,
    scopes: 'openid profile',
    idNumberClaim: 'id_number',
    nameClaim: 'name',
    phoneClaim: 'phone_number',
    displayName: '湖南省统一身份认证平台',
    allowInsecureHttp: true,
    ...overrides,
  });
}

async function oidcFailure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('OIDC_FAILED');
  return error as AppError;
}

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUris: [REDIRECT_URI], accounts: ACCOUNTS });
  client = clientFor(provider);
});
afterAll(() => provider?.close());

describe('OIDC sign-in against a real provider', () => {
  it('builds a code-flow authorization URL with PKCE S256, state and nonce, and keeps a safe next', async () => {
    const { url, pending } = await client.start('/admin/items?tab=draft');
    const u = new URL(url);
    expect(`${u.origin}${u.pathname}`).toBe(`${provider.issuer}/auth`);
    const q = Object.fromEntries(u.searchParams);
    expect(q).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid profile',
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    expect(q.code_challenge).toBe(createHash('sha256').update(pending.codeVerifier).digest('base64url'));
    expect(pending.state.length).toBeGreaterThanOrEqual(32);
    expect(pending.nonce.length).toBeGreaterThanOrEqual(32);
    expect(pending.next).toBe('/admin/items?tab=draft');

    const other = await client.start('https://evil.example/');
    expect(other.pending.state).not.toBe(pending.state);
    expect(other.pending.nonce).not.toBe(pending.nonce);
    expect(other.pending.codeVerifier).not.toBe(pending.codeVerifier);
    expect(other.pending.next).toBe('/');
    expect((await client.start('//evil.example/x')).pending.next).toBe('/');
    expect((await client.start('/\\evil.example')).pending.next).toBe('/');
  });

  it('signs in and maps the claims: subject, ID number upper-cased, name, phone', async () => {
    const { url, pending } = await client.start('/');
    const callback = await provider.signIn(url, 'citizen-1');
    expect(new URL(callback).searchParams.get('state')).toBe(pending.state);

    const identity = await client.finish(new URL(callback), pending);
    expect(identity).toEqual({
      issuer: provider.issuer,
      subject: 'citizen-1',
      idNumber: '11010519491231002X',
      name: '张三',
      phone: '13800138000',
    });
    expect(client.displayName).toBe('湖南省统一身份认证平台');
  });

  it('uses the registered redirect URI for the code exchange, whatever host the callback arrived on', async () => {
    const { url, pending } = await client.start('/');
    const callback = new URL(await provider.signIn(url, 'no-phone'));
    const behindProxy = new URL(`http://10.0.0.5:3000/api/auth/oidc/callback${callback.search}`);
    expect(await client.finish(behindProxy, pending)).toMatchObject({ subject: 'no-phone', phone: null });
  });

  it('refuses a callback whose state is not the pending one (and the right state still works)', async () => {
    const { url, pending } = await client.start('/');
    const callback = new URL(await provider.signIn(url, 'citizen-1'));
    const forged = (await client.start('/')).pending.state;

    await oidcFailure(client.finish(callback, { ...pending, state: forged }));
    const noState = new URL(callback);
    noState.searchParams.delete('state');
    await oidcFailure(client.finish(noState, pending));

    expect((await client.finish(callback, pending)).subject).toBe('citizen-1');
  });

  it('refuses a code exchanged with the PKCE verifier of another start (and the right verifier still works)', async () => {
    const a = await client.start('/');
    const b = await client.start('/');
    const callback = new URL(await provider.signIn(a.url, 'citizen-1'));

    await oidcFailure(client.finish(callback, { ...a.pending, codeVerifier: b.pending.codeVerifier }));
    expect((await client.finish(callback, a.pending)).subject).toBe('citizen-1');
  });

  it('refuses an ID Token whose nonce belongs to another start', async () => {
    const a = await client.start('/');
    const b = await client.start('/');
    const callback = new URL(await provider.signIn(a.url, 'citizen-1'));

    await oidcFailure(client.finish(callback, { ...a.pending, nonce: b.pending.nonce }));
  });

  it('refuses a pending record from another start entirely (its state, nonce and verifier)', async () => {
    const a = await client.start('/');
    const b = await client.start('/');
    const callback = new URL(await provider.signIn(a.url, 'citizen-1'));
    await oidcFailure(client.finish(callback, b.pending));
  });

  it.each([
    ['no-id-number', '未提供公民身份号码（id_number）'],
    ['bad-id-number', '公民身份号码不正确'],
  ])('refuses account %s: its ID number claim is missing or invalid', async (sub, message) => {
    const { url, pending } = await client.start('/');
    const callback = new URL(await provider.signIn(url, sub));
    const error = await oidcFailure(client.finish(callback, pending));
    expect(error.message).toContain(message);
  });

  it('refuses an error response from the provider (the user was not signed in)', async () => {
    const { url, pending } = await client.start('/');
    const callback = new URL(await provider.signIn(url, 'nobody'));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const error = await oidcFailure(client.finish(callback, pending));
    expect(error.message).toContain('access_denied');
  });

  it('reads the claims from the ID Token when the provider has no userinfo endpoint', async () => {
    const idTokenOnly = await startOidcProvider({ redirectUris: [REDIRECT_URI], accounts: ACCOUNTS, claimsInIdToken: true });
    try {
      const c = clientFor(idTokenOnly);
      const { url, pending } = await c.start('/');
      const identity = await c.finish(new URL(await idTokenOnly.signIn(url, 'citizen-1')), pending);
      expect(identity).toMatchObject({ subject: 'citizen-1', idNumber: '11010519491231002X', name: '张三', phone: '13800138000' });
    } finally {
      await idTokenOnly.close();
    }
  });

  it('discovers lazily and tries again after a failed discovery', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const late = createOidcClient({ ...configFor(`http://127.0.0.1:${port}`), clientId: 'late', clientSecret: 'late-secret' });
    const error = await oidcFailure(late.start('/'));
    expect(error.message).toContain('无法连接');

    const p = await startOidcProvider({ redirectUris: [REDIRECT_URI], accounts: ACCOUNTS, port, clientId: 'late', clientSecret: 'late-secret' });
    try {
      const { url, pending } = await late.start('/');
      expect((await late.finish(new URL(await p.signIn(url, 'citizen-1')), pending)).subject).toBe('citizen-1');
    } finally {
      await p.close();
    }
  });

  it('refuses to talk to an http issuer unless allowed, or to a malformed issuer', async () => {
    const strict = clientFor(provider, { allowInsecureHttp: false });
    await oidcFailure(strict.start('/'));
    await oidcFailure(clientFor(provider, { issuer: 'not a url' }).start('/'));
  });
});

function configFor(issuer: string): OidcConfig {
  return {
    issuer,
    clientId: '',
    clientSecret: '',
    redirectUri: REDIRECT_URI,
    scopes: 'openid profile',
    idNumberClaim: 'id_number',
    nameClaim: 'name',
    phoneClaim: 'phone_number',
    displayName: '统一身份认证',
    allowInsecureHttp: true,
  };
}

describe('oidcConfigFromEnv', () => {
  const base = { YIWANG_OIDC_ISSUER: 'https://idp.example.gov.cn', YIWANG_OIDC_CLIENT_ID: 'yiwang', YIWANG_OIDC_CLIENT_SECRET: 's3cret' };

  it('is off without an issuer', () => {
    expect(oidcConfigFromEnv({}, 'https://yiwang.example')).toBeNull();
    expect(oidcConfigFromEnv({ YIWANG_OIDC_ISSUER: ' ' }, 'https://yiwang.example')).toBeNull();
  });

  it('fills the defaults', () => {
    expect(oidcConfigFromEnv(base, 'https://yiwang.example/')).toEqual({
      issuer: 'https://idp.example.gov.cn',
      clientId: 'yiwang',
      clientSecret: 's3cret',
      redirectUri: 'https://yiwang.example/api/auth/oidc/callback',
      scopes: 'openid profile',
      idNumberClaim: 'id_number',
      nameClaim: 'name',
      phoneClaim: 'phone_number',
      displayName: '统一身份认证',
      allowInsecureHttp: false,
    });
  });

  it('reads every variable; an empty phone claim means none', () => {
    const config = oidcConfigFromEnv(
      {
        ...base,
        YIWANG_OIDC_ISSUER: 'http://127.0.0.1:9000',
        YIWANG_OIDC_ALLOW_HTTP: 'true',
        YIWANG_OIDC_REDIRECT_URI: 'https://gw.example/cb',
        YIWANG_OIDC_SCOPES: 'openid profile idcard',
        YIWANG_OIDC_ID_NUMBER_CLAIM: 'idcard',
        YIWANG_OIDC_NAME_CLAIM: 'real_name',
        YIWANG_OIDC_PHONE_CLAIM: '',
        YIWANG_OIDC_NAME: '湖南省统一身份认证平台',
      },
      'https://yiwang.example',
    );
    expect(config).toMatchObject({
      issuer: 'http://127.0.0.1:9000',
      redirectUri: 'https://gw.example/cb',
      scopes: 'openid profile idcard',
      idNumberClaim: 'idcard',
      nameClaim: 'real_name',
      phoneClaim: null,
      displayName: '湖南省统一身份认证平台',
      allowInsecureHttp: true,
    });
  });

  it('rejects a half-done configuration at start', () => {
    expect(() => oidcConfigFromEnv({ ...base, YIWANG_OIDC_ISSUER: 'http://idp.example' }, 'https://y.example')).toThrow(/https/);
    expect(() => oidcConfigFromEnv({ ...base, YIWANG_OIDC_CLIENT_SECRET: undefined }, 'https://y.example')).toThrow(/CLIENT_SECRET/);
    expect(() => oidcConfigFromEnv({ ...base, YIWANG_OIDC_CLIENT_ID: '' }, 'https://y.example')).toThrow(/CLIENT_ID/);
  });
});
