// The platform's own messages: a request refused before any feature sees it (not signed in, outside the
// caller's scope, malformed, too large), a route or record not found, a failure, a full or read-only disk.
import { messageSet } from './message-set.ts';

export const commonMessages = messageSet(
  {
    INVALID_INPUT: 'Dữ liệu không hợp lệ',
    NOT_SIGNED_IN: 'Bạn chưa đăng nhập',
    CROSS_SITE_REQUEST:
      'Yêu cầu bị từ chối vì được gửi từ một trang web khác; hãy thao tác ngay trên trang Công Đoàn Số',
    OUT_OF_SCOPE: 'Bạn không có quyền với đơn vị hoặc bản ghi này',
    ROLE_FORBIDDEN: 'Vai trò của bạn không được phép thực hiện thao tác này',
    NOT_FOUND: 'Không tìm thấy trong phạm vi của bạn',
    ROUTE_NOT_FOUND: 'Không có địa chỉ này',
    PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn',
    INTERNAL_ERROR: 'Đã có lỗi xảy ra, vui lòng thử lại',
    DATE_IN_FUTURE: 'Ngày {date} chưa đến; chỉ ghi nhận việc đã xảy ra (hôm nay là {today})',
    STORAGE_FULL: 'Ổ đĩa của cơ sở dữ liệu đã đầy nên thay đổi chưa được lưu. Hãy báo quản trị hệ thống.',
    STORAGE_READ_ONLY:
      'Cơ sở dữ liệu đang chỉ cho đọc nên thay đổi chưa được lưu. Hãy báo quản trị hệ thống.',
    UNSUPPORTED_MEDIA_TYPE: 'Dữ liệu phải được gửi dưới dạng JSON (hoặc tệp tải lên ở nơi có tải tệp)',
  },
  {
    INVALID_INPUT: 'Invalid input',
    NOT_SIGNED_IN: 'You are not signed in',
    CROSS_SITE_REQUEST:
      'Refused: this request was sent from another website; use the Công Đoàn Số pages themselves',
    OUT_OF_SCOPE: 'You have no access to this unit or record',
    ROLE_FORBIDDEN: 'Your role does not allow this',
    NOT_FOUND: 'Not found within your scope',
    ROUTE_NOT_FOUND: 'No such address',
    PAYLOAD_TOO_LARGE: 'The upload is too large',
    INTERNAL_ERROR: 'Something went wrong, please try again',
    DATE_IN_FUTURE: '{date} has not come yet; only record what has happened (today is {today})',
    STORAGE_FULL: "The database's disk is full, so the change was not saved. Tell the system administrator.",
    STORAGE_READ_ONLY:
      'The database accepts only reads right now, so the change was not saved. Tell the system administrator.',
    UNSUPPORTED_MEDIA_TYPE: 'Send the data as JSON (or as a file upload where a file is expected)',
  },
);
