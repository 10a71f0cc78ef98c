// The server side of the cases benchmark: a real app (HTTP, sessions, CSRF, policy, events) on a database that
// already holds BENCH_CASES cases, plus a raw endpoint of the same stack that does one INSERT into the same table.
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ItemContent, SaveCertificateTypeRequest, systemActor, type SaveDepartmentRequest } from '@yiwang/contracts';
import { buildApp, identityConfigFromEnv, openDatabase } from '@yiwang/server';
import { readSeedData } from '../packages/server/seed/data.js';
import { demoUscc } from '../packages/server/seed/departments.js';

const target = Number(process.env.BENCH_CASES ?? 100_000);
const port = Number(process.env.BENCH_PORT ?? 18182);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-cases-'));
// Every statement the app sends is counted, for the report's statements per request (PGlite runs BEGIN and
// COMMIT itself, uncounted; on PostgreSQL they are counted).
const statements = new Map<string, number>();
let counting = false;
const database = await openDatabase({
  url: process.env.DATABASE_URL ?? null, pgliteDir: path.join(dataDir, 'pglite'),
  onQuery: (text) => { if (counting) statements.set(text, (statements.get(text) ?? 0) + 1); },
});
await database.migrate();
const identity = { ...identityConfigFromEnv({}, dataDir, 'http://127.0.0.1'), passwordCost: { memoryCost: 1024, timeCost: 1 } };
const { app, services: s } = await buildApp({
  config: { webDir: null, identity, uploads: { dir: path.join(dataDir, 'files'), maxBytes: 1 << 20 } }, database, logger: false,
});
const system = systemActor('基准测试');

// A fresh database, or one left by an earlier run on the same PostgreSQL server: start from the same state.
// Signing keys too: they are sealed under this process's master key, which an earlier run did not share.
await database.db.execute(sql`truncate case_events, case_steps, cases, case_numbers, messages, files, certificate_uses, certificates, certificate_serials, signing_keys cascade`);
if ((await s.regions.countRegions()) === 0) {
  await s.regions.loadRegions([['43', '湖南省'], ['4301', '长沙市']]);
  const dept = (name: string, sector: string): SaveDepartmentRequest => ({ name, uscc: demoUscc('11', '430100', name), regionCode: '4301', nature: '1', dockingMode: 'platform', sector });
  await s.regions.addDepartments([dept('长沙市市场监督管理局', 'market-regulation'), dept('长沙市消防救援支队', 'fire')]);
  await s.calendar.seedYears(readSeedData('calendar.json'));
}
const depts = await s.regions.listDepartments({ region: '4301', subtree: false });
const market = depts.find((d) => d.name === '长沙市市场监督管理局')!;
const fire = depts.find((d) => d.name === '长沙市消防救援支队')!;

// The certificate the item yields: the decision that concludes a case issues it in its own transaction.
const CERTIFICATE = '食品经营许可证（基准）';
if (!(await s.certificates.types.list()).some((t) => t.name === CERTIFICATE)) {
  await s.certificates.types.create(system, SaveCertificateTypeRequest.parse({
    name: CERTIFICATE, departmentId: market.id, holderKind: 'person', validity: { kind: 'years', years: 5 },
    faceFields: [
      { key: 'holder', label: '经营者', source: 'holder.name', public: true }, { key: 'code', label: '证件号码', source: 'holder.code' },
      { key: 'case', label: '办件编号', source: 'case.number' }, { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
    ],
  }));
}

// The item: one shared-data material, and one stage of two departments side by side (并联审批).
const ITEM = '食品经营许可（基准·发证）';
const found = await s.catalog.search({ q: ITEM, page: 1, pageSize: 1 }, { admin: system });
let itemId = found.items.find((i) => i.name === ITEM)?.id;
if (!itemId) {
  const content = ItemContent.parse({
    name: ITEM, itemType: '01', serviceObjects: ['1'], legalLimit: { value: 20 }, promisedLimit: { value: 5 }, caseType: '2',
    trips: 0, onlineDepth: '4', conditions: '基准测试用事项', result: { name: '食品经营许可证', type: 'certificate', certificateType: CERTIFICATE },
    materials: [{ name: '营业执照', source: 'government' }],
    reviewFlow: [{ name: '决定', steps: [{ name: '许可决定', sector: null, role: 'dept-approver' }, { name: '消防安全意见', sector: 'fire', role: 'dept-reviewer' }] }],
  });
  const created = await s.catalog.createItem({ catalogItem: { basicCode: '000201999002', name: ITEM, itemType: '01', legalBasis: '' }, departmentId: market.id, powerSource: '1', content }, system);
  itemId = (await s.catalog.publish(created.id, system)).id;
}
const item = await s.catalog.getGuide(itemId);

// The accounts of the run (made once per database).
const password = 'Bench2026x';
const staff = [
  { username: 'bench.window', roles: ['window-clerk' as const], departmentIds: [] as string[] },
  { username: 'bench.approver', roles: ['dept-approver' as const], departmentIds: [market.id] },
  { username: 'bench.fire', roles: ['dept-reviewer' as const], departmentIds: [fire.id] },
];
for (const m of staff) {
  await s.staff.createStaff(system, { ...m, name: m.username, phone: null, regionCode: '4301' }, { ip: null }, { password }).catch(() => undefined);
}
const citizen = await s.accounts.createVerifiedAccount({ kind: 'citizen', name: '基准用户', idNumber: '430102199003071234', phone: '13800138000', password })
  .catch(async () => (await s.accounts.findHolder('citizen', '430102199003071234'))!);

// BENCH_CASES concluded cases already in the table, in one statement.
const started = Date.now();
const snapshot = {
  item_id: item.id, item_name: item.name, impl_code: item.implCode, department_id: market.id, department_name: market.name,
};
await database.db.execute(sql`
  insert into cases (number, item_id, item_version, item_name, impl_code, department_id, department_name, region_code, region_name,
    promised_workdays, form, review_flow, material_names, applicant_kind, applicant_account_id, applicant_name, applicant_id_number,
    applicant_phone, channel, status, submitted_at, accepted_at, accepted_on, concluded_at, idempotency_key, created_by, version)
  select '430100-20250101-' || lpad(g::text, 7, '0'), ${snapshot.item_id}, 1, ${snapshot.item_name}, ${snapshot.impl_code},
    ${snapshot.department_id}, ${snapshot.department_name}, '4301', '长沙市', 5, '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 'citizen',
    ${citizen.id}, '基准用户', '430102199003071234', '13800138000', 'online', 'delivered', now(), now(), '2025-01-02', now(),
    'preload-' || g, ${citizen.id}, 6
  from generate_series(1, ${target}) g`);
await database.db.execute(sql`analyze cases`);
const loadSeconds = (Date.now() - started) / 1000;

// The raw endpoint: the same HTTP stack (session, CSRF, validation), one INSERT into the same table.
const RawBody = z.object({ key: z.string().min(8).max(64) });
app.post('/api/bench/raw-insert', { config: { permission: 'applicant' }, schema: { body: RawBody } }, async (req, reply) => {
  const body = req.body as z.infer<typeof RawBody>;
  await database.db.execute(sql`insert into cases (item_id, item_version, item_name, impl_code, department_id, department_name, region_code,
    region_name, promised_workdays, form, review_flow, material_names, applicant_kind, applicant_account_id, applicant_name, applicant_phone,
    channel, status, idempotency_key, created_by)
    values (${snapshot.item_id}, 1, ${snapshot.item_name}, ${snapshot.impl_code}, ${snapshot.department_id}, ${snapshot.department_name},
    '4301', '长沙市', 5, '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 'citizen', ${req.actor!.id}, '基准用户', '13800138000', 'online', 'draft',
    ${body.key}, ${req.actor!.id})`);
  return reply.status(201).send({ ok: true });
});

// The floor of an acceptance: the same stack, and the least that any acceptance has to record, in one statement
// written by hand — the case moves on from 'submitted' (checked in the statement, with the clerk's region), its
// event, its two review steps and the applicant's message. No case read, no working-day deadline, no case in the
// answer, and at /floor-accept no audit entry; /floor-accept-audited adds the one the platform writes for any staff
// write it is not told the use case wrote itself (a statement of its own). Whatever an acceptance costs beyond
// these floors is the platform's own work.
// (The status is tested as an expression: the statistics taken after the preload, when every case was concluded,
// would have the planner look the case up by the status index, through every case submitted since.)
const FloorParams = z.object({ id: z.string().uuid() });
for (const [url, auditWrites] of [['/api/bench/floor-accept/:id', false], ['/api/bench/floor-accept-audited/:id', true]] as const) app.post(url, { config: { permission: 'case:accept', auditWrites }, schema: { params: FloorParams } }, async (req, reply) => {
  const { id } = req.params as z.infer<typeof FloorParams>;
  const actor = req.actor!;
  const r = await database.db.execute(sql`
    with c as (
      update cases set status = 'in-review', version = version + 1, accepted_at = now(), accepted_on = current_date, updated_at = now()
      where id = ${id} and status || '' = 'submitted' and region_code like ${'4301'} || '%'
      returning id, version, number, applicant_account_id),
    e as (
      insert into case_events (case_id, seq, action, actor_id, actor_name, role, at, channel, opinion)
      select id, version, 'accept', ${actor.id}, ${actor.name}, 'window-clerk', now(), 'window', '' from c),
    s as (
      insert into case_steps (case_id, stage, stage_name, name, department_id, department_name, role, status, started_at, started_on)
      select c.id, 0, '决定', v.name, v.dept::uuid, v.dept_name, v.role, 'active', now(), current_date
      from c, (values ('许可决定', ${market.id}, ${market.name}, 'dept-approver'), ('消防安全意见', ${fire.id}, ${fire.name}, 'dept-reviewer')) v(name, dept, dept_name, role)),
    m as (
      insert into messages (account_id, case_id, title, body)
      select applicant_account_id, id, '办件已受理', '您的办件 ' || number || ' 已受理，进入部门审查' from c where applicant_account_id is not null)
    select id, version from c`);
  const rows = (r as unknown as { rows: { version: number }[] }).rows;
  if (rows.length !== 1) return reply.status(409).send({ code: 'CASE_TRANSITION_NOT_ALLOWED' });
  return reply.send({ id, version: rows[0]!.version });
});

// The statement counter and the server's CPU time: reset before a phase, read after it (the bench's own calls are
// not counted).
let cpuAtReset = process.cpuUsage();
// The PostgreSQL server's CPU time over a phase: its processes' user + system ticks (10 ms) from /proc, by process —
// one that started in the phase counts from zero, one that ended in it is not counted. Null on PGlite (it runs inside).
const TICK_MS = 10;
function databaseTicks(): Map<string, number> | null {
  if (database.kind !== 'postgres') return null;
  const ticks = new Map<string, number>();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
    } catch { /* the process ended */ }
  }
  return ticks;
}
let databaseTicksAtReset = databaseTicks();
function databaseCpuMs(): number | null {
  const now = databaseTicks();
  if (!now || !databaseTicksAtReset) return null;
  let ms = 0;
  for (const [pid, t] of now) ms += (t - (databaseTicksAtReset.get(pid) ?? 0)) * TICK_MS;
  return ms;
}

app.post('/api/bench/statements/reset', { config: { permission: 'public' } }, async (req) => {
  statements.clear();
  counting = true;
  cpuAtReset = process.cpuUsage();
  databaseTicksAtReset = databaseTicks();
  if (profiler && !profiling && (req.query as { phase?: string }).phase === process.env.BENCH_PROFILE_PHASE) await startProfile();
  return { ok: true };
});
app.get('/api/bench/statements', { config: { permission: 'public' } }, async () => {
  counting = false;
  const cpu = process.cpuUsage(cpuAtReset);
  if (profiling && process.env.BENCH_PROFILE_PHASE) await stopProfile();
  return {
    total: [...statements.values()].reduce((a, b) => a + b, 0), cpuMs: (cpu.user + cpu.system) / 1000,
    databaseCpuMs: databaseCpuMs(),
    byText: Object.fromEntries([...statements].sort((a, b) => b[1] - a[1])),
  };
});

// BENCH_PROFILE=<file>: a CPU profile of the server over the whole measured run (open it in Chrome's DevTools);
// with BENCH_PROFILE_PHASE=<phase> (raw, submit, accept, floor, floorAudited, approve, decide, lifecycle), over that phase's first run only.
const profiler = process.env.BENCH_PROFILE ? new inspector.Session() : null;
let profiling = false;
async function startProfile() {
  profiling = true;
  await new Promise((r) => profiler!.post('Profiler.enable', () => profiler!.post('Profiler.start', r)));
}
async function stopProfile() {
  profiling = false;
  await new Promise<void>((r) => profiler!.post('Profiler.stop', (_e, res) => { fs.writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(res.profile)); r(); }));
}
if (profiler) {
  profiler.connect();
  if (!process.env.BENCH_PROFILE_PHASE) await startProfile();
}

await app.listen({ port, host: '127.0.0.1' });
console.log(`READY ${JSON.stringify({ port, cases: target, loadSeconds, database: database.kind, itemId, password })}`);

process.on('SIGTERM', async () => {
  if (profiling) await stopProfile();
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
