/** Error codes shared by server and web; the server maps each to an HTTP status and a Chinese message. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请检查标出的字段' },
  NOT_FOUND: { status: 404, message: '请求的资源不存在' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  CONFLICT: { status: 409, message: '数据已被修改或已存在，请刷新后重试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  REGION_NOT_FOUND: { status: 404, message: '行政区划不存在' },
  DEPARTMENT_NOT_FOUND: { status: 404, message: '实施主体（部门）不存在' },
  DEPARTMENT_USCC_TAKEN: { status: 409, message: '该统一社会信用代码已被其他部门使用' },
  ITEM_NOT_FOUND: { status: 404, message: '事项不存在' },
  CATALOG_ITEM_NOT_FOUND: { status: 404, message: '基本目录事项不存在' },
  ITEM_CODE_TAKEN: { status: 409, message: '该实施编码已存在' },
  BASIC_CODE_TAKEN: { status: 409, message: '该基本编码已存在' },
  ITEM_TRANSITION_NOT_ALLOWED: { status: 409, message: '事项当前状态不允许此操作' },
  ITEM_NO_DRAFT: { status: 409, message: '事项没有待发布的草稿' },
  ITEM_VERSION_CONFLICT: { status: 409, message: '事项已被他人修改，请刷新后重试' },
  DELEGATION_NOT_ALLOWED: { status: 422, message: '不能下放到该区划' },
  DELEGATION_TARGET_NO_DEPARTMENT: { status: 422, message: '下放目标区划没有可承接的实施主体' },
  DELEGATION_NOT_FOUND: { status: 404, message: '下放记录不存在' },
  IMPORT_INVALID: { status: 422, message: '导入文件有错误，未导入任何数据' },
  ADMIN_CREDENTIAL_REQUIRED: { status: 401, message: '需要管理员凭据' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with one field of the input (field path like `materials.2.name`, line for imports). */
export interface FieldIssue {
  field: string;
  message: string;
  line?: number;
}

/** The body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  issues?: FieldIssue[];
}
