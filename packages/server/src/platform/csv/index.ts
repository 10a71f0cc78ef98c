export { toCsv, parseCsv, CsvSyntaxError, type CsvRecord } from './csv.js';
