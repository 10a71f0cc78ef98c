import type { Db } from '../../platform/db/index.js';
import { casesRepository } from './cases.repository.js';

/** Numbers taken from a day's counter at once by a use case outside a transaction. */
const BLOCK = 20;

/** Per database: the numbers taken and not yet handed out, and the blocks being taken, by day and region. */
interface Serials { free: Map<string, number[]>; refills: Map<string, Promise<void>> }
const taken = new WeakMap<Db, Serials>();

/**
 * The day's next serial of a region (办件编号) for a use case outside a transaction: taken from the counter in blocks
 * of 20 and handed out from memory, so that most submissions need no statement for it. Every block is the
 * counter's own increment, so numbers stay unique across processes; the rest of a block when the process stops is
 * skipped, as the number of a submission that fails after taking it always was. Inside a transaction a number is
 * taken alone (a block taken there would roll back with it, and be handed out again).
 */
export async function nextSerial(db: Db, regionCode: string, day: string): Promise<number> {
  let state = taken.get(db);
  if (!state) taken.set(db, (state = { free: new Map(), refills: new Map() }));
  const key = `${day} ${regionCode}`;
  for (;;) {
    const free = state.free.get(key);
    if (free?.length) return free.shift()!;
    // One block at a time: callers that find none wait for the block being taken.
    let refill = state.refills.get(key);
    if (!refill) {
      refill = takeBlock(db, state, key, regionCode, day).finally(() => state.refills.delete(key));
      state.refills.set(key, refill);
    }
    await refill;
  }
}

async function takeBlock(db: Db, state: Serials, key: string, regionCode: string, day: string): Promise<void> {
  const last = await casesRepository(db).takeNumbers(regionCode, day, BLOCK);
  // Earlier days are over: what was left of them goes.
  for (const k of state.free.keys()) if (!k.startsWith(day)) state.free.delete(k);
  state.free.set(key, [...(state.free.get(key) ?? []), ...Array.from({ length: BLOCK }, (_, i) => last - BLOCK + 1 + i)]);
}
