// Picks the caller's language and fills in messages; Zod's own messages come from its vi/en locales.
import { catalogueText, isCatalogueNamespace, type Locale } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Params } from './errors.ts';
import { isMessageCode, type MessageCode, messageTemplate } from './messages.ts';

/** `?lang=`, then Accept-Language, then the signed-in user's language, then Vietnamese. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as { lang?: unknown } | undefined;
  if (query?.lang === 'en' || query?.lang === 'vi') return query.lang;
  const header = request.headers['accept-language'];
  if (header) {
    const first = header.split(',')[0]?.trim().slice(0, 2).toLowerCase();
    if (first === 'en' || first === 'vi') return first;
  }
  return request.actor?.locale ?? 'vi';
}

/** `{name}`, `{name:namespace}` (the param's label from the catalogue), and the catalogue's `{{name}}`. */
const PLACEHOLDER = /\{\{(\w+)\}\}|\{(\w+)(?::(\w+))?\}/gu;

/** The code's message in the language, its placeholders filled from the params (a missing one stays). */
export function translate(locale: Locale, code: string, params: Params = {}): string {
  return messageTemplate(locale, code).replace(
    PLACEHOLDER,
    (placeholder: string, catalogueName?: string, name?: string, namespace?: string) => {
      const value = params[catalogueName ?? name ?? ''];
      if (value === undefined) return placeholder;
      const labelled =
        namespace && isCatalogueNamespace(namespace) && catalogueText(locale, `${namespace}.${value}`);
      return labelled || String(value);
    },
  );
}

/** Messages in one language, as a file's writer says its words. */
export type Say = (code: MessageCode, params?: Params) => string;
export const sayIn =
  (locale: Locale): Say =>
  (code, params) =>
    translate(locale, code, params);

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

/** A Zod error map in the given language; custom messages that are message keys are translated too. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const map = zodLocales[locale].localeError;
  return (issue) => {
    const custom = typeof issue.message === 'string' ? issue.message : undefined;
    if (custom && isMessageCode(custom)) return translate(locale, custom);
    return map(issue);
  };
}
