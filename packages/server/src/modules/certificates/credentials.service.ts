import { issue } from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createCredential, createList } from '@digitalbazaar/vc-status-list';
import type { Actor, FaceValue } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { certificatesRepository, type CertificateRow, type SigningKeyRow } from './certificates.repository.js';
import type { CertificatesService } from './certificates.service.js';
import { signedData } from './certificate.presenter.js';
import type { KeyStore, StoredSignature } from './key-store.js';
import { createCredentialKeys } from './credentials.keys.js';
import {
  chinaDayStart, ED25519_2020_CONTEXT, localDocumentLoader, STATUS_LIST_CONTEXT, VC_V1_CONTEXT, vcDateTime, YIWANG_TERMS,
} from './credentials.jsonld.js';
import { statusListRepository } from './status-list.repository.js';

export interface CredentialsDeps {
  db: Db;
  /** 32 bytes: unseals the departments' Ed25519 private keys, in this process only. */
  masterKey: Buffer;
  keys: KeyStore;
  /** The certificate service's access rule (holder, issuing department, data-exchange rule; staff reads logged). */
  readable: CertificatesService['readable'];
  publicUrl: string;
}

/** A status list holds a multiple of 16 KiB of bits (131,072), the StatusList2021 minimum that hides who is checked. */
const LIST_BLOCK = 131_072;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * 可验证凭证 (W3C Verifiable Credentials, data model v1.1): a certificate exported as a JSON-LD credential with an
 * Ed25519Signature2020 proof, and each issuing department's revocation status list (StatusList2021).
 *
 * The issuer is the `did:key` of the Ed25519 key that signed the certificate, so a credential verifies offline with
 * any VC library and stays verifiable across key rotation (密钥轮换). The status list a credential points to is
 * signed by that same key, as StatusList2021 wants the list's issuer to be the credential's: one list per department
 * and key, whose bits are the department's revoked certificates (each certificate's `status_index`, given by the
 * database at issuance, is its bit).
 */
export function createCredentialsService(deps: CredentialsDeps) {
  const repo = certificatesRepository(deps.db);
  const lists = statusListRepository(deps.db);
  const credentialKeys = createCredentialKeys(deps.masterKey);
  // The last list signed per key, with what it was made of: an unchanged list is not signed again.
  const signedLists = new Map<string, { made: string; credential: Record<string, unknown> }>();

  const statusListUrlOf = (departmentId: string, keyId: string) =>
    `${deps.publicUrl}/api/certificates/status-lists/${departmentId}?key=${encodeURIComponent(keyId)}`;

  function unsigned(row: CertificateRow, issuer: string, statusList: string): Record<string, unknown> {
    return {
      '@context': [VC_V1_CONTEXT, STATUS_LIST_CONTEXT, ED25519_2020_CONTEXT, YIWANG_TERMS],
      id: `urn:uuid:${row.id}`,
      type: ['VerifiableCredential', 'ElectronicCertificate'],
      issuer: { id: issuer, name: row.issuerName, uscc: row.issuerUscc },
      issuanceDate: chinaDayStart(row.validFrom),
      // The instant the last valid day (有效期至, inclusive) ends.
      ...(row.validTo ? { expirationDate: chinaDayStart(nextDay(row.validTo)) } : {}),
      credentialSubject: {
        type: 'CertificateHolder',
        name: row.holderName,
        holderCodeType: row.holderCodeType,
        holderCode: row.holderCode,
        certificateIdentifier: row.identifier,
        certificateTypeCode: row.typeCode,
        certificateTypeName: row.typeName,
        certificateVersion: row.version,
        issuedOn: row.issuedOn,
        validFromDate: row.validFrom,
        ...(row.validTo ? { validToDate: row.validTo } : {}),
        trustLevel: row.trustLevel,
        face: (row.face as FaceValue[]).map((f) => ({ key: f.key, label: f.label, value: f.value })),
      },
      credentialStatus: {
        id: `${statusList}#${row.statusIndex}`,
        type: 'StatusList2021Entry',
        statusPurpose: 'revocation',
        statusListIndex: String(row.statusIndex),
        statusListCredential: statusList,
      },
    };
  }

  async function ed25519KeyOf(row: CertificateRow): Promise<SigningKeyRow> {
    const signature = (row.signatures as StoredSignature[]).find((s) => s.algorithm === 'Ed25519');
    const [key] = signature ? await repo.findKeys([signature.keyId]) : [];
    if (!key) throw new AppError('CERTIFICATE_NOT_VALID', '该证照没有 Ed25519 签名，无法导出可验证凭证');
    return key;
  }

  return {
    /**
     * The certificate as a W3C Verifiable Credential, for its holder only (others: FORBIDDEN, or CERTIFICATE_NOT_FOUND
     * for another person or enterprise). Its stored signatures are checked first: a record changed in the database is never signed anew.
     * The same certificate always gives the same credential (the proof is dated when the certificate was signed).
     */
    async credential(actor: Actor, id: string): Promise<{ filename: string; credential: Record<string, unknown> }> {
      // The credential carries the holder's number unmasked, for the holder to present: staff read the masked view.
      if (actor.kind !== 'citizen' && actor.kind !== 'enterprise') {
        throw new AppError('FORBIDDEN', '可验证凭证只能由持证人导出；工作人员请查阅证照或使用核验接口');
      }
      const { row } = await deps.readable(actor, id);
      const checked = await deps.keys.verify(repo, row.signatures as StoredSignature[], signedData(row));
      if (checked.length === 0 || checked.some((s) => !s.valid)) throw new AppError('CERTIFICATE_NOT_VALID', '证照签名核验未通过，不能导出可验证凭证');
      const keyRow = await ed25519KeyOf(row);
      const key = await credentialKeys.of(keyRow);
      const credential = await issue({
        credential: unsigned(row, key.did, statusListUrlOf(row.issuerDepartmentId, keyRow.id)),
        suite: new Ed25519Signature2020({ key: key.pair, date: vcDateTime(row.createdAt) }),
        documentLoader: localDocumentLoader,
      });
      return { filename: `${row.typeName}-${row.serial}-v${row.version}.vc.json`, credential };
    },

    /**
     * 证照状态列表: the StatusList2021 credential of a department for one of its Ed25519 keys (by default the one in
     * use), bit i set when the department's certificate with status index i is revoked. Public; signed by that key
     * and dated when it last changed (the later of the key's making and the last revocation).
     */
    async statusList(departmentId: string, keyId?: string): Promise<Record<string, unknown>> {
      const keyRow = keyId
        ? (await repo.findKeys([keyId]))[0]
        : (await repo.currentKeys(departmentId)).find((k) => k.algorithm === 'Ed25519');
      if (!keyRow || keyRow.departmentId !== departmentId || keyRow.algorithm !== 'Ed25519') {
        throw new AppError('NOT_FOUND', '该部门没有此签名密钥的证照状态列表');
      }
      const source = await lists.source(departmentId);
      const length = LIST_BLOCK * Math.ceil((source.maxIndex + 1) / LIST_BLOCK);
      const made = `${length}:${source.revoked.join(',')}`;
      const known = signedLists.get(keyRow.id);
      if (known?.made === made) return known.credential;

      const list = await createList({ length });
      for (const index of source.revoked) list.setStatus(index, true);
      const url = statusListUrlOf(departmentId, keyRow.id);
      const key = await credentialKeys.of(keyRow);
      const at = source.lastRevokedAt && source.lastRevokedAt > keyRow.createdAt ? source.lastRevokedAt : keyRow.createdAt;
      const credential = await issue({
        credential: { ...(await createCredential({ id: url, list, statusPurpose: 'revocation' })), issuer: key.did, issuanceDate: vcDateTime(at) },
        suite: new Ed25519Signature2020({ key: key.pair, date: vcDateTime(at) }),
        documentLoader: localDocumentLoader,
      });
      signedLists.set(keyRow.id, { made, credential });
      return credential;
    },
  };
}

export type CredentialsService = ReturnType<typeof createCredentialsService>;
