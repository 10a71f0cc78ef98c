import {
  materialCode, type AdminItemDetail, type CatalogItem, type ItemChangeView, type ItemContent, type ItemDetail,
  type ItemSummary, type ItemVersionView,
} from '@yiwang/contracts';
import type { CatalogItemRow, ItemChangeRow, ItemRow, ItemVersionRow } from './catalog.repository.js';

export function presentSummary(row: ItemRow): ItemSummary {
  return {
    id: row.id,
    implCode: row.implCode,
    basicCode: row.implCode.slice(19),
    name: row.name,
    department: { id: row.departmentId, name: row.departmentName },
    region: { code: row.regionCode, name: row.regionName },
    level: row.level as ItemSummary['level'],
    itemType: row.itemType as ItemSummary['itemType'],
    powerSource: row.powerSource as ItemSummary['powerSource'],
    serviceObjects: row.serviceObjects as ItemSummary['serviceObjects'],
    trips: row.trips,
    onlineDepth: row.onlineDepth as ItemSummary['onlineDepth'],
    isOnline: row.isOnline,
    caseType: row.caseType as ItemSummary['caseType'],
    legalLimit: row.legalValue === null ? null : { value: row.legalValue, unit: row.legalUnit as ItemSummary['promisedLimit']['unit'] },
    promisedLimit: { value: row.promisedValue, unit: row.promisedUnit as ItemSummary['promisedLimit']['unit'] },
    status: row.status as ItemSummary['status'],
    version: row.currentVersion,
    hasDraft: row.draftVersion !== null,
    delegatedFromId: row.delegatedFromId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentCatalogItem(row: CatalogItemRow): CatalogItem {
  return { id: row.id, basicCode: row.basicCode, name: row.name, itemType: row.itemType as CatalogItem['itemType'], legalBasis: row.legalBasis };
}

export function presentContent(implCode: string, content: ItemContent): ItemDetail['content'] {
  return { ...content, materials: content.materials.map((m, i) => ({ ...m, code: materialCode(implCode, i) })) };
}

export interface DetailParts {
  row: ItemRow;
  content: ItemContent;
  catalogItem: CatalogItemRow;
  source: ItemRow | null;
  delegatedCount: number;
}

export function presentDetail(p: DetailParts): ItemDetail {
  return {
    ...presentSummary(p.row),
    content: presentContent(p.row.implCode, p.content),
    catalogItem: presentCatalogItem(p.catalogItem),
    delegatedFrom: p.source
      ? {
          id: p.source.id,
          name: p.source.name,
          region: { code: p.source.regionCode, name: p.source.regionName },
          department: { id: p.source.departmentId, name: p.source.departmentName },
        }
      : null,
    inheritsSource: p.row.inheritsSource,
    delegatedCount: p.delegatedCount,
  };
}

export function presentAdminDetail(detail: ItemDetail, draft: ItemContent | null, draftVersion: number | null, allowedActions: string[]): AdminItemDetail {
  return { ...detail, draft, draftVersion, allowedActions };
}

export function presentVersion(v: ItemVersionRow): ItemVersionView {
  return {
    version: v.version,
    state: v.state as ItemVersionView['state'],
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    note: v.note,
  };
}

export function presentChange(c: ItemChangeRow): ItemChangeView {
  return {
    id: c.id,
    action: c.action,
    actor: c.actor,
    at: c.at.toISOString(),
    version: c.version,
    reason: c.reason,
    changes: c.changes as ItemChangeView['changes'],
  };
}
