import os from 'node:os';
import path from 'node:path';
import { s3ConfigFromEnv, type S3Config } from './files/index.js';

/** Runtime configuration, read once from the environment (documented in docs/operations.md). */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; unset means the embedded PGlite database under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Where users reach the platform (links in redirects; the identity provider's callback). */
  publicUrl: string;
  logLevel: string;
  /** Fill an empty database with the Changsha demo data on first start. */
  seedDemo: boolean;
  /** 预警: a case turns yellow with at most this share of its working days, or this many, left. */
  deadlineThresholds: { yellowFraction: number; yellowWorkdays: number };
  /** Uploaded files: checked under the data directory, kept there or in an S3-compatible bucket; the largest accepted. */
  uploads: { dir: string; maxBytes: number; s3: S3Config | null };
  /** Where the built web app is served from (null: API only). */
  webDir: string | null;
  /** Threads that check certificate signatures, beside the event loop (0: on it). */
  verifyThreads: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const dataDir = path.resolve(env.YIWANG_DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir,
    publicUrl: (env.YIWANG_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: (env.YIWANG_SEED ?? 'demo') === 'demo',
    deadlineThresholds: {
      yellowFraction: fraction(env.YIWANG_DEADLINE_YELLOW_FRACTION, 1 / 3),
      yellowWorkdays: Math.max(0, Math.round(Number(env.YIWANG_DEADLINE_YELLOW_WORKDAYS ?? 2))),
    },
    uploads: {
      dir: path.join(dataDir, 'files'), maxBytes: Math.round(Number(env.YIWANG_UPLOAD_MAX_MB ?? 10) * 1024 * 1024), s3: s3ConfigFromEnv(env),
    },
    webDir: env.YIWANG_WEB_DIR === '' ? null : path.resolve(env.YIWANG_WEB_DIR ?? defaultWebDir()),
    verifyThreads: threads(env.YIWANG_VERIFY_THREADS),
  };
}

function fraction(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!(n >= 0 && n <= 1)) throw new Error(`YIWANG_DEADLINE_YELLOW_FRACTION must be between 0 and 1, got ${raw}`);
  return n;
}

/** By default one thread per core beside the event loop's, at least one and at most four. */
function threads(raw: string | undefined): number {
  if (raw === undefined || raw === '') return Math.min(4, Math.max(1, os.availableParallelism() - 1));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`YIWANG_VERIFY_THREADS must be a whole number from 0 to 64, got ${raw}`);
  return n;
}

function defaultWebDir(): string {
  return path.resolve(import.meta.dirname, '../../../web/dist');
}
