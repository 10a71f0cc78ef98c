import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHttpServer, serveWeb } from './server.js';

let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html>portal</html>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'yiwang-secret.txt'), 'secret');
  app = await createHttpServer({ logger: false });
  await serveWeb(app, dir);
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves assets with long caching and client routes as index.html', async () => {
    const asset = await app.inject('/assets/app.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/items/123?x=1')).body).toBe('<html>portal</html>');
  });

  it('never serves a file outside the web folder', async () => {
    for (const url of ['/../yiwang-secret.txt', '/%2e%2e/yiwang-secret.txt', '/assets/..%2f..%2fyiwang-secret.txt']) {
      const res = await app.inject(url);
      expect(res.body, url).not.toContain('secret');
    }
  });

  it('answers unknown API paths with a JSON 404, not the page', async () => {
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
