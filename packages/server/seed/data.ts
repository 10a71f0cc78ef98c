import fs from 'node:fs';
import path from 'node:path';

/** Reads a JSON file of seed/data. */
export function readSeedData<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'data', file), 'utf8')) as T;
}

export function hasSeedData(file: string): boolean {
  return fs.existsSync(path.join(import.meta.dirname, 'data', file));
}
