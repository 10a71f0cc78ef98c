#!/usr/bin/env node
// Generates packages/server/seed/data/calendar.json (工作日历: the statutory holidays and the make-up
// working days) from the npm package chinese-days@1.5.7, which transcribes the State Council's yearly
// notices (国务院办公厅关于 YYYY 年部分节假日安排的通知).
//
//   npm run calendar:generate        (= node scripts/generate-calendar.mjs)
//
// The package is installed into a throw-away temporary directory and never becomes a dependency of this
// project. To reuse an already installed copy (e.g. offline), set CHINESE_DAYS_DIR to the package's folder
// (the one holding dist/).
//
// Input, dist/chinese-days.json: { holidays: { 'YYYY-MM-DD': 'English,中文,n' }, workdays: { ... },
// inLieuDays: { ... } } for 2004–2026. `holidays` are all the days off of each holiday period (weekends
// included), `workdays` the weekend days worked instead (调休上班日), `inLieuDays` the weekdays off in
// exchange (调休), which are also in `holidays` (checked) and so carry nothing more.
//
// Output: { source, generatedAt, years: [{ year, holidays: [[date, 名称]], makeupWorkdays: [[date, 名称]] }] }
// for the years 2018–2026, sorted, with the names the notices use (清明 → 清明节, ...). A year holds every
// special day dated in it, whichever notice declared it: the notice for Y+1 may reach into late December
// of Y (e.g. 2018-12-29/30/31 come from the 2019 notice).
//
// The output is checked against facts of the notices (fails loudly otherwise): make-up days are Saturdays
// or Sundays and never holidays, a few known periods, and the net number of weekdays off per year
// (weekday holidays − make-up days) = the statutory days: 11 until 2024 (13 in 2020, when the Spring
// Festival holiday was extended to 2 February by 国办发明电〔2020〕1号), 13 from 2025 (the 2024 revision of
// 全国年节及纪念日放假办法 added a day to the Spring Festival and to Labour Day).

import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTemporaryPackage, readJson } from './lib/temp-package.mjs';

const PKG = 'chinese-days';
const VERSION = '1.5.7';
const SOURCE = `${PKG}@${VERSION} (国务院办公厅节假日安排通知)`;
const FIRST_YEAR = 2018;
const LAST_YEAR = 2026;

/** The package's Chinese names → the names the notices use. */
const NAMES = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

/** Weekdays off minus make-up days, per year: the statutory holidays of the year. */
const NET_DAYS_OFF = (year) => (year === 2020 || year >= 2025 ? 13 : 11);

/** Facts from the notices, checked in the output: some holidays, and all make-up workdays of the year. */
const KNOWN = {
  2026: {
    holidays: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-23', '2026-04-04', '2026-05-01',
      '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05',
      '2026-10-06', '2026-10-07'],
    makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  2025: {
    holidays: ['2025-01-01', '2025-01-28', '2025-02-04', '2025-05-05', '2025-10-01', '2025-10-08'],
    makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // The Spring Festival extended to 2 February (国办发明电〔2020〕1号): 1 February (Saturday) no longer worked.
  2020: {
    holidays: ['2020-01-24', '2020-01-31', '2020-02-01', '2020-02-02'],
    makeupWorkdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'packages/server/seed/data/calendar.json');

function fail(message) {
  throw new Error(message);
}

const installPackage = () => installTemporaryPackage(PKG, VERSION);


/** 0 = Sunday … 6 = Saturday, or NaN for an impossible date. */
function weekday(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return NaN;
  const t = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date ? NaN : t.getUTCDay();
}

/** { date: 'English,中文,n' } → [[date, 名称]] of the kept years, sorted. */
function entries(table, what) {
  if (!table || typeof table !== 'object') fail(`dist/chinese-days.json has no "${what}" table`);
  const rows = [];
  for (const [date, value] of Object.entries(table)) {
    if (Number.isNaN(weekday(date))) fail(`${what}: not a date: ${JSON.stringify(date)}`);
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    const chinese = String(value).split(',')[1]?.trim();
    const name = NAMES[chinese];
    if (!name) fail(`${what} ${date}: unknown holiday name ${JSON.stringify(value)}`);
    rows.push([date, name]);
  }
  return rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function check(years, inLieuDays) {
  const byYear = new Map(years.map((y) => [y.year, y]));
  const allHolidays = new Map(years.flatMap((y) => y.holidays));
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const y = byYear.get(year);
    if (!y || y.holidays.length === 0) fail(`${year}: no holidays`);
    const holidays = new Map(y.holidays);
    for (const [date, name] of y.makeupWorkdays) {
      const day = weekday(date);
      if (day !== 0 && day !== 6) fail(`${year}: make-up workday ${date} (${name}) is not a Saturday or Sunday`);
      if (holidays.has(date)) fail(`${year}: ${date} is both a holiday and a make-up workday`);
    }
    const weekdaysOff = y.holidays.filter(([date]) => weekday(date) !== 0 && weekday(date) !== 6).length;
    const net = weekdaysOff - y.makeupWorkdays.length;
    if (net !== NET_DAYS_OFF(year)) {
      fail(`${year}: ${weekdaysOff} weekdays off − ${y.makeupWorkdays.length} make-up days = ${net}, expected ${NET_DAYS_OFF(year)}`);
    }
    const known = KNOWN[year];
    if (known) {
      for (const date of known.holidays) if (!holidays.has(date)) fail(`${year}: ${date} should be a holiday`);
      const makeup = y.makeupWorkdays.map(([date]) => date);
      if (makeup.join() !== known.makeupWorkdays.join()) {
        fail(`${year}: make-up workdays ${makeup.join(', ')}, expected ${known.makeupWorkdays.join(', ')}`);
      }
    }
  }
  // In-lieu days (调休) must already be days off, or the calendar would miss them.
  for (const date of Object.keys(inLieuDays)) {
    const year = Number(date.slice(0, 4));
    if (year >= FIRST_YEAR && year <= LAST_YEAR && !allHolidays.has(date)) fail(`in-lieu day ${date} is not a holiday`);
  }
}

function main() {
  let tmp = null;
  let pkgDir = process.env.CHINESE_DAYS_DIR;
  try {
    if (!pkgDir) ({ tmp, pkgDir } = installPackage());

    const version = readJson(join(pkgDir, 'package.json')).version;
    if (version !== VERSION) fail(`expected ${PKG}@${VERSION}, found ${version} in ${pkgDir}`);

    const data = readJson(join(pkgDir, 'dist', 'chinese-days.json'));
    const holidays = entries(data.holidays, 'holidays');
    const makeupWorkdays = entries(data.workdays, 'workdays');

    const years = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const inYear = ([date]) => date.startsWith(`${year}-`);
      years.push({ year, holidays: holidays.filter(inYear), makeupWorkdays: makeupWorkdays.filter(inYear) });
    }
    check(years, data.inLieuDays ?? fail('dist/chinese-days.json has no "inLieuDays" table'));

    // Compact, but one year per line so that regenerations diff readably.
    const lines = years.map((y) => JSON.stringify(y));
    const json =
      '{\n' +
      `"source": ${JSON.stringify(SOURCE)},\n` +
      `"generatedAt": ${JSON.stringify(new Date().toISOString())},\n` +
      `"years": [\n${lines.join(',\n')}\n]\n` +
      '}\n';
    JSON.parse(json); // sanity check
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, json);

    console.log(`Wrote ${outFile} (${Buffer.byteLength(json)} bytes)`);
    for (const y of years) {
      console.log(`  ${y.year}: ${y.holidays.length} holidays, ${y.makeupWorkdays.length} make-up workdays`);
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`generate-calendar: ${err.message}`);
  process.exit(1);
}
