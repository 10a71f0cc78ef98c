#!/usr/bin/env node
// Verifies the tamper-evident audit log (审计日志) straight from the database, with the server's configuration
// (DATABASE_URL, or the embedded database under YIWANG_DATA_DIR — stop the server first for that one).
// Usage: node scripts/audit-verify.mjs [--anchor <seq>:<hash>] [--json]. Exit status: 0 whole, 1 tampered, 2 error.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const main = path.join(root, 'packages/server/src/modules/audit/audit-verify.main.ts');
const child = spawn(tsx, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 2));
