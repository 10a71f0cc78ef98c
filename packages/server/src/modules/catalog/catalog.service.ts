import {
  allowedItemActions, nextItemStatus, ItemContent, type AdminItemDetail, type CatalogItem, type CreateCatalogItemRequest,
  type CreateItemRequest, type ItemAction, type ItemChangeView, type ItemDetail, type ItemSearchQuery,
  type ItemSearchResult, type ItemSummary, type ItemVersionView, type SaveDraftRequest,
} from '@yiwang/contracts';
import type { Actor, Action } from '@yiwang/contracts';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { assertCan, scopeFor } from '../identity/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import type { RegionsService } from '../regions/index.js';
import { catalogRepository, type CatalogRepository, type ItemFilter, type ItemRow } from './catalog.repository.js';
import {
  presentAdminDetail, presentCatalogItem, presentChange, presentContent, presentDetail, presentSummary, presentVersion,
} from './catalog.presenter.js';
import { changeStatus, insertItem, parseStoredContent, publishContent, type WriteContext } from './item-writer.js';
import { diffContent } from '@yiwang/contracts';
import { buildSearchQuery } from './search-text.js';

export interface CatalogDeps {
  db: Db;
  /** Independent reads may run side by side (PostgreSQL pool) rather than as one statement (PGlite). */
  concurrentReads?: boolean;
  /** The regions module bound to a database or transaction. */
  regionsFor: (db: Db) => RegionsService;
}

/** Runs a use case in one transaction with repositories bound to it. */
export function transactional(deps: CatalogDeps) {
  return <T>(actor: Actor, work: (ctx: WriteContext) => Promise<T>): Promise<T> =>
    deps.db.transaction(async (tx) => {
      const exec = tx as unknown as Db;
      return work({ repo: catalogRepository(exec), regions: deps.regionsFor(exec), actor: actor.name });
    });
}

/** Keeps the department name copied into its items in step, inside the caller's transaction. */
export async function renameDepartmentInCatalog(tx: Db, departmentId: string, name: string): Promise<void> {
  await catalogRepository(tx).renameDepartment(departmentId, name);
}

/** Turns a search query into repository filters: Chinese text to a tsquery, code-like text to a code prefix. */
export function toFilter(q: ItemSearchQuery, statuses: string[] | undefined): ItemFilter {
  const text = q.q?.trim() ?? '';
  const isCode = /^[0-9A-Z]{6,31}$/.test(text);
  return {
    regionCode: q.region, regionExact: q.regionExact, level: q.level, departmentId: q.department,
    serviceObject: q.serviceObject, itemType: q.itemType, maxTrips: q.maxTrips, minTrips: q.minTrips, online: q.online,
    personTheme: q.personTheme, enterpriseTheme: q.enterpriseTheme,
    statuses: q.status ? [q.status] : statuses,
    tsquery: text && !isCode ? (buildSearchQuery(text) ?? "''") : null,
    codePrefix: isCode ? text : null,
  };
}

/** The item, if the actor may do the action to it (its region and department must lie in the actor's reach). */
export function assertCanOnItem(actor: Actor, action: Action, item: Pick<ItemRow, 'regionCode' | 'departmentId'>): void {
  assertCan(actor, action, { regionCode: item.regionCode, departmentId: item.departmentId });
}

/**
 * The repository filter of a query, narrowed to where an actor may look with an action: a wider or foreign region
 * becomes theirs, and a department-bound actor sees only its departments' items.
 */
export function scopedFilter(actor: Actor, action: Action, q: Omit<ItemSearchQuery, 'page' | 'pageSize'>, statuses?: string[]): ItemFilter {
  const scope = scopeFor(actor, action);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
  const query = { page: 1, pageSize: 1, ...q };
  if (scope.kind === 'all') return toFilter(query, statuses);
  const inside = q.region !== undefined && q.region.startsWith(scope.regionCode);
  const filter = toFilter(inside ? query : { ...query, region: scope.regionCode, regionExact: false }, statuses);
  return scope.departmentIds ? { ...filter, departmentIds: scope.departmentIds } : filter;
}

/**
 * What an application snapshots of an item: its summary and its published content, the row version read, and
 * `unchanged`, the part of the application's write statement that fails it (GuardFailed) unless the item is
 * still published as read.
 */
export type PublishedItem = ItemSummary & { content: ItemDetail['content']; rowVersion: number; unchanged: SQL };

/** How many published items are kept in memory, each as last read (its row version tells whether it still is). */
const PUBLISHED_CACHE = 500;

export function createCatalogService(deps: CatalogDeps) {
  const repo = catalogRepository(deps.db, { concurrentReads: deps.concurrentReads });
  const published = new Map<string, PublishedItem>();
  const inTransaction = transactional(deps);

  async function findItemOrFail(r: CatalogRepository, id: string): Promise<ItemRow> {
    return orFail(await r.findItem(id), 'ITEM_NOT_FOUND');
  }

  function assertAllowed(item: ItemRow, action: ItemAction): void {
    if (nextItemStatus(item.status as ItemRow['status'] & never, action, item.draftVersion !== null) === null) {
      if (action === 'publish' && item.status !== 'cancelled') throw new AppError('ITEM_NO_DRAFT');
      throw new AppError('ITEM_TRANSITION_NOT_ALLOWED', `事项当前状态（${item.status}）不允许"${action}"操作`);
    }
  }

  async function detail(row: ItemRow, r: CatalogRepository = repo): Promise<ItemDetail> {
    const version = row.currentVersion ?? row.draftVersion!;
    const stored = orFail(await r.findVersion(row.id, version), 'ITEM_NOT_FOUND');
    const catalogItem = orFail(await r.findCatalogItem(row.catalogItemId), 'CATALOG_ITEM_NOT_FOUND');
    const source = row.delegatedFromId ? await r.findItem(row.delegatedFromId) : null;
    const delegatedCount = await r.countChildren(row.id);
    return presentDetail({ row, content: parseStoredContent(stored.content), catalogItem, source, delegatedCount });
  }

  async function adminDetail(row: ItemRow): Promise<AdminItemDetail> {
    const d = await detail(row);
    const draft = row.draftVersion ? await repo.findVersion(row.id, row.draftVersion) : null;
    return presentAdminDetail(d, draft ? parseStoredContent(draft.content) : null, row.draftVersion,
      allowedItemActions(row.status as never, row.draftVersion !== null));
  }

  return {
    /** Published items for everyone; with an actor, every status within the actor's region. */
    async search(q: ItemSearchQuery, opts: { admin?: Actor } = {}): Promise<ItemSearchResult> {
      const filter = opts.admin
        ? scopedFilter(opts.admin, 'catalog:read-admin', q)
        : { ...toFilter(q, undefined), statuses: ['published'] };
      const { rows, total, totalCapped } = await repo.searchItems(filter, q.page, q.pageSize);
      return { total, totalCapped, page: q.page, pageSize: q.pageSize, items: rows.map(presentSummary) };
    },

    /** The public guide: published or suspended items only. */
    async getGuide(id: string): Promise<ItemDetail> {
      const row = await findItemOrFail(repo, id);
      if (row.currentVersion === null || row.status === 'cancelled' || row.status === 'draft') throw new AppError('ITEM_NOT_FOUND');
      return detail(row);
    },

    /**
     * An item that takes applications, as a case snapshots it: from memory as last read, unless `fresh` (then read
     * afresh: status, department, limits and the published content) — the write that uses it checks, in its own
     * statement (`unchanged`), that the item is still published at the row version read, and fails if not; the
     * caller then asks again with `fresh`. Suspended, cancelled or never published: ITEM_NOT_FOUND.
     */
    async publishedItem(id: string, opts: { fresh?: boolean } = {}): Promise<PublishedItem> {
      const kept = opts.fresh ? undefined : published.get(id);
      if (kept) return kept;
      published.delete(id);
      const row = await findItemOrFail(repo, id);
      if (row.currentVersion === null || row.status !== 'published') throw new AppError('ITEM_NOT_FOUND');
      const stored = orFail(await repo.findVersion(row.id, row.currentVersion), 'ITEM_NOT_FOUND');
      const item: PublishedItem = {
        ...presentSummary(row), content: presentContent(row.implCode, parseStoredContent(stored.content)),
        rowVersion: row.rowVersion, unchanged: repo.stillPublishedSql(row.id, row.rowVersion),
      };
      if (published.size >= PUBLISHED_CACHE) published.delete(published.keys().next().value!);
      published.set(id, item);
      return item;
    },

    async getAdminItem(id: string, actor: Actor): Promise<AdminItemDetail> {
      const item = await findItemOrFail(repo, id);
      assertCanOnItem(actor, 'catalog:read-admin', item);
      return adminDetail(item);
    },

    async listCatalogItems(q: string | undefined): Promise<CatalogItem[]> {
      return (await repo.listCatalogItems(q, 50)).map(presentCatalogItem);
    },

    /** 基本目录 is kept by the city (or above): a district administrator implements items, it does not define them. */
    async createCatalogItem(input: CreateCatalogItemRequest, actor: Actor): Promise<CatalogItem> {
      assertCan(actor, 'catalog:edit');
      const scope = scopeFor(actor, 'catalog:edit');
      if (scope.kind === 'limited' && scope.regionCode.length > 4) throw new AppError('FORBIDDEN', '基本目录由市级及以上事项管理员维护');
      return inTransaction(actor, async ({ repo: r }) => {
        if (await r.findCatalogItemByBasicCode(input.basicCode)) throw new AppError('BASIC_CODE_TAKEN', undefined, { field: 'basicCode' });
        return presentCatalogItem(await r.insertCatalogItem(input));
      });
    },

    async createItem(input: CreateItemRequest, actor: Actor): Promise<AdminItemDetail> {
      const row = await inTransaction(actor, async (ctx) => {
        const department = await ctx.regions.findDepartmentOrFail(input.departmentId).catch(() => {
          throw new AppError('DEPARTMENT_NOT_FOUND', undefined, { field: 'departmentId' });
        });
        assertCan(actor, 'catalog:edit', { regionCode: department.regionCode, departmentId: department.id });
        if (!input.catalogItemId && scopeFor(actor, 'catalog:edit').kind === 'limited' && actor.regionCode!.length > 4) {
          throw new AppError('FORBIDDEN', '基本目录由市级及以上事项管理员维护，请选择已有的基本目录事项', { field: 'catalogItemId' });
        }
        let catalogItem;
        if (input.catalogItemId) {
          catalogItem = orFail(await ctx.repo.findCatalogItem(input.catalogItemId), 'CATALOG_ITEM_NOT_FOUND');
        } else {
          const spec = input.catalogItem!;
          if (await ctx.repo.findCatalogItemByBasicCode(spec.basicCode)) {
            throw new AppError('BASIC_CODE_TAKEN', undefined, { field: 'catalogItem.basicCode' });
          }
          catalogItem = await ctx.repo.insertCatalogItem(spec);
        }
        return insertItem(ctx, {
          catalogItem, department, level: department.level, powerSource: input.powerSource,
          status: 'draft', content: input.content, action: 'create',
        });
      });
      return adminDetail(row);
    },

    async saveDraft(id: string, input: SaveDraftRequest, actor: Actor): Promise<AdminItemDetail> {
      const row = await inTransaction(actor, async (ctx) => {
        const item = orFail(await ctx.repo.lockItem(id), 'ITEM_NOT_FOUND');
        assertCanOnItem(actor, 'catalog:edit', item);
        assertAllowed(item, 'edit');
        if ((item.draftVersion ?? null) !== input.baseDraftVersion) throw new AppError('ITEM_VERSION_CONFLICT');
        const base = await ctx.repo.findVersion(item.id, item.draftVersion ?? item.currentVersion!);
        const changes = diffContent(base?.content ?? {}, input.content);
        let version = item.draftVersion;
        if (version) {
          await ctx.repo.updateVersion(item.id, version, { content: input.content, createdBy: actor.name });
        } else {
          version = (await ctx.repo.latestVersionNumber(item.id)) + 1;
          await ctx.repo.insertVersion({ itemId: item.id, version, state: 'draft', content: input.content, createdBy: actor.name });
        }
        await ctx.repo.insertChange({ itemId: item.id, action: 'edit', actor: actor.name, version, reason: null, changes });
        return ctx.repo.updateItem(item.id, { draftVersion: version });
      });
      return adminDetail(row);
    },

    async publish(id: string, actor: Actor): Promise<AdminItemDetail> {
      const row = await inTransaction(actor, async (ctx) => {
        const item = orFail(await ctx.repo.lockItem(id), 'ITEM_NOT_FOUND');
        assertCanOnItem(actor, 'catalog:publish', item);
        assertAllowed(item, 'publish');
        const draft = orFail(await ctx.repo.findVersion(item.id, item.draftVersion!), 'ITEM_NO_DRAFT');
        const checked = ItemContent.safeParse(draft.content);
        if (!checked.success) {
          throw new AppError('VALIDATION_FAILED', '草稿内容不完整，不能发布', {
            issues: checked.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
          });
        }
        return publishContent(ctx, item, checked.data, { action: 'publish', local: true });
      });
      return adminDetail(row);
    },

    async changeItemStatus(id: string, action: 'suspend' | 'resume' | 'cancel', reason: string | null, actor: Actor): Promise<AdminItemDetail> {
      const row = await inTransaction(actor, async (ctx) => {
        const item = orFail(await ctx.repo.lockItem(id), 'ITEM_NOT_FOUND');
        assertCanOnItem(actor, 'catalog:publish', item);
        assertAllowed(item, action);
        const to = nextItemStatus(item.status as never, action, item.draftVersion !== null)!;
        return changeStatus(ctx, item, to, action, reason);
      });
      return adminDetail(row);
    },

    async listVersions(id: string, actor: Actor): Promise<ItemVersionView[]> {
      assertCanOnItem(actor, 'catalog:read-admin', await findItemOrFail(repo, id));
      return (await repo.listVersions(id)).map(presentVersion);
    },

    async getVersion(id: string, version: number, actor: Actor): Promise<{ version: number; content: ItemDetail['content'] }> {
      const item = await findItemOrFail(repo, id);
      assertCanOnItem(actor, 'catalog:read-admin', item);
      const v = orFail(await repo.findVersion(id, version), 'NOT_FOUND', `事项没有第 ${version} 版`);
      return { version, content: presentContent(item.implCode, parseStoredContent(v.content)) };
    },

    async listChanges(id: string, actor: Actor): Promise<ItemChangeView[]> {
      assertCanOnItem(actor, 'catalog:read-admin', await findItemOrFail(repo, id));
      return (await repo.listChanges(id)).map(presentChange);
    },

    async countPublishedByDepartment(ids: string[]): Promise<Map<string, number>> {
      return repo.countPublishedByDepartment(ids);
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
