import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { certificates } from './certificates.tables.js';

/** What a department's status list (状态列表) is made of. */
export interface StatusListSource {
  /** The highest status index among the department's certificates (0: none yet) */
  maxIndex: number;
  /** The status indexes of its revoked certificates, and when the last was revoked */
  revoked: number[];
  lastRevokedAt: Date | null;
}

export function statusListRepository(db: Db) {
  return {
    async source(departmentId: string): Promise<StatusListSource> {
      const mine = eq(certificates.issuerDepartmentId, departmentId);
      const [[top], revoked] = await Promise.all([
        db.select({ max: sql<number>`cast(coalesce(max(${certificates.statusIndex}), 0) as integer)` }).from(certificates).where(mine),
        db.select({ index: certificates.statusIndex, at: certificates.revokedAt }).from(certificates)
          .where(and(mine, eq(certificates.status, 'revoked'))).orderBy(certificates.statusIndex),
      ]);
      const lastRevokedAt = revoked.reduce<Date | null>((last, r) => (r.at && (!last || r.at > last) ? r.at : last), null);
      return { maxIndex: top?.max ?? 0, revoked: revoked.map((r) => r.index), lastRevokedAt };
    },
  };
}
