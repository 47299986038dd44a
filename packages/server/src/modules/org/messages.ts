// The organisation tree: units and their codes, the dates of changes, founding, moving, merging, splitting
// and dissolving (with the members they hold), and emulation clusters.
import { messageSet } from '../../platform/message-set.ts';

export const orgMessages = messageSet(
  {
    UNIT_NOT_FOUND: 'Không tìm thấy đơn vị trong phạm vi của bạn',
    CLUSTER_NOT_FOUND: 'Không tìm thấy cụm thi đua',
    UNIT_CODE_TAKEN: 'Mã đơn vị {code} đã được dùng',
    CLUSTER_NAME_TAKEN: 'Cụm thi đua "{name}" đã có trong năm {year}',
    UNIT_NOT_ACTIVE: 'Đơn vị {name} không hoạt động vào ngày {date}',
    UNIT_DISSOLVED: 'Đơn vị {name} đã giải thể từ ngày {date}',
    DATE_BEFORE_FOUNDING: 'Ngày hiệu lực {date} trước ngày thành lập đơn vị {name} ({founded})',
    DATE_BEFORE_LAST_CHANGE:
      'Ngày hiệu lực {date} trước thay đổi gần nhất của {name} ({last}); hãy ghi nhận theo thứ tự thời gian',
    MOVE_UNDER_ITSELF: 'Không thể chuyển {name} về dưới chính nó hoặc đơn vị cấp dưới của nó',
    MOVE_SAME_PARENT: '{name} đã trực thuộc đơn vị này',
    PARENT_TYPE_NOT_ALLOWED:
      'Đơn vị loại {childType:unitType} không thể trực thuộc đơn vị loại {parentType:unitType}',
    UNIT_TYPE_CLOSED: 'Loại đơn vị {type:unitType} không còn được thành lập từ ngày {date}',
    CANNOT_FOUND_GRASSROOTS:
      'Không có đơn vị nào trong phạm vi của bạn có thẩm quyền thành lập công đoàn cơ sở tại đây',
    ROOT_IMMUTABLE: 'Không thể thay đổi vị trí hoặc giải thể đơn vị gốc',
    UNIT_HAS_CHILDREN: '{name} còn {count} đơn vị trực thuộc; hãy chọn đơn vị tiếp nhận',
    UNIT_HAS_MEMBERS:
      '{name} còn {count} đoàn viên; hãy chọn đơn vị tiếp nhận đoàn viên hoặc chấm dứt sinh hoạt của họ',
    DISSOLVE_MEMBERS_ONE_CHOICE: 'Chỉ chọn một: chuyển đoàn viên sang đơn vị khác hoặc chấm dứt sinh hoạt',
    MEMBERS_TARGET_IS_SUBJECT: 'Đoàn viên của {name} phải chuyển sang một đơn vị khác',
    MEMBERS_TARGET_CANNOT_ADMIT:
      '{target} không tiếp nhận được {count} đoàn viên của {name}: loại đơn vị này không có đoàn viên trực tiếp',
    SPLIT_MEMBERS_NEED_PART: '{name} còn {count} đoàn viên; hãy chọn đơn vị mới tiếp nhận họ',
    SPLIT_MEMBERS_PART_UNKNOWN: 'Không có đơn vị mới thứ {index} để tiếp nhận đoàn viên',
    UNIT_TYPE_HAS_MEMBERS:
      '{name} còn {count} đoàn viên, mà loại đơn vị mới không có đoàn viên trực tiếp; hãy chuyển họ trước',
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
  },
  {
    UNIT_NOT_FOUND: 'Unit not found within your scope',
    CLUSTER_NOT_FOUND: 'Emulation cluster not found',
    UNIT_CODE_TAKEN: 'Unit code {code} is already in use',
    CLUSTER_NAME_TAKEN: 'Cluster "{name}" already exists for {year}',
    UNIT_NOT_ACTIVE: '{name} does not exist on {date}',
    UNIT_DISSOLVED: '{name} was dissolved on {date}',
    DATE_BEFORE_FOUNDING: 'Effective date {date} is before {name} was founded ({founded})',
    DATE_BEFORE_LAST_CHANGE:
      'Effective date {date} is before the last change to {name} ({last}); record changes in date order',
    MOVE_UNDER_ITSELF: 'Cannot move {name} under itself or one of its own units',
    MOVE_SAME_PARENT: '{name} is already under this unit',
    PARENT_TYPE_NOT_ALLOWED:
      'A unit of type {childType:unitType} cannot be placed under a unit of type {parentType:unitType}',
    UNIT_TYPE_CLOSED: 'Units of type {type:unitType} can no longer be founded from {date}',
    CANNOT_FOUND_GRASSROOTS: 'No unit in your scope has the power to found a grassroots union here',
    ROOT_IMMUTABLE: 'The root unit cannot be moved or dissolved',
    UNIT_HAS_CHILDREN: '{name} still has {count} units under it; choose a unit to receive them',
    UNIT_HAS_MEMBERS:
      '{name} still has {count} members; choose a unit to receive them or end their membership',
    DISSOLVE_MEMBERS_ONE_CHOICE: 'Choose one: move the members to another unit or end their membership',
    MEMBERS_TARGET_IS_SUBJECT: 'The members of {name} must move to another unit',
    MEMBERS_TARGET_CANNOT_ADMIT:
      '{target} cannot receive the {count} members of {name}: units of its type have no members of their own',
    SPLIT_MEMBERS_NEED_PART: '{name} still has {count} members; choose the new unit that receives them',
    SPLIT_MEMBERS_PART_UNKNOWN: 'There is no new unit number {index} to receive the members',
    UNIT_TYPE_HAS_MEMBERS:
      '{name} still has {count} members and the new type has no members of its own; move them first',
    MERGE_TARGET_REQUIRED: 'Choose the receiving unit or describe the new consolidated unit',
    MERGE_TARGET_IS_SOURCE: 'The receiving unit cannot also be merged away',
    SPLIT_CHILD_NOT_UNDER_SOURCE: '{name} is not under the unit being split',
    SPLIT_CHILD_TWICE: '{name} is given to two new units',
    SPLIT_CHILDREN_LEFT: '{count} units under it are not given to any new unit',
    SPLIT_PART_UNDER_SOURCE: 'The new unit {name} cannot sit under the unit being split when that unit ends',
    DUPLICATE_IN_REQUEST: 'Code {code} appears twice in the request',
    CLUSTER_MEMBER_NOT_PEER: '{name} is not under {parent} in {year}',
    CLUSTER_MEMBER_TAKEN: '{name} already belongs to cluster "{cluster}" in {year}',
  },
);
