import { implementationCode, ItemContent, type ItemContentInput } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import type { DepartmentRow } from '../regions/index.js';
import { catalogItems, itemChanges, items, itemVersions, searchNames } from './catalog.tables.js';
import { projectContent, searchDocument } from './item-projection.js';
import { inArray, sql } from 'drizzle-orm';

/** One published implementation item of trusted data (the demo seed, benchmarks, a city's existing stock). */
export interface BulkItem {
  basicCode: string;
  catalogName: string;
  itemType: string;
  department: DepartmentRow;
  content: ItemContentInput;
}

const BATCH = 500;

/**
 * Loads many published items in few statements, inside one transaction: validates each content, derives codes
 * and the search columns, and records a version and a change for each. Existing implementation codes are
 * skipped, so loading the same data twice adds nothing. Returns the number of items added.
 */
export async function bulkLoadItems(db: Db, rows: BulkItem[], actor: string, regionName: (code: string) => string): Promise<number> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const basicCodes = [...new Map(rows.map((r) => [r.basicCode, r])).values()];
    for (let i = 0; i < basicCodes.length; i += BATCH) {
      await tx.insert(catalogItems).values(basicCodes.slice(i, i + BATCH).map((r) => ({
        basicCode: r.basicCode, name: r.catalogName, itemType: r.itemType, legalBasis: r.content.legalBasis ?? '',
      }))).onConflictDoNothing();
    }
    const catalogIds = new Map<string, string>();
    for (let i = 0; i < basicCodes.length; i += BATCH) {
      const found = await tx.select({ id: catalogItems.id, basicCode: catalogItems.basicCode }).from(catalogItems)
        .where(inArray(catalogItems.basicCode, basicCodes.slice(i, i + BATCH).map((r) => r.basicCode)));
      for (const f of found) catalogIds.set(f.basicCode, f.id);
    }
    let added = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const parsed = rows.slice(i, i + BATCH).map((r) => ({ r, content: ItemContent.parse(r.content) }));
      const docs = [...new Map(parsed.map(({ r, content }) => [content.name, searchDocument(content, r.catalogName)])).values()];
      const nameIds = new Map((await tx.insert(searchNames).values(docs.map((d) => ({ name: d.name, searchVector: d.vector })))
        .onConflictDoUpdate({ target: searchNames.name, set: { searchVector: sql`excluded.search_vector` } })
        .returning({ id: searchNames.id, name: searchNames.name })).map((n) => [n.name, n.id]));
      const prepared = parsed.map(({ r, content }) => {
        return {
          content,
          row: {
            implCode: implementationCode(r.department.uscc, r.department.level, r.basicCode),
            catalogItemId: catalogIds.get(r.basicCode)!,
            departmentId: r.department.id,
            departmentName: r.department.name,
            regionCode: r.department.regionCode,
            regionName: regionName(r.department.regionCode),
            level: r.department.level,
            powerSource: '1',
            status: 'published',
            currentVersion: 1,
            ...projectContent(content),
            nameId: nameIds.get(content.name)!,
          },
        };
      });
      const inserted = await tx.insert(items).values(prepared.map((p) => p.row)).onConflictDoNothing()
        .returning({ id: items.id, implCode: items.implCode });
      const contentByCode = new Map(prepared.map((p) => [p.row.implCode, p.content]));
      if (inserted.length === 0) continue;
      const now = new Date();
      await tx.insert(itemVersions).values(inserted.map((x) => ({
        itemId: x.id, version: 1, state: 'published', content: contentByCode.get(x.implCode)!, createdBy: actor, publishedAt: now,
      })));
      await tx.insert(itemChanges).values(inserted.map((x) => ({ itemId: x.id, action: 'import', actor, version: 1, changes: [] })));
      added += inserted.length;
    }
    return added;
  });
}
