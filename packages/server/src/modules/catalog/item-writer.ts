import { ItemContent, implementationCode, type ItemStatus } from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import type { DepartmentRow, RegionsService } from '../regions/index.js';
import type { CatalogItemRow, CatalogRepository, ItemRow } from './catalog.repository.js';
import { diffContent } from '@yiwang/contracts';
import { projectContent, searchDocument } from './item-projection.js';

/** What every write inside one transaction needs: the repositories bound to it and who is acting. */
export interface WriteContext {
  repo: CatalogRepository;
  regions: RegionsService;
  actor: string;
}

/** Content as stored in a version, parsed again so that defaults and rules of today apply. */
export function parseStoredContent(raw: unknown): ItemContent {
  return ItemContent.parse(raw);
}

export interface NewItemSpec {
  catalogItem: CatalogItemRow;
  department: DepartmentRow;
  level: string;
  powerSource: string;
  status: ItemStatus;
  content: ItemContent;
  delegatedFromId?: string | null;
  inheritsSource?: boolean;
  action: string;
  reason?: string | null;
}

/** Inserts an implementation item with its first version (a draft, or published for any other status). */
export async function insertItem(ctx: WriteContext, spec: NewItemSpec): Promise<ItemRow> {
  const implCode = implementationCode(spec.department.uscc, spec.level, spec.catalogItem.basicCode);
  if (await ctx.repo.findItemByImplCode(implCode)) {
    throw new AppError('ITEM_CODE_TAKEN', `实施编码 ${implCode} 已存在：该部门已实施此事项`, { field: 'departmentId' });
  }
  const isDraft = spec.status === 'draft';
  const doc = searchDocument(spec.content, spec.catalogItem.name);
  const [region] = await ctx.regions.findRegions([spec.department.regionCode]);
  const row = await ctx.repo.insertItem({
    implCode,
    catalogItemId: spec.catalogItem.id,
    departmentId: spec.department.id,
    departmentName: spec.department.name,
    regionCode: spec.department.regionCode,
    regionName: region?.name ?? spec.department.regionCode,
    level: spec.level,
    powerSource: spec.powerSource,
    status: spec.status,
    currentVersion: isDraft ? null : 1,
    draftVersion: isDraft ? 1 : null,
    delegatedFromId: spec.delegatedFromId ?? null,
    inheritsSource: spec.inheritsSource ?? false,
    ...projectContent(spec.content),
    nameId: await ctx.repo.upsertSearchName(doc.name, doc.vector),
  });
  const now = new Date();
  await ctx.repo.insertVersion({
    itemId: row.id, version: 1, state: isDraft ? 'draft' : 'published', content: spec.content,
    createdBy: ctx.actor, publishedAt: isDraft ? null : now, note: spec.reason ?? null,
  });
  await ctx.repo.insertChange({ itemId: row.id, action: spec.action, actor: ctx.actor, version: 1, reason: spec.reason ?? null, changes: [] });
  return row;
}

export interface PublishSpec {
  action: string;
  reason?: string | null;
  /** The status after publishing (defaults to the item's). */
  status?: ItemStatus;
  /** Whether the content was written here rather than inherited from the source (下放来源). */
  local: boolean;
}

/**
 * Publishes new content as the item's next immutable version (using the pending draft's number when there is
 * one), records what changed, and passes it on to delegated items that still inherit it.
 */
export async function publishContent(ctx: WriteContext, item: ItemRow, content: ItemContent, spec: PublishSpec): Promise<ItemRow> {
  const previous = item.currentVersion ? await ctx.repo.findVersion(item.id, item.currentVersion) : null;
  const version = item.draftVersion ?? (await ctx.repo.latestVersionNumber(item.id)) + 1;
  const now = new Date();
  if (previous) await ctx.repo.updateVersion(item.id, previous.version, { state: 'superseded' });
  if (item.draftVersion) {
    await ctx.repo.updateVersion(item.id, version, { state: 'published', content, publishedAt: now, note: spec.reason ?? null });
  } else {
    await ctx.repo.insertVersion({ itemId: item.id, version, state: 'published', content, createdBy: ctx.actor, publishedAt: now, note: spec.reason ?? null });
  }
  const catalog = await ctx.repo.findCatalogItem(item.catalogItemId);
  const doc = searchDocument(content, catalog?.name ?? content.name);
  const updated = await ctx.repo.updateItem(item.id, {
    currentVersion: version,
    draftVersion: null,
    status: spec.status ?? (item.status === 'draft' ? 'published' : item.status),
    inheritsSource: spec.local ? false : item.inheritsSource,
    ...projectContent(content),
    nameId: await ctx.repo.upsertSearchName(doc.name, doc.vector),
  });
  await ctx.repo.insertChange({
    itemId: item.id, action: spec.action, actor: ctx.actor, version, reason: spec.reason ?? null,
    changes: diffContent(previous?.content ?? {}, content),
  });
  await passOnToInheritors(ctx, updated, content);
  return updated;
}

async function passOnToInheritors(ctx: WriteContext, source: ItemRow, content: ItemContent): Promise<void> {
  for (const child of await ctx.repo.listChildren(source.id)) {
    if (!child.inheritsSource || child.status === 'cancelled') continue;
    await publishContent(ctx, child, content, { action: 'inherit', reason: `随来源事项第 ${source.currentVersion} 版更新`, local: false });
  }
}

/** Records a status change (suspend, resume, cancel, revoke) with its reason. */
export async function changeStatus(ctx: WriteContext, item: ItemRow, status: ItemStatus, action: string, reason: string | null): Promise<ItemRow> {
  const updated = await ctx.repo.updateItem(item.id, { status });
  await ctx.repo.insertChange({
    itemId: item.id, action, actor: ctx.actor, version: item.currentVersion, reason,
    changes: [{ path: 'status', before: item.status, after: status }],
  });
  return updated;
}
