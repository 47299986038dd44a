// Column types drizzle does not ship: PostgreSQL's ltree, used for unit paths of ids (e.g. "1.7.42").
import { customType } from 'drizzle-orm/pg-core';

export const ltree = customType<{ data: string }>({
  dataType() {
    return 'ltree';
  },
});
