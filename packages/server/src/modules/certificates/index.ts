import type { Db } from '../../platform/db/index.js';
import type { DecidedCase, IssuedForCase } from '../cases/index.js';
import { certificatesRepository } from './certificates.repository.js';
import { createCertificatesService } from './certificates.service.js';
import { createCertificateTypesService, type DepartmentRef } from './certificate-types.service.js';
import { createIssuer, type IssueInput } from './issuance.js';
import { createCertificateReuse } from './certificate-reuse.js';
import { createKeyStore } from './key-store.js';
import { createVerifyPool } from './verify-pool.js';
import { createCredentialsService } from './credentials.service.js';
import { createCertificateImports } from './certificate-import.js';

export { registerCertificatesRoutes } from './certificates.routes.js';
export { registerCredentialsRoutes } from './credentials.routes.js';
export { registerCertificateImportRoutes } from './certificate-import.routes.js';
export { loadMasterKey } from './master-key.js';
export type { DepartmentRef } from './certificate-types.service.js';
/** The signed form of a certificate and the verifiers: for offline verifiers and the benchmark's raw baseline. */
export { signedData } from './certificate.presenter.js';
export { verifierFor } from './signatures.js';

export interface CertificatesModuleDeps {
  db: Db;
  /** 32 bytes: seals the departments' private keys in the database. */
  masterKey: Buffer;
  clock?: () => Date;
  publicUrl: string;
  departments: (ids: string[]) => Promise<DepartmentRef[]>;
  holderCodeOf: (accountId: string) => Promise<string | null>;
  /**
   * The database serves several statements at once (a PostgreSQL pool): a serial is then taken in a statement of
   * its own, so that issuing inside a decision's transaction does not hold the serial counter until it commits.
   */
  concurrentStatements?: boolean;
  /** Threads that check signatures (verify-pool.ts); 0 or none: on the event loop. */
  verifyThreads?: number;
}

/** 电子证照库: the key store, issuance, the certificate and catalogue services. */
export function createCertificatesModule(deps: CertificatesModuleDeps) {
  const clock = deps.clock ?? (() => new Date());
  const pool = deps.verifyThreads ? createVerifyPool(deps.verifyThreads) : undefined;
  const keys = createKeyStore(deps.masterKey, pool);
  const { issue, make } = createIssuer(keys, clock, deps.concurrentStatements ? deps.db : undefined);
  const certificates = createCertificatesService({ db: deps.db, keys, issue, clock, publicUrl: deps.publicUrl, holderCodeOf: deps.holderCodeOf });
  return {
    certificates,
    /** 可验证凭证: certificates as W3C Verifiable Credentials, and the departments' revocation status lists. */
    credentials: createCredentialsService({ db: deps.db, masterKey: deps.masterKey, keys, readable: certificates.readable, publicUrl: deps.publicUrl }),
    types: createCertificateTypesService({ db: deps.db, clock, departments: deps.departments }),
    /** 证照复用: the certificates applicants present instead of paper (the cases module's port). */
    reuse: createCertificateReuse({ db: deps.db, keys, clock, publicUrl: deps.publicUrl }),
    /** 存量证照导入: CSV or JSON files of existing certificates, checked in full, then signed and written as a job. */
    imports: createCertificateImports({ db: deps.db, keys, clock, departments: deps.departments }),

    /** Stops the signature check threads (when the app closes). */
    close: async () => pool?.close(),

    /** 存量证照: a certificate issued before the platform, collected from its issuer (the seed, bulk import). */
    async issueExisting(typeName: string, input: IssueInput): Promise<void> {
      const type = await certificatesRepository(deps.db).findTypeByName(typeName);
      if (!type) throw new Error(`no certificate type ${typeName}`);
      await issue(deps.db, type, input);
    },

    /**
     * 审批即发证: the certificate a decided case yields, serial taken and signed, and the insert that the decision's
     * one statement makes of it (so it is written with the decision or not at all); nothing when the item's
     * result type is not catalogued.
     */
    async issueForCase(db: Db, decided: DecidedCase): Promise<IssuedForCase[]> {
      const repo = certificatesRepository(db);
      const type = await repo.findTypeByName(decided.certificateType);
      if (!type) return [];
      const row = await make(db, type, {
        holder: decided.holder, issuer: decided.issuer, trustLevel: 'A',
        case: { id: decided.id, number: decided.number, itemName: decided.itemName, formValues: decided.formValues },
      });
      return [{ identifier: row.identifier, typeName: row.typeName, insert: repo.insertingCertificate(row) }];
    },
  };
}

export type CertificatesModule = ReturnType<typeof createCertificatesModule>;
