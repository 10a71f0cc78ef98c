import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** Where a Chinese font is found on common Linux systems (Debian: fonts-wqy-microhei or fonts-noto-cjk). */
const FONT_CANDIDATES = [
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
] as const;

export class PdfFontMissing extends Error {}

/** The font for Chinese text: `YIWANG_PDF_FONT` (a .ttf/.otf file, or `file.ttc#PostScriptName`), or a system one. */
export function chineseFont(env: NodeJS.ProcessEnv = process.env): { path: string; family?: string } {
  const configured = env.YIWANG_PDF_FONT;
  if (configured) {
    const [path, family] = configured.split('#');
    if (!fs.existsSync(path!)) throw new PdfFontMissing(`YIWANG_PDF_FONT 指向的字体文件不存在：${path}`);
    return { path: path!, family };
  }
  for (const [path, family] of FONT_CANDIDATES) if (fs.existsSync(path)) return { path, family };
  throw new PdfFontMissing('服务器缺少中文字体，无法生成 PDF（请安装 fonts-wqy-microhei，或设置 YIWANG_PDF_FONT）');
}

/** One line of a notice: a label and its value, or a paragraph. */
export type NoticeLine = { label: string; value: string } | { text: string };

/**
 * A one-page A4 notice (通知书) with the platform's title, its lines, a QR code pointing at `qrUrl`, and the
 * issuing hall's seal area. Returns the PDF bytes.
 */
export async function noticePdf(input: { title: string; subtitle: string; lines: NoticeLine[]; qrUrl: string; qrCaption: string; issuer: string; date: string }): Promise<Buffer> {
  const font = chineseFont();
  const qr = await QRCode.toBuffer(input.qrUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 64, right: 64 }, info: { Title: input.title, Producer: 'Yiwang 一网通办' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cn', font.path, font.family);
  doc.font('cn');
  doc.fontSize(22).text(input.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(11).fillColor('#555555').text(input.subtitle, { align: 'center' }).fillColor('#000000');
  doc.moveDown(1.2).fontSize(12);
  for (const line of input.lines) {
    if ('text' in line) doc.moveDown(0.4).text(line.text, { lineGap: 4 });
    else doc.text(`${line.label}：${line.value}`, { lineGap: 6 });
  }
  const y = Math.max(doc.y + 24, 560);
  doc.image(qr, 64, y, { width: 110 });
  doc.fontSize(9).fillColor('#555555').text(input.qrCaption, 64, y + 116, { width: 180 }).fillColor('#000000');
  // 印章 area: where the hall's seal goes on the printed notice.
  doc.circle(430, y + 55, 48).lineWidth(1).strokeColor('#c0392b').stroke();
  doc.fontSize(10).fillColor('#c0392b').text('（印章）', 400, y + 48, { width: 60, align: 'center' }).fillColor('#000000');
  doc.fontSize(12).text(input.issuer, 300, y + 116, { width: 230, align: 'right' });
  doc.text(input.date, 300, y + 136, { width: 230, align: 'right' });
  doc.end();
  return done;
}
