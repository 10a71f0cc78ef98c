import { z } from 'zod';
import { codeTable } from '../common/codes.js';
import { isValidCitizenId } from '../common/ids.js';
import { Uscc } from '../regions/region.schema.js';
import { ACTIONS, ROLES } from './roles.js';

/** 账户类型: who an account belongs to. */
export const ACCOUNT_KINDS = codeTable({ citizen: '自然人', enterprise: '法人', staff: '工作人员' });
export type AccountKind = (typeof ACCOUNT_KINDS.codes)[number];

/** 法人类型: the kinds of legal person that register (企业、事业单位、社会组织). */
export const LEGAL_PERSON_KINDS = codeTable({ enterprise: '企业', institution: '事业单位', 'social-organisation': '社会组织' });
export type LegalPersonKind = (typeof LEGAL_PERSON_KINDS.codes)[number];

/** 验证码用途 */
export const SMS_PURPOSES = codeTable({ register: '注册', 'sign-in': '登录' });
export type SmsPurpose = (typeof SMS_PURPOSES.codes)[number];

/** Password rules, shared by the web form and the server: 8–64 characters with letters and digits. */
export const PASSWORD_RULE = '密码须为 8–64 位，且同时包含字母和数字';
export const Password = z
  .string({ error: '请输入密码' })
  .min(8, PASSWORD_RULE)
  .max(64, PASSWORD_RULE)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), PASSWORD_RULE);

/** 手机号码: a mainland mobile number. */
export const MobilePhone = z.string({ error: '请输入手机号码' }).trim().regex(/^1[3-9]\d{9}$/, '手机号码应为 11 位，以 1 开头');

/**
 * 公民身份号码 (GB 11643): 18 characters, check character and birth date. Whether the first six digits name a
 * real region is checked by the server against the region table.
 */
export const CitizenIdNumber = z
  .string({ error: '请输入身份证号码' })
  .trim()
  .toUpperCase()
  .refine(isValidCitizenId, '身份证号码不正确（18 位，出生日期与校验位需符合 GB 11643）');

export const PersonName = z.string({ error: '请输入姓名' }).trim().min(2, '姓名至少两个字').max(30, '姓名不超过 30 个字');
export const SmsCode = z.string({ error: '请输入验证码' }).trim().regex(/^\d{6}$/, '验证码为 6 位数字');

/** 工作人员登录名: lower-case letters, digits, dot, dash; starts with a letter. */
export const StaffUsername = z
  .string({ error: '请输入登录名' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9.-]{2,31}$/, '登录名为 3–32 位小写字母、数字、点或短横线，以字母开头');

export const RequestSmsCodeRequest = z.object({ phone: MobilePhone, purpose: z.enum(SMS_PURPOSES.codes) });
export type RequestSmsCodeRequest = z.infer<typeof RequestSmsCodeRequest>;
export const SmsCodeSent = z.object({ sentTo: z.string(), expiresInSeconds: z.number(), resendAfterSeconds: z.number() });
export type SmsCodeSent = z.infer<typeof SmsCodeSent>;

/** 个人注册 */
export const RegisterCitizenRequest = z.object({
  name: PersonName,
  idNumber: CitizenIdNumber,
  phone: MobilePhone,
  smsCode: SmsCode,
  password: Password,
});
export type RegisterCitizenRequest = z.infer<typeof RegisterCitizenRequest>;

/** 法人注册: the legal representative's name and ID number are part of the record. */
export const RegisterEnterpriseRequest = z.object({
  name: z.string({ error: '请输入单位名称' }).trim().min(4, '单位名称至少 4 个字').max(100),
  uscc: Uscc,
  legalPersonKind: z.enum(LEGAL_PERSON_KINDS.codes).default('enterprise'),
  legalRepresentative: PersonName,
  legalRepresentativeIdNumber: CitizenIdNumber,
  phone: MobilePhone,
  smsCode: SmsCode,
  password: Password,
});
export type RegisterEnterpriseRequest = z.infer<typeof RegisterEnterpriseRequest>;

/** 密码登录: the account is a mobile number or ID number (persons), a USCC (legal persons) or a login name (staff). */
export const PasswordSignInRequest = z.object({
  account: z.string({ error: '请输入账号' }).trim().min(3, '请输入账号').max(64),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128),
});
export type PasswordSignInRequest = z.infer<typeof PasswordSignInRequest>;

export const SmsSignInRequest = z.object({ phone: MobilePhone, smsCode: SmsCode });
export type SmsSignInRequest = z.infer<typeof SmsSignInRequest>;

export const ChangePasswordRequest = z.object({
  /** Empty only for an account made by the identity provider that has no password yet. */
  currentPassword: z.string().max(128).default(''),
  newPassword: Password,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** 代办身份切换: act for an enterprise that listed me as its agent, or (null) as myself again. */
export const ActingForRequest = z.object({ enterpriseId: z.string().uuid('单位编号不正确').nullable() });
export type ActingForRequest = z.infer<typeof ActingForRequest>;

/** The signed-in account as every screen may show it: identifiers masked. */
export const AccountView = z.object({
  id: z.string(),
  kind: z.enum(ACCOUNT_KINDS.codes),
  name: z.string(),
  /** 登录名 (staff), masked phone or USCC */
  login: z.string(),
  /** masked: 138****5678 */
  phone: z.string().nullable(),
  /** masked: 4301**********1234 (persons only) */
  idNumber: z.string().nullable(),
  uscc: z.string().nullable(),
  roles: z.array(z.enum(ROLES.codes)),
  regionCode: z.string().nullable(),
  departmentIds: z.array(z.string()),
  /** The staff member must change the first password before anything else. */
  mustChangePassword: z.boolean(),
});
export type AccountView = z.infer<typeof AccountView>;

/** The enterprise an agent may act for. */
export const EnterpriseRef = z.object({ id: z.string(), name: z.string(), uscc: z.string() });
export type EnterpriseRef = z.infer<typeof EnterpriseRef>;

/** 当前会话: who is signed in (null: nobody), for whom they act, and what they may do. */
export const SessionView = z.object({
  account: AccountView.nullable(),
  /** The enterprise the person is acting for as its agent (经办人), if any. */
  actingFor: EnterpriseRef.nullable(),
  /** Enterprises that listed this person as an agent. */
  enterprises: z.array(EnterpriseRef),
  /** Actions the roles grant (for menus; the server checks every request anyway). */
  actions: z.array(z.enum(ACTIONS.codes)),
  /** Send as `X-CSRF-Token` with every write. */
  csrfToken: z.string().nullable(),
  /** When the session ends at the latest, and after how many idle minutes. */
  expiresAt: z.string().nullable(),
  idleMinutes: z.number(),
});
export type SessionView = z.infer<typeof SessionView>;

/** 个人资料: the person's or enterprise's own record, unmasked (only they see it). */
export const ProfileView = z.object({
  id: z.string(),
  kind: z.enum(ACCOUNT_KINDS.codes),
  name: z.string(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  uscc: z.string().nullable(),
  legalPersonKind: z.enum(LEGAL_PERSON_KINDS.codes).nullable(),
  legalRepresentative: z.string().nullable(),
  /** Where the person's ID number was issued, or the enterprise's registration region. */
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  createdAt: z.string(),
  /** 已关联的统一身份认证账号 */
  externalIdentity: z.boolean(),
});
export type ProfileView = z.infer<typeof ProfileView>;

/** 经办人: a person allowed to act for the enterprise. */
export const AgentView = z.object({
  personId: z.string(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  addedAt: z.string(),
});
export type AgentView = z.infer<typeof AgentView>;

/** 添加经办人: the person must have registered; name and ID number must both match. */
export const AddAgentRequest = z.object({ name: PersonName, idNumber: CitizenIdNumber });
export type AddAgentRequest = z.infer<typeof AddAgentRequest>;

/** 工作人员 as the staff screen lists them. */
export const StaffView = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  roles: z.array(z.enum(ROLES.codes)),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffView = z.infer<typeof StaffView>;

const StaffFields = z.object({
  name: PersonName,
  phone: MobilePhone.nullable().default(null),
  regionCode: z.string({ error: '请选择所属区划' }).regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '请选择所属区划'),
  departmentIds: z.array(z.string().uuid('部门编号不正确')).max(10).default([]),
  roles: z.array(z.enum(ROLES.codes)).min(1, '至少选择一个角色'),
});

export const CreateStaffRequest = StaffFields.extend({ username: StaffUsername });
export type CreateStaffRequest = z.infer<typeof CreateStaffRequest>;
export const UpdateStaffRequest = StaffFields.extend({ disabled: z.boolean().default(false) });
export type UpdateStaffRequest = z.infer<typeof UpdateStaffRequest>;

/** The first (or reset) password, shown once to the administrator. */
export const StaffCreated = z.object({ staff: StaffView, initialPassword: z.string() });
export type StaffCreated = z.infer<typeof StaffCreated>;

export const StaffQuery = z.object({
  q: z.string().trim().max(50).optional(),
  region: z.string().regex(/^\d{2,12}$/).optional(),
  role: z.enum(ROLES.codes).optional(),
});
export type StaffQuery = z.infer<typeof StaffQuery>;

/** 自然人查询 by staff: masked results; the full record needs a reason and is audited. */
export const PersonQuery = z.object({
  q: z.string({ error: '请输入姓名、身份证号码或手机号码' }).trim().min(2, '请输入姓名、身份证号码或手机号码').max(30),
});
export type PersonQuery = z.infer<typeof PersonQuery>;
export const PersonSummary = z.object({ id: z.string(), name: z.string(), idNumber: z.string(), phone: z.string() });
export type PersonSummary = z.infer<typeof PersonSummary>;
export const RevealRequest = z.object({ reason: z.string({ error: '请填写查看原因' }).trim().min(4, '请填写查看原因（至少 4 个字）').max(200) });
export type RevealRequest = z.infer<typeof RevealRequest>;

/** 接口令牌 permissions a partner system may hold. */
export const PARTNER_ACTIONS = ['catalog:read-admin', 'catalog:export', 'case:read'] as const satisfies readonly (typeof ACTIONS.codes)[number][];

export const ApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters, to recognise it: `ywp_ab12…` */
  prefix: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  permissions: z.array(z.enum(PARTNER_ACTIONS)),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ApiTokenView = z.infer<typeof ApiTokenView>;

export const CreateApiTokenRequest = z.object({
  name: z.string({ error: '请输入令牌名称' }).trim().min(2, '名称至少两个字').max(60),
  departmentId: z.string({ error: '请选择部门' }).uuid('请选择部门'),
  permissions: z.array(z.enum(PARTNER_ACTIONS)).min(1, '至少选择一项权限'),
  /** 有效天数 */
  validDays: z.coerce.number({ error: '请输入有效天数' }).int('有效天数应为整数').min(1, '有效天数至少 1 天').max(366, '有效天数不超过 366 天'),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;
export const ApiTokenCreated = z.object({ token: z.string(), view: ApiTokenView });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;

/** 登录方式 available on this installation. */
export const AuthProvidersView = z.object({
  sms: z.boolean(),
  oidc: z.object({ enabled: z.boolean(), name: z.string() }),
});
export type AuthProvidersView = z.infer<typeof AuthProvidersView>;
