import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Chinese search without a Postgres text-search configuration for Chinese: the code builds tsvector and
 * tsquery literals itself. The item name is indexed as character unigrams and bigrams with their positions, so
 * any substring is a phrase query of its bigrams; jieba's words (search mode) of the name, the department and
 * the materials are indexed too, so a query whose words are not adjacent in the name still finds it.
 * Literals are cast (`::tsvector`, `::tsquery`), so nothing depends on the database's locale.
 */
const jieba = Jieba.withDict(dict);

const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;
const NAME_WORDS_AT = 200;
const FIELD_STARTS = { B: 400, C: 700 } as const;
const MAX_POSITION = 16383;

/** jieba's search-mode words of a text, lower-cased, without punctuation. */
export function words(text: string): string[] {
  return jieba.cutForSearch(text.toLowerCase(), true).filter((w) => WORD.test(w)).map((w) => w.trim()).filter(Boolean);
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Characters of a text that count for search (CJK, letters, digits), lower-cased. */
function searchChars(text: string): string[] {
  return Array.from(text.toLowerCase()).filter((c) => WORD.test(c));
}

export interface SearchDocument {
  name: string;
  /** Weight B: the department and the catalog name. */
  secondary: string[];
  /** Weight C: result, materials, conditions keywords. */
  tertiary: string[];
}

/** Builds the tsvector literal of an item. */
export function buildSearchVector(doc: SearchDocument): string {
  const positions = new Map<string, string[]>();
  const add = (lexeme: string, pos: number, weight: 'A' | 'B' | 'C') => {
    if (pos > MAX_POSITION) return;
    const list = positions.get(lexeme) ?? [];
    if (list.length < 256) list.push(`${pos}${weight}`);
    positions.set(lexeme, list);
  };
  const chars = searchChars(doc.name);
  chars.forEach((c, i) => {
    add(c, i + 1, 'A');
    if (i + 1 < chars.length) add(c + chars[i + 1], i + 1, 'A');
  });
  words(doc.name).forEach((w, i) => add(w, NAME_WORDS_AT + i, 'A'));
  const addField = (texts: string[], start: number, weight: 'B' | 'C') => {
    let pos = start;
    for (const t of texts) for (const w of words(t)) add(w, pos++, weight);
  };
  addField(doc.secondary, FIELD_STARTS.B, 'B');
  addField(doc.tertiary, FIELD_STARTS.C, 'C');
  return [...positions].map(([lexeme, pos]) => `${quote(lexeme)}:${pos.join(',')}`).join(' ');
}

/**
 * Builds the tsquery literal for a user's query, or null when it holds nothing searchable. Each
 * whitespace-separated part must match, either as a substring of the name (a phrase of its bigrams) or as all
 * of its jieba words anywhere in the document.
 */
export function buildSearchQuery(q: string): string | null {
  const parts = q.split(/[\s,，、;；。.!！?？:：()（）《》"“”'‘’\-_/\\|]+/).map(searchChars).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const terms = parts.slice(0, 8).map((chars) => {
    if (chars.length === 1) return `${quote(chars[0]!)}:*`;
    const bigrams = chars.slice(0, -1).map((c, i) => quote(c + chars[i + 1]));
    const phrase = bigrams.length === 1 ? bigrams[0]! : `(${bigrams.join(' <-> ')})`;
    const partWords = [...new Set(words(chars.join('')))];
    if (partWords.length === 0 || (partWords.length === 1 && partWords[0] === chars.join(''))) return phrase;
    return `(${phrase} | (${partWords.map(quote).join(' & ')}))`;
  });
  return terms.join(' & ');
}
