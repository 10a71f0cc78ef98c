import { and, asc, desc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import { executePrepared, guardFailure, insertSql, isUniqueViolation, jsonRows, prepared, rowsFromJson, updateSql, withParts, type Db } from '../../platform/db/index.js';
import { counterpartsColumn, counterpartsFromJson, type DepartmentRow } from '../regions/index.js';
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
  /** The departments of the case's region that may take its review steps (pickCounterpart), read with it. */
  counterparts: DepartmentRow[];
}

// The case and its children as JSON, in one statement: each is mapped back as a select would (rowsFromJson).
const aggregateColumns = {
  row: sql<unknown>`row_to_json(${cases})`,
  steps: jsonRows(caseSteps, 's', sql`s.case_id = ${cases.id}`, sql`s.stage, s.name`),
  events: jsonRows(caseEvents, 'e', sql`e.case_id = ${cases.id}`, sql`e.seq`),
  files: jsonRows(files, 'f', sql`f.id in (select (jsonb_array_elements_text(m -> 'fileIds'))::uuid from jsonb_array_elements(${cases.materials}) m)`, sql`f.created_at`),
  counterparts: counterpartsColumn(sql`${cases.regionCode}`,
    sql`select st.s ->> 'sector' from jsonb_array_elements(${cases.reviewFlow}) stage, jsonb_array_elements(stage -> 'steps') st(s)`),
};

// The aggregate's read is the hottest statement of every case action.
const aggregateQuery = (db: Db) => db.select(aggregateColumns).from(cases).where(eq(cases.id, sql.placeholder('id')));

export type NewMessageRow = typeof messages.$inferInsert;

/** What a use case changed on one case, gathered as it runs (case-writer) and written in one statement at its end. */
export interface CaseWrites {
  /** A new case, or the changes to one read at `expectedVersion` (written only if it is still there). */
  case: { insert: CaseRow } | { id: string; expectedVersion: number; change: Partial<NewCaseRow> } | null;
  events: CaseEventRow[];
  newSteps: CaseStepRow[];
  stepChanges: Map<string, Partial<CaseStepRow>>;
  messages: NewMessageRow[];
  /** Rows of other modules written by the case's statement, named parts of it (an e-certificate's insert). */
  parts: [string, SQL][];
}

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

    /**
     * The case with its steps, events and files, in one statement; `lock`: the case is held until the transaction
     * ends, so that actions on it take turns. A statement that waited for the lock sees the case row as the other
     * action left it but its children as they were when it started: then the case's version (its number of events)
     * is ahead of the events read, and they are read again, now that nobody else can change them.
     */
    async loadCase(id: string, opts: { lock?: boolean } = {}): Promise<CaseAggregate | null> {
      const query = opts.lock
        ? prepared(db, 'case_aggregate_locked', (d) => aggregateQuery(d).for('update', { of: cases }))
        : prepared(db, 'case_aggregate', aggregateQuery);
      const read = async () => {
        const [found] = await query.execute({ id });
        if (!found) return null;
        return {
          row: rowsFromJson(cases, [found.row])[0]!, steps: rowsFromJson(caseSteps, found.steps),
          events: rowsFromJson(caseEvents, found.events), files: rowsFromJson(files, found.files),
          counterparts: counterpartsFromJson(found.counterparts),
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

    async listEvents(caseId: string): Promise<CaseEventRow[]> {
      return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
    },

    async listSteps(caseId: string): Promise<CaseStepRow[]> {
      return db.select().from(caseSteps).where(eq(caseSteps.caseId, caseId)).orderBy(asc(caseSteps.stage), asc(caseSteps.name));
    },

    async listStepsOf(caseIds: string[]): Promise<CaseStepRow[]> {
      return caseIds.length ? db.select().from(caseSteps).where(inArray(caseSteps.caseId, caseIds)) : [];
    },

    /**
     * Writes what a use case changed in one statement, `audit` (the parts that append a staff action's entry, the
     * audit module's) at its end. False when the case was no longer at the version read (or its next event was
     * taken), or its creator had already used the idempotency key: then nothing of it is written. A guard among
     * its parts that does not hold fails it with GuardFailed, likewise writing nothing.
     */
    async writeCase(w: CaseWrites, audit: [string, SQL][]): Promise<boolean> {
      const parts: [string, SQL][] = [];
      if (w.case && 'insert' in w.case) parts.push(['c', insertSql(cases, [w.case.insert], cases.id)]);
      else if (w.case) {
        const where = and(eq(cases.id, w.case.id), eq(cases.version, w.case.expectedVersion))!;
        parts.push(['c', updateSql(cases, w.case.change, where, cases.id)]);
      }
      if (w.events.length) parts.push(['e', insertSql(caseEvents, w.events, caseEvents.seq)]);
      if (w.newSteps.length) parts.push(['s', insertSql(caseSteps, w.newSteps, caseSteps.id)]);
      [...w.stepChanges].forEach(([id, patch], i) => {
        parts.push([`s${i}`, updateSql(caseSteps, patch, eq(caseSteps.id, id), caseSteps.id)]);
      });
      if (w.messages.length) parts.push(['m', insertSql(messages, w.messages, messages.id)]);
      parts.push(...w.parts);
      if (!parts.length && !audit.length) return true;
      // The audit entry's parts come last: the chain's head is then held from them to COMMIT.
      const all = [...parts, ...audit];
      const counted = all.map(([name]) => sql`(select cast(count(*) as integer) from ${sql.identifier(name)}) as ${sql.identifier(name)}`);
      try {
        const [row] = (await executePrepared(db, withParts(all, sql`select ${sql.join(counted, sql`, `)}`)) as { rows: Record<string, number>[] }).rows;
        return !w.case || Number(row?.c) === 1;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw guardFailure(error) ?? error;
      }
    },

    /**
     * Takes `count` numbers of the day for a region, and gives the last of them: one counter row per region and
     * day, incremented in place.
     */
    async takeNumbers(regionCode: string, day: string, count = 1): Promise<number> {
      const [row] = await db.insert(caseNumbers).values({ regionCode, day, last: count })
        .onConflictDoUpdate({ target: [caseNumbers.regionCode, caseNumbers.day], set: { last: sql`${caseNumbers.last} + ${count}` } })
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
