// Importing a member list: the file (type, encoding, size, a forged zip), the header and the mapping, the
// job, each rejected row's reason, and the rejected-rows workbook.
import { messageSet } from '../../platform/message-set.ts';

export const memberImportMessages = messageSet(
  {
    IMPORT_LEGACY_XLS:
      'Tệp .xls (Excel 97–2003) chưa được hỗ trợ; hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx',
    IMPORT_FILE_EMPTY: 'Tệp tải lên không có nội dung',
    IMPORT_FILE_TYPE: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)',
    IMPORT_FILE_UNREADABLE: 'Không đọc được tệp; hãy kiểm tra tệp mở được bằng Excel',
    IMPORT_CSV_ENCODING: 'Tệp CSV không ở bảng mã UTF-8; trong Excel hãy chọn Lưu thành "CSV UTF-8"',
    IMPORT_NO_HEADER:
      'Không tìm thấy dòng tiêu đề của danh sách trong 30 dòng đầu (cần cột "Họ và tên" và ít nhất một cột khác như "Ngày sinh", "Số CCCD")',
    IMPORT_NAME_COLUMN_MISSING:
      'Chưa xác định được cột "Họ và tên" (dòng tiêu đề {row}); hãy chọn cột họ tên khi ghép cột',
    IMPORT_FILE_MISSING: 'Hãy chọn tệp danh sách đoàn viên (trường "file")',
    IMPORT_MAPPING_INVALID:
      'Bảng ghép cột không hợp lệ: mỗi cột (A, B, …) ghép với một trường, mỗi trường một cột',
    IMPORT_HEADER_ROW_INVALID: 'Số thứ tự dòng tiêu đề không hợp lệ',
    IMPORT_FILE_TOO_LARGE: 'Tệp lớn hơn {max}; hãy chia danh sách thành nhiều tệp',
    IMPORT_ZIP_TOO_MANY_ENTRIES:
      'Tệp Excel gồm {count} phần, quá giới hạn {max}; hãy lưu một tệp mới chỉ có danh sách đoàn viên',
    IMPORT_ZIP_TOO_LARGE: 'Tệp Excel khi giải nén lớn hơn {max}; hãy chia danh sách thành nhiều tệp',
    IMPORT_ZIP_RATIO:
      'Tệp Excel bị nén bất thường (gấp {ratio} lần, tối đa {max}); tệp có thể đã bị làm giả, hãy lưu lại bằng Excel',
    IMPORT_ZIP_SIZE_MISMATCH:
      'Tệp Excel khai sai kích thước các phần bên trong; tệp có thể đã bị làm giả, hãy lưu lại bằng Excel',
    IMPORT_TOO_MANY_ROWS:
      'Danh sách có hơn {max} dòng; mỗi lần nhập tối đa {max} dòng, hãy chia danh sách thành nhiều tệp',
    IMPORT_OUT_OF_MEMORY:
      'Đọc tệp này cần nhiều bộ nhớ hơn mức cho phép ({max}); hãy chia danh sách thành nhiều tệp',
    IMPORT_ALREADY_RUNNING:
      'Đơn vị đang có một lần nhập danh sách chưa xong; hãy đợi lần đó hoàn tất rồi nhập lại',
    IMPORT_JOB_NOT_FOUND: 'Không tìm thấy lần nhập danh sách này',
    IMPORT_JOB_NOT_DONE: 'Lần nhập danh sách chưa xong; hãy đợi đến khi hoàn tất',
    IMPORT_CONCURRENT_CHANGE: 'Danh sách đoàn viên vừa được thay đổi trong lúc nhập; hãy nhập lại tệp',
    IMPORT_INTERRUPTED:
      'Lần nhập bị gián đoạn vì máy chủ khởi động lại; chưa có dòng nào được ghi, hãy nhập lại tệp',
    IMPORT_ROWS_PURGED:
      'Các dòng của lần nhập này đã được xóa sau {days} ngày lưu giữ; chỉ còn số liệu và danh sách lỗi. Hãy nhập lại tệp nếu cần tải các dòng bị từ chối',
    IMPORT_ROW_TOO_LONG: 'Nội dung dài quá {max} ký tự',
    IMPORT_ROW_BAD_NAME: 'Họ và tên "{value}" không hợp lệ (phải có chữ, không có chữ số)',
    IMPORT_ROW_MISSING_NAME: 'Thiếu họ và tên',
    IMPORT_ROW_BAD_DATE:
      'Không đọc được ngày "{value}"; hãy ghi ngày/tháng/năm (ví dụ 15/08/1985) hoặc chỉ ghi năm',
    IMPORT_ROW_DATE_IN_FUTURE: 'Ngày "{value}" chưa đến',
    IMPORT_ROW_UNKNOWN_GENDER: 'Không rõ giới tính "{value}"; hãy ghi Nam hoặc Nữ',
    IMPORT_ROW_MISSING_GENDER: 'Thiếu giới tính',
    IMPORT_ROW_BOTH_GENDERS: 'Cả cột Nam và cột Nữ đều có giá trị; chỉ ghi năm sinh vào một cột',
    IMPORT_ROW_GENDER_CONFLICT: 'Giới tính không khớp với cột Nam/Nữ',
    IMPORT_ROW_BAD_NATIONAL_ID: 'Số CCCD/CMND "{value}" không hợp lệ (CCCD 12 chữ số, CMND 9 chữ số)',
    IMPORT_ROW_UNKNOWN_ETHNICITY: 'Dân tộc "{value}" không có trong danh mục 54 dân tộc',
    IMPORT_ROW_UNKNOWN_NATIONALITY:
      'Không nhận ra quốc tịch "{value}"; hãy ghi tên nước hoặc mã nước 2 chữ cái (VN, KR…)',
    IMPORT_ROW_BAD_CONTRACT: 'Không đọc được thời hạn hợp đồng "{value}"; hãy ghi số tháng',
    IMPORT_ROW_BAD_PHONE: 'Số điện thoại "{value}" không hợp lệ',
    IMPORT_ROW_BAD_EMAIL: 'Email "{value}" không hợp lệ',
    IMPORT_ROW_BAD_AMOUNT: 'Số tiền "{value}" không hợp lệ (ghi số đồng, không có phần lẻ)',
    IMPORT_ROW_BAD_DUES_GROUP: 'Không nhận ra nhóm đóng đoàn phí "{value}"',
    IMPORT_ROW_NOT_A_MEMBER:
      'Dòng không có thông tin đoàn viên ngoài họ tên (giới tính, ngày sinh, CCCD…); nếu đây là dòng tiêu đề nhóm thì không cần nhập',
    IMPORT_ROW_JOINED_BEFORE_BIRTH: 'Ngày vào công đoàn trước ngày sinh',
    IMPORT_ROW_BELOW_FOOTER:
      'Dòng nằm dưới dòng tổng cộng hoặc phần chữ ký; hãy chuyển lên trên dòng tổng cộng',
    IMPORT_ROW_DUPLICATE_IN_FILE: 'Trùng số CCCD/CMND với dòng {row} trong tệp',
    IMPORT_ROW_DUPLICATE_PERSON_IN_FILE: 'Trùng họ tên và ngày sinh với dòng {row} trong tệp',
    IMPORT_ROW_DUPLICATE_CARD_IN_FILE: 'Trùng số thẻ đoàn viên với dòng {row} trong tệp',
    IMPORT_ROW_DUPLICATE_MEMBER_IN_FILE: 'Cùng một đoàn viên với dòng {row} trong tệp',
    IMPORT_ROW_NEEDS_ID_OR_BIRTH: 'Cần có số CCCD/CMND hoặc ngày sinh để xác định đoàn viên',
    IMPORT_ROW_AMBIGUOUS: 'Đơn vị có nhiều đoàn viên cùng họ tên và năm sinh; hãy ghi số CCCD để phân biệt',
    IMPORT_ROW_FORMER_LEFT:
      'Số CCCD/CMND là của {name}, đã thôi sinh hoạt công đoàn (ra khỏi tổ chức; đơn vị cuối: {unit}); danh sách không tự kết nạp lại: hãy dùng "Kết nạp đoàn viên" với số CCCD/CMND này rồi chọn "Kết nạp lại"',
    IMPORT_ROW_FORMER_EXPELLED:
      'Số CCCD/CMND là của {name}, đã thôi sinh hoạt công đoàn (bị khai trừ; đơn vị cuối: {unit}); danh sách không tự kết nạp lại: hãy dùng "Kết nạp đoàn viên" với số CCCD/CMND này rồi chọn "Kết nạp lại"',
    IMPORT_ROW_FORMER_TRANSFERRED_OUT:
      'Số CCCD/CMND là của {name}, đã thôi sinh hoạt công đoàn (chuyển ra ngoài hệ thống; đơn vị cuối: {unit}); danh sách không tự kết nạp lại: hãy dùng "Kết nạp đoàn viên" với số CCCD/CMND này rồi chọn "Kết nạp lại"',
    IMPORT_ROW_FORMER_DECEASED:
      'Số CCCD/CMND là của {name} ({unit}), đã được ghi nhận từ trần; hãy kiểm tra lại số CCCD/CMND',
    IMPORT_ROW_IN_OTHER_UNIT: 'Đoàn viên đang sinh hoạt ở đơn vị khác; hãy làm thủ tục chuyển sinh hoạt',
    IMPORT_ROW_HELD_ELSEWHERE:
      'Người này đã là đoàn viên ở đơn vị khác, ngoài phạm vi của bạn; hãy đề nghị công đoàn cấp trên (gửi đề nghị từ "Kết nạp đoàn viên")',
    IMPORT_ROW_UNIT_CANNOT_ADMIT: '{unit} không có thẩm quyền kết nạp đoàn viên',
    IMPORT_ROW_CARD_TAKEN: 'Số thẻ đoàn viên đã cấp cho người khác',
    IMPORT_ROW_FOREIGN_CONTRACT_MISSING:
      'Người lao động nước ngoài cần hợp đồng lao động từ {min} tháng trở lên; hãy ghi thời hạn hợp đồng (số tháng)',
    IMPORT_ROW_FOREIGN_CONTRACT_SHORT:
      'Người lao động nước ngoài cần hợp đồng lao động từ {min} tháng trở lên (hợp đồng: {months} tháng)',
    IMPORT_REJECTED_SHEET: 'Dòng bị từ chối',
    IMPORT_REJECTED_REASON: 'Lý do',
    IMPORT_REJECTED_ROW: 'Dòng trong tệp gốc',
  },
  {
    IMPORT_LEGACY_XLS:
      '.xls files (Excel 97–2003) are not supported; open the file in Excel and save it as .xlsx',
    IMPORT_FILE_EMPTY: 'The uploaded file is empty',
    IMPORT_FILE_TYPE: 'Only Excel (.xlsx) or CSV (.csv) files are accepted',
    IMPORT_FILE_UNREADABLE: 'The file cannot be read; check that it opens in Excel',
    IMPORT_CSV_ENCODING: 'The CSV file is not UTF-8; in Excel choose Save as "CSV UTF-8"',
    IMPORT_NO_HEADER:
      'No header row found in the first 30 rows (a "Họ và tên" column and at least one other, such as "Ngày sinh" or "Số CCCD", are needed)',
    IMPORT_NAME_COLUMN_MISSING:
      'No full-name column found (header row {row}); choose it in the column mapping',
    IMPORT_FILE_MISSING: 'Choose the member list file (field "file")',
    IMPORT_MAPPING_INVALID:
      'Invalid column mapping: each column (A, B, …) maps to one field, each field to one column',
    IMPORT_HEADER_ROW_INVALID: 'Invalid header row number',
    IMPORT_FILE_TOO_LARGE: 'The file is larger than {max}; split the list into several files',
    IMPORT_ZIP_TOO_MANY_ENTRIES:
      'The Excel file has {count} parts, more than the {max} allowed; save a new file holding only the member list',
    IMPORT_ZIP_TOO_LARGE: 'Unpacked, the Excel file is larger than {max}; split the list into several files',
    IMPORT_ZIP_RATIO:
      'The Excel file is compressed abnormally ({ratio} times, at most {max}); it may be forged, save it again from Excel',
    IMPORT_ZIP_SIZE_MISMATCH:
      'The Excel file misstates the sizes of its parts; it may be forged, save it again from Excel',
    IMPORT_TOO_MANY_ROWS:
      'The list has more than {max} rows; one import takes at most {max} rows, split the list into several files',
    IMPORT_OUT_OF_MEMORY:
      'Reading this file needs more memory than allowed ({max}); split the list into several files',
    IMPORT_ALREADY_RUNNING:
      'An import into this unit is still running; wait for it to finish, then import again',
    IMPORT_JOB_NOT_FOUND: 'Import not found',
    IMPORT_JOB_NOT_DONE: 'The import has not finished yet; wait until it is done',
    IMPORT_CONCURRENT_CHANGE: 'The member list changed while importing; import the file again',
    IMPORT_INTERRUPTED: 'The import was interrupted by a server restart; nothing was written, run it again',
    IMPORT_ROWS_PURGED:
      'The rows of this import were deleted after being kept {days} days; only the counts and the errors remain. Import the file again to download the rejected rows',
    IMPORT_ROW_TOO_LONG: 'Longer than {max} characters',
    IMPORT_ROW_BAD_NAME: 'Invalid full name "{value}" (letters only, no digits)',
    IMPORT_ROW_MISSING_NAME: 'Full name missing',
    IMPORT_ROW_BAD_DATE:
      'Cannot read the date "{value}"; write day/month/year (e.g. 15/08/1985) or the year alone',
    IMPORT_ROW_DATE_IN_FUTURE: 'The date "{value}" has not come yet',
    IMPORT_ROW_UNKNOWN_GENDER: 'Unknown gender "{value}"; write Nam or Nữ',
    IMPORT_ROW_MISSING_GENDER: 'Gender missing',
    IMPORT_ROW_BOTH_GENDERS:
      'Both the Nam and the Nữ column are filled; write the year of birth in one of them',
    IMPORT_ROW_GENDER_CONFLICT: 'The gender does not match the Nam/Nữ columns',
    IMPORT_ROW_BAD_NATIONAL_ID: 'Invalid national ID "{value}" (CCCD 12 digits, CMND 9 digits)',
    IMPORT_ROW_UNKNOWN_ETHNICITY: 'Ethnicity "{value}" is not one of the 54 recognised groups',
    IMPORT_ROW_UNKNOWN_NATIONALITY:
      'Unknown nationality "{value}"; write the country or its 2-letter code (VN, KR…)',
    IMPORT_ROW_BAD_CONTRACT: 'Cannot read the contract length "{value}"; write a number of months',
    IMPORT_ROW_BAD_PHONE: 'Invalid phone number "{value}"',
    IMPORT_ROW_BAD_EMAIL: 'Invalid email "{value}"',
    IMPORT_ROW_BAD_AMOUNT: 'Invalid amount "{value}" (whole đồng)',
    IMPORT_ROW_BAD_DUES_GROUP: 'Unknown dues group "{value}"',
    IMPORT_ROW_NOT_A_MEMBER:
      'The row holds nothing about a member besides a name (gender, date of birth, ID…); if it is a group heading it need not be imported',
    IMPORT_ROW_JOINED_BEFORE_BIRTH: 'Joined the union before the date of birth',
    IMPORT_ROW_BELOW_FOOTER:
      'The row is below the totals row or the signatures; move it above the totals row',
    IMPORT_ROW_DUPLICATE_IN_FILE: 'Same national ID as row {row} of the file',
    IMPORT_ROW_DUPLICATE_PERSON_IN_FILE: 'Same full name and date of birth as row {row} of the file',
    IMPORT_ROW_DUPLICATE_CARD_IN_FILE: 'Same card number as row {row} of the file',
    IMPORT_ROW_DUPLICATE_MEMBER_IN_FILE: 'The same member as row {row} of the file',
    IMPORT_ROW_NEEDS_ID_OR_BIRTH: 'A national ID or a date of birth is needed to identify the member',
    IMPORT_ROW_AMBIGUOUS:
      'Several members of the unit share this name and year of birth; add the national ID',
    IMPORT_ROW_FORMER_LEFT:
      'The national ID belongs to {name}, who left the union (last unit: {unit}); a list does not re-admit: admit a member with this national ID and choose "Re-admit"',
    IMPORT_ROW_FORMER_EXPELLED:
      'The national ID belongs to {name}, who was expelled (last unit: {unit}); a list does not re-admit: admit a member with this national ID and choose "Re-admit"',
    IMPORT_ROW_FORMER_TRANSFERRED_OUT:
      'The national ID belongs to {name}, who transferred out of the platform (last unit: {unit}); a list does not re-admit: admit a member with this national ID and choose "Re-admit"',
    IMPORT_ROW_FORMER_DECEASED:
      'The national ID belongs to {name} ({unit}), recorded as deceased; check the number',
    IMPORT_ROW_IN_OTHER_UNIT: 'A member of another unit; record a transfer (chuyển sinh hoạt) instead',
    IMPORT_ROW_HELD_ELSEWHERE:
      'Already a member elsewhere, outside your scope; ask the superior union (send a request from "Admit member")',
    IMPORT_ROW_UNIT_CANNOT_ADMIT: '{unit} has no power to admit members',
    IMPORT_ROW_CARD_TAKEN: 'The card number belongs to someone else',
    IMPORT_ROW_FOREIGN_CONTRACT_MISSING:
      'A foreign worker needs a labour contract of {min} months or more; give the contract length (months)',
    IMPORT_ROW_FOREIGN_CONTRACT_SHORT:
      'A foreign worker needs a labour contract of {min} months or more (this one: {months} months)',
    IMPORT_REJECTED_SHEET: 'Rejected rows',
    IMPORT_REJECTED_REASON: 'Reason',
    IMPORT_REJECTED_ROW: 'Row in the original file',
  },
);
