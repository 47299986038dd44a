// The error body every API error has (PRODUCT.md): a code, a message in the caller's language, details.
import { z } from 'zod';

export const errorDetail = z.object({ path: z.string().optional(), message: z.string() }).passthrough();
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(errorDetail) }),
});
export type ErrorBody = z.infer<typeof errorBody>;
