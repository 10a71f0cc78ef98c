import { and, asc, desc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { caseEvents, caseNumbers, cases, caseSteps, files, messages } from './cases.tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CaseStepRow = typeof caseSteps.$inferSelect;
export type FileRow = typeof files.$inferSelect;

/** Filters of the staff queues; region is a prefix (subtree). */
export interface CaseFilter {
  statuses?: string[];
  regionPrefix?: string | null;
  departmentIds?: string[] | null;
  applicantAccountId?: string;
}

function conditions(f: CaseFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.statuses) conds.push(inArray(cases.status, f.statuses));
  if (f.regionPrefix) conds.push(like(cases.regionCode, `${f.regionPrefix}%`));
  if (f.departmentIds) conds.push(f.departmentIds.length ? inArray(cases.departmentId, f.departmentIds) : sql`false`);
  if (f.applicantAccountId) conds.push(eq(cases.applicantAccountId, f.applicantAccountId));
  return conds;
}

export function casesRepository(db: Db) {
  return {
    async insertFile(row: typeof files.$inferInsert): Promise<FileRow> {
      const [created] = await db.insert(files).values(row).returning();
      return created!;
    },

    async findFiles(ids: string[]): Promise<FileRow[]> {
      return ids.length ? db.select().from(files).where(inArray(files.id, ids)) : [];
    },

    /** Cases whose materials name the file (few: a file is uploaded for one application). */
    async findCasesWithFile(fileId: string): Promise<CaseRow[]> {
      return db.select().from(cases).where(sql`${cases.materials} @> ${JSON.stringify([{ fileIds: [fileId] }])}::jsonb`).limit(20);
    },

    async insertCase(row: NewCaseRow): Promise<CaseRow> {
      const [created] = await db.insert(cases).values(row).returning();
      return created!;
    },

    async findCase(id: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(eq(cases.id, id));
      return row ?? null;
    },

    /** The case, locked until the transaction ends: actions on one case take turns and see each other's result. */
    async lockCase(id: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
      return row ?? null;
    },

    async findByIdempotencyKey(createdBy: string, key: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(and(eq(cases.createdBy, createdBy), eq(cases.idempotencyKey, key)));
      return row ?? null;
    },

    async findByNumber(number: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(eq(cases.number, number));
      return row ?? null;
    },

    /**
     * Writes the case's new projection only if nobody appended since it was read (`version`); the caller then
     * appends the event with seq = version + 1. Returns null when another action got there first.
     */
    async updateCase(id: string, expectedVersion: number, patch: Partial<NewCaseRow>, bump = true): Promise<CaseRow | null> {
      const [row] = await db.update(cases)
        .set({ ...patch, version: bump ? expectedVersion + 1 : expectedVersion, updatedAt: new Date() })
        .where(and(eq(cases.id, id), eq(cases.version, expectedVersion)))
        .returning();
      return row ?? null;
    },

    async appendEvent(row: typeof caseEvents.$inferInsert): Promise<void> {
      await db.insert(caseEvents).values(row);
    },

    async listEvents(caseId: string): Promise<CaseEventRow[]> {
      return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
    },

    async insertSteps(rows: (typeof caseSteps.$inferInsert)[]): Promise<CaseStepRow[]> {
      return rows.length ? db.insert(caseSteps).values(rows).returning() : [];
    },

    async listSteps(caseId: string): Promise<CaseStepRow[]> {
      return db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.stage), asc(caseSteps.name));
    },

    async listStepsOf(caseIds: string[]): Promise<CaseStepRow[]> {
      return caseIds.length ? db.select().from(caseSteps).where(inArray(caseSteps.caseId, caseIds)) : [];
    },

    async updateStep(id: string, patch: Partial<typeof caseSteps.$inferInsert>): Promise<void> {
      await db.update(caseSteps).set(patch).where(eq(caseSteps.id, id));
    },

    /** The next number of the day for a region: one counter row per region and day, incremented in place. */
    async nextNumber(regionCode: string, day: string): Promise<number> {
      const [row] = await db.insert(caseNumbers).values({ regionCode, day, last: 1 })
        .onConflictDoUpdate({ target: [caseNumbers.regionCode, caseNumbers.day], set: { last: sql`${caseNumbers.last} + 1` } })
        .returning({ last: caseNumbers.last });
      return row!.last;
    },

    async listCases(f: CaseFilter, page: number, pageSize: number): Promise<{ rows: CaseRow[]; total: number }> {
      const where = and(...conditions(f));
      const [rows, [count]] = await Promise.all([
        db.select().from(cases).where(where).orderBy(desc(cases.updatedAt)).limit(pageSize).offset((page - 1) * pageSize),
        db.select({ n: sql<number>`cast(count(*) as integer)` }).from(cases).where(where),
      ]);
      return { rows, total: count?.n ?? 0 };
    },

    /** Cases with an active step of these departments (a reviewer's queue). */
    async listWithActiveSteps(departmentIds: string[], limit: number): Promise<CaseRow[]> {
      if (departmentIds.length === 0) return [];
      const ids = db.select({ id: caseSteps.caseId }).from(caseSteps)
        .where(and(inArray(caseSteps.departmentId, departmentIds), eq(caseSteps.status, 'active')));
      return db.select().from(cases).where(and(eq(cases.status, 'in-review'), inArray(cases.id, ids))).limit(limit);
    },

    async insertMessage(row: typeof messages.$inferInsert): Promise<void> {
      await db.insert(messages).values(row);
    },

    async listMessages(accountId: string, limit: number) {
      return db.select().from(messages).where(eq(messages.accountId, accountId)).orderBy(desc(messages.createdAt)).limit(limit);
    },

    async markMessagesRead(accountId: string, at: Date): Promise<void> {
      await db.update(messages).set({ readAt: at }).where(and(eq(messages.accountId, accountId), sql`${messages.readAt} is null`));
    },
  };
}

export type CasesRepository = ReturnType<typeof casesRepository>;
