// Case throughput through the HTTP API over BENCH_CASES cases already in the database, against a raw endpoint of
// the same stack (session, CSRF, validation) doing one INSERT into the same table, in the same run
// (docs/perf.md, method). Phases alternate raw and real work; C clients send requests concurrently.
// Run: npm run bench:cases   (BENCH_CASES=100000, BENCH_CONCURRENCY=4, BENCH_PHASE_MS=5000, DATABASE_URL for PostgreSQL;
// BENCH_PROFILE=<file> [BENCH_PROFILE_PHASE=approve] for a CPU profile of the server, BENCH_TRACE=1 for its statements)
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { writePerfSection } from './perf-doc.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const phaseMs = Number(process.env.BENCH_PHASE_MS ?? 5000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency * 2 });

interface Reply { status: number; body: string; cookies: string[]; ms: number }
function request(port: number, method: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, method, path: url, agent, headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookies: [res.headers['set-cookie'] ?? []].flat(), ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function signIn(port: number, account: string, password: string): Promise<Record<string, string>> {
  const r = await request(port, 'POST', '/api/auth/sign-in', { account, password });
  if (r.status !== 200) throw new Error(`sign-in ${account}: ${r.status} ${r.body}`);
  const jar = Object.fromEntries(r.cookies.map((c) => c.split(';')[0]!.split('=')));
  return { cookie: `yw_session=${jar.yw_session}; yw_csrf=${jar.yw_csrf}`, 'x-csrf-token': jar.yw_csrf! };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

/** Runs `work` in C concurrent loops for the phase; returns each request's latency and the phase's seconds. */
async function phase(work: (record: (ms: number) => void) => Promise<boolean | void>): Promise<{ ms: number[]; seconds: number }> {
  const ms: number[] = [];
  const t0 = Date.now();
  const end = t0 + phaseMs;
  // A worker stops at the end of the phase, or when its work says there is nothing left (`false`).
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) if ((await work((x) => ms.push(x))) === false) break;
  }));
  return { ms, seconds: (Date.now() - t0) / 1000 };
}

/** Submits n cases with C clients (untimed), for the accept and approve phases to work on. */
async function submitted(n: number): Promise<string[]> {
  const ids: string[] = [];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (ids.length < n) ids.push((await submit()).id);
  }));
  return ids;
}

const server = spawn(path.join(import.meta.dirname, '../node_modules/.bin/tsx'), [path.join(import.meta.dirname, 'cases-server.ts')], {
  stdio: ['ignore', 'pipe', 'inherit'], env: process.env,
});
const ready = await new Promise<{ port: number; cases: number; loadSeconds: number; database: string; itemId: string; password: string }>((resolve, reject) => {
  let buf = '';
  server.stdout.on('data', (d) => {
    buf += d;
    const m = /READY (\{.*\})/.exec(buf);
    if (m) resolve(JSON.parse(m[1]!));
  });
  server.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const { port } = ready;
console.log(`${ready.cases} cases loaded in ${ready.loadSeconds.toFixed(1)} s (${ready.database})`);

const citizen = await signIn(port, '13800138000', ready.password);
const clerk = await signIn(port, 'bench.window', ready.password);
const approver = await signIn(port, 'bench.approver', ready.password);
const fire = await signIn(port, 'bench.fire', ready.password);

const ok = (r: Reply, what: string) => {
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.body.slice(0, 300)}`);
  return JSON.parse(r.body) as { id: string; steps: { id: string; name: string; status: string }[] };
};
const raw = (rec: (ms: number) => void) => request(port, 'POST', '/api/bench/raw-insert', { key: randomUUID() }, citizen).then((r) => { ok(r, 'raw'); rec(r.ms); });
const submit = async (rec?: (ms: number) => void) => {
  const r = await request(port, 'POST', '/api/cases', { itemId: ready.itemId, idempotencyKey: randomUUID(), submit: true, formValues: { contact_name: '基准用户', contact_phone: '13800138000', request: '基准测试申请' }, materials: [{ index: 0, mode: 'shared-data' }] }, citizen);
  rec?.(r.ms);
  return ok(r, 'submit');
};
const accept = async (id: string, rec?: (ms: number) => void) => { const r = await request(port, 'POST', `/api/window/cases/${id}/accept`, { opinion: '' }, clerk); rec?.(r.ms); return ok(r, 'accept'); };
const approve = async (who: Record<string, string>, id: string, step: string, rec?: (ms: number) => void) => {
  const r = await request(port, 'POST', `/api/review/cases/${id}/steps/${step}/approve`, { opinion: '' }, who); rec?.(r.ms); return ok(r, 'approve');
};

// Warm-up.
await phase(async (rec) => { await raw(rec); const c = await submit(); const a = await accept(c.id); for (const s of a.steps) await approve(s.name === '许可决定' ? approver : fire, c.id, s.id); });

/**
 * Runs a phase with the server's statement counter on; keeps statements and server CPU milliseconds per request
 * (BENCH_TRACE=1 prints the statements).
 */
const perRequest: Record<string, number[]> = {};
const cpuPerRequest: Record<string, number[]> = {};
const databaseCpuPerRequest: Record<string, number[]> = {};
async function counted(name: string, work: Parameters<typeof phase>[0]) {
  await request(port, 'POST', `/api/bench/statements/reset?phase=${name}`, undefined);
  const result = await phase(work);
  const counts = JSON.parse((await request(port, 'GET', '/api/bench/statements', undefined)).body) as { total: number; cpuMs: number; databaseCpuMs: number | null; byText: Record<string, number> };
  (perRequest[name] ??= []).push(counts.total / Math.max(1, result.ms.length));
  (cpuPerRequest[name] ??= []).push(counts.cpuMs / Math.max(1, result.ms.length));
  if (counts.databaseCpuMs !== null) (databaseCpuPerRequest[name] ??= []).push(counts.databaseCpuMs / Math.max(1, result.ms.length));
  if (process.env.BENCH_TRACE) {
    console.log(`-- ${name}: ${result.ms.length} requests, ${(counts.total / Math.max(1, result.ms.length)).toFixed(1)} statements and ${cpuPerRequest[name]!.at(-1)!.toFixed(2)} ms of server CPU each`);
    for (const [text, n] of Object.entries(counts.byText)) console.log(`   ${(n / Math.max(1, result.ms.length)).toFixed(2)}  ${text.slice(0, 160)}`);
  }
  return result;
}

const PHASES = ['raw', 'submit', 'accept', 'floor', 'floorAudited', 'approve', 'decide', 'lifecycle'] as const;
type Phase = (typeof PHASES)[number];
const perPhase = () => Object.fromEntries(PHASES.map((k) => [k, [] as number[]])) as Record<Phase, number[]>;
/** Each phase's request latencies and its throughput per round. */
const results = perPhase();
const rates = perPhase();
for (let round = 0; round < rounds; round++) {
  const r = await counted('raw', (rec) => raw(rec));
  const s = await counted('submit', async (rec) => { await submit(rec); });
  // Accept and approve work on a pool of cases submitted between the phases (not timed), large enough to last a
  // phase at the submit rate just measured; a phase that empties its pool ends early and is timed as long as it ran.
  const pool = await submitted(Math.ceil((s.ms.length / s.seconds) * (phaseMs / 1000) * 1.5) + 50);
  const accepted: { id: string; steps: { id: string; name: string }[] }[] = [];
  const a = await counted('accept', async (rec) => { const id = pool.pop(); if (!id) return false; accepted.push(await accept(id, rec)); });
  // The floors of an acceptance (cases-server.ts), each on cases of its own: they run faster, so their pools are larger.
  const floor = async (name: Extract<Phase, 'floor' | 'floorAudited'>, url: string) => {
    const ids = await submitted(Math.ceil((s.ms.length / s.seconds) * (phaseMs / 1000) * 2.5) + 50);
    return counted(name, async (rec) => {
      const id = ids.pop();
      if (!id) return false;
      const r = await request(port, 'POST', `${url}/${id}`, undefined, clerk);
      rec(r.ms);
      if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.body.slice(0, 300)}`);
    });
  };
  const f = await floor('floor', '/api/bench/floor-accept');
  const fa = await floor('floorAudited', '/api/bench/floor-accept-audited');
  // The bureau's decision first (the case stays in review), then the fire brigade's, which concludes the case and
  // issues its certificate, written by the decision's one statement.
  const halfway: { id: string; step: string }[] = [];
  const p = await counted('approve', async (rec) => {
    const c = accepted.pop();
    if (!c) return false;
    const step = c.steps.find((x) => x.name === '许可决定')!;
    await approve(approver, c.id, step.id, rec);
    halfway.push({ id: c.id, step: c.steps.find((x) => x.name !== '许可决定')!.id });
  });
  const d = await counted('decide', async (rec) => {
    const c = halfway.pop();
    if (!c) return false;
    const r = await request(port, 'POST', `/api/review/cases/${c.id}/steps/${c.step}/approve`, { opinion: '' }, fire);
    rec(r.ms);
    const decided = ok(r, 'decide') as unknown as { status: string; events: { data: { certificates?: string[] } }[] };
    if (decided.status !== 'approved' || !decided.events.at(-1)?.data.certificates?.length) throw new Error('the decision issued no certificate');
  });
  const l = await counted('lifecycle', async (rec) => {
    const t0 = Date.now();
    const c = await submit();
    const acc = await accept(c.id);
    const [one, two] = acc.steps;
    await Promise.all([approve(one!.name === '许可决定' ? approver : fire, c.id, one!.id), approve(two!.name === '许可决定' ? approver : fire, c.id, two!.id)])
      .then(async () => { const done = ok(await request(port, 'GET', `/api/cases/${c.id}`, undefined, citizen), 'read'); if ((done as unknown as { status: string }).status !== 'approved') throw new Error('not approved'); });
    rec(Date.now() - t0);
  });
  for (const [k, v] of [['raw', r], ['submit', s], ['accept', a], ['floor', f], ['floorAudited', fa], ['approve', p], ['decide', d], ['lifecycle', l]] as const) {
    results[k].push(...v.ms);
    rates[k].push(v.ms.length / v.seconds);
  }
  console.log(`round ${round + 1}: raw ${rates.raw.at(-1)!.toFixed(0)}/s, submit ${rates.submit.at(-1)!.toFixed(0)}/s, accept ${rates.accept.at(-1)!.toFixed(0)}/s (floors ${rates.floor.at(-1)!.toFixed(0)}/s, audited ${rates.floorAudited.at(-1)!.toFixed(0)}/s), approve ${rates.approve.at(-1)!.toFixed(0)}/s, decide + issue ${rates.decide.at(-1)!.toFixed(0)}/s, lifecycle ${rates.lifecycle.at(-1)!.toFixed(1)}/s`);
}
server.kill('SIGTERM');

const median = (xs: number[]) => quantile(xs, 0.5);
const rawRate = median(rates.raw);
const line = (name: string, k: Phase, unit: string, goal: string) =>
  `| ${name} | ${median(rates[k]).toFixed(k === 'lifecycle' ? 1 : 0)} ${unit} | ${quantile(results[k], 0.5).toFixed(1)} | ${quantile(results[k], 0.99).toFixed(1)} | ${median(perRequest[k] ?? []).toFixed(1)} | ${median(cpuPerRequest[k] ?? []).toFixed(2)} | ${databaseCpuPerRequest[k] ? median(databaseCpuPerRequest[k]).toFixed(2) : '—'} | ${k === 'raw' ? '1.00×' : k === 'lifecycle' ? '—' : `**${(median(rates[k]) / rawRate).toFixed(2)}×**`} | ${goal} |`;
const report = [
  `| operation | throughput (median of ${rounds} rounds) | p50 ms | p99 ms | statements per request | server CPU ms per request | database server CPU ms per request | vs raw INSERT | goal |`,
  '|---|---|---|---|---|---|---|---|---|',
  line('raw INSERT endpoint (same stack)', 'raw', 'req/s', 'baseline'),
  line('submit (在线申报)', 'submit', 'req/s', '≥ 0.5×'),
  line('accept (受理)', 'accept', 'req/s', '≥ 0.6×'),
  line('floor of an acceptance: its records in one hand-written statement, nothing else', 'floor', 'req/s', '—'),
  line('the same floor with the audit entry of a staff write', 'floorAudited', 'req/s', '—'),
  line('approve a step (审批)', 'approve', 'req/s', '≥ 0.6×'),
  line('the last approval: decides and issues the e-certificate with it (审批即发证)', 'decide', 'req/s', '≥ 0.6×'),
  line('whole lifecycle: submit → accept → two parallel approvals → approved', 'lifecycle', 'cases/s', '—'),
  '',
  `Conditions: ${ready.cases.toLocaleString('en')} cases already in the table (${ready.database}), ${concurrency} concurrent clients with keep-alive on loopback,`,
  `${rounds} rounds of ${phaseMs / 1000} s phases (raw, submit, accept, the two floors, approve, decide, lifecycle), cookie sessions with CSRF as a browser sends them.`,
  'The floors (cases-server.ts) are no product: one hand-written statement of the least an acceptance records, without the case read, the',
  'working-day deadline, the case in the answer or (the first) an audit entry — a bound on what any acceptance could cost, measured beside it.',
  `Statements are those the app sends through its data-access path${ready.database === 'pglite' ? ' (PGlite runs BEGIN and COMMIT itself: not counted)' : ', BEGIN and COMMIT included'};`,
  `server CPU is the app process's user + system time over the phase${ready.database === 'pglite' ? ' (the database runs inside it)' : ' (the database server\'s is the next column: all its processes, in 10 ms ticks)'}.`,
  `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  `Reproduce: \`BENCH_CASES=${ready.cases} npm run bench:cases\`${ready.database === 'postgres' ? ' with DATABASE_URL set' : ''}.`,
];
console.log(`\n${report.join('\n')}`);
writePerfSection(`cases-${ready.database}-${ready.cases}`, `Cases, ${ready.cases.toLocaleString('en')} in the table, ${ready.database === 'postgres' ? 'PostgreSQL server' : 'PGlite'}`, report.join('\n'));
process.exit(0);
