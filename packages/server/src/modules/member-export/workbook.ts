// The member list as unions print it, in the administrative layout (platform/xlsx.ts): issuing body and
// national motto, the title with its date, the numbered columns, the members, the totals and the signature
// block, in the requester's language.
import {
  catalogueText,
  type ExportedMemberField,
  type Locale,
  label,
  MEMBER_EXPORT_COLUMNS,
} from '@congdoan/domain';
import { sayIn } from '../../platform/i18n.ts';
import { administrativeWorkbook, asOfLine } from '../../platform/xlsx.ts';

/** One member line, already in the words and the language of the sheet: a text per exported field. */
export type ExportLine = Record<ExportedMemberField, string>;

export interface ExportHeading {
  /** the unit above the exported one ("LĐLĐ quận Long Biên"); null for the root */
  parentName: string | null;
  unitName: string;
  /** the date the list stands on, and the date it is signed */
  asOf: string;
  signedOn: string;
  total: number;
  women: number;
}

export async function memberListWorkbook(
  locale: Locale,
  heading: ExportHeading,
  lines: AsyncIterable<ExportLine[]>,
): Promise<Buffer> {
  const say = sayIn(locale);
  // The sequence number, then the fields of the member list (members/fields.ts), each headed by its short
  // column heading where a sheet has one, else by the field's name.
  const columns = [
    { title: say('DOCUMENT_COLUMN_SEQUENCE'), width: 6 },
    ...MEMBER_EXPORT_COLUMNS.map((column) => ({
      ...column,
      title:
        catalogueText(locale, `memberColumn.${column.field}`) ?? label(locale, 'memberField', column.field),
    })),
  ];
  const workbook = administrativeWorkbook(locale);
  const sheet = workbook.sheet(say('EXPORT_SHEET'), columns, {
    parentName: heading.parentName,
    unitName: heading.unitName,
    title: say('EXPORT_TITLE'),
    subtitles: [heading.unitName, asOfLine(locale, heading.asOf)],
  });
  for await (const batch of lines) {
    for (const line of batch) await sheet.addRow(MEMBER_EXPORT_COLUMNS.map(({ field }) => line[field]));
  }
  sheet.end({
    totals: say('EXPORT_TOTALS', { count: heading.total, women: heading.women }),
    signedOn: heading.signedOn,
  });
  return workbook.finish();
}
