// Command line: verifies the audit chain straight from the database (run by scripts/audit-verify.mjs).
// Exit status 0: whole; 1: tampering found; 2: could not verify.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../platform/config.js';
import { openDatabase } from '../../platform/db/index.js';
import { AuditAnchor } from '@yiwang/contracts';
import { createAuditService } from './audit.service.js';

const USAGE = '用法：npm run audit:verify [-- --anchor <序号>:<哈希>] [--json]';

function parseAnchor(args: string[]): AuditAnchor | undefined {
  const i = args.indexOf('--anchor');
  if (i < 0) return undefined;
  const [seq, hash] = (args[i + 1] ?? '').split(':');
  const parsed = AuditAnchor.safeParse({ seq: Number(seq), hash });
  if (!parsed.success) throw new Error(`锚点格式不正确。${USAGE}`);
  return parsed.data;
}

async function main(args: string[]): Promise<number> {
  const config = loadConfig();
  const pgliteDir = path.join(config.dataDir, 'pglite');
  // PGlite lets a second process open a folder in use, and both would write to it: refuse instead.
  if (!config.databaseUrl && fs.existsSync(path.join(pgliteDir, 'postmaster.pid'))) {
    throw new Error(`内置数据库（${pgliteDir}）正被服务使用或上次未正常关闭：请先停止服务，或调用 POST /api/admin/audit/verify`);
  }
  if (!config.databaseUrl && !fs.existsSync(pgliteDir)) throw new Error(`找不到内置数据库：${pgliteDir}`);
  const anchor = parseAnchor(args);
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir });
  try {
    const result = await createAuditService({ db: database.db }).verify({ anchor });
    if (args.includes('--json')) console.log(JSON.stringify(result));
    else {
      console.log(result.message);
      if (result.ok && result.head) console.log(`链尾：序号 ${result.head.seq}，哈希 ${result.head.hash}（另行保存，下次可用 --anchor ${result.head.seq}:${result.head.hash} 校验）`);
    }
    return result.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const noTable = (error as { cause?: { code?: string } }).cause?.code === '42P01'; // undefined_table
  console.error(noTable ? '审计日志表不存在：请先启动一次服务完成数据库迁移' : `无法校验审计日志：${message}`);
  process.exitCode = 2;
}
