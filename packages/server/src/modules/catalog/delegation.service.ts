import { isInRegion, nextItemStatus, type Actor, type DelegateItemRequest, type DelegationView, type FieldIssue } from '@yiwang/contracts';
import { AppError, orFail } from '../../platform/http/index.js';
import type { ItemRow } from './catalog.repository.js';
import { presentSummary } from './catalog.presenter.js';
import { assertCanOnItem, transactional, type CatalogDeps } from './catalog.service.js';
import { assertCan } from '../identity/index.js';
import { changeStatus, insertItem, parseStoredContent, publishContent, type WriteContext } from './item-writer.js';
import { catalogRepository } from './catalog.repository.js';

/** Which levels an item of a level may be delegated to: city → county; county → town or village; town → village. */
const DELEGATION_TARGET_LEVELS: Record<string, string[]> = { '2': ['3'], '3': ['4'], '4': ['5', '6'], '5': ['6'] };

/** 下放: delegating items down the levels, and revoking delegations. */
export function createDelegationService(deps: CatalogDeps) {
  const inTransaction = transactional(deps);
  const repo = catalogRepository(deps.db);

  function present(rows: ItemRow[]): DelegationView[] {
    return rows.map((r) => ({ item: presentSummary(r), inheritsSource: r.inheritsSource, revoked: r.status === 'cancelled' }));
  }

  async function revokeTree(ctx: WriteContext, item: ItemRow, reason: string): Promise<ItemRow> {
    for (const child of await ctx.repo.listChildren(item.id)) {
      if (child.status !== 'cancelled') await revokeTree(ctx, child, reason);
    }
    return changeStatus(ctx, item, 'cancelled', 'revoke', reason);
  }

  return {
    async listDelegations(sourceId: string, actor: Actor): Promise<DelegationView[]> {
      assertCanOnItem(actor, 'catalog:read-admin', orFail(await repo.findItem(sourceId), 'ITEM_NOT_FOUND'));
      return present(await repo.listChildren(sourceId));
    },

    async delegate(sourceId: string, input: DelegateItemRequest, actor: Actor): Promise<DelegationView[]> {
      const created = await inTransaction(actor, async (ctx) => {
        const source = orFail(await ctx.repo.lockItem(sourceId), 'ITEM_NOT_FOUND');
        assertCanOnItem(actor, 'catalog:delegate', source);
        for (const target of input.targets) {
          assertCan(actor, 'catalog:delegate', { regionCode: source.regionCode, departmentId: source.departmentId, targetRegionCode: target.regionCode });
        }
        if (nextItemStatus(source.status as never, 'delegate', false) === null) {
          throw new AppError('ITEM_TRANSITION_NOT_ALLOWED', '只有在用（已发布）的事项可以下放');
        }
        const content = parseStoredContent(orFail(await ctx.repo.findVersion(source.id, source.currentVersion!), 'ITEM_NOT_FOUND').content);
        const catalogItem = orFail(await ctx.repo.findCatalogItem(source.catalogItemId), 'CATALOG_ITEM_NOT_FOUND');
        const [sourceDept] = await ctx.regions.findDepartments([source.departmentId]);
        const allowedLevels = DELEGATION_TARGET_LEVELS[source.level] ?? [];
        const issues: FieldIssue[] = [];
        const rows: ItemRow[] = [];
        for (const [i, target] of input.targets.entries()) {
          const field = `targets.${i}.regionCode`;
          const region = await ctx.regions.findRegions([target.regionCode]).then((r) => r[0]);
          if (!region) { issues.push({ field, message: `行政区划不存在：${target.regionCode}` }); continue; }
          if (!isInRegion(region.code, source.regionCode) || !allowedLevels.includes(region.level)) {
            issues.push({ field, message: `${region.name} 不是本事项可下放的下级区划` });
            continue;
          }
          const department = target.departmentId
            ? await ctx.regions.findDepartments([target.departmentId]).then((d) => d[0])
            : await ctx.regions.findCounterpart(region.code, sourceDept?.sector ?? null);
          if (!department || department.regionCode !== region.code) {
            issues.push({ field, message: `${region.name} 没有可承接该事项的实施主体` });
            continue;
          }
          rows.push(await delegateTo(ctx, source, catalogItem, department, region.level, content, input.reason));
        }
        if (issues.length) throw new AppError('DELEGATION_NOT_ALLOWED', issues[0]!.message, { issues });
        await ctx.repo.insertChange({
          itemId: source.id, action: 'delegate', actor: actor.name, version: source.currentVersion, reason: input.reason || null,
          changes: [{ path: 'delegatedTo', before: null, after: rows.map((r) => r.regionCode) }],
        });
        return rows;
      });
      return present(created);
    },

    async revoke(sourceId: string, childId: string, reason: string, actor: Actor): Promise<DelegationView> {
      const row = await inTransaction(actor, async (ctx) => {
        assertCanOnItem(actor, 'catalog:delegate', orFail(await ctx.repo.findItem(sourceId), 'ITEM_NOT_FOUND'));
        const child = orFail(await ctx.repo.lockItem(childId), 'DELEGATION_NOT_FOUND');
        if (child.delegatedFromId !== sourceId) throw new AppError('DELEGATION_NOT_FOUND');
        if (child.status === 'cancelled') throw new AppError('ITEM_TRANSITION_NOT_ALLOWED', '该下放已撤回');
        return revokeTree(ctx, child, reason || '撤回下放');
      });
      return present([row])[0]!;
    },
  };
}

async function delegateTo(
  ctx: WriteContext, source: ItemRow, catalogItem: Parameters<typeof insertItem>[1]['catalogItem'],
  department: Parameters<typeof insertItem>[1]['department'], level: string, content: ReturnType<typeof parseStoredContent>, reason: string,
): Promise<ItemRow> {
  const existing = await ctx.repo.findItemByImplCode(`${department.uscc}${level}${catalogItem.basicCode}`);
  if (existing) {
    if (existing.delegatedFromId !== source.id) {
      throw new AppError('ITEM_CODE_TAKEN', `${department.name} 已按其他来源实施该事项`, { field: 'targets' });
    }
    if (existing.status !== 'cancelled') return existing;
    // Delegated again after a revocation: the same item comes back, following its source again.
    const reopened = await ctx.repo.updateItem(existing.id, { inheritsSource: true });
    return publishContent(ctx, reopened, content, { action: 'delegate-in', reason: reason || '重新下放', status: 'published', local: false });
  }
  return insertItem(ctx, {
    catalogItem, department, level, powerSource: '2', status: 'published', content,
    delegatedFromId: source.id, inheritsSource: true, action: 'delegate-in', reason: reason || null,
  });
}

export type DelegationService = ReturnType<typeof createDelegationService>;
