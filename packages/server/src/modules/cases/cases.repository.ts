import { and, asc, desc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import { isUniqueViolation, jsonRows, rowsFromJson, type Db } from '../../platform/db/index.js';
import { caseEvents, caseNumbers, cases, caseSteps, files, messages } from './cases.tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CaseStepRow = typeof caseSteps.$inferSelect;
export type FileRow = typeof files.$inferSelect;

/** 办件 with everything its page shows: the steps, the events, and the uploaded files its materials name. */
export interface CaseAggregate {
  row: CaseRow;
  steps: CaseStepRow[];
  events: CaseEventRow[];
  files: FileRow[];
}

// The case and its children as JSON, in one statement: each is mapped back as a select would (rowsFromJson).
const aggregateColumns = {
  row: sql<unknown>`row_to_json(${cases})`,
  steps: jsonRows(caseSteps, 's', sql`s.case_id = ${cases.id}`, sql`s.stage, s.name`),
  events: jsonRows(caseEvents, 'e', sql`e.case_id = ${cases.id}`, sql`e.seq`),
  files: jsonRows(files, 'f', sql`f.id in (select (jsonb_array_elements_text(m -> 'fileIds'))::uuid from jsonb_array_elements(${cases.materials}) m)`, sql`f.created_at`),
};

export type NewMessageRow = typeof messages.$inferInsert;

/** Steps in the order a case page lists them. */
export const byStageAndName = (a: CaseStepRow, b: CaseStepRow) => a.stage - b.stage || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

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

    /** Inserts the case unless its creator already used the idempotency key; true when inserted. */
    async insertCase(row: CaseRow): Promise<boolean> {
      const inserted = await db.insert(cases).values(row).onConflictDoNothing({ target: [cases.createdBy, cases.idempotencyKey] })
        .returning({ id: cases.id });
      return inserted.length === 1;
    },

    /**
     * The case with its steps, events and files, in one statement; `lock`: the case is held until the transaction
     * ends, so that actions on it take turns. A statement that waited for the lock sees the case row as the other
     * action left it but its children as they were when it started: then the case's version (its number of events)
     * is ahead of the events read, and they are read again, now that nobody else can change them.
     */
    async loadCase(id: string, opts: { lock?: boolean } = {}): Promise<CaseAggregate | null> {
      const read = async () => {
        const query = db.select(aggregateColumns).from(cases).where(eq(cases.id, id));
        const [found] = await (opts.lock ? query.for('update', { of: cases }) : query);
        if (!found) return null;
        return {
          row: rowsFromJson(cases, [found.row])[0]!, steps: rowsFromJson(caseSteps, found.steps),
          events: rowsFromJson(caseEvents, found.events), files: rowsFromJson(files, found.files),
        };
      };
      const agg = await read();
      return agg && opts.lock && agg.row.version !== agg.events.length ? read() : agg;
    },

    async findByIdempotencyKey(createdBy: string, key: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(and(eq(cases.createdBy, createdBy), eq(cases.idempotencyKey, key)));
      return row ?? null;
    },

    async findByNumber(number: string): Promise<CaseRow | null> {
      const [row] = await db.select().from(cases).where(eq(cases.number, number));
      return row ?? null;
    },

    /** Changes a case without an event (a draft's or a correction's form and materials), only at `expectedVersion`. */
    async updateCase(id: string, expectedVersion: number, patch: Partial<NewCaseRow>): Promise<boolean> {
      const updated = await db.update(cases).set(patch).where(and(eq(cases.id, id), eq(cases.version, expectedVersion))).returning({ id: cases.id });
      return updated.length === 1;
    },

    /**
     * Writes a transition in one statement: the case's new projection, only if nobody appended since it was read
     * (`version`), its event (seq = version + 1, unique per case), and the applicant's message if any. False when
     * another action got there first (the caller's transaction then rolls back).
     */
    async recordTransition(t: {
      caseId: string; expectedVersion: number; change: Partial<NewCaseRow>; event: CaseEventRow; message: NewMessageRow | null;
    }): Promise<boolean> {
      const update = db.update(cases).set(t.change).where(and(eq(cases.id, t.caseId), eq(cases.version, t.expectedVersion)))
        .returning({ id: cases.id });
      const parts = [sql`u as (${update.getSQL()})`, sql`e as (${db.insert(caseEvents).values(t.event).getSQL()})`];
      if (t.message) parts.push(sql`m as (${db.insert(messages).values(t.message).getSQL()})`);
      try {
        const result = await db.execute(sql`with ${sql.join(parts, sql`, `)} select cast(count(*) as integer) as n from u`);
        return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n) === 1;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    /** The first event of a new case and the applicant's message, in one statement. */
    async appendEvent(event: CaseEventRow, message: NewMessageRow | null): Promise<void> {
      const insertEvent = db.insert(caseEvents).values(event);
      if (!message) return void (await insertEvent);
      await db.execute(sql`with e as (${insertEvent.getSQL()}) ${db.insert(messages).values(message).getSQL()}`);
    },

    async listEvents(caseId: string): Promise<CaseEventRow[]> {
      return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
    },

    async insertSteps(rows: CaseStepRow[]): Promise<void> {
      if (rows.length) await db.insert(caseSteps).values(rows);
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

    async listMessages(accountId: string, limit: number) {
      return db.select().from(messages).where(eq(messages.accountId, accountId)).orderBy(desc(messages.createdAt)).limit(limit);
    },

    async markMessagesRead(accountId: string, at: Date): Promise<void> {
      await db.update(messages).set({ readAt: at }).where(and(eq(messages.accountId, accountId), sql`${messages.readAt} is null`));
    },
  };
}

export type CasesRepository = ReturnType<typeof casesRepository>;
