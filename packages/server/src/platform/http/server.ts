import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerErrorHandler } from './error-handler.js';



/** Every route the app registered, for checks over all of them (OpenAPI coverage, permissions). */
export interface RegisteredRoute { method: string; url: string; hidden: boolean }

declare module 'fastify' {
  interface FastifyInstance { registeredRoutes: RegisteredRoute[] }
}

export interface HttpServerOptions {
  logger: Logger | false;
  /** Largest request body (imports are sent whole). */
  bodyLimit?: number;
}

/** The HTTP shell every module plugs its routes into: zod validation, OpenAPI, errors. */
export async function createHttpServer(opts: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger || undefined,
    logger: opts.logger ? undefined : false,
    bodyLimit: opts.bodyLimit ?? 50 * 1024 * 1024,
  } as never) as unknown as FastifyInstance;
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url, hidden: Boolean(r.schema?.hide) });
  });
  app.decorate('registeredRoutes', routes);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yiwang 一网通办 API',
        description: '一体化在线政务服务平台开放接口。Errors are `{ code, message, field?, issues? }` with a Chinese message.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: '管理员凭据（账户体系上线前）' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}

/** Serves the built web app, sending index.html for client-side routes. */
export async function serveWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  if (!webDir || !fs.existsSync(`${webDir}/index.html`)) {
    app.log.warn({ webDir }, 'web app not built: serving the API only');
    return;
  }
  // serve: false — every request goes through the handler below, which decides caching and keeps to the folder.
  await app.register(fastifyStatic, { root: webDir, serve: false });
  const root = path.resolve(webDir);
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const file = decodeURIComponent(request.url.split('?')[0]!).slice(1);
    const full = path.resolve(root, file);
    // Only files inside the web folder; everything else is a client-side route.
    if (file && full.startsWith(`${root}${path.sep}`) && fs.existsSync(full) && fs.statSync(full).isFile()) {
      const asset = file.startsWith('assets/');
      return reply.sendFile(path.relative(root, full), { maxAge: asset ? '365d' : 0, immutable: asset });
    }
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}

export type { ZodTypeProvider };
