// The server of bench/certificates.bench.ts: the platform's HTTP API on a fresh database (PGlite, or DATABASE_URL)
// holding BENCH_CERTIFICATES certificates of one type, issued by one department; it reports how fast they were
// issued and hands the bench one certificate's signed data and public keys for the raw baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { SaveCertificateTypeRequest, systemActor, usccCheckChar, type SaveDepartmentRequest } from '@yiwang/contracts';
import { buildApp, identityConfigFromEnv, loadConfig, openDatabase, signedData } from '@yiwang/server';
import { demoUscc } from '../packages/server/seed/departments.js';

const target = Number(process.env.BENCH_CERTIFICATES ?? 2000);
const port = Number(process.env.BENCH_PORT ?? 18183);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-certs-'));
const database = await openDatabase({ url: process.env.DATABASE_URL ?? null, pgliteDir: path.join(dataDir, 'pglite') });
await database.migrate();
const identity = identityConfigFromEnv({}, dataDir, 'http://127.0.0.1');
// Signature check threads as the platform starts them (YIWANG_VERIFY_THREADS, by default one per core beside the event loop's).
const { verifyThreads } = loadConfig();
const { app, services: s } = await buildApp({ config: { webDir: null, identity, verifyThreads }, database, logger: false });
const system = systemActor('基准测试');

// A database left by an earlier run on the same PostgreSQL server starts from the same state.
await database.db.execute(sql`truncate certificate_uses, certificate_exchange_rules, certificates, certificate_serials, certificate_types, signing_keys cascade`);
if ((await s.regions.countRegions()) === 0) await s.regions.loadRegions([['43', '湖南省'], ['4301', '长沙市']]);
const input: SaveDepartmentRequest = { name: '长沙市市场监督管理局', uscc: demoUscc('11', '430100', '长沙市市场监督管理局'), regionCode: '4301', nature: '1', dockingMode: 'platform', sector: 'market-regulation' };
const dept: { id: string; name: string; uscc: string } = (await s.regions.listDepartments({ region: '4301', subtree: false }))[0]
  ?? (await s.regions.addDepartments([input]))[0]!;
await s.certificates.types.create(system, SaveCertificateTypeRequest.parse({
  name: '食品经营许可证', departmentId: dept.id, holderKind: 'organisation', validity: { kind: 'years', years: 5 },
  faceFields: [
    { key: 'operator', label: '经营者名称', public: true }, { key: 'code', label: '社会信用代码', source: 'holder.code', public: true },
    { key: 'premises', label: '经营场所' }, { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
  ],
}));
const issuer = { departmentId: dept.id, name: dept.name, uscc: dept.uscc, regionCode: '4301' };
const t0 = performance.now();
for (let i = 0; i < target; i++) {
  const name = `基准餐饮店${i}`;
  const first17 = `92430100${String(i).padStart(9, '0')}`;
  await s.certificates.issueExisting('食品经营许可证', {
    holder: { kind: 'enterprise', name, code: first17 + usccCheckChar(first17)!, accountId: null }, issuer, trustLevel: 'A',
    face: { operator: name, premises: `长沙市芙蓉区五一大道 ${i} 号` },
  });
}
const issueSeconds = (performance.now() - t0) / 1000;
// Dates as text: the two drivers map the date type differently.
const rows = await database.db.execute(sql`select identifier, type_code, type_name, version, holder_name, holder_code_type, holder_code, issuer_name,
  issuer_uscc, to_char(issued_on, 'YYYY-MM-DD') as issued_on, to_char(valid_from, 'YYYY-MM-DD') as valid_from,
  to_char(valid_to, 'YYYY-MM-DD') as valid_to, face, trust_level, signatures from certificates`) as unknown as { rows: Record<string, unknown>[] };
const identifiers = rows.rows.map((r) => String(r.identifier));
const sample = rows.rows[0]!;
const keys = await database.db.execute(sql`select id, algorithm, public_key from signing_keys`) as unknown as { rows: { id: string; algorithm: string; public_key: string }[] };
const data = signedData({
  identifier: String(sample.identifier), typeCode: String(sample.type_code), typeName: String(sample.type_name), version: Number(sample.version),
  holderName: String(sample.holder_name), holderCodeType: String(sample.holder_code_type), holderCode: String(sample.holder_code),
  issuerName: String(sample.issuer_name), issuerUscc: String(sample.issuer_uscc), issuedOn: String(sample.issued_on),
  validFrom: String(sample.valid_from), validTo: sample.valid_to === null ? null : String(sample.valid_to),
  face: sample.face, trustLevel: String(sample.trust_level),
});
const samplePath = path.join(dataDir, 'sample.json');
fs.writeFileSync(samplePath, JSON.stringify({ identifiers, data, signatures: sample.signatures, keys: keys.rows }));

await app.listen({ port, host: '127.0.0.1' });
console.log(`READY ${JSON.stringify({ port, certificates: target, issueSeconds, database: database.kind, samplePath, verifyThreads })}`);

process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
