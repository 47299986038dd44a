// The demo accounts of PRODUCT.md, password `demo1234`, each bound to its unit; only ever created in demo mode.
import type { Role } from '@congdoan/domain';
import type { Tx } from '../db/client.ts';
import { ROOT_UNIT } from '../modules/org/index.ts';
import { insertAccount } from '../modules/users/service.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN, LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  /** Code of the unit the role is bound to. */
  unit: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Nguyễn Văn Hùng', role: 'system_admin', unit: ROOT_UNIT.code },
  { username: 'hanoi', fullName: 'Trần Thị Thu Hà', role: 'unit_admin', unit: HANOI.code },
  { username: 'longbien', fullName: 'Lê Minh Tuấn', role: 'unit_admin', unit: LONG_BIEN.code },
  { username: 'cdcs', fullName: 'Phạm Thị Lan', role: 'unit_admin', unit: LONG_BIEN_ACCOUNT_GRASSROOTS },
];

/** `passwordHash` is computed once by the caller: argon2id is slow on purpose. */
export async function createDemoAccounts(
  tx: Tx,
  unitIds: Map<string, number>,
  passwordHash: string,
): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const unitId = unitIds.get(account.unit);
    if (unitId === undefined) throw new Error(`demo account ${account.username}: no unit ${account.unit}`);
    await insertAccount(tx, null, {
      username: account.username,
      fullName: account.fullName,
      role: account.role,
      unitId,
      locale: 'vi',
      password: { hash: passwordHash },
    });
  }
}
