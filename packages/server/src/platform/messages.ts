// Every message the server sends or writes, in Vietnamese and English, keyed by error code or message key:
// each feature's messages beside the feature (modules/<feature>/messages.ts), the platform's own here in
// platform/, and the words shared with the web (labels, the schemas' messages) from the domain catalogue.
// A template's `{name}` is filled from the error's params; `{name:namespace}` prints the param's label from
// the catalogue ('{type:unitType}' → 'Công đoàn cơ sở'); the catalogue's own texts write `{{name}}`.
import { type CatalogueKey, catalogueText, type Locale } from '@congdoan/domain';
import { assessmentMessages } from '../modules/assessments/messages.ts';
import { authMessages } from '../modules/auth/messages.ts';
import { backupMessages } from '../modules/backup/messages.ts';
import { congressMessages } from '../modules/congresses/messages.ts';
import { electionMessages } from '../modules/elections/messages.ts';
import { meetingMessages } from '../modules/meetings/messages.ts';
import { memberExportMessages } from '../modules/member-export/messages.ts';
import { memberImportMessages } from '../modules/member-import/messages.ts';
import { memberRequestMessages } from '../modules/member-requests/messages.ts';
import { memberMessages } from '../modules/members/messages.ts';
import { orgMessages } from '../modules/org/messages.ts';
import { planMessages } from '../modules/plans/messages.ts';
import { privacyMessages } from '../modules/privacy/messages.ts';
import { reportMessages } from '../modules/reports/messages.ts';
import { ruleMessages } from '../modules/rules/messages.ts';
import { userMessages } from '../modules/users/messages.ts';
import { commonMessages } from './common-messages.ts';
import { documentMessages } from './document-messages.ts';
import { systemMessages } from './system-messages.ts';

/** Each part's messages; no code may be declared by two of them (a test holds to it). */
export const MESSAGE_SETS = [
  commonMessages,
  systemMessages,
  documentMessages,
  authMessages,
  userMessages,
  orgMessages,
  ruleMessages,
  memberMessages,
  memberRequestMessages,
  memberImportMessages,
  memberExportMessages,
  congressMessages,
  electionMessages,
  meetingMessages,
  assessmentMessages,
  planMessages,
  reportMessages,
  privacyMessages,
  backupMessages,
] as const;

const vi = {
  ...commonMessages.vi,
  ...systemMessages.vi,
  ...documentMessages.vi,
  ...authMessages.vi,
  ...userMessages.vi,
  ...orgMessages.vi,
  ...ruleMessages.vi,
  ...memberMessages.vi,
  ...memberRequestMessages.vi,
  ...memberImportMessages.vi,
  ...memberExportMessages.vi,
  ...congressMessages.vi,
  ...electionMessages.vi,
  ...meetingMessages.vi,
  ...assessmentMessages.vi,
  ...planMessages.vi,
  ...reportMessages.vi,
  ...privacyMessages.vi,
  ...backupMessages.vi,
};

const en: Record<keyof typeof vi, string> = {
  ...commonMessages.en,
  ...systemMessages.en,
  ...documentMessages.en,
  ...authMessages.en,
  ...userMessages.en,
  ...orgMessages.en,
  ...ruleMessages.en,
  ...memberMessages.en,
  ...memberRequestMessages.en,
  ...memberImportMessages.en,
  ...memberExportMessages.en,
  ...congressMessages.en,
  ...electionMessages.en,
  ...meetingMessages.en,
  ...assessmentMessages.en,
  ...planMessages.en,
  ...reportMessages.en,
  ...privacyMessages.en,
  ...backupMessages.en,
};

export const MESSAGES = { vi, en } as const;

/** A code of the server's own messages. */
export type ServerMessageCode = keyof typeof vi;
/** Anything `translate` knows: the server's codes and the catalogue's keys ('error.invalidDate'). */
export type MessageCode = ServerMessageCode | CatalogueKey;

const isServerMessageCode = (value: string): value is ServerMessageCode => Object.hasOwn(vi, value);

export function isMessageCode(value: string): value is MessageCode {
  return isServerMessageCode(value) || catalogueText('vi', value) !== undefined;
}

/** The template of a code in the language; an unknown code stands for itself. */
export function messageTemplate(locale: Locale, code: string): string {
  if (isServerMessageCode(code)) return MESSAGES[locale][code];
  return catalogueText(locale, code) ?? code;
}
