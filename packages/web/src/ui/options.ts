/** Select / checkbox options from a code table of contracts (labels stay Chinese: they are standard terms). */
export function codeOptions(table: { codes: readonly string[]; labels: Record<string, string> }) {
  return table.codes.map((code) => ({ value: code, label: table.labels[code] ?? code }));
}
