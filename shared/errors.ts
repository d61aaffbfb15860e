// Error codes crossing the API boundary, each with the Chinese message a user sees by default.

export const ERROR_MESSAGES = {
  BAD_INPUT: '请求的数据不完整或格式不对，操作未执行。',
  UNKNOWN_CALL: '未知的操作请求。',
  FORBIDDEN: '拒绝了来自未知页面的请求。',
  NOT_FOUND: '没有找到要操作的内容，可能已被删除。',
  CONFLICT: '操作与现有内容冲突。',
  REQUIRED_SECTION: '必填部分不能删除，可标记为「无此项」并说明原因。',
  DB_TOO_NEW: '数据文件由更新版本的年报助手创建，当前版本无法打开。请安装最新版本后再试，数据文件未作任何改动。',
  DB_CORRUPT_NO_BACKUP: '数据文件已损坏，且没有可用的备份。数据文件保持原样未改动，请联系技术人员协助恢复。',
  DB_LOCKED: '数据文件正被其他程序占用，请关闭其他年报助手窗口或命令行后重试。',
  DISK_FULL: '磁盘空间已满，刚才的修改未能保存。请清理磁盘空间后重试，已保存的内容不受影响。',
  READ_ONLY: '数据文件夹不可写入，请检查文件夹权限。',
  IO_ERROR: '读写文件时出错。',
  TEMPLATE_INVALID: '模板文件有误。',
  IMPORT_TOO_LARGE: '文件超过 50 MB，无法导入。请确认选择的是年度报告的 Word 文件。',
  IMPORT_EMPTY: '文件中没有可导入的文字。',
  IMPORT_ENCRYPTED: '文件已加密，请在 Word/WPS 中取消密码后另存再导入。',
  IMPORT_UNREADABLE: '无法读取该文件：文件可能已损坏，或不是 Word 文档（.docx/.doc）或文本文件（.txt）。',
  IMPORT_UNSAFE: '文件内部结构异常（可能是恶意构造的文件），已拒绝导入。',
  IMPORT_TIMEOUT: '读取文件用时过长，已停止。请在 Word/WPS 中另存为新的 .docx 文件后再导入。',
  IMPORT_EXPIRED: '导入预览已失效，请重新选择文件。',
  FILE_LOCKED: '目标文件正被其他程序（如 Word、WPS）打开，请关闭后重试或另存为其他文件名。',
  FOLDER_READ_ONLY: '目标文件夹不允许写入，请另选保存位置。',
  FOLDER_NOT_FOUND: '目标文件夹不存在或不是文件夹，请另选保存位置。',
  PACKAGE_INVALID: '无法导入该报告包：文件已损坏、不完整，或不是年报助手的报告包。本机的数据没有任何改动。',
  BACKUP_INVALID: '无法使用该备份文件：文件已损坏、不完整，或不是年报助手的备份。当前数据没有任何改动。',
  UNSUPPORTED: '当前环境不支持此操作。',
  REQUEST_TOO_LARGE: '请求的数据过大，操作未执行，内容没有改动。',
  DISCONNECTED: '与年报助手的本机服务断开了连接（可能已经停止）。已保存的内容不受影响；请重新启动年报助手后刷新本页。',
  INTERNAL: '程序内部出错，已记录。已保存的内容不受影响。',
  NATIVE_MODULE: '年报助手的数据库组件与当前运行环境不匹配，无法加载。这不是数据文件的问题，数据没有任何改动。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** What makes the data's medium writable again, said as an action. */
export const MEDIA_FIX = { 'read-only': '取消 U 盘写保护或数据文件的「只读」属性', full: '清理磁盘空间' } as const;

/** What to do about data that cannot be written: a write-protected stick, a read-only mount, or a
 *  data file marked read-only (Windows' 「只读」 attribute survives a copy, so it is named too). */
export const READ_ONLY_REMEDY = `请${MEDIA_FIX['read-only']}，或把整个数据文件夹复制到电脑上可写的位置`;

/** What to do about data that cannot be written, as every refusal says it. Found at start-up, the
 *  file stays open for reading until the app is opened again; found while running, a retry goes
 *  through once the medium can be written. */
export function mediaRemedy(state: { reason: 'read-only' | 'full'; since: 'start' | 'running' }): string {
  if (state.since === 'running') return `请${MEDIA_FIX[state.reason]}后重试`;
  return state.reason === 'full' ? `请${MEDIA_FIX.full}后重新打开年报助手` : `${READ_ONLY_REMEDY}后重新打开`;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** An error meant for the user: its message is already plain Chinese. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
