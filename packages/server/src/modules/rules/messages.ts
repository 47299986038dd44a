// The rules table: a rule missing on a date, a value of the wrong type, a new value not after the last.
import { messageSet } from '../../platform/message-set.ts';

export const ruleMessages = messageSet(
  {
    RULE_NOT_FOUND: 'Chưa có quy định {key} áp dụng vào ngày {date}',
    RULE_VALUE_TYPE: 'Giá trị không đúng kiểu {type} của quy định {key}',
    RULE_DATE_NOT_AFTER: 'Giá trị mới của {key} phải áp dụng sau ngày {last}',
    RULE_TYPE_REQUIRED: 'Quy định mới {key} cần khai báo kiểu giá trị',
    RULE_TYPE_MISMATCH: 'Quy định {key} có giá trị kiểu {type}; không thể đổi kiểu',
    RULE_KEY_NOT_FOUND: 'Không có quy định {key}',
  },
  {
    RULE_NOT_FOUND: 'No value of rule {key} applies on {date}',
    RULE_VALUE_TYPE: 'The value is not a valid {type} for rule {key}',
    RULE_DATE_NOT_AFTER: 'A new value of {key} must start after {last}',
    RULE_TYPE_REQUIRED: 'A new rule {key} needs a value type',
    RULE_TYPE_MISMATCH: 'Rule {key} holds values of type {type}; its type cannot change',
    RULE_KEY_NOT_FOUND: 'There is no rule {key}',
  },
);
