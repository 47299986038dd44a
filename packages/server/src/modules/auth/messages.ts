// Signing in: wrong credentials or password, a disabled account or one whose unit ended, too many tries.
import { messageSet } from '../../platform/message-set.ts';

export const authMessages = messageSet(
  {
    BAD_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng',
    WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng',
    ACCOUNT_DISABLED: 'Tài khoản đã bị khóa',
    ACCOUNT_UNIT_ENDED:
      'Đơn vị của tài khoản này đã kết thúc hoạt động nên tài khoản tạm ngừng; đề nghị công đoàn cấp trên chuyển tài khoản sang đơn vị khác',
    TOO_MANY_ATTEMPTS: 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau {minutes} phút',
  },
  {
    BAD_CREDENTIALS: 'Wrong username or password',
    WRONG_PASSWORD: 'The current password is wrong',
    ACCOUNT_DISABLED: 'This account is disabled',
    ACCOUNT_UNIT_ENDED:
      'The unit of this account has ended, so the account is suspended; ask the superior union to move it to another unit',
    TOO_MANY_ATTEMPTS: 'Too many attempts, please try again in {minutes} min',
  },
);
