// How a feature declares its messages: the Vietnamese, and the English with exactly the same codes, which the
// type checker holds to (a code missing from the English, or one the Vietnamese lacks, is a compile error).

export const messageSet = <T extends Record<string, string>>(vi: T, en: Record<keyof T, string>) => ({
  vi,
  en,
});
