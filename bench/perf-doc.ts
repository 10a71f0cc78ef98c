import fs from 'node:fs';
import path from 'node:path';

const DOC = path.join(import.meta.dirname, '../docs/perf.md');

/** Replaces (or appends) one benchmark's section of docs/perf.md, between its markers. */
export function writePerfSection(key: string, title: string, body: string): void {
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const section = `${start}\n## ${title}\n\n${body}\n${end}`;
  const doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Performance\n';
  const at = doc.indexOf(start);
  const next = at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(DOC, next);
}
