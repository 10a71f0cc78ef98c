import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ANYWHERE_SCOPES, CASE_TYPES, CatalogStats, CatalogStatsQuery, DEPARTMENT_NATURES, DOCKING_MODES, ENTERPRISE_THEMES,
  ITEM_TYPES, ItemDetail, ItemSearchQuery, ItemSearchResult, LEVELS, MATERIAL_FORMS, MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES, NOT_ONE_TRIP_REASONS, ONLINE_DEPTHS, PERSON_THEMES, POWER_SOURCES, RESULT_TYPES, SERVICE_OBJECTS,
  TIME_UNITS,
} from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { CatalogService } from './catalog.service.js';
import type { CatalogStatsService } from './stats.service.js';

export const IdParam = z.object({ id: z.string().uuid('事项编号格式不正确') });

const CODE_TABLES = {
  levels: LEVELS.labels, itemTypes: ITEM_TYPES.labels, powerSources: POWER_SOURCES.labels, serviceObjects: SERVICE_OBJECTS.labels,
  caseTypes: CASE_TYPES.labels, departmentNatures: DEPARTMENT_NATURES.labels, dockingModes: DOCKING_MODES.labels,
  notOneTripReasons: NOT_ONE_TRIP_REASONS.labels, onlineDepths: ONLINE_DEPTHS.labels, timeUnits: TIME_UNITS.labels,
  anywhereScopes: ANYWHERE_SCOPES.labels, materialRequirements: MATERIAL_REQUIREMENTS.labels, materialForms: MATERIAL_FORMS.labels,
  materialSources: MATERIAL_SOURCES.labels, resultTypes: RESULT_TYPES.labels, personThemes: PERSON_THEMES.labels,
  enterpriseThemes: ENTERPRISE_THEMES.labels,
};

/** The public catalog: search, guides, statistics and the code tables. */
export function registerCatalogRoutes(app: FastifyInstance, catalog: CatalogService, stats: CatalogStatsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['事项目录 Catalog'];

  r.get('/api/items', {
    config: { permission: 'public' },
    schema: { tags, summary: '检索事项（中文分词与子串，带筛选）', querystring: ItemSearchQuery.omit({ status: true }), response: { 200: ItemSearchResult } },
  }, (req) => catalog.search(req.query));

  r.get('/api/items/:id', {
    config: { permission: 'public' },
    schema: { tags, summary: '办事指南', params: IdParam, response: { 200: ItemDetail } },
  }, (req) => catalog.getGuide(req.params.id));

  r.get('/api/catalog/stats', {
    config: { permission: 'public' },
    schema: { tags, summary: '事项统计（网办率、最多跑一次率、承诺时限压缩率等）', querystring: CatalogStatsQuery, response: { 200: CatalogStats } },
  }, (req) => stats.stats(req.query));

  r.get('/api/code-tables', {
    config: { permission: 'public' },
    schema: { tags, summary: '代码表（GB/T 39046 附录 A 等）', response: { 200: z.record(z.string(), z.record(z.string(), z.string())) } },
  }, async () => CODE_TABLES);
}
