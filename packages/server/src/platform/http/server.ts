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
import type { RoutePermission } from './permissions.js';

/** Every route the app registered, for checks over all of them (OpenAPI coverage, permissions). */
export interface RegisteredRoute { method: string; url: string; hidden: boolean; permission: RoutePermission | undefined }

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
    // Swagger UI's own pages (registered by the plugin) are public documentation.
    if (r.url.startsWith('/api/docs')) r.config = { ...(r.config as object), permission: 'public' } as typeof r.config;
    const permission = (r.config as { permission?: RoutePermission } | undefined)?.permission;
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: r.url, hidden: Boolean(r.schema?.hide), permission });
    }
    // The OpenAPI document says how each route is authenticated and which permission it needs.
    if (r.schema && permission && permission !== 'public') {
      const schema = r.schema as { security?: unknown; description?: string };
      schema.security ??= [{ session: [] }, { partnerToken: [] }];
      schema.description = [schema.description, `所需权限 Permission: \`${permission}\``].filter(Boolean).join('\n\n');
    }
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
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yw_session', description: '登录会话（写操作须带 X-CSRF-Token 请求头）' },
          partnerToken: { type: 'http', scheme: 'bearer', description: '对接系统接口令牌（ywp_…），限定部门与权限' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () => app.swagger());
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
  app.get('/*', { schema: { hide: true }, config: { permission: 'public' } }, (request, reply) => {
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
