import type { FastifyInstance } from 'fastify';
import { AuditQuery, AuditSearchResult, AuditVerifyRequest, AuditVerifyResult } from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { AuditService } from './audit.service.js';

/** The audit log for administrators: search it, and verify that its hash chain is whole. */
export function registerAuditRoutes(app: FastifyInstance, service: AuditService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计日志 Audit log'];

  r.get('/api/admin/audit', {
    config: { permission: 'audit:read' },
    schema: { tags, summary: '查询审计日志（新的在前）', querystring: AuditQuery, response: { 200: AuditSearchResult } },
  }, (req) => service.search(req.query));

  r.post('/api/admin/audit/verify', {
    config: { permission: 'audit:verify', auditWrites: false },
    schema: {
      tags, summary: '校验审计日志哈希链（发现篡改、插入或删除的记录）',
      body: AuditVerifyRequest.nullish(), response: { 200: AuditVerifyResult },
    },
  }, (req) => service.verify({ anchor: req.body?.anchor }));
}
