// Member figures of a unit or subtree. Kept apart from members/schemas.ts so the org unit stats payload can
// carry them without an import cycle (members/schemas.ts imports org/schemas.ts).
import { z } from 'zod';

/** Member figures of a unit or subtree: as of a date, and movements in a period [periodFrom, periodTo]. */
export const memberStats = z.object({
  asOf: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  members: z.number().int(),
  women: z.number().int(),
  foreign: z.number().int(),
  admissions: z.number().int(),
  departures: z.number().int(),
  /** AGE_BANDS on asOf, plus 'unknown' for members without a date of birth. */
  ageBands: z.record(z.string(), z.number().int()),
  /** Ethnic group → members; 'unknown' when none is recorded. */
  ethnicity: z.record(z.string(), z.number().int()),
});
export type MemberStats = z.infer<typeof memberStats>;
