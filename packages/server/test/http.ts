import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { systemActor, type CreateStaffRequest, type ItemContent, type RoleCode } from '@yiwang/contracts';
import { buildApp, type Services } from '../src/app.js';
import type { Database } from '../src/platform/db/index.js';
import type { IdentityConfig } from '../src/modules/identity/index.js';
import { testDatabase } from './database.js';
import { seedFixture } from './fixtures.js';
import { testIdentityConfig } from './identity.js';

export const TEST_PASSWORD = 'Tested2026';

/** Headers of a signed-in browser: the session cookie and the CSRF token a page would echo. */
export type Browser = Record<string, string> & { cookie: string; 'x-csrf-token': string };

export interface AppTestContext {
  database: Database;
  app: FastifyInstance;
  s: Services;
  fx: Awaited<ReturnType<typeof seedFixture>>;
  config: IdentityConfig;
  /** Creates a staff member (no forced password change) and signs them in. */
  staff(username: string, roles: RoleCode[], regionCode: string, departmentNames?: string[]): Promise<Browser>;
  /** Signs in with a password through the API. */
  signIn(account: string, password?: string): Promise<Browser>;
  /** A request as a signed-in browser (or anonymous without one). */
  call(as: Browser | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates and publishes an item of the city's market-regulation bureau; its id. */
  publishItem(basicCode: string, content: ItemContent): Promise<string>;
  /** The two citizens of the case tests, 王小二 (13800138000, 430102199003071234) and 李四, signed in. */
  citizens(): Promise<[Browser, Browser]>;
}

/** The cookies a response set, as a browser would send them back. */
export function browserFrom(res: LightMyRequestResponse): Browser {
  const cookies = res.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === 'yw_session');
  const csrf = cookies.find((c) => c.name === 'yw_csrf');
  if (!session || !csrf) throw new Error(`no session cookies: ${res.statusCode} ${res.body}`);
  return { cookie: `yw_session=${session.value}; yw_csrf=${csrf.value}`, 'x-csrf-token': csrf.value };
}

/** A whole app (HTTP, identity, fixture regions and departments) on a fresh database, for route tests. */
export function useApp(opts: { identity?: Partial<IdentityConfig>; clock?: () => Date; uploads?: { dir: string; maxBytes: number }; verifyThreads?: number } = {}): AppTestContext {
  const ctx = {} as AppTestContext;
  beforeAll(async () => {
    ctx.database = await testDatabase();
    ctx.config = testIdentityConfig(opts.identity);
    const built = await buildApp({ config: { webDir: null, identity: ctx.config, uploads: opts.uploads, verifyThreads: opts.verifyThreads }, database: ctx.database, logger: false, clock: opts.clock });
    ctx.app = built.app;
    ctx.s = built.services;
    ctx.fx = await seedFixture(built.services);
  });
  afterAll(async () => {
    await ctx.app.close();
    await ctx.database.close();
  });
  ctx.call = (as, o) => ctx.app.inject({ ...o, headers: { ...(o.headers ?? {}), ...(as ?? {}) } });
  ctx.signIn = async (account, password = TEST_PASSWORD) => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { account, password } });
    return browserFrom(res);
  };
  ctx.publishItem = async (basicCode, content) => {
    const system = systemActor('测试');
    const item = await ctx.s.catalog.createItem({
      catalogItem: { basicCode, name: content.name, itemType: '01', legalBasis: '' },
      departmentId: ctx.fx.byName('长沙市市场监督管理局').id, powerSource: '1', content,
    }, system);
    return (await ctx.s.catalog.publish(item.id, system)).id;
  };
  ctx.citizens = async () => {
    await ctx.s.accounts.createVerifiedAccount({ kind: 'citizen', name: '王小二', idNumber: '430102199003071234', phone: '13800138000', password: 'Citizen2026' });
    await ctx.s.accounts.createVerifiedAccount({ kind: 'citizen', name: '李四', idNumber: '43010219900307104X', phone: '13900139000', password: 'Citizen2026' });
    return [await ctx.signIn('13800138000', 'Citizen2026'), await ctx.signIn('13900139000', 'Citizen2026')];
  };
  ctx.staff = async (username, roles, regionCode, departmentNames = []) => {
    const input: CreateStaffRequest = {
      username, name: `测试${username}`, phone: null, regionCode, roles,
      departmentIds: departmentNames.map((n) => ctx.fx.byName(n).id),
    };
    await ctx.s.staff.createStaff(systemActor('测试'), input, { ip: null }, { password: TEST_PASSWORD });
    return ctx.signIn(username);
  };
  return ctx;
}
