import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/** The kinds of file an applicant may upload, told apart by their first bytes (not by the name they came with). */
export const UPLOAD_TYPES = {
  'application/pdf': { ext: 'pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  'image/jpeg': { ext: 'jpg', magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { ext: 'png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  /** OFD (GB/T 33190) and other zip-packaged documents */
  'application/ofd': { ext: 'ofd', magic: [[0x50, 0x4b, 0x03, 0x04]] },
} as const;
export type UploadMime = keyof typeof UPLOAD_TYPES;

export function sniffType(head: Buffer): UploadMime | null {
  for (const [mime, t] of Object.entries(UPLOAD_TYPES) as [UploadMime, (typeof UPLOAD_TYPES)[UploadMime]][]) {
    if (t.magic.some((m) => m.every((b, i) => head[i] === b))) return mime;
  }
  return null;
}

export interface StoredFile { sha256: string; size: number; mime: UploadMime }

export class UploadRefused extends Error {
  constructor(readonly reason: 'too-large' | 'type' | 'empty', message: string) { super(message); }
}

/** Where accepted files are kept, by key (`<aa>/<sha256>`): the data directory, or an S3-compatible bucket. */
export interface FileBackend {
  /** Moves a checked temporary file to `key`; a key already there keeps its (identical) content. */
  place(tmpPath: string, key: string, file: StoredFile): Promise<void>;
  open(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
}

/** The data directory as a file backend: `<dir>/<aa>/<sha256>`. */
export function localBackend(dir: string): FileBackend {
  const pathOf = (key: string) => path.join(dir, key);
  return {
    async place(tmpPath, key) {
      const target = pathOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      if (fs.existsSync(target)) await fsp.rm(tmpPath, { force: true });
      else await fsp.rename(tmpPath, target);
    },
    async open(key) {
      await fsp.access(pathOf(key));
      return fs.createReadStream(pathOf(key));
    },
    exists: (key) => fsp.access(pathOf(key)).then(() => true, () => false),
  };
}

/**
 * 文件存储: files are kept once per content, under the key `<aa>/<sha256>`, in the data directory or in an
 * S3-compatible bucket. A stream is written to a temporary file under `dir` first and placed only when its size
 * and type are acceptable, so a refused upload leaves nothing behind.
 */
export function createFileStore(dir: string, opts: { maxBytes: number; backend?: FileBackend }) {
  const tmpDir = path.join(dir, 'tmp');
  const backend = opts.backend ?? localBackend(dir);
  const keyOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;

  return {
    maxBytes: opts.maxBytes,

    async put(stream: Readable): Promise<StoredFile> {
      await fsp.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      let refused: UploadRefused | null = null;
      const sink = fs.createWriteStream(tmp, { mode: 0o600 });
      try {
        await pipeline(stream, async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > opts.maxBytes) {
              refused = new UploadRefused('too-large', `文件超过 ${Math.floor(opts.maxBytes / 1024 / 1024)} MB 的上限`);
              throw refused;
            }
            if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
            hash.update(chunk);
            yield chunk;
          }
        }, sink);
        if (size === 0) throw new UploadRefused('empty', '文件为空');
        const mime = sniffType(head);
        if (!mime) throw new UploadRefused('type', '只能上传 PDF、JPG、PNG 或 OFD 文件');
        const stored = { sha256: hash.digest('hex'), size, mime };
        await backend.place(tmp, keyOf(stored.sha256), stored);
        return stored;
      } catch (error) {
        throw refused ?? error;
      } finally {
        // A refusal can come before the file is even opened: the stream still creates it, then closes. Remove it
        // only once the stream has closed, or it would be left behind.
        if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
        await fsp.rm(tmp, { force: true });
      }
    },

    open: (sha256: string): Promise<Readable> => backend.open(keyOf(sha256)),
    exists: (sha256: string): Promise<boolean> => backend.exists(keyOf(sha256)),
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
