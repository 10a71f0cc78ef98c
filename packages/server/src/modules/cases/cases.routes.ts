import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import { z } from 'zod';
import {
  CaseList, CaseListQuery, CaseLookupQuery, CaseLookupView, CaseSummary, CaseView, CorrectionRequest, CreateCaseRequest, DeliverRequest,
  DenyRequest, ExtendRequest, MessageView, ReviewQueueItem, FileAtWindowRequest, FileView, OpinionRequest, ReasonsRequest, StartSpecialRequest, SupervisionQuery,
  UpdateCaseRequest, type Actor,
} from '@yiwang/contracts';
import { AppError, type ZodTypeProvider } from '../../platform/http/index.js';
import type { ApplicationService } from './application.service.js';
import type { ReviewService } from './review.service.js';
import type { WindowService } from './window.service.js';
import type { CaseFiles } from './case-files.js';
import { sessionAccountOf, type RequestContext } from '../identity/index.js';
import { NOTICE_KINDS, type Notices } from './notices.js';

const IdParam = z.object({ id: z.string().uuid('编号不正确') });
const StepParams = IdParam.extend({ stepId: z.string().uuid('编号不正确') });

export interface CaseRouteServices { application: ApplicationService; window: WindowService; review: ReviewService; files: CaseFiles; notices: Notices }

/** 办件 API: the applicant's, the window's, the reviewers' and the supervisors'. */
export function registerCasesRoutes(app: FastifyInstance, s: CaseRouteServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const mine = ['办件·申请人 Cases (applicant)'];
  const window = ['办件·综合窗口 Cases (window)'];
  const review = ['办件·部门审查 Cases (review)'];
  const applicant = { config: { permission: 'applicant' as const } };

  r.post('/api/files', {
    config: { permission: 'signed-in' },
    schema: { tags: mine, summary: '上传材料文件（multipart，字段 file；PDF/JPG/PNG/OFD，默认不超过 10 MB）', consumes: ['multipart/form-data'], response: { 201: FileView } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw new AppError('VALIDATION_FAILED', '请选择要上传的文件', { field: 'file' });
    return reply.status(201).send(await s.application.uploadFile(req.actor!, { stream: file.file, filename: file.filename }));
  });

  r.get('/api/files/:id', {
    config: { permission: 'signed-in' },
    schema: { tags: mine, summary: '下载材料文件（上传者本人，或可查看所属办件的工作人员）', params: IdParam },
  }, async (req, reply) => {
    const { row, stream } = await s.files.open(req.actor!, req.params.id);
    return reply.header('content-type', row.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });

  r.post('/api/cases', {
    ...applicant, schema: { tags: mine, summary: '在线申报或保存草稿（同一幂等键只生成一件）', body: CreateCaseRequest, response: { 200: CaseView, 201: CaseView } },
  }, async (req, reply) => {
    const { created, view } = await s.application.createCase(req.actor!, req.body, sessionAccountOf(req));
    return reply.status(created ? 201 : 200).send(view);
  });

  r.get('/api/cases', {
    ...applicant, schema: { tags: mine, summary: '我的办件', querystring: CaseListQuery, response: { 200: CaseList } },
  }, (req) => s.application.listMine(req.actor!, req.query));

  r.get('/api/cases/lookup', {
    config: { permission: 'public' },
    schema: { tags: mine, summary: '办件查询（办件编号 + 手机号码后四位）', querystring: CaseLookupQuery, response: { 200: CaseLookupView } },
  }, (req) => s.application.lookup(req.query.number, req.query.phoneLast4));

  r.get('/api/cases/:id', {
    ...applicant, schema: { tags: mine, summary: '办件详情（过程、时限、可做的操作）', params: IdParam, response: { 200: CaseView } },
  }, (req) => s.application.view(req.actor!, req.params.id));

  r.put('/api/cases/:id', {
    ...applicant, schema: { tags: mine, summary: '修改草稿，或补正材料', params: IdParam, body: UpdateCaseRequest, response: { 200: CaseView } },
  }, (req) => s.application.updateCase(req.actor!, req.params.id, req.body));

  r.post('/api/cases/:id/submit', {
    ...applicant, schema: { tags: mine, summary: '提交草稿', params: IdParam, response: { 200: CaseView } },
  }, (req) => s.application.submit(req.actor!, req.params.id));

  r.post('/api/cases/:id/resubmit', {
    ...applicant, schema: { tags: mine, summary: '补正后重新提交', params: IdParam, response: { 200: CaseView } },
  }, (req) => s.application.resubmit(req.actor!, req.params.id));

  r.post('/api/cases/:id/withdraw', {
    ...applicant, schema: { tags: mine, summary: '撤回申请（作出决定前）', params: IdParam, body: ReasonsRequest, response: { 200: CaseView } },
  }, (req) => s.application.withdraw(req.actor!, req.params.id, req.body.reasons));

  const NoticeParams = IdParam.extend({ kind: z.enum(NOTICE_KINDS) });
  for (const [prefix, permission, tags] of [['/api/cases', 'applicant', mine], ['/api/staff/cases', 'case:read', window]] as const) {
    r.get(`${prefix}/:id/notices/:kind`, {
      config: { permission },
      schema: { tags, summary: '下载通知书 PDF（acceptance 受理通知书，correction 一次性告知书），附办件查询二维码', params: NoticeParams },
    }, async (req, reply) => {
      const { filename, body } = await s.notices.pdf(req.actor!, req.params.id, req.params.kind);
      return reply.header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(body);
    });
  }

  r.get('/api/me/messages', {
    ...applicant, schema: { tags: mine, summary: '站内消息（办件进度）', response: { 200: z.array(MessageView) } },
  }, (req) => s.application.messages(req.actor!));

  r.post('/api/me/messages/read', {
    ...applicant, schema: { tags: mine, summary: '全部标为已读', response: { 204: z.null() } },
  }, async (req, reply) => {
    await s.application.markMessagesRead(req.actor!);
    return reply.status(204).send(null);
  });

  r.get('/api/staff/cases/:id', {
    config: { permission: 'case:read' }, schema: { tags: window, summary: '办件详情（工作人员，按区划与部门授权）', params: IdParam, response: { 200: CaseView } },
  }, (req) => s.application.view(req.actor!, req.params.id));

  r.get('/api/window/queue', {
    config: { permission: 'case:accept' },
    schema: {
      tags: window, summary: '综合窗口队列：待受理（含退回）或待送达，全部部门',
      querystring: z.object({ queue: z.enum(['submitted', 'concluded']).default('submitted'), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
      response: { 200: CaseList },
    },
  }, (req) => s.window.queue(req.actor!, req.query.queue, req.query.page, req.query.pageSize));

  r.post('/api/window/cases', {
    // Case actions write their own audit entry, in their transaction.
    config: { permission: 'case:file-on-behalf', auditWrites: false },
    schema: { tags: window, summary: '窗口收件（代现场申请人申报）', body: FileAtWindowRequest, response: { 200: CaseView, 201: CaseView } },
  }, async (req, reply) => {
    const { created, view } = await s.window.fileAtWindow(req.actor!, req.body, { ip: req.ip });
    return reply.status(created ? 201 : 200).send(view);
  });

  type Run<A extends unknown[], B extends z.ZodType> = (actor: Actor, ...rest: [...A, z.infer<B>, RequestContext]) => Promise<z.infer<typeof CaseView>>;
  const windowAction = <B extends z.ZodType>(path: string, summary: string, body: B, run: Run<[string], B>) =>
    r.post(`/api/window/cases/:id/${path}`, {
      config: { permission: 'case:accept', auditWrites: false }, schema: { tags: window, summary, params: IdParam, body, response: { 200: CaseView } },
    }, (req) => run(req.actor!, req.params.id, req.body as z.infer<B>, { ip: req.ip }));

  windowAction('accept', '受理（开始计时，进入部门审查）', OpinionRequest, (a, id, b, o) => s.window.accept(a, id, b.opinion, o));
  windowAction('not-accept', '不予受理', ReasonsRequest, (a, id, b, o) => s.window.notAccept(a, id, b.reasons, o));
  windowAction('request-correction', '一次性告知补正', CorrectionRequest, (a, id, b, o) => s.window.requestCorrection(a, id, b, o));
  windowAction('deliver', '送达（窗口领取、邮寄或电子送达）', DeliverRequest, (a, id, b, o) => s.window.deliver(a, id, b, o));

  r.get('/api/review/queue', {
    config: { permission: 'case:review' }, schema: { tags: review, summary: '本部门待办（剩余工作日少的在前）', response: { 200: z.array(ReviewQueueItem) } },
  }, (req) => s.review.queue(req.actor!));

  const stepAction = <B extends z.ZodType>(path: string, summary: string, body: B, run: Run<[string, string], B>) =>
    r.post(`/api/review/cases/:id/steps/:stepId/${path}`, {
      config: { permission: 'case:review', auditWrites: false }, schema: { tags: review, summary, params: StepParams, body, response: { 200: CaseView } },
    }, (req) => run(req.actor!, req.params.id, req.params.stepId, req.body as z.infer<B>, { ip: req.ip }));

  stepAction('approve', '通过本环节（审查通过或准予许可）', OpinionRequest, (a, id, step, b, o) => s.review.approve(a, id, step, b.opinion, o));
  stepAction('deny', '不予许可（须说明理由）', DenyRequest, (a, id, step, b, o) => s.review.deny(a, id, step, b.opinion, o));
  stepAction('return', '退回综合窗口', OpinionRequest, (a, id, step, b, o) => s.review.returnToWindow(a, id, step, b.opinion, o));
  stepAction('special/start', '启动特别程序（计时暂停）', StartSpecialRequest, (a, id, step, b, o) => s.review.startSpecial(a, id, step, b, o));
  stepAction('special/end', '结束特别程序', z.object({}).default({}), (a, id, step, _b, o) => s.review.endSpecial(a, id, step, o));
  stepAction('extend', '延长审批时限', ExtendRequest, (a, id, step, b, o) => s.review.extend(a, id, step, b, o));

  r.get('/api/supervision/cases', {
    config: { permission: 'supervision:read' },
    schema: { tags: ['电子监察 Supervision'], summary: '超期（红）与临期（黄）办件', querystring: SupervisionQuery, response: { 200: z.array(CaseSummary) } },
  }, (req) => s.review.atRisk(req.actor!, req.query));
}
