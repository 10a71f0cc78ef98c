import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DepartmentQuery, DepartmentView, RegionDetail, RegionView, SaveDepartmentRequest } from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { RegionsService } from './regions.service.js';

const CodeParam = z.object({ code: z.string().regex(/^\d{2,12}$/, '区划代码格式不正确') });
const IdParam = z.object({ id: z.string().uuid('编号格式不正确') });

export function registerRegionsRoutes(app: FastifyInstance, service: RegionsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政区划与实施主体 Regions & departments'];

  r.get('/api/regions', {
    config: { permission: 'public' },
    schema: { tags, summary: '下级行政区划（不带 parent 为省级）', querystring: z.object({ parent: CodeParam.shape.code.optional() }), response: { 200: z.array(RegionView) } },
  }, (req) => service.listChildren(req.query.parent ?? null));

  r.get('/api/regions/:code', {
    config: { permission: 'public' },
    schema: { tags, summary: '行政区划详情及上级路径', params: CodeParam, response: { 200: RegionDetail } },
  }, (req) => service.getRegion(req.params.code));

  r.get('/api/departments', {
    config: { permission: 'public' },
    schema: { tags, summary: '实施主体列表', querystring: DepartmentQuery, response: { 200: z.array(DepartmentView) } },
  }, (req) => service.listDepartments(req.query));

  r.get('/api/departments/:id', {
    config: { permission: 'public' },
    schema: { tags, summary: '实施主体详情', params: IdParam, response: { 200: DepartmentView } },
  }, (req) => service.getDepartment(req.params.id));

  r.post('/api/admin/departments', {
    config: { permission: 'department:manage' },
    schema: { tags, summary: '新增实施主体', body: SaveDepartmentRequest, response: { 201: DepartmentView } },
  }, async (req, reply) => reply.status(201).send(await service.createDepartment(req.body, req.actor!)));

  r.put('/api/admin/departments/:id', {
    config: { permission: 'department:manage' },
    schema: { tags, summary: '修改实施主体', params: IdParam, body: SaveDepartmentRequest, response: { 200: DepartmentView } },
  }, (req) => service.updateDepartment(req.params.id, req.body, req.actor!));
}
