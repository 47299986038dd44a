// Errors are values with codes: a handful of typed errors, mapped to HTTP and to i18n messages in one handler.
import type { MessageCode } from './messages.ts';

export type Params = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Params = {},
    readonly details: { path?: string; message: string }[] = [],
  ) {
    super(code);
  }
}

export class Invalid extends AppError {
  constructor(code: MessageCode = 'INVALID_INPUT', params?: Params) {
    super(400, code, params);
  }
}
export class Unauthorized extends AppError {
  constructor(code: MessageCode = 'NOT_SIGNED_IN') {
    super(401, code);
  }
}
export class Forbidden extends AppError {
  constructor(code: MessageCode = 'OUT_OF_SCOPE', params?: Params) {
    super(403, code, params);
  }
}
export class NotFound extends AppError {
  constructor(code: MessageCode = 'NOT_FOUND', params?: Params) {
    super(404, code, params);
  }
}
export class Conflict extends AppError {
  constructor(code: MessageCode, params?: Params) {
    super(409, code, params);
  }
}
/**
 * A unique index refused a row (PostgreSQL 23505): two requests raced past the same duplicate check, and the
 * later one should hear the 409 the check would have given. The code sits on the error or one it wraps.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current && typeof current === 'object'; ) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return /\b23505\b|duplicate key value/u.test(String((error as Error | undefined)?.message ?? ''));
}

/** A domain rule says no (422): the input is well-formed but the union's rules refuse it. */
export class RuleViolation extends AppError {
  constructor(code: MessageCode, params?: Params) {
    super(422, code, params);
  }
}
export class TooManyRequests extends AppError {
  constructor(params?: Params) {
    super(429, 'TOO_MANY_ATTEMPTS', params);
  }
}
