import type { AuditEntryView, AuditOutcome } from '@yiwang/contracts';
import type { AuditRow } from './audit.repository.js';

/** A stored entry as the API shows it (its personal identifiers were masked when it was written). */
export function presentEntry(row: AuditRow): AuditEntryView {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    outcome: row.outcome as AuditOutcome,
    ip: row.ip,
    detail: row.detail,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
