// Members: admission and readmission, the national ID and card number held by one person, transfers,
// offices, foreign workers' contracts, cards.
import { messageSet } from '../../platform/message-set.ts';

export const memberMessages = messageSet(
  {
    MEMBERS_CHANGED_AFTER:
      'Đoàn viên của {name} có biến động sau ngày {date} ({last}); hãy ghi nhận theo thứ tự thời gian',
    MEMBER_NOT_FOUND: 'Không tìm thấy đoàn viên',
    UNIT_CANNOT_ADMIT: 'Đơn vị {name} không có thẩm quyền kết nạp đoàn viên',
    NATIONAL_ID_TAKEN: 'Số CCCD/CMND {nationalId} đã được đăng ký cho một đoàn viên đang sinh hoạt công đoàn',
    NATIONAL_ID_FORMER_MEMBER:
      'Số CCCD/CMND {nationalId} là của {name}, nay không còn sinh hoạt công đoàn (đơn vị sinh hoạt cuối: {unit}); hãy kết nạp lại người này thay vì tạo hồ sơ mới',
    NATIONAL_ID_DECEASED_MEMBER:
      'Số CCCD/CMND {nationalId} là của {name} ({unit}), đã được ghi nhận từ trần; hãy kiểm tra lại số CCCD/CMND',
    MEMBER_DECEASED_NO_READMIT: '{name} đã được ghi nhận từ trần nên không thể kết nạp lại',
    MEMBER_ALREADY_ACTIVE:
      '{name} đang là đoàn viên của {unit}; không cần kết nạp lại (muốn đổi đơn vị thì làm thủ tục chuyển sinh hoạt)',
    CARD_NUMBER_TAKEN: 'Số thẻ đoàn viên {cardNumber} đã được dùng',
    MEMBER_HELD_ELSEWHERE:
      'Người này đã là đoàn viên ở đơn vị khác, ngoài phạm vi của bạn; hãy đề nghị công đoàn cấp trên (gửi đề nghị để đơn vị đang quản lý chuyển người này về)',
    FOREIGN_CONTRACT_TOO_SHORT:
      'Người lao động nước ngoài cần hợp đồng lao động từ {min} tháng trở lên (hợp đồng hiện có: {months} tháng)',
    FOREIGN_MEMBER_NO_OFFICE: 'Đoàn viên {name} là người nước ngoài nên không được giữ chức vụ công đoàn',
    MEMBER_NOT_ACTIVE: 'Đoàn viên {name} hiện không còn sinh hoạt công đoàn',
    TRANSFER_SAME_UNIT: 'Đoàn viên {name} đang sinh hoạt tại {unit}',
    OFFICE_END_BEFORE_START: 'Ngày kết thúc nhiệm kỳ chức vụ phải sau ngày bắt đầu ({validFrom})',
    OFFICE_UNIT_NOT_ABOVE_MEMBER:
      'Đoàn viên {name} không sinh hoạt tại {unit} hay một đơn vị trực thuộc vào ngày {date}',
    CARD_NOT_FOUND: 'Thẻ đoàn viên không hợp lệ hoặc không có trong hệ thống',
    CARD_BATCH_TOO_LARGE: 'Mỗi lần in tối đa {max} thẻ; đơn vị có {count} đoàn viên, hãy chọn bớt',
  },
  {
    MEMBERS_CHANGED_AFTER:
      'The members of {name} changed after {date} ({last}); record changes in date order',
    MEMBER_NOT_FOUND: 'Member not found',
    UNIT_CANNOT_ADMIT: '{name} has no power to admit members',
    NATIONAL_ID_TAKEN: 'National ID {nationalId} is already registered to an active member',
    NATIONAL_ID_FORMER_MEMBER:
      'National ID {nationalId} belongs to {name}, no longer a member (last unit: {unit}); re-admit this person instead of creating a new record',
    NATIONAL_ID_DECEASED_MEMBER:
      'National ID {nationalId} belongs to {name} ({unit}), recorded as deceased; check the number',
    MEMBER_DECEASED_NO_READMIT: '{name} is recorded as deceased and cannot be re-admitted',
    MEMBER_ALREADY_ACTIVE:
      '{name} is already a member of {unit}; there is nothing to re-admit (to change unit, record a transfer)',
    CARD_NUMBER_TAKEN: 'Card number {cardNumber} is already in use',
    MEMBER_HELD_ELSEWHERE:
      'This person is already a member elsewhere, outside your scope; ask the superior union (send a request for the union that holds them to move them to yours)',
    FOREIGN_CONTRACT_TOO_SHORT:
      'A foreign worker needs a labour contract of {min} months or more (this one: {months} months)',
    FOREIGN_MEMBER_NO_OFFICE: '{name} is a foreign national and may not hold a union office',
    MEMBER_NOT_ACTIVE: '{name} is no longer an active member',
    TRANSFER_SAME_UNIT: '{name} is already a member of {unit}',
    OFFICE_END_BEFORE_START: 'The office must end after it starts ({validFrom})',
    OFFICE_UNIT_NOT_ABOVE_MEMBER: '{name} is not a member of {unit} or of a unit under it on {date}',
    CARD_NOT_FOUND: 'This member card is not valid or not on record',
    CARD_BATCH_TOO_LARGE:
      'At most {max} cards can be printed at once; the unit has {count} members, pick fewer',
  },
);
