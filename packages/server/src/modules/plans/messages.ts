// Year plans and their targets.
import { messageSet } from '../../platform/message-set.ts';

export const planMessages = messageSet(
  {
    YEAR_PLAN_NOT_FOUND: 'Không tìm thấy chương trình công tác năm',
    PLAN_TARGET_NOT_FOUND: 'Không tìm thấy chỉ tiêu của chương trình',
    PLAN_EXISTS: '{name} đã có chương trình công tác năm {year}',
    TARGET_INDICATOR_TWICE: 'Chỉ tiêu {code} được giao hai lần trong chương trình',
    TARGET_UNIT_NOT_CHILD: '{name} không phải đơn vị trực thuộc {unit} vào ngày {date}',
    INDICATOR_COMPUTED: 'Chỉ tiêu {code} được tính từ dữ liệu, không nhập tay',
  },
  {
    YEAR_PLAN_NOT_FOUND: 'Year plan not found',
    PLAN_TARGET_NOT_FOUND: 'Target of the plan not found',
    PLAN_EXISTS: '{name} already has a plan for {year}',
    TARGET_INDICATOR_TWICE: 'Indicator {code} is targeted twice in the plan',
    TARGET_UNIT_NOT_CHILD: '{name} is not directly under {unit} on {date}',
    INDICATOR_COMPUTED: 'Indicator {code} is computed from the records and cannot be entered',
  },
);
