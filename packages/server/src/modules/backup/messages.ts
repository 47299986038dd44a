// Backups and restores, from the command line or through the running server.
import { messageSet } from '../../platform/message-set.ts';

export const backupMessages = messageSet(
  {
    BACKUP_DONE: 'Đã sao lưu vào {file} ({size} MB)',
    BACKUP_VIA_SERVER: 'Máy chủ đang chạy (tiến trình {pid}): sao lưu qua máy chủ ở {url}',
    BACKUP_SERVER_UNREACHABLE:
      'Máy chủ (tiến trình {pid}) giữ thư mục dữ liệu nhưng không trả lời ở {url} ({reason}). Hãy thử lại khi máy chủ đã khởi động xong.',
    BACKUP_NOT_EMBEDDED:
      'Máy chủ này dùng PostgreSQL: sao lưu bằng pg_dump (npm run cli -- backup với DATABASE_URL)',
    BACKUP_TOOL_FAILED: '{tool} không chạy được: {reason}',
    RESTORE_FILE_MISSING: 'Không đọc được tệp sao lưu {file}',
    RESTORE_WRONG_KIND:
      'Tệp {file} không phải bản sao lưu của {expected} (bản sao lưu cơ sở dữ liệu nhúng là .tar.gz, của PostgreSQL là tệp pg_dump -Fc)',
    RESTORE_NOT_EMPTY:
      'Cơ sở dữ liệu {database} đã có dữ liệu ({tables} bảng). Hãy khôi phục vào một cơ sở dữ liệu mới (createdb), rồi trỏ DATABASE_URL tới đó.',
    RESTORE_DONE_EMBEDDED: 'Đã khôi phục {members} đoàn viên vào {dataDir}; thư mục cũ được giữ ở {aside}',
    RESTORE_DONE_FRESH: 'Đã khôi phục {members} đoàn viên vào {target}',
    MOVE_SOURCE_NOT_EMBEDDED:
      'Máy chủ này đã dùng PostgreSQL (DATABASE_URL): db:move-to chuyển cơ sở dữ liệu nhúng, hãy bỏ DATABASE_URL khi chạy lệnh',
    MOVE_TARGET_URL:
      'Địa chỉ {url} không phải của PostgreSQL (cần dạng postgres://người-dùng@máy:cổng/tên-cơ-sở-dữ-liệu)',
    MOVE_TARGET_UNREACHABLE: 'Không kết nối được PostgreSQL ở {target}: {reason}',
    MOVE_STARTED: 'Chuyển {tables} bảng ({rows} dòng) sang {target}',
    MOVE_TABLE: '  {table}: {rows} dòng ({copied}/{total})',
    MOVE_COUNT_MISMATCH:
      'Bảng {table} có {source} dòng ở cơ sở dữ liệu nhúng nhưng {target} dòng ở PostgreSQL: đã huỷ việc chuyển, PostgreSQL vẫn trống',
    MOVE_DONE:
      'Đã chuyển {members} đoàn viên ({rows} dòng, {tables} bảng) sang {target}. Đặt DATABASE_URL={target} rồi khởi động lại máy chủ; thư mục dữ liệu nhúng vẫn giữ nguyên.',
  },
  {
    BACKUP_DONE: 'Backed up to {file} ({size} MB)',
    BACKUP_VIA_SERVER: 'The server is running (process {pid}): backing up through it at {url}',
    BACKUP_SERVER_UNREACHABLE:
      'The server (process {pid}) holds the data folder but does not answer at {url} ({reason}). Try again once it has started.',
    BACKUP_NOT_EMBEDDED:
      'This server uses PostgreSQL: back up with pg_dump (npm run cli -- backup with DATABASE_URL)',
    BACKUP_TOOL_FAILED: '{tool} failed: {reason}',
    RESTORE_FILE_MISSING: 'Cannot read the backup file {file}',
    RESTORE_WRONG_KIND:
      'The file {file} is not a backup of {expected} (an embedded database backup is a .tar.gz, a PostgreSQL one a pg_dump -Fc file)',
    RESTORE_NOT_EMPTY:
      'The database {database} already holds data ({tables} tables). Restore into a new database (createdb), then point DATABASE_URL at it.',
    RESTORE_DONE_EMBEDDED:
      'Restored {members} members into {dataDir}; the previous folder is kept at {aside}',
    RESTORE_DONE_FRESH: 'Restored {members} members into {target}',
    MOVE_SOURCE_NOT_EMBEDDED:
      'This server already uses PostgreSQL (DATABASE_URL): db:move-to moves the embedded database; run it without DATABASE_URL',
    MOVE_TARGET_URL: '{url} is not a PostgreSQL address (postgres://user@host:port/database)',
    MOVE_TARGET_UNREACHABLE: 'Cannot connect to PostgreSQL at {target}: {reason}',
    MOVE_STARTED: 'Moving {tables} tables ({rows} rows) to {target}',
    MOVE_TABLE: '  {table}: {rows} rows ({copied}/{total})',
    MOVE_COUNT_MISMATCH:
      'Table {table} has {source} rows in the embedded database but {target} in PostgreSQL: the move was undone, PostgreSQL is empty again',
    MOVE_DONE:
      'Moved {members} members ({rows} rows, {tables} tables) to {target}. Set DATABASE_URL={target} and restart the server; the embedded data folder is left as it was.',
  },
);
