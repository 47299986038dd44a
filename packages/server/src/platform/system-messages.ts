// The installation's messages: the command line (its help, prompts and answers) and the data folder that
// one process holds at a time (locked, read-only, full, not a folder).
import { messageSet } from './message-set.ts';

export const systemMessages = messageSet(
  {
    CLI_HELP: `Cách dùng: npm run cli -- <lệnh> [tùy chọn]

Lệnh:
  user:create-admin --username U --full-name "Họ và tên" [--password P]
      Tạo tài khoản quản trị hệ thống gắn với đơn vị gốc. Không có --password thì nhập mật khẩu
      (không hiện ra màn hình) hoặc đọc một dòng từ stdin.
  user:reset-password --username U [--password P]
      Đặt lại mật khẩu của một tài khoản và kết thúc mọi phiên đăng nhập của tài khoản đó.
  backup [--out TỆP]
      Sao lưu cơ sở dữ liệu: cơ sở dữ liệu nhúng thành .tar.gz (qua máy chủ nếu máy chủ đang chạy),
      PostgreSQL bằng pg_dump -Fc. Mặc định ghi vào congdoan-<ngày>.tar.gz hoặc .dump.
  restore TỆP
      Khôi phục: cơ sở dữ liệu nhúng vào thư mục dữ liệu khi máy chủ đã dừng (thư mục cũ được giữ lại
      bên cạnh); PostgreSQL vào cơ sở dữ liệu trống ở DATABASE_URL.
  figures:verify [--on NGÀY]...
      Đếm lại số liệu đoàn viên của từng đơn vị từ hồ sơ (mặc định hôm nay và ngày cuối mỗi năm) và
      báo mọi chỗ lệch với số liệu đang lưu; mã thoát 1 khi có chỗ lệch.
  db:move-to --url postgres://…
      Chuyển cơ sở dữ liệu nhúng sang một cơ sở dữ liệu PostgreSQL trống (khi máy chủ đã dừng): tạo bảng,
      chép mọi bảng trong một giao dịch, đối chiếu số dòng. Sau đó đặt DATABASE_URL và khởi động lại.
  help
      In hướng dẫn này.

Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc thư mục dữ liệu CONGDOAN_DATA_DIR (mặc định ./data).`,
    CLI_UNKNOWN_COMMAND: 'Không có lệnh {command}; xem "npm run cli -- help"',
    CLI_FIGURES_DRIFT:
      'Lệch: đơn vị {unitId}, ngày {date}, {measure}: số liệu lưu {facts}, đếm từ hồ sơ {records}',
    CLI_FIGURES_DRIFTED: 'Số liệu đoàn viên lệch với hồ sơ ở {drift} chỗ ({dates} ngày đã kiểm tra)',
    CLI_FIGURES_VERIFIED: 'Số liệu đoàn viên khớp với hồ sơ ({dates} ngày đã kiểm tra)',
    CLI_MISSING_OPTION: 'Thiếu tùy chọn --{option}',
    CLI_PASSWORD_PROMPT: 'Mật khẩu: ',
    CLI_PASSWORD_REPEAT: 'Nhập lại mật khẩu: ',
    CLI_PASSWORD_MISMATCH: 'Hai lần nhập mật khẩu không khớp',
    CLI_PASSWORD_LENGTH: 'Mật khẩu cần từ {min} đến {max} ký tự',
    CLI_ADMIN_CREATED: 'Đã tạo tài khoản quản trị hệ thống {username} (đơn vị {unit})',
    CLI_PASSWORD_RESET: 'Đã đặt lại mật khẩu của {username}; các phiên đăng nhập cũ đã kết thúc',
    DATA_DIR_LOCKED_SERVER:
      'Thư mục dữ liệu {dataDir} đang được máy chủ Công Đoàn Số dùng (tiến trình {pid} trên máy {host}, từ {since}). Hãy dừng máy chủ trước.',
    DATA_DIR_LOCKED_COMMAND:
      'Thư mục dữ liệu {dataDir} đang được lệnh "{command}" dùng (tiến trình {pid} trên máy {host}, từ {since}). Hãy chờ lệnh đó chạy xong.',
    DATA_DIR_LOCKED_UNKNOWN:
      'Thư mục dữ liệu {dataDir} đang được một tiến trình khác dùng (tệp khóa {lockPath}).',
    DATA_DIR_LOCK_REMOTE_HINT:
      'Tiến trình đó ở máy hoặc container khác nên không kiểm tra được; nếu nó đã dừng, khóa tự hết hạn {seconds} giây sau lần cuối nó báo còn chạy, hoặc xóa tệp {lockPath}.',
    DATA_DIR_READ_ONLY:
      'Không ghi được vào thư mục dữ liệu {dataDir} ({code}): thư mục chỉ đọc hoặc không có quyền ghi. Hãy cho phép ghi hoặc chọn thư mục khác bằng CONGDOAN_DATA_DIR.',
    DATA_DIR_FULL:
      'Ổ đĩa chứa thư mục dữ liệu {dataDir} đã đầy ({code}). Hãy giải phóng chỗ trống (cần ít nhất {minMb} MB) rồi chạy lại.',
    DATA_DIR_NOT_A_FOLDER:
      '{dataDir} không dùng làm thư mục dữ liệu được ({code}): một phần của đường dẫn là tệp.',
    DATA_DIR_CANNOT_OPEN: 'Không mở được cơ sở dữ liệu trong {dataDir}: {reason}',
    CLI_RESET_PASSWORD_IN_APP:
      'Không cần dừng máy chủ: quản trị hệ thống có thể đặt lại mật khẩu trên ứng dụng web, mục Tài khoản.',
    OPERATOR_TOKEN_INVALID: 'Địa chỉ này chỉ dành cho lệnh quản trị chạy trên máy chủ',
  },
  {
    CLI_HELP: `Usage: npm run cli -- <command> [options]

Commands:
  user:create-admin --username U --full-name "Full Name" [--password P]
      Creates a system administrator bound to the root unit. Without --password the password is
      asked for (not echoed) or read as one line from stdin.
  user:reset-password --username U [--password P]
      Sets a new password for an account and ends all of its sessions.
  backup [--out FILE]
      Backs up the database: the embedded one as a .tar.gz (through the server when it runs),
      PostgreSQL with pg_dump -Fc. Writes congdoan-<date>.tar.gz or .dump by default.
  restore FILE
      Restores: the embedded database into the data folder while the server is stopped (the previous
      folder is kept beside it); PostgreSQL into the empty database at DATABASE_URL.
  figures:verify [--on DATE]...
      Recounts every unit's member figures from the records (by default today and the last day of each
      year) and reports every difference from the stored figures; exit code 1 when there is any.
  db:move-to --url postgres://…
      Moves the embedded database to an empty PostgreSQL database (with the server stopped): creates the
      tables, copies every table in one transaction and checks the row counts. Then set DATABASE_URL.
  help
      Prints this help.

Database: DATABASE_URL (PostgreSQL) or the data folder CONGDOAN_DATA_DIR (default ./data).`,
    CLI_UNKNOWN_COMMAND: 'No command {command}; see "npm run cli -- help"',
    CLI_FIGURES_DRIFT:
      'Drift: unit {unitId}, {date}, {measure}: stored {facts}, recounted from the records {records}',
    CLI_FIGURES_DRIFTED: 'Member figures differ from the records in {drift} places ({dates} dates checked)',
    CLI_FIGURES_VERIFIED: 'Member figures agree with the records ({dates} dates checked)',
    CLI_MISSING_OPTION: 'Missing option --{option}',
    CLI_PASSWORD_PROMPT: 'Password: ',
    CLI_PASSWORD_REPEAT: 'Repeat the password: ',
    CLI_PASSWORD_MISMATCH: 'The two passwords differ',
    CLI_PASSWORD_LENGTH: 'A password has {min} to {max} characters',
    CLI_ADMIN_CREATED: 'Created system administrator {username} (unit {unit})',
    CLI_PASSWORD_RESET: 'New password set for {username}; their earlier sessions have ended',
    DATA_DIR_LOCKED_SERVER:
      'The data folder {dataDir} is in use by the Công Đoàn Số server (process {pid} on {host}, since {since}). Stop the server first.',
    DATA_DIR_LOCKED_COMMAND:
      'The data folder {dataDir} is in use by the command "{command}" (process {pid} on {host}, since {since}). Wait for it to finish.',
    DATA_DIR_LOCKED_UNKNOWN: 'The data folder {dataDir} is in use by another process (lock file {lockPath}).',
    DATA_DIR_LOCK_REMOTE_HINT:
      'That process runs on another machine or container, so it cannot be checked from here; if it has stopped, the lock lapses {seconds} seconds after its last sign of life, or delete {lockPath}.',
    DATA_DIR_READ_ONLY:
      'Cannot write to the data folder {dataDir} ({code}): it is read-only or not writable by this user. Make it writable or choose another folder with CONGDOAN_DATA_DIR.',
    DATA_DIR_FULL:
      'The disk holding the data folder {dataDir} is full ({code}). Free some space (at least {minMb} MB) and start again.',
    DATA_DIR_NOT_A_FOLDER: '{dataDir} cannot be the data folder ({code}): part of the path is a file.',
    DATA_DIR_CANNOT_OPEN: 'Cannot open the database in {dataDir}: {reason}',
    CLI_RESET_PASSWORD_IN_APP:
      'No need to stop the server: a system administrator can set a new password in the web app, under Accounts.',
    OPERATOR_TOKEN_INVALID: 'This address is only for administration commands run on the server',
  },
);
