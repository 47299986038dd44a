// The public face of the domain package: what server and web may import.
export * from './audit/schemas.ts';
export * from './auth/schemas.ts';
export * from './common/dates.ts';
export * from './common/errors.ts';
export * from './members/schemas.ts';
export * from './org/schemas.ts';
export * from './org/unit-types.ts';
export * from './rules/schemas.ts';
export * from './rules/seed.ts';
export * from './text/normalize.ts';
