// Accounts: an unknown account, a username taken, the last administrator, a role above the granter's.
import { messageSet } from '../../platform/message-set.ts';

export const userMessages = messageSet(
  {
    USER_NOT_FOUND: 'Không tìm thấy tài khoản',
    USERNAME_TAKEN: 'Tên đăng nhập {username} đã được dùng',
    LAST_ADMIN: 'Không thể bỏ quyền quản trị hệ thống cuối cùng',
    UNIT_ENDED_NO_ACCOUNTS:
      'Đơn vị đã kết thúc hoạt động: không thể tạo tài khoản hoặc chuyển tài khoản vào đơn vị này',
    ROLE_TOO_HIGH: 'Bạn không thể cấp vai trò {role:role}',
  },
  {
    USER_NOT_FOUND: 'Account not found',
    USERNAME_TAKEN: 'Username {username} is already in use',
    LAST_ADMIN: 'Cannot remove the last system administrator',
    UNIT_ENDED_NO_ACCOUNTS: 'The unit has ended: no account can be created on it or moved to it',
    ROLE_TOO_HIGH: 'You cannot grant the role {role:role}',
  },
);
