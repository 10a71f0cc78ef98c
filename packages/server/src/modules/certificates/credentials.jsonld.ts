import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import statusListContext from '@digitalbazaar/vc-status-list-context';
import ed25519Context from 'ed25519-signature-2020-context';
import type { DocumentLoader } from '@digitalbazaar/vc';

/**
 * JSON-LD for the W3C Verifiable Credentials (可验证凭证) of certificates: the contexts they name, served from the
 * copies bundled with the context packages (never fetched), and the platform's own terms.
 */

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const STATUS_LIST_CONTEXT = statusListContext.CONTEXT_URL_V1;
export const ED25519_2020_CONTEXT = ed25519Context.CONTEXT_URL;

/**
 * The platform's terms, inline in each credential (nothing to resolve). They live in the namespace the W3C keeps
 * for issuer-dependent terms: their meaning is the issuer's, described in docs/api.md. Every property the
 * credentials carry is defined, so JSON-LD's safe mode signs all of it (an undefined term would fail issuance).
 */
const NS = 'https://www.w3.org/ns/credentials/issuer-dependent#';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
export const YIWANG_TERMS = {
  /** 电子证照 */
  ElectronicCertificate: `${NS}ElectronicCertificate`,
  /** 持证主体 */
  CertificateHolder: `${NS}CertificateHolder`,
  name: `${NS}name`,
  /** 统一社会信用代码 of the issuing department */
  uscc: `${NS}uscc`,
  /** 持证主体代码类型: 111 citizen ID, 001 USCC */
  holderCodeType: `${NS}holderCodeType`,
  holderCode: `${NS}holderCode`,
  /** 证照标识 (GB/T 36904) */
  certificateIdentifier: `${NS}certificateIdentifier`,
  certificateTypeCode: `${NS}certificateTypeCode`,
  certificateTypeName: `${NS}certificateTypeName`,
  certificateVersion: `${NS}certificateVersion`,
  issuedOn: { '@id': `${NS}issuedOn`, '@type': XSD_DATE },
  /** 有效期起 and 有效期至 (the last valid day); none for a permanent certificate */
  validFromDate: { '@id': `${NS}validFromDate`, '@type': XSD_DATE },
  validToDate: { '@id': `${NS}validToDate`, '@type': XSD_DATE },
  /** 可信等级 */
  trustLevel: `${NS}trustLevel`,
  /** 照面信息: { key, label, value } each */
  face: `${NS}face`,
  key: `${NS}faceKey`,
  label: `${NS}faceLabel`,
  value: `${NS}faceValue`,
} as const;

const documents = new Map<string, object>([...credentialsContexts, ...statusListContext.contexts, ...ed25519Context.contexts]);

/** Loads the bundled contexts only: anything else (a remote context, a DID) is refused, so signing never goes online. */
export const localDocumentLoader: DocumentLoader = async (url) => {
  const document = documents.get(url);
  if (!document) throw new Error(`JSON-LD document ${url} is not available offline`);
  return { contextUrl: null, documentUrl: url, document };
};

/** A date-time as the VC data model writes it: seconds, no fraction. */
export const vcDateTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The instant a China calendar day (YYYY-MM-DD) begins. */
export const chinaDayStart = (day: string) => `${day}T00:00:00+08:00`;
