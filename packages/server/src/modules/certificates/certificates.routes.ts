import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CertificateList, CertificateListQuery, CertificateStats, CertificateTypeView, CertificateUseView, CertificateView, ExchangeRuleView, ReissueCertificateRequest,
  RevokeCertificateRequest, SaveCertificateTypeRequest, SaveExchangeRuleRequest, SigningKeyView, VerifyCertificateRequest, VerifyCertificateResult,
} from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { CertificatesService } from './certificates.service.js';
import type { CertificateTypesService } from './certificate-types.service.js';

const IdParam = z.object({ id: z.string().uuid('编号不正确') });
const DepartmentParam = z.object({ departmentId: z.string().uuid('编号不正确') });

/** 电子证照 API: verification for anyone, the holder's wallet, the issuing department's management, the catalogue. */
export function registerCertificatesRoutes(app: FastifyInstance, s: { certificates: CertificatesService; types: CertificateTypesService }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['电子证照 E-certificates'];
  const adminTags = ['电子证照·管理 E-certificates (administration)'];

  r.get('/api/certificates/verify', {
    config: { permission: 'public' },
    schema: {
      tags, summary: '核验电子证照（证照标识或二维码内容）：有效、已注销、已过期、未找到、签名无效或标识格式不正确；只显示非敏感信息',
      querystring: VerifyCertificateRequest, response: { 200: VerifyCertificateResult },
    },
  }, (req) => s.certificates.verify(req.query.id));

  r.post('/api/certificates/verify', {
    config: { permission: 'public' },
    schema: { tags, summary: '核验电子证照（同 GET，参数放在请求体中）', body: VerifyCertificateRequest, response: { 200: VerifyCertificateResult } },
  }, (req) => s.certificates.verify(req.body.id));

  r.get('/api/certificates/types', {
    config: { permission: 'public' },
    schema: { tags, summary: '证照类型目录', response: { 200: z.array(CertificateTypeView) } },
  }, () => s.types.list());

  r.get('/api/certificates/stats', {
    config: { permission: 'public' },
    schema: { tags, summary: '电子证照统计：按类型和签发部门的签发量（有效、已注销），用证次数', response: { 200: CertificateStats } },
  }, () => s.types.stats());

  r.get('/api/me/certificates', {
    config: { permission: 'applicant' },
    schema: { tags, summary: '我的证照（个人或企业持有的现行版本）', response: { 200: z.array(CertificateView) } },
  }, (req) => s.certificates.wallet(req.actor!));

  r.get('/api/certificates/:id', {
    config: { permission: 'signed-in' },
    schema: { tags, summary: '查看电子证照（持证人；工作人员须为签发部门或有用证规则，查阅计入用证记录）', params: IdParam, response: { 200: CertificateView } },
  }, (req) => s.certificates.get(req.actor!, req.params.id));

  r.get('/api/certificates/:id/pdf', {
    config: { permission: 'signed-in' },
    schema: { tags, summary: '下载电子证照 PDF（照面信息、签章区和核验二维码）', params: IdParam },
  }, async (req, reply) => {
    const { filename, body } = await s.certificates.pdf(req.actor!, req.params.id);
    return reply.header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(body);
  });

  r.get('/api/certificates/:id/uses', {
    config: { permission: 'signed-in' },
    schema: { tags, summary: '用证记录：谁在何时为何使用了该证照（持证人或签发部门）', params: IdParam, response: { 200: z.array(CertificateUseView) } },
  }, (req) => s.certificates.uses(req.actor!, req.params.id));

  r.get('/api/admin/certificates', {
    config: { permission: 'certificate:read' },
    schema: { tags: adminTags, summary: '本部门签发的电子证照', querystring: CertificateListQuery, response: { 200: CertificateList } },
  }, (req) => s.certificates.list(req.actor!, req.query));

  const manage = { config: { permission: 'certificate:manage' as const, auditWrites: false } };
  r.post('/api/admin/certificates/:id/revoke', {
    ...manage, schema: { tags: adminTags, summary: '注销电子证照（须填写原因）', params: IdParam, body: RevokeCertificateRequest, response: { 200: CertificateView } },
  }, (req) => s.certificates.revoke(req.actor!, req.params.id, req.body.reason, { ip: req.ip }));

  r.post('/api/admin/certificates/:id/reissue', {
    ...manage, schema: { tags: adminTags, summary: '换发电子证照：签发新版本，原版本注销', params: IdParam, body: ReissueCertificateRequest, response: { 200: CertificateView } },
  }, (req) => s.certificates.reissue(req.actor!, req.params.id, req.body, { ip: req.ip }));

  r.get('/api/admin/departments/:departmentId/signing-keys', {
    config: { permission: 'certificate:manage' },
    schema: { tags: adminTags, summary: '部门的签名公钥（私钥从不离开密钥库）', params: DepartmentParam, response: { 200: z.array(SigningKeyView) } },
  }, (req) => s.certificates.keys(req.actor!, req.params.departmentId));

  r.post('/api/admin/departments/:departmentId/signing-keys/rotate', {
    ...manage, schema: { tags: adminTags, summary: '轮换部门签名密钥（此前签发的证照仍可核验）', params: DepartmentParam, response: { 200: z.array(SigningKeyView) } },
  }, (req) => s.certificates.rotateKeys(req.actor!, req.params.departmentId, { ip: req.ip }));

  const types = { config: { permission: 'certificate-type:manage' as const } };
  r.post('/api/admin/certificate-types', {
    ...types, schema: { tags: adminTags, summary: '新增证照类型（类型代码由定义机构统一社会信用代码 + 3 位顺序号生成）', body: SaveCertificateTypeRequest, response: { 201: CertificateTypeView } },
  }, async (req, reply) => reply.status(201).send(await s.types.create(req.actor!, req.body)));

  r.put('/api/admin/certificate-types/:id', {
    ...types, schema: { tags: adminTags, summary: '修改证照类型', params: IdParam, body: SaveCertificateTypeRequest, response: { 200: CertificateTypeView } },
  }, (req) => s.types.update(req.actor!, req.params.id, req.body));

  r.get('/api/admin/certificate-exchange-rules', {
    ...types, schema: { tags: adminTags, summary: '用证规则：哪个部门可以查阅哪类证照', response: { 200: z.array(ExchangeRuleView) } },
  }, () => s.types.rules());

  r.post('/api/admin/certificate-exchange-rules', {
    ...types, schema: { tags: adminTags, summary: '新增用证规则', body: SaveExchangeRuleRequest, response: { 201: ExchangeRuleView } },
  }, async (req, reply) => reply.status(201).send(await s.types.addRule(req.actor!, req.body)));

  r.delete('/api/admin/certificate-exchange-rules/:id', {
    ...types, schema: { tags: adminTags, summary: '删除用证规则', params: IdParam },
  }, async (req, reply) => {
    await s.types.removeRule(req.actor!, req.params.id);
    return reply.status(204).send();
  });
}
