export * from './audit.ts';
export * from './auth.ts';
export * from './members.ts';
export * from './meta.ts';
export * from './org.ts';
export * from './rules.ts';
