import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../../test/s3-server.js';
import { createFileStore, s3Backend, s3ConfigFromEnv, UploadRefused, type FileStore } from './index.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('申请书'), Buffer.from('\n%%EOF\n')]);
const streamOf = (b: Buffer) => Readable.from([b]);
const filesUnder = (dir: string): string[] => (fs.existsSync(dir)
  ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  : []);

describe.each(['local disk', 'S3-compatible bucket'])('file store on %s', (kind) => {
  let s3: S3TestServer | null = null;
  let dir = '';
  let store: FileStore;
  const tmpFiles = () => filesUnder(path.join(dir, 'tmp'));
  /** Where the kept files are: the data directory, or the S3 server's own directory. */
  const kept = () => (s3
    ? filesUnder(s3.dir).filter((f) => f.endsWith('._S3rver_object'))
    : filesUnder(dir).filter((f) => !path.relative(dir, f).startsWith(`tmp${path.sep}`)));

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-store-'));
    if (kind !== 'local disk') s3 = await startS3Server();
    store = createFileStore(dir, { maxBytes: 1024, backend: s3 ? await s3Backend(s3.config) : undefined });
  });
  afterAll(async () => {
    await s3?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a file once per content, by its SHA-256, and gives it back', async () => {
    const a = await store.put(streamOf(PDF));
    const b = await store.put(streamOf(PDF));
    expect(a).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: PDF.length, mime: 'application/pdf' });
    expect(b).toEqual(a);
    expect(kept().filter((f) => f.includes(a.sha256))).toHaveLength(1);
    if (s3) expect(kept()[0]).toContain(`uploads${path.sep}`);
    expect(await store.exists(a.sha256)).toBe(true);
    expect(await text(await store.open(a.sha256))).toBe(PDF.toString());
    expect(tmpFiles()).toEqual([]);
  });

  it('refuses a file of the wrong type or over the limit, and keeps nothing of it', async () => {
    const before = kept().length;
    await expect(store.put(streamOf(Buffer.from('MZ not a document')))).rejects.toMatchObject({ reason: 'type' });
    await expect(store.put(streamOf(Buffer.concat([PDF, Buffer.alloc(2048)])))).rejects.toBeInstanceOf(UploadRefused);
    expect(kept()).toHaveLength(before);
    expect(tmpFiles()).toEqual([]);
    expect(await store.exists('0'.repeat(64))).toBe(false);
  });
});

describe('S3 settings', () => {
  it('are off without a bucket, and name what is missing with one', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(() => s3ConfigFromEnv({ YIWANG_S3_BUCKET: 'b', YIWANG_S3_ENDPOINT: 'http://minio:9000' })).toThrow('YIWANG_S3_ACCESS_KEY_ID');
    expect(s3ConfigFromEnv({
      YIWANG_S3_BUCKET: 'b', YIWANG_S3_ENDPOINT: 'http://minio:9000', YIWANG_S3_ACCESS_KEY_ID: 'k', YIWANG_S3_SECRET_ACCESS_KEY: 's',
    })).toMatchObject({ bucket: 'b', region: 'us-east-1', forcePathStyle: true, prefix: '' });
  });
});
