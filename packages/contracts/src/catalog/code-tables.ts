import { codeTable } from '../common/codes.js';

/** 行使层级 (GB/T 39046 A.2): the level at which an item is exercised; regions use the same scale. */
export const LEVELS = codeTable({
  '1': '国家级',
  '2': '省级',
  '3': '市级',
  '4': '县级',
  '5': '镇（乡、街道）级',
  '6': '村（社区）级',
  '7': '分级管理',
});
export type LevelCode = (typeof LEVELS.codes)[number];

/** 事项类型 (GB/T 39046 A.1). */
export const ITEM_TYPES = codeTable({
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
});
export type ItemTypeCode = (typeof ITEM_TYPES.codes)[number];

/** 权力来源 (practice): how the implementing body came to hold the item. */
export const POWER_SOURCES = codeTable({
  '1': '法定本级行使',
  '2': '上级下放',
  '3': '上级授权',
  '4': '同级授权',
  '5': '上级委托',
  '6': '同级委托',
});
export type PowerSourceCode = (typeof POWER_SOURCES.codes)[number];

/** 服务对象 (GB/T 39046 A.4). */
export const SERVICE_OBJECTS = codeTable({
  '1': '自然人',
  '2': '企业法人',
  '3': '事业法人',
  '4': '社会组织法人',
  '5': '非法人企业',
  '6': '行政机关',
  '9': '其他组织',
});
export type ServiceObjectCode = (typeof SERVICE_OBJECTS.codes)[number];

/** 办件类型 (GB/T 39046 A.6): 即办件 done on the spot, 承诺件 done within the promised limit. */
export const CASE_TYPES = codeTable({ '1': '即办件', '2': '承诺件' });
export type CaseTypeCode = (typeof CASE_TYPES.codes)[number];

/** 实施主体性质 (GB/T 39046 A.3). */
export const DEPARTMENT_NATURES = codeTable({
  '1': '法定机关',
  '2': '授权组织',
  '3': '受委托组织',
  '9': '其他',
});
export type DepartmentNatureCode = (typeof DEPARTMENT_NATURES.codes)[number];

/** How a department's approvals reach the platform (seed: 25 / 10 / 20 departments). */
export const DOCKING_MODES = codeTable({
  platform: '使用平台审批系统',
  separated: '受办分离对接自建系统',
  upper: '通过上级部门系统对接',
});
export type DockingMode = (typeof DOCKING_MODES.codes)[number];

/** Reason class for an item that cannot be "at most one trip" (seed's four classes). */
export const NOT_ONE_TRIP_REASONS = codeTable({
  'multi-step': '多个办事环节或多个部门参与审批',
  province: '受理后需转报省里',
  internal: '内部管理或主动监管类',
  secret: '涉密涉军涉外',
});
export type NotOneTripReason = (typeof NOT_ONE_TRIP_REASONS.codes)[number];

/** 网上办理深度. Level 4 (全程网办) implies zero trips. */
export const ONLINE_DEPTHS = codeTable({
  '1': 'Ⅰ级 事项公开',
  '2': 'Ⅱ级 在线预审',
  '3': 'Ⅲ级 在线办理',
  '4': 'Ⅳ级 全程网办',
});
export type OnlineDepth = (typeof ONLINE_DEPTHS.codes)[number];

/** 时限单位. */
export const TIME_UNITS = codeTable({ 'working-day': '工作日', 'natural-day': '自然日', month: '月', hour: '小时' });
export type TimeUnit = (typeof TIME_UNITS.codes)[number];

/** 通办范围: where else the item can be applied for. */
export const ANYWHERE_SCOPES = codeTable({
  national: '全国通办',
  'cross-province': '跨省通办',
  'cross-city': '跨市通办',
  'cross-county': '跨县通办',
});
export type AnywhereScope = (typeof ANYWHERE_SCOPES.codes)[number];

/** 材料必要性: required, optional, or 容缺后补 (may be handed in after acceptance). */
export const MATERIAL_REQUIREMENTS = codeTable({ required: '必要', optional: '非必要', deferrable: '容缺后补' });
/** 材料形式. */
export const MATERIAL_FORMS = codeTable({ paper: '纸质', electronic: '电子', both: '纸质和电子' });
/** 来源渠道. */
export const MATERIAL_SOURCES = codeTable({ applicant: '申请人自备', government: '政府部门核发', other: '其他' });

/** 办理结果类型. */
export const RESULT_TYPES = codeTable({ certificate: '证照', approval: '批文', other: '其他' });

/** Theme columns of the online hall for persons (个人服务). */
export const PERSON_THEMES = codeTable({
  hukou: '户口办理',
  'id-card': '身份证办理',
  birth: '生育服务证办理',
  residence: '居住证办理',
  education: '教育入学',
  employment: '就业创业',
  'social-security': '社会保障',
  medical: '医疗卫生',
  housing: '住房保障',
  marriage: '婚姻登记',
  'civil-affairs': '民政救助',
  elderly: '养老服务',
  vehicles: '交通出行',
  'property-reg': '不动产登记',
});
export type PersonTheme = (typeof PERSON_THEMES.codes)[number];

/** Theme columns of the online hall for enterprises (法人服务). */
export const ENTERPRISE_THEMES = codeTable({
  'start-business': '企业开办',
  'business-change': '变更注销',
  'food-drug': '食品药品',
  construction: '工程建设',
  'planning-land': '规划用地',
  'tax-fees': '税费办理',
  'labour-hr': '人力资源',
  'env-protection': '生态环境',
  transport: '交通运输',
  'culture-tourism': '文化旅游',
  'health-medical': '医疗卫生',
  'safety-production': '安全生产',
  'agriculture': '农业农村',
  education: '教育培训',
});
export type EnterpriseTheme = (typeof ENTERPRISE_THEMES.codes)[number];
