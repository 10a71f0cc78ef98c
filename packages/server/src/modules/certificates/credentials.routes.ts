import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { StatusListQuery, VerifiableCredential } from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { CredentialsService } from './credentials.service.js';

const IdParam = z.object({ id: z.string().uuid('编号不正确') });
const DepartmentParam = z.object({ departmentId: z.string().uuid('编号不正确') });

/** 可验证凭证 API: a certificate as a W3C Verifiable Credential, and the public revocation status lists. */
export function registerCredentialsRoutes(app: FastifyInstance, credentials: CredentialsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['电子证照 E-certificates'];

  r.get('/api/certificates/:id/credential', {
    config: { permission: 'signed-in' },
    schema: {
      tags, params: IdParam, response: { 200: VerifiableCredential },
      summary: '导出 W3C 可验证凭证（JSON-LD，Ed25519Signature2020 证明，签发者为签发部门密钥的 did:key，注销状态见状态列表）；仅持证人可导出（凭证含未脱敏的证件号码）',
    },
  }, async (req, reply) => {
    const { filename, credential } = await credentials.credential(req.actor!, req.params.id);
    return reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(credential as VerifiableCredential);
  });

  r.get('/api/certificates/status-lists/:departmentId', {
    config: { permission: 'public' },
    schema: {
      tags, params: DepartmentParam, querystring: StatusListQuery, response: { 200: VerifiableCredential },
      summary: '签发部门的证照注销状态列表（StatusList2021Credential，由 key 所指签名密钥签名，默认为在用密钥；第 i 位为 1 表示状态序号为 i 的证照已注销）',
    },
  }, async (req, reply) => {
    const list = await credentials.statusList(req.params.departmentId, req.query.key);
    return reply.header('cache-control', 'public, max-age=60').send(list as VerifiableCredential);
  });
}
