import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AdminItemDetail, CatalogItem, CreateCatalogItemRequest, CreateItemRequest, DelegateItemRequest, DelegationView,
  ImportReport, ItemChangeView, ItemSearchQuery, ItemSearchResult, ItemVersionView, ReasonRequest, SaveDraftRequest,
} from '@yiwang/contracts';
import type { RoutePermission, ZodTypeProvider } from '../../platform/http/index.js';
import type { CatalogService } from './catalog.service.js';
import type { DelegationService } from './delegation.service.js';
import type { ExchangeService } from './exchange.service.js';
import { IdParam } from './catalog.routes.js';

export interface CatalogAdminServices {
  catalog: CatalogService;
  delegation: DelegationService;
  exchange: ExchangeService;
}

/** Catalog administration: edit, publish, version history, delegation, import and export. */
export function registerCatalogAdminRoutes(app: FastifyInstance, s: CatalogAdminServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['事项管理 Catalog administration'];
  const needs = (permission: RoutePermission) => ({ config: { permission } });

  r.get('/api/admin/items', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '事项列表（含草稿、暂停、取消）', querystring: ItemSearchQuery, response: { 200: ItemSearchResult } },
  }, (req) => s.catalog.search(req.query, { admin: req.actor! }));

  r.get('/api/admin/items/:id', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '事项详情（含草稿与可用操作）', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.getAdminItem(req.params.id, req.actor!));

  r.get('/api/admin/catalog-items', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '基本目录事项', querystring: z.object({ q: z.string().trim().max(50).optional() }), response: { 200: z.array(CatalogItem) } },
  }, (req) => s.catalog.listCatalogItems(req.query.q));

  r.post('/api/admin/catalog-items', {
    ...needs('catalog:edit'), schema: { tags, summary: '新增基本目录事项', body: CreateCatalogItemRequest, response: { 201: CatalogItem } },
  }, async (req, reply) => reply.status(201).send(await s.catalog.createCatalogItem(req.body, req.actor!)));

  r.post('/api/admin/items', {
    ...needs('catalog:edit'), schema: { tags, summary: '新建实施清单事项（草稿）', body: CreateItemRequest, response: { 201: AdminItemDetail } },
  }, async (req, reply) => reply.status(201).send(await s.catalog.createItem(req.body, req.actor!)));

  r.put('/api/admin/items/:id/draft', {
    ...needs('catalog:edit'), schema: { tags, summary: '保存草稿（已发布版本不变）', params: IdParam, body: SaveDraftRequest, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.saveDraft(req.params.id, req.body, req.actor!));

  r.post('/api/admin/items/:id/publish', {
    ...needs('catalog:publish'), schema: { tags, summary: '发布草稿为新版本', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.publish(req.params.id, req.actor!));

  for (const action of ['suspend', 'cancel'] as const) {
    r.post(`/api/admin/items/:id/${action}`, {
      ...needs('catalog:publish'), schema: { tags, summary: action === 'suspend' ? '暂停事项' : '取消事项', params: IdParam, body: ReasonRequest, response: { 200: AdminItemDetail } },
    }, (req) => s.catalog.changeItemStatus(req.params.id, action, req.body.reason, req.actor!));
  }

  r.post('/api/admin/items/:id/resume', {
    ...needs('catalog:publish'), schema: { tags, summary: '恢复暂停的事项', params: IdParam, response: { 200: AdminItemDetail } },
  }, (req) => s.catalog.changeItemStatus(req.params.id, 'resume', null, req.actor!));

  r.get('/api/admin/items/:id/versions', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '版本列表', params: IdParam, response: { 200: z.array(ItemVersionView) } },
  }, (req) => s.catalog.listVersions(req.params.id, req.actor!));

  r.get('/api/admin/items/:id/versions/:version', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '某一版本的内容', params: IdParam.extend({ version: z.coerce.number().int().min(1) }), response: { 200: z.object({ version: z.number(), content: z.unknown() }) } },
  }, (req) => s.catalog.getVersion(req.params.id, req.params.version, req.actor!));

  r.get('/api/admin/items/:id/changes', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '变更记录（谁、何时、改了什么）', params: IdParam, response: { 200: z.array(ItemChangeView) } },
  }, (req) => s.catalog.listChanges(req.params.id, req.actor!));

  r.get('/api/admin/items/:id/delegations', {
    ...needs('catalog:read-admin'), schema: { tags, summary: '下放情况', params: IdParam, response: { 200: z.array(DelegationView) } },
  }, (req) => s.delegation.listDelegations(req.params.id, req.actor!));

  r.post('/api/admin/items/:id/delegations', {
    ...needs('catalog:delegate'), schema: { tags, summary: '下放到下级区划', params: IdParam, body: DelegateItemRequest, response: { 201: z.array(DelegationView) } },
  }, async (req, reply) => reply.status(201).send(await s.delegation.delegate(req.params.id, req.body, req.actor!)));

  r.post('/api/admin/items/:id/delegations/:childId/revoke', {
    ...needs('catalog:delegate'), schema: { tags, summary: '撤回下放', params: IdParam.extend({ childId: z.string().uuid() }), body: z.object({ reason: z.string().trim().max(500).default('') }).default({ reason: '' }), response: { 200: DelegationView } },
  }, (req) => s.delegation.revoke(req.params.id, req.params.childId, req.body.reason, req.actor!));

  const Format = z.object({ format: z.enum(['json', 'csv']).default('json') });

  r.get('/api/admin/catalog/export', {
    ...needs('catalog:export'), schema: { tags, summary: '导出事项目录（JSON 或 CSV，UTF-8 带 BOM）', querystring: ItemSearchQuery.omit({ page: true, pageSize: true }).extend(Format.shape) },
  }, async (req, reply) => {
    const { format, ...query } = req.query;
    const body = await s.exchange.exportCatalog(format, query, req.actor!);
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="yiwang-catalog-${stamp}.${format}"`)
      .send(body);
  });

  r.post('/api/admin/catalog/import', {
    ...needs('catalog:import'),
    schema: { tags, summary: '导入事项目录：逐行校验，有错则全部不导入；重复导入不产生变化', querystring: Format, response: { 200: ImportReport } },
  }, async (req) => {
    const text = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    return s.exchange.importCatalog(req.query.format, text, req.actor!);
  });
}
