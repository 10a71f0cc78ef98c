import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { certificateImportRows, certificateImports, certificates, certificateSerials, certificateTypes } from './certificates.tables.js';
import type { NewCertificateRow } from './certificates.repository.js';

export type CertificateImportRow = typeof certificateImports.$inferSelect;
export type NewCertificateImportRow = typeof certificateImports.$inferInsert;

/** A row of an earlier import that a new file names again. */
export interface ImportedKey { holderCode: string; originalNumber: string; identifier: string; importedAt: Date }

// Rows per insert statement: well under PostgreSQL's 65,535 parameters (a certificate has 29 columns).
const BATCH = 500;

/** SQL of 存量证照导入: the import jobs, what they imported, and serial numbers taken in blocks. */
export function certificateImportRepository(db: Db) {
  return {
    async insertJob(row: NewCertificateImportRow): Promise<CertificateImportRow> {
      const [saved] = await db.insert(certificateImports).values(row).returning();
      return saved!;
    },

    async updateJob(id: string, patch: Partial<NewCertificateImportRow>): Promise<void> {
      await db.update(certificateImports).set(patch).where(eq(certificateImports.id, id));
    },

    async findJob(id: string): Promise<CertificateImportRow | null> {
      const [row] = await db.select().from(certificateImports).where(eq(certificateImports.id, id));
      return row ?? null;
    },

    /** The newest imports of these departments (null: of all). */
    async listJobs(departmentIds: string[] | null, limit: number): Promise<CertificateImportRow[]> {
      const q = db.select().from(certificateImports);
      const scoped = departmentIds ? q.where(departmentIds.length ? inArray(certificateImports.departmentId, departmentIds) : sql`false`) : q;
      return scoped.orderBy(desc(certificateImports.createdAt)).limit(limit);
    },

    /**
     * Makes imports of one type take turns inside their writing transactions (the type's row, locked until the end;
     * `no key update` leaves issuance's foreign-key checks free): the later one sees what the earlier one wrote.
     */
    async lockType(typeId: string): Promise<void> {
      await db.select({ id: certificateTypes.id }).from(certificateTypes).where(eq(certificateTypes.id, typeId)).for('no key update');
    },

    /** Rows of earlier imports of the type held by these holders, with the certificate each became. */
    async findImported(typeId: string, holderCodes: string[]): Promise<ImportedKey[]> {
      if (!holderCodes.length) return [];
      return db.select({
        holderCode: certificateImportRows.holderCode, originalNumber: certificateImportRows.originalNumber,
        identifier: certificates.identifier, importedAt: certificates.createdAt,
      }).from(certificateImportRows)
        .innerJoin(certificates, eq(certificates.id, certificateImportRows.certificateId))
        .where(and(eq(certificateImportRows.typeId, typeId), inArray(certificateImportRows.holderCode, holderCodes)));
    },

    /** Takes `count` serials of a type from an issuer in a year at once: the last one taken. */
    async reserveSerials(typeCode: string, issuerUscc: string, year: number, count: number): Promise<number> {
      const [row] = await db.insert(certificateSerials).values({ typeCode, issuerUscc, year, last: count })
        .onConflictDoUpdate({
          target: [certificateSerials.typeCode, certificateSerials.issuerUscc, certificateSerials.year],
          set: { last: sql`${certificateSerials.last} + ${count}` },
        })
        .returning({ last: certificateSerials.last });
      return row!.last;
    },

    async insertCertificates(rows: NewCertificateRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += BATCH) await db.insert(certificates).values(rows.slice(i, i + BATCH));
    },

    async insertImportRows(rows: (typeof certificateImportRows.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += BATCH * 4) await db.insert(certificateImportRows).values(rows.slice(i, i + BATCH * 4));
    },
  };
}
