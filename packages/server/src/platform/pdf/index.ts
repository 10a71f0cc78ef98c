export { noticePdf, chineseFont, PdfFontMissing, type NoticeLine } from './pdf.js';
