import { beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckChar, usccCheckChar, type SessionView } from '@yiwang/contracts';
import { browserFrom, TEST_PASSWORD, useApp, type Browser } from '../../../test/http.js';
import { lastSmsCode } from '../../../test/identity.js';

const now = { t: Date.parse('2026-11-25T09:00:00+08:00') };
const t = useApp({ clock: () => new Date(now.t) });
const later = (minutes: number) => { now.t += minutes * 60_000; };

let serial = 100;
/** A valid ID number of 芙蓉区 with a fresh serial. */
function newIdNumber(): string {
  const first17 = `43010219880512${String(serial++).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17)!;
}
let phoneSerial = 0;
const newPhone = () => `1391234${String(phoneSerial++).padStart(4, '0')}`;

async function sendCode(phone: string, purpose: 'register' | 'sign-in' = 'register') {
  const res = await t.call(null, { method: 'POST', url: '/api/auth/sms-code', payload: { phone, purpose } });
  expect(res.statusCode, res.body).toBe(200);
  later(1.1); // the resend interval
  return lastSmsCode(t.config, phone);
}

async function registerCitizen(overrides: Record<string, string> = {}) {
  const phone = overrides.phone ?? newPhone();
  const smsCode = overrides.smsCode ?? (await sendCode(phone));
  return t.call(null, {
    method: 'POST', url: '/api/auth/register/citizen',
    payload: { name: '赵六', idNumber: newIdNumber(), phone, password: 'Sunny2026day', smsCode, ...overrides },
  });
}

describe('citizen registration', () => {
  it('registers with an SMS code from the outbox, signs the person in, and shows identifiers in full only when the holder asks', async () => {
    const idNumber = newIdNumber();
    const res = await registerCitizen({ idNumber });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as SessionView;
    expect(view.account).toMatchObject({ kind: 'citizen', name: '赵六', idNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` });
    expect(view.account!.phone).toMatch(/^139\*{4}\d{4}$/);
    const session = res.cookies.find((c) => c.name === 'yw_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.cookies.find((c) => c.name === 'yw_csrf')!.httpOnly).toBeFalsy();
    const profile = await t.call(browserFrom(res), { url: '/api/me/profile' });
    expect(profile.json()).toMatchObject({ idNumber: view.account!.idNumber, phone: view.account!.phone, regionCode: '430102', regionName: '芙蓉区' });
    const full = await t.call(browserFrom(res), { url: '/api/me/profile/full' });
    expect(full.json()).toMatchObject({ idNumber, phone: expect.stringMatching(/^139\d{8}$/), regionName: '芙蓉区' });
    expect(full.headers['cache-control']).toBe('no-store');
    expect((await t.call(null, { url: '/api/me/profile/full' })).statusCode).toBe(401);
  });

  it('names the wrong field: check digit, region, weak password, wrong code, duplicates', async () => {
    const bad = `${newIdNumber().slice(0, 17)}0`;
    const wrongCheck = citizenIdCheckChar(bad.slice(0, 17)) === '0' ? `${bad.slice(0, 17)}1` : bad;
    const r1 = await registerCitizen({ idNumber: wrongCheck });
    expect(r1.statusCode).toBe(400);
    expect(r1.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'idNumber', issues: [{ field: 'idNumber', message: expect.stringContaining('GB 11643') }] });

    const noRegion = `99010219880512001`;
    const r2 = await registerCitizen({ idNumber: noRegion + citizenIdCheckChar(noRegion)! });
    expect(r2.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'idNumber', message: expect.stringContaining('地区码') });

    const r3 = await registerCitizen({ password: 'short1' });
    expect(r3.json()).toMatchObject({ field: 'password', message: expect.stringContaining('8–64 位') });
    const phone = newPhone();
    const r4 = await registerCitizen({ phone, password: `a${phone}` });
    expect(r4.json()).toMatchObject({ field: 'password', message: '密码不能包含手机号码、身份证号码或登录名' });

    const r5 = await registerCitizen({ smsCode: '000000' });
    expect(r5.statusCode).toBe(400);
    expect(r5.json()).toMatchObject({ code: 'SMS_CODE_INVALID', field: 'smsCode' });

    const idNumber = newIdNumber();
    expect((await registerCitizen({ idNumber })).statusCode).toBe(201);
    const dup = await registerCitizen({ idNumber });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'ACCOUNT_TAKEN', field: 'idNumber' });
  });

  it('refuses a code sent again within a minute, and a code after five wrong guesses', async () => {
    const phone = newPhone();
    await t.call(null, { method: 'POST', url: '/api/auth/sms-code', payload: { phone, purpose: 'register' } });
    const again = await t.call(null, { method: 'POST', url: '/api/auth/sms-code', payload: { phone, purpose: 'register' } });
    expect(again.statusCode).toBe(429);
    expect(again.json()).toMatchObject({ code: 'SMS_TOO_FREQUENT', field: 'phone' });
    const code = lastSmsCode(t.config, phone);
    for (let i = 0; i < 5; i++) await registerCitizen({ phone, smsCode: code === '111111' ? '222222' : '111111' });
    const late = await registerCitizen({ phone, smsCode: code });
    expect(late.json()).toMatchObject({ code: 'SMS_CODE_INVALID', message: '验证码错误次数过多，请重新获取' });
  });
});

describe('enterprise registration and agents', () => {
  let enterprise: Browser;
  let agent: Browser;
  let agentId = '';
  const agentIdNumber = newIdNumber();

  beforeAll(async () => {
    const phone = newPhone();
    const reg = await registerCitizen({ idNumber: agentIdNumber, phone, name: '钱七' });
    agent = browserFrom(reg);
    agentId = (reg.json() as SessionView).account!.id;
  });

  it('rejects a USCC with a wrong check character, naming the field, and registers a valid one', async () => {
    const phone = newPhone();
    const smsCode = await sendCode(phone);
    const first17 = '91430102MA4L77771';
    const base = { name: '长沙测试商贸有限公司', legalRepresentative: '钱七', legalRepresentativeIdNumber: agentIdNumber, phone, smsCode, password: 'Trade2026ok' };
    const wrong = await t.call(null, { method: 'POST', url: '/api/auth/register/enterprise', payload: { ...base, uscc: `${first17}0` === first17 + usccCheckChar(first17) ? `${first17}1` : `${first17}0` } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'uscc', issues: [{ field: 'uscc', message: expect.stringContaining('GB 32100') }] });
    const ok = await t.call(null, { method: 'POST', url: '/api/auth/register/enterprise', payload: { ...base, uscc: first17 + usccCheckChar(first17) } });
    expect(ok.statusCode, ok.body).toBe(201);
    enterprise = browserFrom(ok);
    expect((ok.json() as SessionView).account).toMatchObject({ kind: 'enterprise', uscc: first17 + usccCheckChar(first17) });
  });

  it('adds a registered person as agent, who then acts for the enterprise until removed', async () => {
    const mismatch = await t.call(enterprise, { method: 'POST', url: '/api/me/agents', payload: { name: '别人', idNumber: agentIdNumber } });
    expect(mismatch.json()).toMatchObject({ code: 'ACCOUNT_NOT_FOUND', field: 'idNumber' });
    const added = await t.call(enterprise, { method: 'POST', url: '/api/me/agents', payload: { name: '钱七', idNumber: agentIdNumber } });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ personId: agentId, name: '钱七', idNumber: expect.stringContaining('**********') });

    const session = (await t.call(agent, { url: '/api/auth/session' })).json() as SessionView;
    expect(session.enterprises.map((e) => e.name)).toEqual(['长沙测试商贸有限公司']);
    const acting = await t.call(agent, { method: 'POST', url: '/api/auth/acting-for', payload: { enterpriseId: session.enterprises[0]!.id } });
    expect(acting.json()).toMatchObject({ actingFor: { name: '长沙测试商贸有限公司' } });
    expect((await t.call(agent, { url: '/api/me/profile' })).json()).toMatchObject({ kind: 'enterprise', name: '长沙测试商贸有限公司' });
    // An agent acts for the enterprise but does not manage its agents.
    expect((await t.call(agent, { url: '/api/me/agents' })).statusCode).toBe(403);

    expect((await t.call(enterprise, { method: 'DELETE', url: `/api/me/agents/${agentId}` })).statusCode).toBe(204);
    const after = (await t.call(agent, { url: '/api/auth/session' })).json() as SessionView;
    expect(after.actingFor).toBeNull();
    expect(after.enterprises).toEqual([]);
    const refused = await t.call(agent, { method: 'POST', url: '/api/auth/acting-for', payload: { enterpriseId: session.enterprises[0]!.id } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'NOT_AN_AGENT' });
  });
});

describe('sign-in and sessions', () => {
  let phone = '';
  beforeAll(async () => {
    phone = newPhone();
    await registerCitizen({ phone });
  });

  it('signs in by phone or ID number, and signs out for good', async () => {
    const b = await t.signIn(phone, 'Sunny2026day');
    expect(((await t.call(b, { url: '/api/auth/session' })).json() as SessionView).account?.kind).toBe('citizen');
    const out = await t.call(b, { method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect(((await t.call(b, { url: '/api/auth/session' })).json() as SessionView).account).toBeNull();
    expect((await t.call(b, { url: '/api/me/profile' })).statusCode).toBe(401);
  });

  it('signs in with an SMS code', async () => {
    const code = await sendCode(phone, 'sign-in');
    const res = await t.call(null, { method: 'POST', url: '/api/auth/sign-in/sms', payload: { phone, smsCode: code } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as SessionView).account?.kind).toBe('citizen');
  });

  it('refuses a write with the session cookie but without the CSRF token', async () => {
    const b = await t.signIn(phone, 'Sunny2026day');
    const res = await t.call({ cookie: b.cookie } as Browser, { method: 'POST', url: '/api/auth/acting-for', payload: { enterpriseId: null } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await t.call(b, { method: 'POST', url: '/api/auth/acting-for', payload: { enterpriseId: null } })).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes, and 12 hours after sign-in however busy', async () => {
    const idle = await t.signIn(phone, 'Sunny2026day');
    later(29);
    expect((await t.call(idle, { url: '/api/me/profile' })).statusCode).toBe(200);
    later(31);
    const expired = await t.call(idle, { url: '/api/me/profile' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'SESSION_EXPIRED' });

    const busy = await t.signIn(phone, 'Sunny2026day');
    for (let h = 0; h < 11.5 * 3; h++) {
      later(20);
      expect((await t.call(busy, { url: '/api/me/profile' })).statusCode).toBe(200);
    }
    later(31);
    expect((await t.call(busy, { url: '/api/me/profile' })).json()).toMatchObject({ code: 'SESSION_EXPIRED' });
  });

  it('slows down guessing after three failures and locks after ten, whether or not the account exists', async () => {
    for (const account of [phone, 'nobody.here']) {
      const attempt = () => t.call(null, { method: 'POST', url: '/api/auth/sign-in', payload: { account, password: 'Wrong2026x' } });
      for (let i = 0; i < 3; i++) expect((await attempt()).json().code).toBe('AUTH_INVALID_CREDENTIALS');
      const slowed = await attempt();
      expect(slowed.statusCode).toBe(429);
      expect(slowed.json()).toMatchObject({ code: 'AUTH_SLOW_DOWN', message: expect.stringContaining('秒后再试') });
      let last = slowed;
      for (let i = 3; i < 10; i++) {
        later(1.1);
        last = await attempt();
      }
      expect(last.json()).toMatchObject({ code: 'AUTH_LOCKED' });
      // Locked: even the right password is refused until the lock ends.
      later(1);
      const locked = await t.call(null, { method: 'POST', url: '/api/auth/sign-in', payload: { account, password: 'Sunny2026day' } });
      expect(locked.json()).toMatchObject({ code: 'AUTH_LOCKED', message: expect.stringContaining('分钟后再试') });
      later(15);
    }
    expect((await t.call(null, { method: 'POST', url: '/api/auth/sign-in', payload: { account: phone, password: 'Sunny2026day' } })).statusCode).toBe(200);
  });
});

describe('staff accounts', () => {
  it('an administrator creates a staff member who must change the first password before anything else', async () => {
    const admin = await t.staff('root', ['platform-admin'], '4301');
    const created = await t.call(admin, {
      method: 'POST', url: '/api/admin/staff',
      payload: { username: 'clerk.furong', name: '窗口小王', phone: '13600136000', regionCode: '430102', roles: ['window-clerk'], departmentIds: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { initialPassword, staff } = created.json() as { initialPassword: string; staff: { phone: string; mustChangePassword: boolean } };
    expect(staff).toMatchObject({ phone: '136****6000', mustChangePassword: true });

    const clerk = await t.signIn('clerk.furong', initialPassword);
    const blocked = await t.call(clerk, { url: '/api/admin/people?q=张三' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    const weak = await t.call(clerk, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: initialPassword, newPassword: 'clerk.furong1' } });
    expect(weak.json()).toMatchObject({ field: 'newPassword' });
    const changed = await t.call(clerk, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: initialPassword, newPassword: 'Window2026go' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as SessionView).account!.mustChangePassword).toBe(false);
    expect((await t.call(clerk, { url: '/api/admin/people?q=张三' })).statusCode).toBe(200);
    expect((await t.call(clerk, { url: '/api/admin/staff' })).statusCode).toBe(403);

    const dup = await t.call(admin, { method: 'POST', url: '/api/admin/staff', payload: { username: 'clerk.furong', name: '另一个', regionCode: '430102', roles: ['window-clerk'] } });
    expect(dup.json()).toMatchObject({ code: 'ACCOUNT_TAKEN', field: 'username' });
    const noDept = await t.call(admin, { method: 'POST', url: '/api/admin/staff', payload: { username: 'rev.x', name: '审核员', regionCode: '4301', roles: ['dept-reviewer'] } });
    expect(noDept.json()).toMatchObject({ field: 'departmentIds' });
  });

  it('shows persons masked and the full record only with a reason, which the audit log keeps', async () => {
    const clerk = await t.staff('clerk.two', ['window-clerk'], '430102');
    const idNumber = newIdNumber();
    await registerCitizen({ idNumber, name: '孙八' });
    const found = await t.call(clerk, { url: `/api/admin/people?q=${idNumber}` });
    const [person] = found.json() as { id: string; idNumber: string; phone: string }[];
    expect(person!.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(found.body).not.toContain(idNumber);
    const noReason = await t.call(clerk, { method: 'POST', url: `/api/admin/people/${person!.id}/reveal`, payload: { reason: '' } });
    expect(noReason.json()).toMatchObject({ field: 'reason' });
    const full = await t.call(clerk, { method: 'POST', url: `/api/admin/people/${person!.id}/reveal`, payload: { reason: '窗口核验身份' } });
    expect(full.json()).toMatchObject({ idNumber });
    const log = await t.s.audit.search({ action: 'personal-data:read', resourceId: person!.id, page: 1, pageSize: 5 });
    expect(log.entries[0]).toMatchObject({ actorName: '测试clerk.two', actorRole: 'window-clerk', outcome: 'succeeded', detail: { reason: '窗口核验身份' } });

    const hotline = await t.staff('hotline.one', ['hotline-operator'], '4301');
    expect((await t.call(hotline, { method: 'POST', url: `/api/admin/people/${person!.id}/reveal`, payload: { reason: '窗口核验身份' } })).statusCode).toBe(403);
  });
});

describe('partner API tokens', () => {
  it('are shown once, stored hashed, scoped to a department and permissions, and refused once revoked or expired', async () => {
    const admin = await t.staff('tokens.admin', ['platform-admin'], '4301');
    const dept = t.fx.byName('芙蓉区市场监督管理局');
    const created = await t.call(admin, {
      method: 'POST', url: '/api/admin/api-tokens', payload: { name: '芙蓉区市场监管业务系统', departmentId: dept.id, permissions: ['catalog:read-admin'], validDays: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token, view } = created.json() as { token: string; view: { id: string; prefix: string; status: string } };
    expect(token.startsWith(view.prefix)).toBe(true);
    const stored = await t.database.db.execute(`select token_hash from api_tokens where id = '${view.id}'` as never) as unknown as { rows: { token_hash: string }[] };
    expect(stored.rows[0]!.token_hash).not.toContain(token.slice(4));

    const bearer = { authorization: `Bearer ${token}` };
    const items = await t.app.inject({ url: '/api/admin/items?pageSize=5', headers: bearer });
    expect(items.statusCode, items.body).toBe(200);
    const staff = await t.app.inject({ url: '/api/admin/staff', headers: bearer });
    expect(staff.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('该接口令牌无权') });
    const listed = (await t.call(admin, { url: '/api/admin/api-tokens' })).json() as { id: string; lastUsedAt: string | null }[];
    expect(listed.find((x) => x.id === view.id)!.lastUsedAt).not.toBeNull();

    later(31 * 24 * 60);
    expect((await t.app.inject({ url: '/api/admin/items', headers: bearer })).json()).toMatchObject({ code: 'API_TOKEN_INVALID' });

    const again = await t.signIn('tokens.admin', TEST_PASSWORD);
    const second = (await t.call(again, {
      method: 'POST', url: '/api/admin/api-tokens', payload: { name: '第二个令牌', departmentId: dept.id, permissions: ['catalog:export'], validDays: 30 },
    })).json() as { token: string; view: { id: string } };
    const b2 = { authorization: `Bearer ${second.token}` };
    expect((await t.app.inject({ url: '/api/admin/catalog/export?format=json', headers: b2 })).statusCode).toBe(200);
    expect((await t.call(again, { method: 'POST', url: `/api/admin/api-tokens/${second.view.id}/revoke` })).json()).toMatchObject({ status: 'revoked' });
    expect((await t.app.inject({ url: '/api/admin/catalog/export?format=json', headers: b2 })).statusCode).toBe(401);
  });
});
