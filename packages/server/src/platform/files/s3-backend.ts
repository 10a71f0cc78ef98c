import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FileBackend } from './file-store.js';

/** An S3-compatible bucket (MinIO, Ceph, or a cloud's object storage) for uploaded files. */
export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` addresses, as most self-hosted stores need (else `<bucket>.<endpoint>`). */
  forcePathStyle: boolean;
  /** Put before every key, e.g. `yiwang/files/`. */
  prefix: string;
}

/** The S3 backend's settings from YIWANG_S3_*; null when no bucket is configured. */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv): S3Config | null {
  const bucket = env.YIWANG_S3_BUCKET?.trim();
  if (!bucket) return null;
  const need = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set when YIWANG_S3_BUCKET is`);
    return value;
  };
  return {
    endpoint: need('YIWANG_S3_ENDPOINT'), bucket, region: env.YIWANG_S3_REGION?.trim() || 'us-east-1',
    accessKeyId: need('YIWANG_S3_ACCESS_KEY_ID'), secretAccessKey: need('YIWANG_S3_SECRET_ACCESS_KEY'),
    forcePathStyle: (env.YIWANG_S3_FORCE_PATH_STYLE ?? 'true') !== 'false', prefix: env.YIWANG_S3_PREFIX ?? '',
  };
}

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

/** Files in an S3-compatible bucket. The SDK is loaded only when a bucket is configured. */
export async function s3Backend(config: S3Config): Promise<FileBackend> {
  const { S3Client, GetObjectCommand, HeadObjectCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint: config.endpoint, region: config.region, forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Checksums only where the API requires them: many S3-compatible stores do not take the newer trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;
  const keyOf = (key: string) => `${config.prefix}${key}`;

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  return {
    exists,
    async place(tmpPath, key, file) {
      if (await exists(key)) return;
      await client.send(new PutObjectCommand({
        Bucket, Key: keyOf(key), Body: fs.createReadStream(tmpPath), ContentLength: file.size, ContentType: file.mime,
      }));
    },
    async open(key) {
      const res = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
      return res.Body as Readable;
    },
  };
}
