// Installs one npm package into a throw-away temporary folder, for generators that read a data package without
// making it a dependency of the project (scripts/generate-regions.mjs, scripts/generate-calendar.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Returns `{ tmp, pkgDir }`: remove `tmp` when done. */
export function installTemporaryPackage(pkg, version, note = '') {
  const dir = mkdtempSync(join(tmpdir(), `yiwang-${pkg.replace(/[^a-z0-9]+/gi, '-')}-`));
  console.log(`Installing ${pkg}@${version} into ${dir} (temporary${note ? `, ${note}` : ''}) ...`);
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', `${pkg}@${version}`],
    { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  return { tmp: dir, pkgDir: join(dir, 'node_modules', pkg) };
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
