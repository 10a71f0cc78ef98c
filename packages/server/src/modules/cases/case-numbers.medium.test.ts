import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/index.js';
import { testDatabase } from '../../../test/database.js';
import { nextSerial } from './case-numbers.js';
import { casesRepository } from './cases.repository.js';

let database: Database;
beforeAll(async () => { database = await testDatabase(); });
afterAll(() => database.close());

describe('case serials (办件编号)', () => {
  it('hands out a block one by one, shares the counter with numbers taken alone, and never gives one twice', async () => {
    const { db } = database;
    const day = '2026-03-02';
    const serial = () => nextSerial(db, '430100', day);
    expect([await serial(), await serial(), await serial()]).toEqual([1, 2, 3]);
    // A transaction takes its number alone, after the block.
    expect(await casesRepository(db).takeNumbers('430100', day)).toBe(21);
    expect(await serial()).toBe(4);
    const rest = await Promise.all(Array.from({ length: 40 }, serial));
    expect(new Set(rest).size).toBe(40);
    expect(rest.filter((n) => n <= 20)).toHaveLength(16); // 5 … 20
    expect(rest).not.toContain(21);
    // Callers that found the block used up waited for one new block, not one each.
    expect(Math.max(...rest)).toBe(45);
    expect(await casesRepository(db).takeNumbers('430100', day)).toBe(62);
    // Another region and another day count on their own.
    expect(await nextSerial(db, '430200', day)).toBe(1);
    expect(await nextSerial(db, '430100', '2026-03-03')).toBe(1);
  });
});
