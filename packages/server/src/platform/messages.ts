// Every message the API sends to users, in Vietnamese and English, keyed by error code or message key.
// `{name}` placeholders are filled from the error's params.

const vi = {
  INVALID_INPUT: 'Dữ liệu không hợp lệ',
  NOT_SIGNED_IN: 'Bạn chưa đăng nhập',
  BAD_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng',
  WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng',
  ACCOUNT_DISABLED: 'Tài khoản đã bị khóa',
  TOO_MANY_ATTEMPTS: 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau {after}',
  OUT_OF_SCOPE: 'Bạn không có quyền với đơn vị hoặc bản ghi này',
  ROLE_FORBIDDEN: 'Vai trò của bạn không được phép thực hiện thao tác này',
  NOT_FOUND: 'Không tìm thấy',
  ROUTE_NOT_FOUND: 'Không có địa chỉ này',
  UNIT_NOT_FOUND: 'Không tìm thấy đơn vị',
  USER_NOT_FOUND: 'Không tìm thấy tài khoản',
  CLUSTER_NOT_FOUND: 'Không tìm thấy cụm thi đua',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn',
  INTERNAL_ERROR: 'Đã có lỗi xảy ra, vui lòng thử lại',
  UNIT_CODE_TAKEN: 'Mã đơn vị {code} đã được dùng',
  USERNAME_TAKEN: 'Tên đăng nhập {username} đã được dùng',
  CLUSTER_NAME_TAKEN: 'Cụm thi đua "{name}" đã có trong năm {year}',
  UNIT_NOT_ACTIVE: 'Đơn vị {name} không hoạt động vào ngày {date}',
  UNIT_DISSOLVED: 'Đơn vị {name} đã giải thể từ ngày {date}',
  DATE_BEFORE_FOUNDING: 'Ngày hiệu lực {date} trước ngày thành lập đơn vị {name} ({founded})',
  DATE_BEFORE_LAST_CHANGE:
    'Ngày hiệu lực {date} trước thay đổi gần nhất của {name} ({last}); hãy ghi nhận theo thứ tự thời gian',
  MOVE_UNDER_ITSELF: 'Không thể chuyển {name} về dưới chính nó hoặc đơn vị cấp dưới của nó',
  MOVE_SAME_PARENT: '{name} đã trực thuộc đơn vị này',
  PARENT_TYPE_NOT_ALLOWED: 'Đơn vị loại {childType} không thể trực thuộc đơn vị loại {parentType}',
  UNIT_TYPE_CLOSED: 'Loại đơn vị {type} không còn được thành lập từ ngày {date}',
  CANNOT_FOUND_GRASSROOTS:
    'Không có đơn vị nào trong phạm vi của bạn có thẩm quyền thành lập công đoàn cơ sở tại đây',
  ROOT_IMMUTABLE: 'Không thể thay đổi vị trí hoặc giải thể đơn vị gốc',
  UNIT_HAS_CHILDREN: '{name} còn {count} đơn vị trực thuộc; hãy chọn đơn vị tiếp nhận',
  MERGE_TARGET_REQUIRED: 'Hãy chọn đơn vị nhận sáp nhập hoặc khai báo đơn vị hợp nhất mới',
  MERGE_TARGET_IS_SOURCE: 'Đơn vị nhận sáp nhập không thể đồng thời là đơn vị bị sáp nhập',
  SPLIT_CHILD_NOT_UNDER_SOURCE: 'Đơn vị {name} không trực thuộc đơn vị được chia tách',
  SPLIT_CHILD_TWICE: 'Đơn vị {name} được giao cho hai đơn vị mới',
  SPLIT_CHILDREN_LEFT: 'Còn {count} đơn vị trực thuộc chưa được giao cho đơn vị mới nào',
  SPLIT_PART_UNDER_SOURCE:
    'Đơn vị mới {name} không thể trực thuộc đơn vị bị chia tách khi đơn vị đó chấm dứt',
  DUPLICATE_IN_REQUEST: 'Mã {code} bị lặp trong yêu cầu',
  CLUSTER_MEMBER_NOT_PEER: '{name} không trực thuộc {parent} trong năm {year}',
  CLUSTER_MEMBER_TAKEN: '{name} đã thuộc cụm "{cluster}" năm {year}',
  RULE_NOT_FOUND: 'Chưa có quy định {key} áp dụng vào ngày {date}',
  RULE_VALUE_TYPE: 'Giá trị không đúng kiểu {type} của quy định {key}',
  RULE_DATE_NOT_AFTER: 'Giá trị mới của {key} phải áp dụng sau ngày {last}',
  LAST_ADMIN: 'Không thể bỏ quyền quản trị hệ thống cuối cùng',
  ROLE_TOO_HIGH: 'Bạn không thể cấp vai trò {role}',
  RULE_TYPE_REQUIRED: 'Quy định mới {key} cần khai báo kiểu giá trị',
  RULE_TYPE_MISMATCH: 'Quy định {key} có giá trị kiểu {type}; không thể đổi kiểu',
  RULE_KEY_NOT_FOUND: 'Không có quy định {key}',
  CLI_HELP: `Cách dùng: npm run cli -- <lệnh> [tùy chọn]

Lệnh:
  user:create-admin --username U --full-name "Họ và tên" [--password P]
      Tạo tài khoản quản trị hệ thống gắn với đơn vị gốc. Không có --password thì nhập mật khẩu
      (không hiện ra màn hình) hoặc đọc một dòng từ stdin.
  user:reset-password --username U [--password P]
      Đặt lại mật khẩu của một tài khoản và kết thúc mọi phiên đăng nhập của tài khoản đó.
  help
      In hướng dẫn này.

Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc thư mục dữ liệu CONGDOAN_DATA_DIR (mặc định ./data).`,
  CLI_UNKNOWN_COMMAND: 'Không có lệnh {command}; xem "npm run cli -- help"',
  CLI_MISSING_OPTION: 'Thiếu tùy chọn --{option}',
  CLI_PASSWORD_PROMPT: 'Mật khẩu: ',
  CLI_PASSWORD_REPEAT: 'Nhập lại mật khẩu: ',
  CLI_PASSWORD_MISMATCH: 'Hai lần nhập mật khẩu không khớp',
  CLI_PASSWORD_LENGTH: 'Mật khẩu cần từ {min} đến {max} ký tự',
  CLI_ADMIN_CREATED: 'Đã tạo tài khoản quản trị hệ thống {username} (đơn vị {unit})',
  CLI_PASSWORD_RESET: 'Đã đặt lại mật khẩu của {username}; các phiên đăng nhập cũ đã kết thúc',
  'error.invalidDate': 'Ngày không hợp lệ (định dạng YYYY-MM-DD)',
  'error.unitCodeFormat': 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang và gạch dưới',
  'error.usernameFormat': 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang và gạch dưới',
  'error.ruleKeyFormat': 'Mã quy định không đúng định dạng (ví dụ dues.rate)',
  'error.nothingToChange': 'Chưa có gì thay đổi',
  'error.nationalIdFormat': 'Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)',
  'error.phoneFormat': 'Số điện thoại không hợp lệ',
  'error.transferTargetRequired': 'Hãy chọn đơn vị chuyển đến hoặc ghi tên đơn vị ngoài hệ thống',
} as const;

export type MessageCode = keyof typeof vi;

const en: Record<MessageCode, string> = {
  INVALID_INPUT: 'Invalid input',
  NOT_SIGNED_IN: 'You are not signed in',
  BAD_CREDENTIALS: 'Wrong username or password',
  WRONG_PASSWORD: 'The current password is wrong',
  ACCOUNT_DISABLED: 'This account is disabled',
  TOO_MANY_ATTEMPTS: 'Too many attempts, please try again in {after}',
  OUT_OF_SCOPE: 'You have no access to this unit or record',
  ROLE_FORBIDDEN: 'Your role does not allow this',
  NOT_FOUND: 'Not found',
  ROUTE_NOT_FOUND: 'No such address',
  UNIT_NOT_FOUND: 'Unit not found',
  USER_NOT_FOUND: 'Account not found',
  CLUSTER_NOT_FOUND: 'Emulation cluster not found',
  PAYLOAD_TOO_LARGE: 'The upload is too large',
  INTERNAL_ERROR: 'Something went wrong, please try again',
  UNIT_CODE_TAKEN: 'Unit code {code} is already in use',
  USERNAME_TAKEN: 'Username {username} is already in use',
  CLUSTER_NAME_TAKEN: 'Cluster "{name}" already exists for {year}',
  UNIT_NOT_ACTIVE: '{name} does not exist on {date}',
  UNIT_DISSOLVED: '{name} was dissolved on {date}',
  DATE_BEFORE_FOUNDING: 'Effective date {date} is before {name} was founded ({founded})',
  DATE_BEFORE_LAST_CHANGE:
    'Effective date {date} is before the last change to {name} ({last}); record changes in date order',
  MOVE_UNDER_ITSELF: 'Cannot move {name} under itself or one of its own units',
  MOVE_SAME_PARENT: '{name} is already under this unit',
  PARENT_TYPE_NOT_ALLOWED: 'A unit of type {childType} cannot be placed under a unit of type {parentType}',
  UNIT_TYPE_CLOSED: 'Units of type {type} can no longer be founded from {date}',
  CANNOT_FOUND_GRASSROOTS: 'No unit in your scope has the power to found a grassroots union here',
  ROOT_IMMUTABLE: 'The root unit cannot be moved or dissolved',
  UNIT_HAS_CHILDREN: '{name} still has {count} units under it; choose a unit to receive them',
  MERGE_TARGET_REQUIRED: 'Choose the receiving unit or describe the new consolidated unit',
  MERGE_TARGET_IS_SOURCE: 'The receiving unit cannot also be merged away',
  SPLIT_CHILD_NOT_UNDER_SOURCE: '{name} is not under the unit being split',
  SPLIT_CHILD_TWICE: '{name} is given to two new units',
  SPLIT_CHILDREN_LEFT: '{count} units under it are not given to any new unit',
  SPLIT_PART_UNDER_SOURCE: 'The new unit {name} cannot sit under the unit being split when that unit ends',
  DUPLICATE_IN_REQUEST: 'Code {code} appears twice in the request',
  CLUSTER_MEMBER_NOT_PEER: '{name} is not under {parent} in {year}',
  CLUSTER_MEMBER_TAKEN: '{name} already belongs to cluster "{cluster}" in {year}',
  RULE_NOT_FOUND: 'No value of rule {key} applies on {date}',
  RULE_VALUE_TYPE: 'The value is not a valid {type} for rule {key}',
  RULE_DATE_NOT_AFTER: 'A new value of {key} must start after {last}',
  LAST_ADMIN: 'Cannot remove the last system administrator',
  ROLE_TOO_HIGH: 'You cannot grant the role {role}',
  RULE_TYPE_REQUIRED: 'A new rule {key} needs a value type',
  RULE_TYPE_MISMATCH: 'Rule {key} holds values of type {type}; its type cannot change',
  RULE_KEY_NOT_FOUND: 'There is no rule {key}',
  CLI_HELP: `Usage: npm run cli -- <command> [options]

Commands:
  user:create-admin --username U --full-name "Full Name" [--password P]
      Creates a system administrator bound to the root unit. Without --password the password is
      asked for (not echoed) or read as one line from stdin.
  user:reset-password --username U [--password P]
      Sets a new password for an account and ends all of its sessions.
  help
      Prints this help.

Database: DATABASE_URL (PostgreSQL) or the data folder CONGDOAN_DATA_DIR (default ./data).`,
  CLI_UNKNOWN_COMMAND: 'No command {command}; see "npm run cli -- help"',
  CLI_MISSING_OPTION: 'Missing option --{option}',
  CLI_PASSWORD_PROMPT: 'Password: ',
  CLI_PASSWORD_REPEAT: 'Repeat the password: ',
  CLI_PASSWORD_MISMATCH: 'The two passwords differ',
  CLI_PASSWORD_LENGTH: 'A password has {min} to {max} characters',
  CLI_ADMIN_CREATED: 'Created system administrator {username} (unit {unit})',
  CLI_PASSWORD_RESET: 'New password set for {username}; their earlier sessions have ended',
  'error.invalidDate': 'Invalid date (format YYYY-MM-DD)',
  'error.unitCodeFormat': 'A unit code has only plain letters, digits, dots, hyphens and underscores',
  'error.usernameFormat':
    'A username has only lower-case plain letters, digits, dots, hyphens and underscores',
  'error.ruleKeyFormat': 'Malformed rule key (e.g. dues.rate)',
  'error.nothingToChange': 'Nothing to change',
  'error.nationalIdFormat': 'A CCCD number has 12 digits (an old CMND number: 9 digits)',
  'error.phoneFormat': 'Invalid phone number',
  'error.transferTargetRequired': 'Choose the receiving unit or give the name of a unit outside the platform',
};

export const MESSAGES = { vi, en } as const;

export function isMessageCode(value: string): value is MessageCode {
  return value in vi;
}
