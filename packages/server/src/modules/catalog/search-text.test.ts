import { describe, expect, it } from 'vitest';
import { buildSearchQuery, buildSearchVector, words } from './search-text.js';

describe('Chinese search text', () => {
  it('segments with jieba in search mode', () => {
    expect(words('食品经营许可证核发')).toEqual(expect.arrayContaining(['食品', '经营', '许可', '许可证', '核发']));
  });

  it('indexes name unigrams and bigrams with positions, and weights other fields lower', () => {
    const v = buildSearchVector({ name: '户口迁移', secondary: ['长沙市公安局'], tertiary: ['居民身份证'] });
    expect(v).toContain("'户口':1A");
    expect(v).toContain("'口迁':2A");
    expect(v).toMatch(/'公安局':\d+B/);
    expect(v).toMatch(/'身份证':\d+C/);
  });

  it('builds a phrase of bigrams or all words per part, and drops punctuation', () => {
    expect(buildSearchQuery('营业执照')).toBe("(('营业' <-> '业执' <-> '执照') | ('营业' & '执照' & '营业执照'))");
    expect(buildSearchQuery('户口 迁移')).toBe("'户口' & '迁移'");
    expect(buildSearchQuery('证')).toBe("'证':*");
    expect(buildSearchQuery("o'k")).toBe("'o':* & 'k':*");
    expect(buildSearchQuery('，。！')).toBeNull();
  });
});
