import { codeTable } from '../common/codes.js';

/** 工作人员角色: the staff roles of the platform (issue 3). */
export const ROLES = codeTable({
  'window-clerk': '综合窗口人员',
  'dept-reviewer': '部门审核人员',
  'dept-approver': '部门审批人员',
  'grassroots-agent': '基层（镇/村）代办员',
  'catalog-admin': '事项管理员',
  supervisor: '电子监察人员',
  'hotline-operator': '12345 热线话务员',
  'platform-admin': '平台管理员',
});
export type RoleCode = (typeof ROLES.codes)[number];

/** 操作权限: what a role may be allowed to do, `resource:verb`. */
export const ACTIONS = codeTable({
  'catalog:read-admin': '查看事项管理信息',
  'catalog:edit': '编辑事项',
  'catalog:publish': '发布事项',
  'catalog:delegate': '下放事项',
  'catalog:import': '导入事项',
  'catalog:export': '导出事项',
  'department:manage': '管理实施主体',
  'staff:manage': '管理工作人员',
  'audit:read': '查看审计日志',
  'audit:verify': '校验审计日志',
  'case:read': '查看办件',
  'case:accept': '受理办件',
  'case:file-on-behalf': '代为申报',
  'case:review': '审查办件',
  'case:approve': '审批决定',
  'personal-data:read': '查看个人信息',
  'supervision:read': '查看电子监察信息',
  'hotline:handle': '处理热线工单',
  'api-token:manage': '管理接口令牌',
  'calendar:manage': '维护工作日历',
  'certificate:read': '查阅电子证照',
  'certificate:manage': '签发、注销和换发电子证照',
  'certificate-type:manage': '管理证照类型与用证规则',
});
export type Action = (typeof ACTIONS.codes)[number];

/** How far a role reaches: its region subtree, or also only its own department(s), or everything. */
export type RoleScope = 'region' | 'department' | 'everything';

/** One row of the grant table: the role's reach and the actions it grants. */
export interface RoleGrant {
  /** 权限范围 */
  scope: RoleScope;
  /** 可执行的操作 */
  actions: readonly Action[];
}

/**
 * 角色权限表: which role grants which actions, and how far. Data, not code: the server's policy and the web's
 * menus read the same table.
 */
export const ROLE_GRANTS = {
  'window-clerk': {
    scope: 'region',
    actions: ['case:read', 'case:accept', 'case:file-on-behalf', 'personal-data:read', 'catalog:read-admin'],
  },
  'dept-reviewer': { scope: 'department', actions: ['case:read', 'case:review', 'personal-data:read', 'catalog:read-admin', 'certificate:read'] },
  'dept-approver': {
    scope: 'department',
    actions: ['case:read', 'case:review', 'case:approve', 'personal-data:read', 'catalog:read-admin', 'certificate:read', 'certificate:manage'],
  },
  'grassroots-agent': { scope: 'region', actions: ['case:read', 'case:accept', 'case:file-on-behalf', 'personal-data:read'] },
  'catalog-admin': {
    scope: 'region',
    actions: [
      'catalog:read-admin', 'catalog:edit', 'catalog:publish', 'catalog:delegate', 'catalog:import', 'catalog:export',
      'department:manage', 'certificate-type:manage',
    ],
  },
  supervisor: { scope: 'region', actions: ['supervision:read', 'case:read', 'catalog:read-admin', 'audit:read', 'audit:verify'] },
  'hotline-operator': { scope: 'region', actions: ['hotline:handle', 'catalog:read-admin'] },
  'platform-admin': { scope: 'everything', actions: ACTIONS.codes },
} as const satisfies Record<RoleCode, RoleGrant>;

/** 主体类型: who is acting — a person, an enterprise, a staff member, the platform itself, or a docked system. */
export const ACTOR_KINDS = codeTable({
  citizen: '自然人',
  enterprise: '法人',
  staff: '工作人员',
  system: '平台系统',
  partner: '对接系统',
});
export type ActorKind = (typeof ACTOR_KINDS.codes)[number];

/** 操作主体: the one on whose behalf a request runs, as the policy sees it. */
export interface Actor {
  /** 主体类型 */
  kind: ActorKind;
  /** 主体编号 (account id) */
  id: string;
  /** 姓名或名称 */
  name: string;
  /** 角色 */
  roles: RoleCode[];
  /** 所属部门 (实施主体) ids */
  departmentIds: string[];
  /** 所属区划代码: the actor reaches this region and every region below it; null for none. */
  regionCode: string | null;
  /** 接口令牌权限: a partner system holds exactly these actions, within its department. */
  permissions?: readonly Action[];
  /** 经办人: the person acting for an enterprise (kind `enterprise`), for the record. */
  agent?: { id: string; name: string };
}

/** The platform itself as an actor (seed, scheduled jobs, trusted imports): the policy lets it do everything. */
export function systemActor(name: string): Actor {
  return { kind: 'system', id: 'system', name, roles: [], departmentIds: [], regionCode: null };
}
