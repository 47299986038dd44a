// Column types drizzle does not ship: PostgreSQL's ltree, used for unit paths of ids (e.g. "1.7.42").
import { customType } from 'drizzle-orm/pg-core';

export const ltree = customType<{ data: string }>({
  dataType() {
    return 'ltree';
  },
});

/** PostgreSQL's bytea, for files kept in the database (congress documents): Buffers in, Buffers out. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});
