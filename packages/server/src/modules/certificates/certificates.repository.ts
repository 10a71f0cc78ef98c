import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { countAll, prepared, type Db } from '../../platform/db/index.js';
import {
  certificateExchangeRules, certificates, certificateSerials, certificateTypes, certificateUses, signingKeys,
} from './certificates.tables.js';

export type CertificateTypeRow = typeof certificateTypes.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;
export type SigningKeyRow = typeof signingKeys.$inferSelect;
export type ExchangeRuleRow = typeof certificateExchangeRules.$inferSelect;
export type CertificateUseRow = typeof certificateUses.$inferSelect;

export interface CertificateFilter {
  /** 证照标识 or holder code, exact */
  q?: string;
  typeId?: string;
  status?: 'valid' | 'revoked' | 'expired';
  /** Issued by one of these departments; null: any. */
  issuerDepartmentIds: string[] | null;
  /** Issued in this region subtree; null: any. */
  regionPrefix: string | null;
  today: string;
}

export function certificatesRepository(db: Db) {
  return {
    async listTypes(): Promise<(CertificateTypeRow & { issued: number })[]> {
      const issued = db.select({ typeId: certificates.typeId, n: countAll.as('n') }).from(certificates).groupBy(certificates.typeId).as('issued');
      const rows = await db.select({ t: certificateTypes, n: issued.n }).from(certificateTypes)
        .leftJoin(issued, eq(issued.typeId, certificateTypes.id)).orderBy(asc(certificateTypes.code));
      return rows.map((r) => ({ ...r.t, issued: Number(r.n ?? 0) }));
    },

    async findType(id: string): Promise<CertificateTypeRow | null> {
      const [row] = await db.select().from(certificateTypes).where(eq(certificateTypes.id, id));
      return row ?? null;
    },

    /** Every issuance's read of its type: prepared, as the other reads on the path of a decision. */
    async findTypeByName(name: string): Promise<CertificateTypeRow | null> {
      const byName = prepared(db, 'certificate_type_by_name', (d) => d.select().from(certificateTypes)
        .where(eq(certificateTypes.name, sql.placeholder('name'))));
      const [row] = await byName.execute({ name });
      return row ?? null;
    },

    async findTypesByNames(names: string[]): Promise<CertificateTypeRow[]> {
      return names.length ? db.select().from(certificateTypes).where(inArray(certificateTypes.name, names)) : [];
    },

    /** The next 3-digit sequence of the types a department defines. */
    async nextTypeSequence(departmentId: string): Promise<number> {
      const [row] = await db.select({ n: sql<number>`cast(coalesce(max(${certificateTypes.sequence}), 0) + 1 as integer)` })
        .from(certificateTypes).where(eq(certificateTypes.departmentId, departmentId));
      return row?.n ?? 1;
    },

    async insertType(row: typeof certificateTypes.$inferInsert): Promise<CertificateTypeRow> {
      const [saved] = await db.insert(certificateTypes).values(row).returning();
      return saved!;
    },

    async updateType(id: string, patch: Partial<typeof certificateTypes.$inferInsert>): Promise<CertificateTypeRow | null> {
      const [saved] = await db.update(certificateTypes).set(patch).where(eq(certificateTypes.id, id)).returning();
      return saved ?? null;
    },

    /** The next serial of a type from an issuer in a year, taken atomically. */
    async nextSerial(typeCode: string, issuerUscc: string, year: number): Promise<number> {
      const next = prepared(db, 'certificate_next_serial', (d) => d.insert(certificateSerials)
        .values({ typeCode: sql.placeholder('typeCode'), issuerUscc: sql.placeholder('issuerUscc'), year: sql.placeholder('year'), last: 1 })
        .onConflictDoUpdate({
          target: [certificateSerials.typeCode, certificateSerials.issuerUscc, certificateSerials.year],
          set: { last: sql`${certificateSerials.last} + 1` },
        })
        .returning({ last: certificateSerials.last }));
      const [row] = await next.execute({ typeCode, issuerUscc, year });
      return row!.last;
    },

    async insertCertificates(rows: NewCertificateRow[]): Promise<CertificateRow[]> {
      return rows.length ? db.insert(certificates).values(rows).returning() : [];
    },

    /** The insert of a certificate as a part of another module's statement (withParts): it returns the row's id. */
    insertingCertificate(row: NewCertificateRow): SQL {
      return db.insert(certificates).values(row).returning({ id: certificates.id }).getSQL();
    },

    /** 核验's one read: a prepared statement, built once per repository (and, on PostgreSQL, planned once per connection). */
    async findByIdentifier(identifier: string): Promise<CertificateRow | null> {
      const byIdentifier = prepared(db, 'certificate_by_identifier', (d) => d.select().from(certificates)
        .where(eq(certificates.identifier, sql.placeholder('identifier'))));
      const [row] = await byIdentifier.execute({ identifier });
      return row ?? null;
    },

    async findById(id: string, opts: { lock?: boolean } = {}): Promise<CertificateRow | null> {
      const q = db.select().from(certificates).where(eq(certificates.id, id));
      const [row] = await (opts.lock ? q.for('update') : q);
      return row ?? null;
    },

    async findByIds(ids: string[]): Promise<CertificateRow[]> {
      return ids.length ? db.select().from(certificates).where(inArray(certificates.id, ids)) : [];
    },

    /** 我的证照: the current versions a holder holds (by account, or by code for existing stock). */
    async listHeld(accountId: string, holderCode: string | null): Promise<CertificateRow[]> {
      const who = holderCode ? or(eq(certificates.holderAccountId, accountId), eq(certificates.holderCode, holderCode)) : eq(certificates.holderAccountId, accountId);
      return db.select().from(certificates).where(and(who, isNull(certificates.supersededBy))).orderBy(desc(certificates.issuedOn), desc(certificates.createdAt));
    },

    async listCertificates(f: CertificateFilter, page: number, pageSize: number): Promise<{ rows: CertificateRow[]; total: number }> {
      const where: SQL[] = [];
      if (f.q) where.push(or(eq(certificates.identifier, f.q.toUpperCase()), eq(certificates.holderCode, f.q.toUpperCase()))!);
      if (f.typeId) where.push(eq(certificates.typeId, f.typeId));
      if (f.status === 'revoked') where.push(eq(certificates.status, 'revoked'));
      if (f.status === 'valid') where.push(sql`${certificates.status} = 'valid' and (${certificates.validTo} is null or ${certificates.validTo} >= ${f.today})`);
      if (f.status === 'expired') where.push(sql`${certificates.status} = 'valid' and ${certificates.validTo} < ${f.today}`);
      if (f.issuerDepartmentIds) where.push(f.issuerDepartmentIds.length ? inArray(certificates.issuerDepartmentId, f.issuerDepartmentIds) : sql`false`);
      if (f.regionPrefix) where.push(sql`${certificates.regionCode} like ${`${f.regionPrefix}%`}`);
      const cond = where.length ? and(...where) : undefined;
      const [rows, [count]] = await Promise.all([
        db.select().from(certificates).where(cond).orderBy(desc(certificates.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
        db.select({ n: countAll }).from(certificates).where(cond),
      ]);
      return { rows, total: count?.n ?? 0 };
    },

    async updateCertificate(id: string, patch: Partial<NewCertificateRow>): Promise<void> {
      await db.update(certificates).set(patch).where(eq(certificates.id, id));
    },

    async listKeys(departmentId?: string): Promise<SigningKeyRow[]> {
      const q = db.select().from(signingKeys);
      return (departmentId ? q.where(eq(signingKeys.departmentId, departmentId)) : q).orderBy(asc(signingKeys.createdAt));
    },

    async findKeys(ids: string[]): Promise<SigningKeyRow[]> {
      return ids.length ? db.select().from(signingKeys).where(inArray(signingKeys.id, ids)) : [];
    },

    /** The department's keys in use, one per algorithm. */
    async currentKeys(departmentId: string): Promise<SigningKeyRow[]> {
      const current = prepared(db, 'signing_keys_current', (d) => d.select().from(signingKeys)
        .where(and(eq(signingKeys.departmentId, sql.placeholder('departmentId')), isNull(signingKeys.retiredAt))));
      return current.execute({ departmentId });
    },

    /** Adds a key unless the department already has one in use for the algorithm (a concurrent issuer made it). */
    async insertKey(row: typeof signingKeys.$inferInsert): Promise<boolean> {
      const rows = await db.insert(signingKeys).values(row).onConflictDoNothing().returning({ id: signingKeys.id });
      return rows.length > 0;
    },

    async retireKeys(departmentId: string, at: Date): Promise<void> {
      await db.update(signingKeys).set({ retiredAt: at }).where(and(eq(signingKeys.departmentId, departmentId), isNull(signingKeys.retiredAt)));
    },

    async listRules(typeId?: string): Promise<ExchangeRuleRow[]> {
      const q = db.select().from(certificateExchangeRules);
      return (typeId ? q.where(eq(certificateExchangeRules.typeId, typeId)) : q).orderBy(asc(certificateExchangeRules.createdAt));
    },

    async findRule(typeId: string, departmentIds: string[]): Promise<ExchangeRuleRow | null> {
      if (!departmentIds.length) return null;
      const [row] = await db.select().from(certificateExchangeRules)
        .where(and(eq(certificateExchangeRules.typeId, typeId), inArray(certificateExchangeRules.departmentId, departmentIds)));
      return row ?? null;
    },

    async findRuleById(id: string): Promise<ExchangeRuleRow | null> {
      const [row] = await db.select().from(certificateExchangeRules).where(eq(certificateExchangeRules.id, id));
      return row ?? null;
    },

    async insertRule(row: typeof certificateExchangeRules.$inferInsert): Promise<ExchangeRuleRow | null> {
      const [saved] = await db.insert(certificateExchangeRules).values(row).onConflictDoNothing().returning();
      return saved ?? null;
    },

    async deleteRule(id: string): Promise<ExchangeRuleRow | null> {
      const [gone] = await db.delete(certificateExchangeRules).where(eq(certificateExchangeRules.id, id)).returning();
      return gone ?? null;
    },

    /** Counts by type (and status, expiry aside) and by issuer, and uses by kind. */
    async stats() {
      const reuse = eq(certificateUses.kind, 'reuse');
      const [byType, byIssuer, uses, reusesByType, [cases]] = await Promise.all([
        db.select({ typeName: certificates.typeName, status: certificates.status, n: countAll }).from(certificates).groupBy(certificates.typeName, certificates.status),
        db.select({ issuerName: certificates.issuerName, n: countAll }).from(certificates).groupBy(certificates.issuerName),
        db.select({ kind: certificateUses.kind, n: countAll }).from(certificateUses).groupBy(certificateUses.kind),
        db.select({ typeName: certificates.typeName, n: countAll }).from(certificateUses)
          .innerJoin(certificates, eq(certificates.id, certificateUses.certificateId)).where(reuse).groupBy(certificates.typeName),
        db.select({ n: sql<number>`count(distinct ${certificateUses.caseId})::int` }).from(certificateUses).where(reuse),
      ]);
      return { byType, byIssuer, uses, reusesByType, casesWithReuse: cases?.n ?? 0 };
    },

    async recordUses(rows: (typeof certificateUses.$inferInsert)[]): Promise<void> {
      if (rows.length) await db.insert(certificateUses).values(rows);
    },

    /** The certificates already recorded as reused for a case. */
    async reusedFor(caseId: string): Promise<string[]> {
      const rows = await db.select({ id: certificateUses.certificateId }).from(certificateUses)
        .where(and(eq(certificateUses.caseId, caseId), eq(certificateUses.kind, 'reuse')));
      return rows.map((r) => r.id);
    },

    async listUses(certificateIds: string[]): Promise<CertificateUseRow[]> {
      return certificateIds.length
        ? db.select().from(certificateUses).where(inArray(certificateUses.certificateId, certificateIds)).orderBy(desc(certificateUses.at)).limit(500)
        : [];
    },
  };
}

export type CertificatesRepository = ReturnType<typeof certificatesRepository>;
