// The names of the roles, as the accounts page and the server's refusals print them.
import { bilingual } from '../i18n/words.ts';
import type { Role } from './schemas.ts';

export const authWords = bilingual(
  {
    role: {
      system_admin: 'Quản trị hệ thống',
      unit_admin: 'Quản trị đơn vị',
      unit_officer: 'Cán bộ nghiệp vụ',
      viewer: 'Xem',
    } satisfies Record<Role, string>,
  },
  {
    role: {
      system_admin: 'System administrator',
      unit_admin: 'Unit administrator',
      unit_officer: 'Unit officer',
      viewer: 'Viewer',
    },
  },
);
