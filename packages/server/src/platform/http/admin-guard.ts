import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/**
 * Until accounts exist (identity issue), administration sits behind one configured credential, sent as
 * `Authorization: Bearer <token>`.
 */
export function createAdminGuard(token: string) {
  const expected = Buffer.from(token);
  return async function requireAdmin(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('ADMIN_CREDENTIAL_REQUIRED');
    }
  };
}

export type AdminGuard = ReturnType<typeof createAdminGuard>;
