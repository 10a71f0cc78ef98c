import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorBody, type FieldIssue } from '@yiwang/contracts';
import { AppError } from './app-error.js';

const LOCATION_LABELS: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/** Maps every error to `{ code, message, field?, issues? }` with a Chinese message; internals never leak. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (error.field) body.field = error.field;
      if (error.issues) body.issues = error.issues;
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: FieldIssue[] = error.validation.map((v) => ({
        field: v.instancePath.slice(1).replace(/\//g, '.') || (error.validationContext ?? ''),
        message: v.message ?? ERROR_CODES.VALIDATION_FAILED.message,
      }));
      const first = issues[0];
      const where = LOCATION_LABELS[error.validationContext ?? ''] ?? '';
      const message = first ? `${where}有误：${first.field ? `${first.field} ` : ''}${first.message}` : ERROR_CODES.VALIDATION_FAILED.message;
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message, field: first?.field, issues } satisfies ErrorBody);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message } satisfies ErrorBody);
    }
    if (error.statusCode === 413) {
      return reply.status(413).send({ code: 'VALIDATION_FAILED', message: '上传内容过大' } satisfies ErrorBody);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, unsupported media type and the like: the client's fault, said in Chinese.
      const message = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? '不支持的内容类型' : '请求格式不正确';
      return reply.status(error.statusCode).send({ code: 'VALIDATION_FAILED', message } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}
