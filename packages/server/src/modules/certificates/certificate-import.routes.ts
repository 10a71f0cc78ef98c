import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { z } from 'zod';
import { CERTIFICATE_IMPORT_LIMITS, CertificateImportRequest, CertificateImportTemplateQuery, CertificateImportView } from '@yiwang/contracts';
import { AppError, type ZodTypeProvider } from '../../platform/http/index.js';
import { decodeImportFile, fileTooLarge, looksLikeJson, type CertificateImports, type ImportUpload } from './certificate-import.js';

const IdParam = z.object({ id: z.string().uuid('编号不正确') });
const { maxBytes } = CERTIFICATE_IMPORT_LIMITS;

/** A multipart upload: the `typeId` field and one `file` (.csv or .json; otherwise told by its content). */
async function multipartUpload(req: FastifyRequest): Promise<ImportUpload> {
  let typeId = '';
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of req.parts({ limits: { files: 1, fields: 5, fileSize: maxBytes } })) {
      if (part.type === 'file') file = { name: part.filename, bytes: await part.toBuffer() };
      else if (part.fieldname === 'typeId') typeId = String(part.value).trim();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
    throw error;
  }
  if (!file) throw new AppError('VALIDATION_FAILED', '请选择要导入的 CSV 或 JSON 文件', { field: 'file' });
  const type = CertificateImportTemplateQuery.shape.typeId.safeParse(typeId);
  if (!type.success) throw new AppError('VALIDATION_FAILED', '请选择证照类型', { field: 'typeId' });
  const text = decodeImportFile(file.bytes);
  const lower = file.name.toLowerCase();
  const format = lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : looksLikeJson(text) ? 'json' : 'csv';
  return { typeId: type.data, format, fileName: file.name || null, text };
}

/** A JSON body `{ typeId, rows }`. */
function jsonUpload(body: unknown): ImportUpload {
  const parsed = CertificateImportRequest.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION_FAILED', issues[0]!.message, { issues });
  }
  return { typeId: parsed.data.typeId, format: 'json', fileName: parsed.data.fileName ?? null, rows: parsed.data.rows };
}

/** 存量证照导入 API: the template, the upload (checked at once, then a job), and the job's progress. */
export function registerCertificateImportRoutes(app: FastifyInstance, imports: CertificateImports): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['电子证照·管理 E-certificates (administration)'];
  // The use case writes its own audit entry, in the transaction that writes the certificates.
  const manage = { config: { permission: 'certificate:manage' as const, auditWrites: false } };
  app.addHook('onClose', () => imports.drain());

  r.get('/api/admin/certificate-imports/template', {
    ...manage, schema: { tags, summary: '下载存量证照导入模板（CSV，列为持证人、日期、原证照编号和该类型需填写的照面项）', querystring: CertificateImportTemplateQuery },
  }, async (req, reply) => {
    const { filename, body } = await imports.template(req.actor!, req.query.typeId);
    return reply.header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(body);
  });

  r.post('/api/admin/certificate-imports', {
    ...manage,
    // The declared limit is checked before the body is read (chunked bodies meet the multipart and body limits).
    preParsing: async (req) => {
      if (Number(req.headers['content-length'] ?? 0) > maxBytes + 64 * 1024) throw fileTooLarge();
    },
    schema: {
      tags,
      summary: '导入存量证照：multipart（字段 typeId 与 file，CSV 或 JSON）或 JSON 请求体 { typeId, rows }。先逐行校验，有错则返回全部错误（422）且不导入；无错则开始签发，返回导入任务（202）',
      description: `每次最多 ${CERTIFICATE_IMPORT_LIMITS.maxRows} 行、${maxBytes / 1024 / 1024} MB。签发全部成功才写入，任何一行失败则一本也不导入。`,
      consumes: ['multipart/form-data', 'application/json'],
      response: { 202: CertificateImportView },
    },
  }, async (req, reply) => {
    const upload = req.isMultipart() ? await multipartUpload(req) : jsonUpload(req.body);
    const job = await imports.start(req.actor!, upload, { ip: req.ip, log: (err) => req.log.error({ err }, 'certificate import failed') });
    return reply.status(202).send(job);
  });

  r.get('/api/admin/certificate-imports', {
    ...manage, schema: { tags, summary: '本部门最近的存量证照导入任务', response: { 200: z.array(CertificateImportView) } },
  }, (req) => imports.list(req.actor!));

  r.get('/api/admin/certificate-imports/:id', {
    ...manage, schema: { tags, summary: '导入任务的进度与结果：状态（校验中、导入中、已完成、失败）、总行数、已签发行数、错误', params: IdParam, response: { 200: CertificateImportView } },
  }, (req) => imports.get(req.actor!, req.params.id));
}
