import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AdminItemDetail, CatalogItem, CreateCatalogItemRequest, CreateItemRequest, DelegateItemRequest, DelegationView,
  ImportReport, ItemChangeView, ItemSearchQuery, ItemSearchResult, ItemVersionView, ReasonRequest, SaveDraftRequest,
} from '@yiwang/contracts';
import type { AdminGuard, ZodTypeProvider } from '../../platform/http/index.js';
import type { CatalogService } from './catalog.service.js';
import type { DelegationService } from './delegation.service.js';
import type { ExchangeService } from './exchange.service.js';
import { IdParam } from './catalog.routes.js';

const ADMIN_ACTOR = '事项管理员';

export interface CatalogAdminServices {
  catalog: CatalogService;
  delegation: DelegationService;
  exchange: ExchangeService;
}

/** Catalog administration: edit, publish, version history, delegation, import and export. */
export function registerCatalogAdminRoutes(app: FastifyInstance, s: CatalogAdminServices, requireAdmin: AdminGuard): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['事项管理 Catalog administration'];
  const security = [{ adminToken: [] }];
  const base = { onRequest: requireAdmin } as const;

  r.get('/api/admin/items', {
    ...base, schema: { tags, security, summary: '事项列表（含草稿、暂停、取消）', querystring: ItemSearchQuery, response: { 200: ItemSearchResult } },
  }, (req) => s.catalog.search(req.query, { admin: true }));

  r.get('/api/admin/items/:id', {
    ...base, schema: { tags, security, summary: '事项详情（含草稿与可用操作）', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.getAdminItem(req.params.id));

  r.get('/api/admin/catalog-items', {
    ...base, schema: { tags, security, summary: '基本目录事项', querystring: z.object({ q: z.string().trim().max(50).optional() }), response: { 200: z.array(CatalogItem) } },
  }, (req) => s.catalog.listCatalogItems(req.query.q));

  r.post('/api/admin/catalog-items', {
    ...base, schema: { tags, security, summary: '新增基本目录事项', body: CreateCatalogItemRequest, response: { 201: CatalogItem } },
  }, async (req, reply) => reply.status(201).send(await s.catalog.createCatalogItem(req.body, ADMIN_ACTOR)));

  r.post('/api/admin/items', {
    ...base, schema: { tags, security, summary: '新建实施清单事项（草稿）', body: CreateItemRequest, response: { 201: AdminItemDetail } },
  }, async (req, reply) => reply.status(201).send(await s.catalog.createItem(req.body, ADMIN_ACTOR)));

  r.put('/api/admin/items/:id/draft', {
    ...base, schema: { tags, security, summary: '保存草稿（已发布版本不变）', params: IdParam, body: SaveDraftRequest, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.saveDraft(req.params.id, req.body, ADMIN_ACTOR));

  r.post('/api/admin/items/:id/publish', {
    ...base, schema: { tags, security, summary: '发布草稿为新版本', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.publish(req.params.id, ADMIN_ACTOR));

  for (const action of ['suspend', 'cancel'] as const) {
    r.post(`/api/admin/items/:id/${action}`, {
      ...base, schema: { tags, security, summary: action === 'suspend' ? '暂停事项' : '取消事项', params: IdParam, body: ReasonRequest, response: { 200: AdminItemDetail } },
    }, (req) => s.catalog.changeItemStatus(req.params.id, action, req.body.reason, ADMIN_ACTOR));
  }

  r.post('/api/admin/items/:id/resume', {
    ...base, schema: { tags, security, summary: '恢复暂停的事项', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.changeItemStatus(req.params.id, 'resume', null, ADMIN_ACTOR));

  r.get('/api/admin/items/:id/versions', {
    ...base, schema: { tags, security, summary: '版本列表', params: IdParam, response: { 200: z.array(ItemVersionView) } },
  }, (req) => s.catalog.listVersions(req.params.id));

  r.get('/api/admin/items/:id/versions/:version', {
    ...base, schema: { tags, security, summary: '某一版本的内容', params: IdParam.extend({ version: z.coerce.number().int().min(1) }), response: { 200: z.object({ version: z.number(), content: z.unknown() }) } },
  }, (req) => s.catalog.getVersion(req.params.id, req.params.version));

  r.get('/api/admin/items/:id/changes', {
    ...base, schema: { tags, security, summary: '变更记录（谁、何时、改了什么）', params: IdParam, response: { 200: z.array(ItemChangeView) } },
  }, (req) => s.catalog.listChanges(req.params.id));

  r.get('/api/admin/items/:id/delegations', {
    ...base, schema: { tags, security, summary: '下放情况', params: IdParam, response: { 200: z.array(DelegationView) } },
  }, (req) => s.delegation.listDelegations(req.params.id));

  r.post('/api/admin/items/:id/delegations', {
    ...base, schema: { tags, security, summary: '下放到下级区划', params: IdParam, body: DelegateItemRequest, response: { 201: z.array(DelegationView) } },
  }, async (req, reply) => reply.status(201).send(await s.delegation.delegate(req.params.id, req.body, ADMIN_ACTOR)));

  r.post('/api/admin/items/:id/delegations/:childId/revoke', {
    ...base, schema: { tags, security, summary: '撤回下放', params: IdParam.extend({ childId: z.string().uuid() }), body: z.object({ reason: z.string().trim().max(500).default('') }).default({ reason: '' }), response: { 200: DelegationView } },
  }, (req) => s.delegation.revoke(req.params.id, req.params.childId, req.body.reason, ADMIN_ACTOR));

  const Format = z.object({ format: z.enum(['json', 'csv']).default('json') });

  r.get('/api/admin/catalog/export', {
    ...base, schema: { tags, security, summary: '导出事项目录（JSON 或 CSV，UTF-8 带 BOM）', querystring: ItemSearchQuery.omit({ page: true, pageSize: true }).extend(Format.shape) },
  }, async (req, reply) => {
    const { format, ...query } = req.query;
    const body = await s.exchange.exportCatalog(format, query);
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="yiwang-catalog-${stamp}.${format}"`)
      .send(body);
  });

  r.post('/api/admin/catalog/import', {
    ...base,
    schema: { tags, security, summary: '导入事项目录：逐行校验，有错则全部不导入；重复导入不产生变化', querystring: Format, response: { 200: ImportReport } },
  }, async (req) => {
    const text = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    return s.exchange.importCatalog(req.query.format, text, ADMIN_ACTOR);
  });
}
