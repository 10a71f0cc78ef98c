import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SessionView } from '@yiwang/contracts';
import { buildApp, type Services } from '../../app.js';
import type { Database } from '../../platform/db/index.js';
import { testDatabase } from '../../../test/database.js';
import { seedFixture } from '../../../test/fixtures.js';
import { browserFrom } from '../../../test/http.js';
import { testIdentityConfig } from '../../../test/identity.js';
import { startOidcProvider, type TestOidcProvider } from '../../../test/oidc-provider.js';

const BASE = 'http://yiwang.test';
const ACCOUNTS = {
  'hn-0001': { id_number: '43010219900307104x', name: '欧阳明', phone_number: '13800000001' },
  'hn-0002': { id_number: '430102199003071234', name: '张三', phone_number: '13800138000' },
  'hn-0003': { name: '没有身份证号' },
};

let provider: TestOidcProvider;
let database: Database;
let app: FastifyInstance;
let s: Services;

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUris: [`${BASE}/api/auth/oidc/callback`], accounts: ACCOUNTS });
  database = await testDatabase();
  const identity = testIdentityConfig({
    oidc: {
      issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret,
      redirectUri: `${BASE}/api/auth/oidc/callback`, scopes: 'openid profile', idNumberClaim: 'id_number', nameClaim: 'name',
      phoneClaim: 'phone_number', displayName: '湖南省统一身份认证平台', allowInsecureHttp: true,
    },
  });
  ({ app, services: s } = await buildApp({ config: { webDir: null, identity }, database, logger: false }));
  await seedFixture(s);
});
afterAll(async () => {
  await app.close();
  await database.close();
  await provider.close();
});

/** The browser's round trip: start here, sign in at the provider as `sub`, come back to the callback. */
async function signInAs(sub: string, next = '/user/cases') {
  const start = await app.inject({ url: `/api/auth/oidc/start?next=${encodeURIComponent(next)}` });
  expect(start.statusCode).toBe(302);
  expect(start.headers.location).toContain(provider.issuer);
  const back = new URL(await provider.signIn(start.headers.location as string, sub));
  return app.inject({ url: `${back.pathname}${back.search}` });
}

describe('sign-in through the unified identity platform (a real OIDC provider)', () => {
  it('offers the provider by its name', async () => {
    expect((await app.inject('/api/auth/providers')).json()).toEqual({ sms: true, oidc: { enabled: true, name: '湖南省统一身份认证平台' } });
  });

  it('creates a person account from the verified claims on first sign-in, and finds it again the next time', async () => {
    const first = await signInAs('hn-0001');
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/user/cases');
    const view = (await app.inject({ url: '/api/auth/session', headers: browserFrom(first) })).json() as SessionView;
    expect(view.account).toMatchObject({ kind: 'citizen', name: '欧阳明', idNumber: '4301**********104X' });
    const again = await signInAs('hn-0001', '/');
    const view2 = (await app.inject({ url: '/api/auth/session', headers: browserFrom(again) })).json() as SessionView;
    expect(view2.account!.id).toBe(view.account!.id);
    // Made by the provider, the account has no password: its first one needs no current one.
    const set = await app.inject({ method: 'POST', url: '/api/auth/password', headers: browserFrom(again), payload: { newPassword: 'Ouyang2026ok' } });
    expect(set.statusCode, set.body).toBe(200);
    const byPassword = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { account: '43010219900307104X', password: 'Ouyang2026ok' } });
    expect(byPassword.statusCode).toBe(200);
    const without = await app.inject({ method: 'POST', url: '/api/auth/password', headers: browserFrom(byPassword), payload: { newPassword: 'Ouyang2027ok' } });
    expect(without.json()).toMatchObject({ field: 'currentPassword', message: '请输入当前密码' });
  });

  it('links the identity to a person who registered with the same ID number', async () => {
    const person = await s.accounts.createVerifiedAccount({ kind: 'citizen', name: '张三', idNumber: '430102199003071234', phone: '13800138000', password: 'Zhang2026x' });
    const res = await signInAs('hn-0002');
    const view = (await app.inject({ url: '/api/auth/session', headers: browserFrom(res) })).json() as SessionView;
    expect(view.account!.id).toBe(person.id);
    const profile = (await app.inject({ url: '/api/me/profile/full', headers: browserFrom(res) })).json();
    expect(profile).toMatchObject({ externalIdentity: true, idNumber: '430102199003071234' });
  });

  it('sends the browser back to the sign-in page with a Chinese reason when the provider gives no ID number', async () => {
    const res = await signInAs('hn-0003');
    expect(res.statusCode).toBe(302);
    expect(decodeURIComponent(res.headers.location as string)).toMatch(/^\/login\?error=.*公民身份号码/);
    expect(res.cookies.find((c) => c.name === 'yw_session')).toBeUndefined();
  });

  it('refuses a callback whose state it did not send, and one replayed', async () => {
    const start = await app.inject({ url: '/api/auth/oidc/start' });
    const back = new URL(await provider.signIn(start.headers.location as string, 'hn-0001'));
    const forged = await app.inject({ url: `/api/auth/oidc/callback?code=${back.searchParams.get('code')}&state=forged` });
    expect(decodeURIComponent(forged.headers.location as string)).toContain('登录请求已失效');
    expect((await app.inject({ url: `${back.pathname}${back.search}` })).headers.location).toBe('/user');
    const replay = await app.inject({ url: `${back.pathname}${back.search}` });
    expect(decodeURIComponent(replay.headers.location as string)).toContain('/login?error=');
  });

  it('never redirects off the site after sign-in', async () => {
    const res = await signInAs('hn-0001', 'https://evil.example/');
    expect(res.headers.location).toBe('/user');
  });
});
