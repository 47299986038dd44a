// How a feature declares the words it shares between the server (messages, Excel and Word files) and the web
// (i18n): namespaces of keys with their Vietnamese text, and the English with exactly the same namespaces and
// keys, which the type checker holds to (a missing or extra key is a compile error).

/** A feature's words in one language: namespace → key → text. */
export type Words = Record<string, Record<string, string>>;

/** The same namespaces and keys as `T`, each a text. */
export type Translation<T extends Words> = { [N in keyof T]: { [K in keyof T[N]]: string } };

/** A feature's words in both languages, the English checked against the Vietnamese. */
export const bilingual = <T extends Words>(vi: T, en: Translation<T>) => ({ vi, en });
