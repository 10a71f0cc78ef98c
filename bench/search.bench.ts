// Catalog search latency through the HTTP API over BENCH_ITEMS generated items, against a baseline endpoint of
// the same HTTP stack returning a fixed result, alternated in pairs in the same run (docs/perf.md, method).
// Run: npm run bench   (BENCH_ITEMS=100000, BENCH_PAIRS=5, DATABASE_URL for a PostgreSQL server)
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { writePerfSection } from './perf-doc.js';

const QUERIES: Record<string, string[]> = {
  'two-character word': ['户口', '社保', '低保', '许可', '登记'],
  phrase: ['营业执照', '食品经营许可', '住房公积金提取', '建设工程规划许可', '出生医学证明'],
  substring: ['经营许', '公积金提', '规划许可证核', '身份证换'],
  'in a region (长沙市)': ['户口&region=4301', '营业执照&region=4301', '居住证&region=4301'],
};
const pairs = Number(process.env.BENCH_PAIRS ?? 5);
const phaseMs = Number(process.env.BENCH_PHASE_MS ?? 4000);

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(port: number, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    http.get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t0) / 1e6) : reject(new Error(`${url}: ${res.statusCode}`))));
    }).on('error', reject);
  });
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function phase(port: number, urls: string[]): Promise<Array<[string, number]>> {
  const out: Array<[string, number]> = [];
  const end = Date.now() + phaseMs;
  for (let i = 0; Date.now() < end; i++) {
    const url = urls[i % urls.length]!;
    out.push([url, await get(port, url)]);
  }
  return out;
}

const server = spawn(path.join(import.meta.dirname, '../node_modules/.bin/tsx'), [path.join(import.meta.dirname, 'search-server.ts')], {
  stdio: ['ignore', 'pipe', 'inherit'], env: process.env,
});
const ready = await new Promise<{ port: number; items: number; loadSeconds: number; database: string }>((resolve, reject) => {
  let buf = '';
  server.stdout.on('data', (d) => {
    buf += d;
    const m = /READY (\{.*\})/.exec(buf);
    if (m) resolve(JSON.parse(m[1]!));
  });
  server.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
console.log(`catalog of ${ready.items} items loaded in ${ready.loadSeconds.toFixed(1)} s (${ready.database})`);

const search = Object.entries(QUERIES).flatMap(([cat, qs]) => qs.map((q) => ({ cat, url: `/api/items?q=${encodeURIComponent(q.split('&')[0]!)}${q.includes('&') ? `&${q.split('&').slice(1).join('&')}` : ''}` })));
const catOf = new Map(search.map((s) => [s.url, s.cat]));
await phase(ready.port, search.map((s) => s.url)); // warm-up
const baseline: number[] = [];
const byCat = new Map<string, number[]>();
const pairRatios: number[] = [];
for (let p = 0; p < pairs; p++) {
  const a = (await phase(ready.port, ['/api/bench/baseline'])).map(([, ms]) => ms);
  const b = await phase(ready.port, search.map((s) => s.url));
  baseline.push(...a);
  for (const [url, ms] of b) byCat.set(catOf.get(url)!, [...(byCat.get(catOf.get(url)!) ?? []), ms]);
  pairRatios.push(quantile(b.map(([, ms]) => ms), 0.5) / quantile(a, 0.5));
  console.log(`pair ${p + 1}: baseline p50 ${quantile(a, 0.5).toFixed(2)} ms, search p50 ${quantile(b.map(([, ms]) => ms), 0.5).toFixed(2)} ms`);
}
server.kill('SIGTERM');

const all = [...byCat.values()].flat();
const bp50 = quantile(baseline, 0.5);
const bp95 = quantile(baseline, 0.95);
const rows = [...byCat].map(([cat, xs]) => `| ${cat} | ${xs.length} | ${quantile(xs, 0.5).toFixed(2)} | ${quantile(xs, 0.95).toFixed(2)} | ${(quantile(xs, 0.5) / bp50).toFixed(1)}× |`);
const median = quantile(pairRatios, 0.5);
const spread = Math.max(...pairRatios) / Math.min(...pairRatios);
const report = [
  `Search p50 / baseline p50, median of ${pairs} pairs: **${median.toFixed(2)}×** (spread ${spread.toFixed(2)}${spread > 1.5 ? ' — too noisy, rerun' : ''}).`,
  `All search requests: p50 **${quantile(all, 0.5).toFixed(2)} ms**, p95 **${quantile(all, 0.95).toFixed(2)} ms** (goal p95 ≤ 10 ms); baseline p50 ${bp50.toFixed(2)} ms, p95 ${bp95.toFixed(2)} ms.`,
  '',
  '| queries | requests | p50 ms | p95 ms | p50 vs baseline |',
  '|---|---|---|---|---|',
  `| baseline (fixed answer, same stack) | ${baseline.length} | ${bp50.toFixed(2)} | ${bp95.toFixed(2)} | 1.0× |`,
  ...rows,
  '',
  `Conditions: ${ready.items} implementation items (${ready.database}), one client on loopback with keep-alive, sequential`,
  `requests, ${pairs} pairs of ${phaseMs / 1000} s phases alternating baseline and search; queries: ${Object.values(QUERIES).flat().join('，')}.`,
  `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  `Reproduce: \`BENCH_ITEMS=${ready.items} npm run bench\`${ready.database === 'postgres' ? ' with DATABASE_URL set' : ''}.`,
];
console.log(`\n${report.join('\n')}`);
writePerfSection(`search-${ready.database}-${ready.items}`, `Catalog search, ${ready.items.toLocaleString("en")} items, ${ready.database === "postgres" ? "PostgreSQL server" : "PGlite"}`, report.join('\n'));
