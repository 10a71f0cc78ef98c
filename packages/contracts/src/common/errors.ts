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
  SESSION_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  CSRF_TOKEN_INVALID: { status: 403, message: '请求校验失败，请刷新页面后重试' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录须先修改密码' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '账号或密码不正确' },
  AUTH_SLOW_DOWN: { status: 429, message: '登录失败次数较多，请稍后再试' },
  AUTH_LOCKED: { status: 429, message: '登录失败次数过多，账号已临时锁定' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  ACCOUNT_TAKEN: { status: 409, message: '该账号已注册' },
  SMS_CODE_INVALID: { status: 400, message: '验证码不正确或已过期' },
  SMS_TOO_FREQUENT: { status: 429, message: '验证码发送过于频繁，请稍后再试' },
  API_TOKEN_INVALID: { status: 401, message: '接口令牌无效、已过期或已吊销' },
  ACCOUNT_NOT_FOUND: { status: 404, message: '账号不存在' },
  NOT_AN_AGENT: { status: 403, message: '您不是该单位的经办人' },
  OIDC_FAILED: { status: 400, message: '统一身份认证登录失败，请重试' },
  OIDC_NOT_CONFIGURED: { status: 404, message: '未配置统一身份认证' },
  CASE_NOT_FOUND: { status: 404, message: '办件不存在' },
  CASE_TRANSITION_NOT_ALLOWED: { status: 409, message: '办件当前状态不允许此操作' },
  CASE_CONFLICT: { status: 409, message: '该办件刚被他人处理，请刷新后重试' },
  ITEM_NOT_APPLICABLE: { status: 422, message: '该事项暂不支持网上申报，请到窗口办理' },
  UPLOAD_TOO_LARGE: { status: 413, message: '文件过大' },
  UPLOAD_TYPE_REFUSED: { status: 415, message: '不支持的文件类型' },
  FILE_NOT_FOUND: { status: 404, message: '文件不存在' },
  CALENDAR_YEAR_UNKNOWN: { status: 422, message: '该年度的节假日安排尚未录入' },
  CERTIFICATE_NOT_FOUND: { status: 404, message: '电子证照不存在' },
  CERTIFICATE_TYPE_NOT_FOUND: { status: 404, message: '证照类型不存在' },
  CERTIFICATE_TYPE_TAKEN: { status: 409, message: '已有同名的证照类型' },
  CERTIFICATE_FACE_MISSING: { status: 422, message: '证照照面项缺少取值，无法签发' },
  CERTIFICATE_NOT_VALID: { status: 409, message: '该证照已注销，不能再注销或换发' },
  CERTIFICATE_IMPORT_NOT_FOUND: { status: 404, message: '证照导入任务不存在' },
  CERTIFICATE_IMPORT_TOO_LARGE: { status: 413, message: '导入文件过大' },
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
