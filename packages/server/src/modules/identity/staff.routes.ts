import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ApiTokenCreated, ApiTokenView, CreateApiTokenRequest, CreateStaffRequest, PersonQuery, PersonSummary, ProfileView,
  RevealRequest, StaffCreated, StaffQuery, StaffView, UpdateStaffRequest,
} from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { StaffService } from './staff.service.js';

const IdParam = z.object({ id: z.string().uuid('编号不正确') });
const ctxOf = (request: FastifyRequest) => ({ ip: request.ip });

/** Staff administration, personal-data lookup and partner tokens. Each use case audits itself. */
export function registerStaffRoutes(app: FastifyInstance, service: StaffService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staffTags = ['工作人员 Staff'];
  const manage = { config: { permission: 'staff:manage' as const, auditWrites: false } };

  r.get('/api/admin/staff', {
    ...manage, schema: { tags: staffTags, summary: '工作人员列表', querystring: StaffQuery, response: { 200: z.array(StaffView) } },
  }, (req) => service.listStaff(req.actor!, req.query));

  r.post('/api/admin/staff', {
    ...manage, schema: { tags: staffTags, summary: '新建工作人员账户（初始密码仅显示一次，首次登录须修改）', body: CreateStaffRequest, response: { 201: StaffCreated } },
  }, async (req, reply) => reply.status(201).send(await service.createStaff(req.actor!, req.body, ctxOf(req))));

  r.put('/api/admin/staff/:id', {
    ...manage, schema: { tags: staffTags, summary: '修改工作人员（角色、部门、区划、停用）', params: IdParam, body: UpdateStaffRequest, response: { 200: StaffView } },
  }, (req) => service.updateStaff(req.actor!, req.params.id, req.body, ctxOf(req)));

  r.post('/api/admin/staff/:id/reset-password', {
    ...manage, schema: { tags: staffTags, summary: '重置密码（新的初始密码仅显示一次）', params: IdParam, response: { 200: StaffCreated } },
  }, (req) => service.resetStaffPassword(req.actor!, req.params.id, ctxOf(req)));

  const peopleTags = ['个人信息 Personal data'];
  r.get('/api/admin/people', {
    config: { permission: 'personal-data:read' },
    schema: { tags: peopleTags, summary: '查询自然人（脱敏）', querystring: PersonQuery, response: { 200: z.array(PersonSummary) } },
  }, (req) => service.findPersons(req.actor!, req.query.q));

  r.post('/api/admin/people/:id/reveal', {
    config: { permission: 'personal-data:read', auditWrites: false },
    schema: { tags: peopleTags, summary: '查看完整个人信息（须填写原因，记入审计日志）', params: IdParam, body: RevealRequest, response: { 200: ProfileView } },
  }, (req) => service.revealPerson(req.actor!, req.params.id, req.body.reason, ctxOf(req)));

  const tokenTags = ['接口令牌 Partner tokens'];
  const tokens = { config: { permission: 'api-token:manage' as const, auditWrites: false } };
  r.get('/api/admin/api-tokens', {
    ...tokens, schema: { tags: tokenTags, summary: '接口令牌列表（含最近使用时间）', response: { 200: z.array(ApiTokenView) } },
  }, (req) => service.listApiTokens(req.actor!));

  r.post('/api/admin/api-tokens', {
    ...tokens, schema: { tags: tokenTags, summary: '签发接口令牌（令牌仅显示一次）', body: CreateApiTokenRequest, response: { 201: ApiTokenCreated } },
  }, async (req, reply) => reply.status(201).send(await service.createApiToken(req.actor!, req.body, ctxOf(req))));

  r.post('/api/admin/api-tokens/:id/revoke', {
    ...tokens, schema: { tags: tokenTags, summary: '吊销接口令牌', params: IdParam, response: { 200: ApiTokenView } },
  }, (req) => service.revokeApiToken(req.actor!, req.params.id, ctxOf(req)));
}
