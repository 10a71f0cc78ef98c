import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ActingForRequest, AddAgentRequest, AgentView, AuthProvidersView, ChangePasswordRequest, PasswordSignInRequest, ProfileView,
  RegisterCitizenRequest, RegisterEnterpriseRequest, RequestSmsCodeRequest, SessionView, SmsCodeSent, SmsSignInRequest,
} from '@yiwang/contracts';
import { AppError, type ZodTypeProvider } from '../../platform/http/index.js';
import type { AccountsService, RequestContext } from './accounts.service.js';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './authenticate.js';
import type { IdentityConfig } from './identity.config.js';
import { safeNext, type SignedIn, type SignInService } from './sign-in.service.js';
import type { SessionStore } from './sessions.js';

export interface AuthRouteDeps {
  accounts: AccountsService;
  signIn: SignInService;
  sessions: SessionStore;
  config: IdentityConfig;
}

const ctxOf = (request: FastifyRequest): RequestContext => ({ ip: request.ip });

/** 统一身份认证: registration, sign-in (password, SMS, identity provider), sign-out, password, 代办身份, 用户中心. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['统一身份认证 Identity'];
  const me = ['用户中心 Personal centre'];
  const pub = { config: { permission: 'public' as const } };

  /** Sets the cookies of a new session and answers with its view. */
  async function signedIn(reply: FastifyReply, result: SignedIn, status = 200) {
    setSessionCookies(reply, result.opened, deps.config);
    return reply.status(status).send(await deps.sessions.view(result.opened.resolved));
  }

  async function currentView(request: FastifyRequest) {
    // Read again: the use case has just changed the session or the account (acting-for, password).
    const found = request.session ? await deps.sessions.lookup(request.cookies[SESSION_COOKIE] ?? '') : null;
    return deps.sessions.view(found?.state === 'active' ? found.resolved : null);
  }

  r.get('/api/auth/session', {
    ...pub, schema: { tags, summary: '当前会话（未登录时 account 为 null）', response: { 200: SessionView } },
  }, (req) => deps.sessions.view(req.session));

  r.get('/api/auth/providers', {
    ...pub, schema: { tags, summary: '可用的登录方式', response: { 200: AuthProvidersView } },
  }, () => ({ sms: true, oidc: { enabled: deps.signIn.oidcEnabled(), name: deps.signIn.oidcName() } }));

  r.post('/api/auth/sms-code', {
    ...pub, schema: { tags, summary: '发送短信验证码（注册或登录）', body: RequestSmsCodeRequest, response: { 200: SmsCodeSent } },
  }, (req) => deps.accounts.sendSmsCode(req.body, ctxOf(req)));

  r.post('/api/auth/register/citizen', {
    ...pub, schema: { tags, summary: '个人用户注册（注册后即登录）', body: RegisterCitizenRequest, response: { 201: SessionView } },
  }, async (req, reply) => signedIn(reply, await deps.accounts.registerCitizen(req.body, ctxOf(req)), 201));

  r.post('/api/auth/register/enterprise', {
    ...pub, schema: { tags, summary: '法人用户注册（注册后即登录）', body: RegisterEnterpriseRequest, response: { 201: SessionView } },
  }, async (req, reply) => signedIn(reply, await deps.accounts.registerEnterprise(req.body, ctxOf(req)), 201));

  r.post('/api/auth/sign-in', {
    ...pub, schema: { tags, summary: '密码登录（手机号、身份证号、统一社会信用代码或工作人员登录名）', body: PasswordSignInRequest, response: { 200: SessionView } },
  }, async (req, reply) => signedIn(reply, await deps.signIn.signInWithPassword(req.body, ctxOf(req))));

  r.post('/api/auth/sign-in/sms', {
    ...pub, schema: { tags, summary: '短信验证码登录（个人用户）', body: SmsSignInRequest, response: { 200: SessionView } },
  }, async (req, reply) => signedIn(reply, await deps.signIn.signInWithSms(req.body, ctxOf(req))));

  r.get('/api/auth/oidc/start', {
    ...pub, schema: { tags, summary: '统一身份认证登录：跳转到身份提供方', querystring: z.object({ next: z.string().max(500).optional() }) },
  }, async (req, reply) => reply.redirect(await deps.signIn.startOidc(safeNext(req.query.next))));

  r.get('/api/auth/oidc/callback', {
    ...pub, schema: { tags, summary: '统一身份认证回调', querystring: z.record(z.string(), z.string()) },
  }, async (req, reply) => {
    try {
      const url = new URL(req.url, `${req.protocol}://${req.host}`);
      const result = await deps.signIn.finishOidc(url, ctxOf(req));
      setSessionCookies(reply, result.opened, deps.config);
      return reply.redirect(result.next);
    } catch (error) {
      const message = error instanceof AppError ? error.message : '统一身份认证登录失败，请重试';
      req.log.warn({ err: error }, 'oidc sign-in failed');
      return reply.redirect(`/login?error=${encodeURIComponent(message)}`);
    }
  });

  r.post('/api/auth/sign-out', {
    config: { permission: 'session' }, schema: { tags, summary: '退出登录', response: { 204: z.null() } },
  }, async (req, reply) => {
    if (req.session) await deps.signIn.signOut(req.session, ctxOf(req));
    clearSessionCookies(reply);
    return reply.status(204).send(null);
  });

  r.post('/api/auth/password', {
    config: { permission: 'session' }, schema: { tags, summary: '修改密码（首次登录须修改）', body: ChangePasswordRequest, response: { 200: SessionView } },
  }, async (req) => {
    await deps.signIn.changePassword(req.session!, req.body, ctxOf(req));
    return currentView(req);
  });

  r.post('/api/auth/acting-for', {
    config: { permission: 'signed-in' }, schema: { tags, summary: '经办人切换代办单位（null 为本人）', body: ActingForRequest, response: { 200: SessionView } },
  }, async (req) => {
    await deps.signIn.setActingFor(req.session!, req.body.enterpriseId, ctxOf(req));
    return currentView(req);
  });

  r.get('/api/me/profile', {
    config: { permission: 'applicant' }, schema: { tags: me, summary: '我的资料（身份证号码、手机号码脱敏显示）', response: { 200: ProfileView } },
  }, (req) => deps.accounts.profile(req.session!, { full: false }));

  // The holder's own numbers in full, when they ask to see them: never kept by a cache on the way.
  r.get('/api/me/profile/full', {
    config: { permission: 'applicant' }, schema: { tags: me, summary: '我的资料完整信息（本人点击"显示"时查看，不缓存）', response: { 200: ProfileView } },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return deps.accounts.profile(req.session!, { full: true });
  });

  r.get('/api/me/agents', {
    config: { permission: 'enterprise' }, schema: { tags: me, summary: '经办人列表', response: { 200: z.array(AgentView) } },
  }, (req) => deps.accounts.listAgents(req.session!.account.id));

  r.post('/api/me/agents', {
    config: { permission: 'enterprise' }, schema: { tags: me, summary: '添加经办人（须为已注册个人用户）', body: AddAgentRequest, response: { 201: AgentView } },
  }, async (req, reply) => reply.status(201).send(await deps.accounts.addAgent(req.session!.account, req.body, ctxOf(req))));

  r.delete('/api/me/agents/:personId', {
    config: { permission: 'enterprise' },
    schema: { tags: me, summary: '移除经办人', params: z.object({ personId: z.string().uuid('编号不正确') }), response: { 204: z.null() } },
  }, async (req, reply) => {
    await deps.accounts.removeAgent(req.session!.account, req.params.personId, ctxOf(req));
    return reply.status(204).send(null);
  });
}
