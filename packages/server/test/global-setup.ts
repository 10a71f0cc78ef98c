import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/index.js';

/**
 * Migrates one template database per test run; every test file then starts from a copy of it
 * (PGlite: a dump of the data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `yiwang_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const db = await openDatabase({ url: withDatabase(url, template), poolSize: 1 });
    await db.migrate();
    await db.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const db = await openDatabase({ url: null });
  await db.migrate();
  const dump = await dumpPglite(db);
  const file = path.join(os.tmpdir(), `yiwang-test-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('dbTemplate', { kind: 'pglite', file });
  return async () => fs.rmSync(file, { force: true });
}

async function dumpPglite(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!db.dumpDataDir) throw new Error('not a PGlite database');
  return db.dumpDataDir();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}
