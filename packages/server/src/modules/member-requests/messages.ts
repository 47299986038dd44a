// Requests to a superior for a person held outside the requester's scope.
import { messageSet } from '../../platform/message-set.ts';

export const memberRequestMessages = messageSet(
  {
    MEMBER_REQUEST_NO_HOLDER: 'Không có đoàn viên nào mang số CCCD/CMND {nationalId}; hãy kết nạp mới',
    MEMBER_REQUEST_IN_SCOPE:
      'Người mang số CCCD/CMND {nationalId} thuộc phạm vi của bạn; hãy kết nạp lại hoặc chuyển sinh hoạt trực tiếp',
    MEMBER_REQUEST_PENDING: 'Đã có một đề nghị đang chờ xử lý cho người này về đơn vị này',
    MEMBER_REQUEST_DECIDED: 'Đề nghị này đã được xử lý',
    MEMBER_REQUEST_TARGET_MOVED:
      'Đơn vị nhận không còn thuộc đơn vị đã gửi đề nghị; không thể duyệt đề nghị này',
  },
  {
    MEMBER_REQUEST_NO_HOLDER: 'No member holds national ID {nationalId}; admit the person as a new member',
    MEMBER_REQUEST_IN_SCOPE:
      'The holder of national ID {nationalId} is within your scope; re-admit or transfer them directly',
    MEMBER_REQUEST_PENDING: 'A request for this person to join this unit is already waiting',
    MEMBER_REQUEST_DECIDED: 'This request has already been decided',
    MEMBER_REQUEST_TARGET_MOVED:
      'The receiving unit is no longer under the union that sent the request; it cannot be approved',
  },
);
