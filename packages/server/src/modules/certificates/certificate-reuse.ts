import { chinaDate } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import type { CaseReuse, CertificateReusePort, PresentedCertificate } from '../cases/index.js';
import { certificatesRepository, type CertificateRow, type CertificatesRepository } from './certificates.repository.js';
import { presentForCase, signedData } from './certificate.presenter.js';
import type { KeyStore, StoredSignature } from './key-store.js';

/**
 * 证照复用 (减证便民): the certificates an applicant presents instead of paper copies — found and checked (signatures,
 * revocation, expiry) each time a case needs them — and the log of each reuse, which the holder reads.
 *
 * A department reads a certificate presented for its case on the strength of the item's material list (the type
 * replaces that material) and the applicant's consent, not of a data-exchange rule; each reuse is logged once per case.
 */
export function createCertificateReuse(deps: { db: Db; keys: KeyStore; clock: () => Date; publicUrl: string }): CertificateReusePort {
  async function presented(repo: CertificatesRepository, row: CertificateRow, today: string): Promise<PresentedCertificate> {
    const signatures = await deps.keys.verify(repo, row.signatures as StoredSignature[], signedData(row));
    const signed = signatures.length > 0 && signatures.every((s) => s.valid);
    return { holderAccountId: row.holderAccountId, holderCode: row.holderCode, view: presentForCase(row, { today, publicUrl: deps.publicUrl, signed }) };
  }

  return {
    async find(ids: string[], db = deps.db): Promise<Map<string, PresentedCertificate>> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const repo = certificatesRepository(db);
      const today = chinaDate(deps.clock());
      const found = new Map<string, PresentedCertificate>();
      // One after the other: inside a transaction the connection is one.
      for (const row of await repo.findByIds(unique)) found.set(row.id, await presented(repo, row, today));
      return found;
    },

    async record(db: Db, reuse: CaseReuse): Promise<void> {
      const tx = certificatesRepository(db);
      const logged = new Set(await tx.reusedFor(reuse.caseId));
      await tx.recordUses(reuse.certificates.filter((c) => !logged.has(c.certificateId)).map((c) => ({
        certificateId: c.certificateId, at: reuse.at, kind: 'reuse', actorKind: reuse.applicant.kind, actorId: reuse.applicant.id,
        actorName: reuse.applicant.name, departmentName: reuse.departmentName,
        purpose: `${reuse.caseNumber ? `办件 ${reuse.caseNumber}：` : ''}申请"${reuse.itemName}"，代替提交"${c.materialName}"`, caseId: reuse.caseId, caseNumber: reuse.caseNumber,
      })));
    },
  };
}
