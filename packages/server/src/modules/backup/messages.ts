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
  },
);
