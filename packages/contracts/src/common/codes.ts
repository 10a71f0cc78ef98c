/** Small helpers for code tables: a code → Chinese label map, with the code list as a tuple for zod enums. */
export function codeTable<const T extends Record<string, string>>(labels: T) {
  const codes = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { labels, codes, label: (code: keyof T & string): string => labels[code] as string };
}
