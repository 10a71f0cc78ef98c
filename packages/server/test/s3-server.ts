// A real S3-compatible server (s3rver, over HTTP on a free port) for tests of the S3 file backend.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no type declarations
import S3rver from 's3rver';
import type { S3Config } from '../src/platform/files/index.js';

export interface S3TestServer { config: S3Config; dir: string; close(): Promise<void> }

/** Starts s3rver with one empty bucket; its objects live as files under `dir/<bucket>`. */
export async function startS3Server(bucket = 'yiwang-files'): Promise<S3TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
  const { port } = (await server.run()) as { port: number };
  return {
    dir,
    config: {
      endpoint: `http://127.0.0.1:${port}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
      forcePathStyle: true, prefix: 'uploads/',
    },
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
