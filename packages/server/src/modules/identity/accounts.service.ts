import {
  isValidCitizenId, maskIdentifier, maskPhone, type AddAgentRequest, type AgentView, type ProfileView, type RegisterCitizenRequest,
  type RegisterEnterpriseRequest, type RequestSmsCodeRequest, type SmsCodeSent,
} from '@yiwang/contracts';
import { isUniqueViolation, type Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import type { RegionsService } from '../regions/index.js';
import { createAuditService } from '../audit/index.js';
import type { IdentityConfig } from './identity.config.js';
import { accountsRepository, credentialsRepository, type AccountRow, type NewAccountRow } from './identity.repository.js';
import { presentAgent, presentProfile } from './identity.presenter.js';
import { hashPassword, randomDigits, sha256, weakPasswordReason } from './secrets.js';
import { sessionStore, type OpenedSession, type ResolvedSession } from './sessions.js';
import type { SmsGateway } from './sms-gateway.js';

export interface IdentityDeps {
  db: Db;
  config: IdentityConfig;
  sms: SmsGateway;
  regionsFor: (db: Db) => RegionsService;
  clock?: () => Date;
}

/** Where a request came from, for the audit log and the session record. */
export interface RequestContext { ip: string | null }

const SMS_TTL_SECONDS = 300;
const SMS_RESEND_SECONDS = 60;
const SMS_MAX_ATTEMPTS = 5;
const SIGN_SMS = '【长沙政务服务】';

const taken = (field: string, message: string) => new AppError('ACCOUNT_TAKEN', message, { field });

/** A use case's transaction: the repositories, sessions and audit log bound to it. */
export interface IdentityTx {
  db: Db;
  accounts: ReturnType<typeof accountsRepository>;
  creds: ReturnType<typeof credentialsRepository>;
  sessions: ReturnType<typeof sessionStore>;
  audit: ReturnType<typeof createAuditService>;
  regions: RegionsService;
}

/** Runs one use case in a transaction; returns the repositories and the audit log bound to it. */
export function identityTransaction(deps: IdentityDeps) {
  const clock = deps.clock ?? (() => new Date());
  return <T>(work: (tx: IdentityTx) => Promise<T>): Promise<T> =>
    deps.db.transaction(async (raw) => {
      const db = raw as unknown as Db;
      return work({
        db, accounts: accountsRepository(db), creds: credentialsRepository(db), sessions: sessionStore(db, deps.config, clock),
        audit: createAuditService({ db, clock }), regions: deps.regionsFor(db),
      });
    });
}

/** 注册与账户: self-registration with an SMS-verified phone, the holder's profile, and an enterprise's agents. */
export function createAccountsService(deps: IdentityDeps) {
  const clock = deps.clock ?? (() => new Date());
  const inTx = identityTransaction(deps);

  /**
   * Checks and uses up the latest code sent to the phone for this purpose, in its own transaction: a wrong guess is
   * counted (and stays counted) even though the use case then fails.
   */
  async function consumeSmsCode(phone: string, purpose: string, code: string): Promise<void> {
    const outcome = await deps.db.transaction(async (raw) => {
      const creds = credentialsRepository(raw as unknown as Db);
      const row = await creds.latestSmsCode(phone, purpose);
      const now = clock();
      if (!row || row.consumedAt || row.expiresAt <= now) return 'invalid';
      if (row.attempts >= SMS_MAX_ATTEMPTS) return 'exhausted';
      if (row.codeHash !== sha256(`${phone}:${code}`)) {
        await creds.updateSmsCode(row.id, { attempts: row.attempts + 1 });
        return row.attempts + 1 >= SMS_MAX_ATTEMPTS ? 'exhausted' : 'invalid';
      }
      await creds.updateSmsCode(row.id, { consumedAt: now });
      return 'ok';
    });
    if (outcome === 'exhausted') throw new AppError('SMS_CODE_INVALID', '验证码错误次数过多，请重新获取', { field: 'smsCode' });
    if (outcome === 'invalid') throw new AppError('SMS_CODE_INVALID', undefined, { field: 'smsCode' });
  }

  async function checkCitizenId(regions: RegionsService, idNumber: string, field: string): Promise<void> {
    // GB 11643: the first six digits are the issuing county. Counties are renumbered over the years and old codes stay
    // on valid cards, so the province and prefecture must exist; the county need not be current.
    const found = await regions.findRegions([idNumber.slice(0, 2), idNumber.slice(0, 4)]);
    if (found.length < 2) throw new AppError('VALIDATION_FAILED', '身份证号码的地区码不存在（前 6 位应为有效的行政区划代码）', { field });
  }

  function checkPassword(password: string, identifiers: (string | null)[]): void {
    const reason = weakPasswordReason(password, identifiers);
    if (reason) throw new AppError('VALIDATION_FAILED', reason, { field: 'password' });
  }

  async function finishRegistration(
    tx: IdentityTx, account: AccountRow, ctx: RequestContext,
  ): Promise<{ opened: OpenedSession; account: AccountRow }> {
    const opened = await tx.sessions.open(account, 'register', ctx.ip);
    await tx.audit.record({
      actor: { id: account.id, name: account.name, role: account.kind }, action: 'account:register',
      resource: { type: 'account', id: account.id }, outcome: 'succeeded', ip: ctx.ip,
    });
    return { opened, account };
  }

  const insertOrTaken = async (tx: IdentityTx, row: NewAccountRow, field: string) => {
    try {
      return await tx.accounts.insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(field, '该账号已注册，请直接登录');
      throw error;
    }
  };

  return {
    consumeSmsCode,

    /**
     * A person or enterprise account whose identity was verified elsewhere (demo data, a migration from the previous
     * system): no SMS round trip. Validation is the caller's; uniqueness is still enforced.
     */
    async createVerifiedAccount(input: {
      kind: 'citizen' | 'enterprise'; name: string; password: string; phone: string; idNumber?: string; uscc?: string;
      legalRepresentative?: string; legalRepresentativeIdNumber?: string;
    }): Promise<AccountRow> {
      const passwordHash = await hashPassword(input.password, deps.config.passwordCost);
      return accountsRepository(deps.db).insert({
        kind: input.kind, name: input.name, passwordHash, phone: input.phone, idNumber: input.idNumber ?? null,
        uscc: input.uscc ?? null, legalPersonKind: input.kind === 'enterprise' ? 'enterprise' : null,
        legalRepresentative: input.legalRepresentative ?? null, legalRepresentativeIdNumber: input.legalRepresentativeIdNumber ?? null,
        regionCode: input.kind === 'citizen' ? input.idNumber!.slice(0, 6) : input.uscc!.slice(2, 8),
      });
    },

    /** An applicant's account as the cases module records it. */
    async applicantById(id: string) {
      const a = await accountsRepository(deps.db).findById(id);
      return a && a.kind !== 'staff' ? { id: a.id, name: a.name, idNumber: a.idNumber, uscc: a.uscc, phone: a.phone } : null;
    },

    /** The account of a walk-in applicant, by ID number (person) or USCC (enterprise), if they registered. */
    async findHolder(kind: 'citizen' | 'enterprise', code: string) {
      const repo = accountsRepository(deps.db);
      const a = kind === 'citizen' ? await repo.findCitizenBy('idNumber', code) : await repo.findEnterpriseByUscc(code);
      return a ? { id: a.id, name: a.name, idNumber: a.idNumber, uscc: a.uscc, phone: a.phone } : null;
    },

    async linkAgent(enterpriseId: string, personId: string): Promise<void> {
      await accountsRepository(deps.db).addAgent(enterpriseId, personId, clock());
    },

    /** Sends a 6-digit code. For sign-in, a phone without an account gets nothing, but the answer is the same. */
    async sendSmsCode(input: RequestSmsCodeRequest, ctx: RequestContext): Promise<SmsCodeSent> {
      const { phone, purpose } = input;
      const now = clock();
      const code = randomDigits(6);
      const send = await inTx(async ({ creds, accounts }) => {
        const last = await creds.latestSmsCode(phone, purpose);
        if (last && now.getTime() - last.createdAt.getTime() < SMS_RESEND_SECONDS * 1000) {
          const wait = Math.ceil(SMS_RESEND_SECONDS - (now.getTime() - last.createdAt.getTime()) / 1000);
          throw new AppError('SMS_TOO_FREQUENT', `验证码发送过于频繁，请 ${wait} 秒后再试`, { field: 'phone' });
        }
        // Registration checks the phone itself (an enterprise's contact phone may be a registered person's).
        const exists = purpose === 'sign-in' && Boolean(await accounts.findCitizenBy('phone', phone));
        await creds.insertSmsCode({
          phone, purpose, codeHash: sha256(`${phone}:${code}`), createdAt: now, expiresAt: new Date(now.getTime() + SMS_TTL_SECONDS * 1000),
        });
        return purpose === 'register' || exists;
      });
      if (send) {
        const use = purpose === 'register' ? '注册' : '登录';
        await deps.sms.send({ phone, text: `${SIGN_SMS}您的${use}验证码为 ${code}，${SMS_TTL_SECONDS / 60} 分钟内有效。如非本人操作，请忽略本短信。` });
      }
      void ctx;
      return { sentTo: maskPhone(phone), expiresInSeconds: SMS_TTL_SECONDS, resendAfterSeconds: SMS_RESEND_SECONDS };
    },

    /** 个人注册: ID number (GB 11643 and a real region), a verified phone, a password; signs the person in. */
    async registerCitizen(input: RegisterCitizenRequest, ctx: RequestContext) {
      checkPassword(input.password, [input.phone, input.idNumber]);
      const passwordHash = await hashPassword(input.password, deps.config.passwordCost);
      const accounts = accountsRepository(deps.db);
      await checkCitizenId(deps.regionsFor(deps.db), input.idNumber, 'idNumber');
      if (await accounts.findCitizenBy('idNumber', input.idNumber)) throw taken('idNumber', '该身份证号码已注册，请直接登录');
      if (await accounts.findCitizenBy('phone', input.phone)) throw taken('phone', '该手机号码已注册，请直接登录');
      await consumeSmsCode(input.phone, 'register', input.smsCode);
      return inTx(async (tx) => {
        const account = await insertOrTaken(tx, {
          kind: 'citizen', name: input.name, idNumber: input.idNumber, phone: input.phone, passwordHash,
          regionCode: input.idNumber.slice(0, 6),
        }, 'idNumber');
        return finishRegistration(tx, account, ctx);
      });
    },

    /** 法人注册: USCC (GB 32100), legal representative, a verified contact phone; signs the enterprise account in. */
    async registerEnterprise(input: RegisterEnterpriseRequest, ctx: RequestContext) {
      checkPassword(input.password, [input.phone, input.uscc, input.legalRepresentativeIdNumber]);
      const passwordHash = await hashPassword(input.password, deps.config.passwordCost);
      await checkCitizenId(deps.regionsFor(deps.db), input.legalRepresentativeIdNumber, 'legalRepresentativeIdNumber');
      if (await accountsRepository(deps.db).findEnterpriseByUscc(input.uscc)) throw taken('uscc', '该统一社会信用代码已注册，请直接登录');
      await consumeSmsCode(input.phone, 'register', input.smsCode);
      return inTx(async (tx) => {
        const account = await insertOrTaken(tx, {
          kind: 'enterprise', name: input.name, uscc: input.uscc, legalPersonKind: input.legalPersonKind,
          legalRepresentative: input.legalRepresentative, legalRepresentativeIdNumber: input.legalRepresentativeIdNumber,
          phone: input.phone, passwordHash, regionCode: input.uscc.slice(2, 8),
        }, 'uscc');
        return finishRegistration(tx, account, ctx);
      });
    },

    /** 我的资料 (of the enterprise while acting for it); ID and phone numbers masked unless `full` is asked. */
    async profile(resolved: ResolvedSession, { full }: { full: boolean }): Promise<ProfileView> {
      const account = resolved.actingFor ?? resolved.account;
      const [region] = account.regionCode ? await deps.regionsFor(deps.db).findRegions([account.regionCode]) : [];
      return presentProfile(account, region?.name ?? null, { full });
    },

    async listAgents(enterpriseId: string): Promise<AgentView[]> {
      return (await accountsRepository(deps.db).listActiveAgents(enterpriseId)).map((a) => presentAgent(a, a.addedAt));
    },

    /** 添加经办人: a registered person whose name and ID number both match. */
    async addAgent(enterprise: AccountRow, input: AddAgentRequest, ctx: RequestContext): Promise<AgentView> {
      if (!isValidCitizenId(input.idNumber)) throw new AppError('VALIDATION_FAILED', '身份证号码不正确', { field: 'idNumber' });
      return inTx(async (tx) => {
        const person = await tx.accounts.findCitizenBy('idNumber', input.idNumber);
        if (!person || person.name !== input.name) {
          throw new AppError('ACCOUNT_NOT_FOUND', '未找到姓名与身份证号码一致的已注册个人用户，请经办人先注册', { field: 'idNumber' });
        }
        const addedAt = await tx.accounts.addAgent(enterprise.id, person.id, clock());
        await tx.audit.record({
          actor: { id: enterprise.id, name: enterprise.name, role: 'enterprise' }, action: 'enterprise:add-agent',
          resource: { type: 'account', id: person.id }, outcome: 'succeeded', ip: ctx.ip, detail: { agent: maskIdentifier(person.idNumber!) },
        });
        return presentAgent(person, addedAt);
      });
    },

    async removeAgent(enterprise: AccountRow, personId: string, ctx: RequestContext): Promise<void> {
      await inTx(async (tx) => {
        const removed = await tx.accounts.removeAgent(enterprise.id, personId, clock());
        orFail(removed || null, 'ACCOUNT_NOT_FOUND', '该经办人不存在或已被移除');
        await tx.audit.record({
          actor: { id: enterprise.id, name: enterprise.name, role: 'enterprise' }, action: 'enterprise:remove-agent',
          resource: { type: 'account', id: personId }, outcome: 'succeeded', ip: ctx.ip,
        });
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
