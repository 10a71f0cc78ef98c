import { codeTable } from '../common/codes.js';

/** 办件状态 */
export const CASE_STATUSES = codeTable({
  draft: '草稿',
  submitted: '待受理',
  correction: '待补正',
  'in-review': '审查中',
  returned: '退回窗口',
  approved: '办结（准予）',
  denied: '办结（不予）',
  'not-accepted': '不予受理',
  withdrawn: '已撤回',
  delivered: '已送达',
});
export type CaseStatus = (typeof CASE_STATUSES.codes)[number];

/** 办件操作: every transition, as the event it appends. */
export const CASE_ACTIONS = codeTable({
  submit: '提交申请',
  'file-at-window': '窗口收件',
  'request-correction': '一次性告知补正',
  resubmit: '补正后重新提交',
  accept: '受理',
  'not-accept': '不予受理',
  'approve-step': '审查通过',
  'deny-step': '审查不通过',
  return: '退回窗口',
  'start-special': '启动特别程序',
  'end-special': '结束特别程序',
  extend: '延长审批时限',
  withdraw: '撤回申请',
  deliver: '送达',
});
export type CaseAction = (typeof CASE_ACTIONS.codes)[number];

/** 操作方: who may take an action — the applicant, the comprehensive window, or a department reviewer. */
export type CaseParty = 'applicant' | 'window' | 'reviewer';

export interface CaseTransition {
  from: readonly CaseStatus[];
  /** The status after; `step` actions decide between staying in review and a decision by the steps' state. */
  to: CaseStatus | 'by-steps';
  by: CaseParty;
}

/**
 * 办件流转表: which action is allowed from which status, by whom, and where it leads. The server's guard and the
 * web's buttons both read it.
 */
export const CASE_TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant' },
  'file-at-window': { from: ['draft'], to: 'submitted', by: 'window' },
  'request-correction': { from: ['submitted'], to: 'correction', by: 'window' },
  resubmit: { from: ['correction'], to: 'submitted', by: 'applicant' },
  accept: { from: ['submitted', 'returned'], to: 'in-review', by: 'window' },
  'not-accept': { from: ['submitted', 'returned'], to: 'not-accepted', by: 'window' },
  'approve-step': { from: ['in-review'], to: 'by-steps', by: 'reviewer' },
  'deny-step': { from: ['in-review'], to: 'denied', by: 'reviewer' },
  return: { from: ['in-review'], to: 'returned', by: 'reviewer' },
  'start-special': { from: ['in-review'], to: 'in-review', by: 'reviewer' },
  'end-special': { from: ['in-review'], to: 'in-review', by: 'reviewer' },
  extend: { from: ['in-review'], to: 'in-review', by: 'reviewer' },
  withdraw: { from: ['submitted', 'correction', 'in-review', 'returned'], to: 'withdrawn', by: 'applicant' },
  deliver: { from: ['approved', 'denied'], to: 'delivered', by: 'window' },
} as const satisfies Record<CaseAction, CaseTransition>;

/** The status an action leads to from a status, or null when the table does not allow it. */
export function nextCaseStatus(status: CaseStatus, action: CaseAction, allStepsApproved = false): CaseStatus | null {
  const t: CaseTransition = CASE_TRANSITIONS[action];
  if (!t.from.includes(status)) return null;
  if (t.to === 'by-steps') return allStepsApproved ? 'approved' : 'in-review';
  return t.to;
}

/** The actions a party may take on a case in a status (the web shows these buttons). */
export function allowedCaseActions(status: CaseStatus, party: CaseParty): CaseAction[] {
  return CASE_ACTIONS.codes.filter((a) => {
    const t: CaseTransition = CASE_TRANSITIONS[a];
    return t.by === party && t.from.includes(status);
  });
}

/** 办结: a decision has been made (the clock has stopped for good). */
export const isConcluded = (status: CaseStatus) => ['approved', 'denied', 'not-accepted', 'withdrawn', 'delivered'].includes(status);

/** 特别程序种类 (行政许可法 45; GB/T 39046 A.7 for extensions). */
export const SPECIAL_PROCEDURES = codeTable({
  hearing: '听证',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  'expert-review': '专家评审',
  tender: '招标',
  auction: '拍卖',
});
export type SpecialProcedureKind = (typeof SPECIAL_PROCEDURES.codes)[number];

/** 送达方式 */
export const DELIVERY_METHODS = codeTable({ pickup: '窗口领取', post: '邮寄送达（送件上门）', electronic: '电子送达' });
export type DeliveryMethod = (typeof DELIVERY_METHODS.codes)[number];

/** 申报渠道 */
export const CASE_CHANNELS = codeTable({ online: '网上申报', window: '窗口收件', agent: '基层代办' });
export type CaseChannel = (typeof CASE_CHANNELS.codes)[number];

/** 审批环节状态 */
export const STEP_STATUSES = codeTable({ waiting: '未开始', active: '办理中', approved: '通过', denied: '不通过', returned: '已退回' });
export type StepStatus = (typeof STEP_STATUSES.codes)[number];
