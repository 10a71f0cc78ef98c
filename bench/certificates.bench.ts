// Certificate verification through the HTTP API (GET /api/certificates/verify: read, SM2 + Ed25519 verify, answer)
// against raw verification of the same two signatures in this process, in the same run, alternated in pairs
// (docs/perf.md, method); plus the raw rate of each algorithm alone, and issuance (sign + insert) per second.
// Run: npm run bench:certificates   (BENCH_CERTIFICATES=2000, BENCH_CONCURRENCY=8, BENCH_PHASE_MS=5000, BENCH_PAIRS=4, DATABASE_URL)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { verifierFor } from '@yiwang/server';
import type { SignatureAlgorithm } from '@yiwang/contracts';
import { writePerfSection } from './perf-doc.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const phaseMs = Number(process.env.BENCH_PHASE_MS ?? 5000);
const pairs = Number(process.env.BENCH_PAIRS ?? 4);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

const server = spawn(path.join(import.meta.dirname, '../node_modules/.bin/tsx'), [path.join(import.meta.dirname, 'certificates-server.ts')], {
  env: process.env, stdio: ['ignore', 'pipe', 'inherit'],
});
const ready = await new Promise<{ port: number; certificates: number; issueSeconds: number; database: string; samplePath: string; verifyThreads: number }>((resolve, reject) => {
  server.stdout.on('data', (d: Buffer) => {
    const line = d.toString().split('\n').find((l) => l.startsWith('READY '));
    if (line) resolve(JSON.parse(line.slice(6)));
  });
  server.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const sample = JSON.parse(fs.readFileSync(ready.samplePath, 'utf8')) as {
  identifiers: string[]; data: string; signatures: { algorithm: SignatureAlgorithm; keyId: string; value: string }[];
  keys: { id: string; algorithm: SignatureAlgorithm; public_key: string }[];
};
console.log(`${ready.certificates} certificates issued in ${ready.issueSeconds.toFixed(1)} s (${ready.database})`);

// The raw baseline: the same verifiers the server uses (parsed keys kept), on the same signed bytes.
const raw = sample.signatures.map((s) => {
  const key = sample.keys.find((k) => k.id === s.keyId)!;
  const verify = verifierFor(s.algorithm, key.public_key);
  if (!verify(sample.data, s.value)) throw new Error(`the sample's ${s.algorithm} signature does not verify`);
  return { algorithm: s.algorithm, run: () => verify(sample.data, s.value) };
});

function rawPhase(which: typeof raw): number {
  const end = performance.now() + phaseMs;
  let n = 0;
  while (performance.now() < end) {
    for (const r of which) r.run();
    n++;
  }
  return n / (phaseMs / 1000);
}

function get(url: string): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http.get({ host: '127.0.0.1', port: ready.port, path: url, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - t0 }));
    }).on('error', reject);
  });
}

let next = 0;
async function httpPhase(): Promise<{ rate: number; ms: number[] }> {
  const ms: number[] = [];
  const t0 = performance.now();
  const end = t0 + phaseMs;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      const id = sample.identifiers[next++ % sample.identifiers.length]!;
      const r = await get(`/api/certificates/verify?id=${encodeURIComponent(id)}`);
      if (r.status !== 200 || !r.body.includes('"outcome":"valid"')) throw new Error(`verify ${id}: ${r.status} ${r.body.slice(0, 200)}`);
      ms.push(r.ms);
    }
  }));
  return { rate: ms.length / ((performance.now() - t0) / 1000), ms };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]) => quantile(xs, 0.5);

await httpPhase(); // warm-up: JIT, key parsing, connection pool
const ratios: number[] = [];
const rawRates: number[] = [];
const httpRates: number[] = [];
const latencies: number[] = [];
for (let i = 0; i < pairs; i++) {
  const r = rawPhase(raw);
  const h = await httpPhase();
  rawRates.push(r);
  httpRates.push(h.rate);
  latencies.push(...h.ms);
  ratios.push(h.rate / r);
  console.log(`pair ${i + 1}: raw ${r.toFixed(0)}/s, HTTP ${h.rate.toFixed(0)}/s, ratio ${(h.rate / r).toFixed(2)}`);
}
const alone = Object.fromEntries(raw.map((r) => [r.algorithm, rawPhase([r])]));
server.kill('SIGTERM');

const spread = Math.max(...ratios) / Math.min(...ratios);
const report = [
  '| path | verifications/s | p50 ms | p99 ms | vs raw | goal |',
  '|---|---|---|---|---|---|',
  `| raw: SM2-SM3 + Ed25519 verify of one certificate, one core, parsed keys | ${median(rawRates).toFixed(0)} | — | — | 1.00× | baseline |`,
  `| GET /api/certificates/verify (read, both signatures, status, public view) | ${median(httpRates).toFixed(0)} | ${median(latencies).toFixed(1)} | ${quantile(latencies, 0.99).toFixed(1)} | **${median(ratios).toFixed(2)}×** (spread ${spread.toFixed(2)}${spread > 1.5 ? ', too noisy' : ''}) | ≥ 0.8× |`,
  `| raw SM2-SM3 verify alone | ${alone['SM2-SM3']!.toFixed(0)} | — | — | — | ≥ 1,400/s per core |`,
  `| raw Ed25519 verify alone | ${alone.Ed25519!.toFixed(0)} | — | — | — | — |`,
  `| issuance (face, serial, SM2 + Ed25519 signatures, insert), one at a time | ${(ready.certificates / ready.issueSeconds).toFixed(0)} certificates/s | — | — | — | — |`,
  '',
  `Conditions: ${ready.certificates.toLocaleString('en')} certificates in the table (${ready.database}), ${concurrency} concurrent clients with keep-alive on loopback,`,
  `${pairs} pairs of ${phaseMs / 1000} s phases (raw, HTTP), median of the per-pair ratios. The load generator shares the 2 cores with the server;`,
  'the raw baseline runs while the server is idle. sm-crypto-v2 with a precomputed public point; node:crypto Ed25519 with a kept key object.',
  ready.verifyThreads
    ? `The server checks signatures on ${ready.verifyThreads} thread(s) beside its event loop (YIWANG_VERIFY_THREADS, the default here), so the HTTP path may use two cores where the raw baseline uses one.`
    : 'The server checks signatures on its event loop (YIWANG_VERIFY_THREADS=0).',
  `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  `Reproduce: \`npm run bench:certificates\`${ready.database === 'postgres' ? ' with DATABASE_URL set' : ''}.`,
];
console.log(report.join('\n'));
writePerfSection(`certificates-${ready.database}`, `Certificate verification, ${ready.database === 'postgres' ? 'PostgreSQL server' : 'PGlite'}`, report.join('\n'));
process.exit(0);
