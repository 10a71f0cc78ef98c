import { createHash } from 'node:crypto';
import type { AuditProblem } from '@yiwang/contracts';

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One stored entry, as the chain sees it. */
export interface ChainEntry {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string;
  ip: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The last entry of a chain walked so far (or noted down as an anchor). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The first thing wrong with a chain. */
export interface ChainFault {
  seq: number;
  problem: AuditProblem;
}

/** JSON with object keys sorted at every depth and undefined members left out: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** An entry's fields but its link: what the chain's next link is computed over. */
export type UnlinkedEntry = Omit<ChainEntry, 'seq' | 'prevHash' | 'hash'>;

/**
 * The canonical JSON of an entry (every field but the hash, keys sorted) around its link:
 * `${before}"${prevHash}"${between}${seq}}`. The database fills the link in when it appends (audit.repository),
 * and entryHash here, so both hash the same text.
 */
export function linkTemplate(entry: UnlinkedEntry): { before: string; between: string } {
  // Keys before "prevHash" in sorted order, then those between it and "seq".
  const before = canonicalJson({
    action: entry.action, actorId: entry.actorId, actorName: entry.actorName, actorRole: entry.actorRole,
    at: entry.at.toISOString(), detail: entry.detail, ip: entry.ip, outcome: entry.outcome,
  });
  const between = canonicalJson({ resourceId: entry.resourceId, resourceType: entry.resourceType }).slice(1, -1);
  return { before: `${before.slice(0, -1)},"prevHash":`, between: `${between && `,${between}`},"seq":` };
}

/**
 * The hash of an entry: SHA-256 over the canonical JSON of every field but the hash itself, prev_hash included.
 * Changing this breaks the verification of every stored entry: a new algorithm (SM3) needs a new column saying which.
 */
export function entryHash(entry: Omit<ChainEntry, 'hash'>): string {
  const { before, between } = linkTemplate(entry);
  return createHash('sha256').update(`${before}${JSON.stringify(entry.prevHash)}${between}${entry.seq}}`, 'utf8').digest('hex');
}

/**
 * Checks one entry against the one before it (null: it should be the first). Seqs are dense, so a gap is a
 * deletion; an entry whose own hash is wrong was altered — or, when its link is wrong too and no single change
 * of prev_hash explains it, put in; an entry that hashes right but does not link was put in, or its
 * predecessor taken out with the numbers rewritten: the chain cannot tell which.
 */
export function checkEntry(prev: ChainHead | null, entry: ChainEntry): ChainFault | null {
  const expectedSeq = (prev?.seq ?? 0) + 1;
  const expectedPrev = prev?.hash ?? GENESIS_HASH;
  if (entry.seq > expectedSeq) return { seq: expectedSeq, problem: 'deleted' };
  if (entry.seq < expectedSeq) return { seq: entry.seq, problem: 'inserted' };
  const isLinked = entry.prevHash === expectedPrev;
  if (entryHash(entry) === entry.hash) return isLinked ? null : { seq: entry.seq, problem: 'broken-link' };
  if (isLinked) return { seq: entry.seq, problem: 'altered' };
  const onlyLinkChanged = entryHash({ ...entry, prevHash: expectedPrev }) === entry.hash;
  return { seq: entry.seq, problem: onlyLinkChanged ? 'altered' : 'inserted' };
}
