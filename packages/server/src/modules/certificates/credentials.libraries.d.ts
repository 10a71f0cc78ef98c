// Types of the parts of Digital Bazaar's W3C Verifiable Credentials libraries (plain JavaScript) that the
// certificate credentials and their tests use.

declare module '@digitalbazaar/vc' {
  export interface LoadedDocument { contextUrl: string | null; documentUrl: string; document: unknown }
  export type DocumentLoader = (url: string) => Promise<LoadedDocument>;
  export interface VerifyResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: { verified: boolean; error?: Error }[];
    statusResult?: { verified: boolean; error?: Error; results?: { verified: boolean; credentialStatus: unknown }[] };
  }
  export function issue(opts: { credential: object; suite: object; documentLoader: DocumentLoader; now?: Date | string }): Promise<Record<string, unknown>>;
  export function verifyCredential(opts: {
    credential: object; suite: object | object[]; documentLoader: DocumentLoader; now?: Date | string;
    checkStatus?: (opts: object) => Promise<{ verified: boolean }>;
  }): Promise<VerifyResult>;
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(opts?: { key?: object; date?: string | Date });
  }
}

declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export class Ed25519VerificationKey2020 {
    static generate(opts: { seed: Uint8Array }): Promise<Ed25519VerificationKey2020>;
    static fromFingerprint(opts: { fingerprint: string }): Ed25519VerificationKey2020;
    id: string;
    controller: string;
    publicKeyMultibase: string;
    fingerprint(): string;
    verifier(): { verify(opts: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
}

declare module '@digitalbazaar/vc-status-list' {
  export interface StatusList { length: number; setStatus(index: number, status: boolean): void; getStatus(index: number): boolean; encode(): Promise<string> }
  export function createList(opts: { length: number }): Promise<StatusList>;
  export function decodeList(opts: { encodedList: string }): Promise<StatusList>;
  export function createCredential(opts: { id: string; list: StatusList; statusPurpose: string }): Promise<Record<string, unknown>>;
  export function checkStatus(opts: object): Promise<{ verified: boolean; error?: Error }>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/vc-status-list-context' {
  const context: { contexts: Map<string, object>; CONTEXT_URL_V1: string };
  export default context;
}

declare module 'ed25519-signature-2020-context' {
  const context: { contexts: Map<string, object>; CONTEXT_URL: string };
  export default context;
}

declare module '@digitalbazaar/security-document-loader' {
  import type { DocumentLoader } from '@digitalbazaar/vc';
  export function securityLoader(): {
    addStatic(url: string, document: object): void;
    addDocuments(opts: { documents: Iterable<[string, object]> }): void;
    setProtocolHandler(opts: { protocol: string; handler: { get(opts: { url: string }): Promise<unknown> } }): void;
    build(): DocumentLoader;
  };
}
