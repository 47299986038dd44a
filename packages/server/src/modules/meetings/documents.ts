// The two Word documents of a committee meeting, in the Vietnamese administrative layout (platform/docx.ts)
// and the requester's language: the minutes of the session (biên bản hội nghị) and each resolution it adopted
// (nghị quyết) with its tasks.
import { catalogueText, type Locale } from '@congdoan/domain';
import { Document, Packer } from 'docx';
import type { Tx } from '../../db/client.ts';
import { A4_PAGE, administrativeHeader, gridTable, para, twoColumns } from '../../platform/docx.ts';
import { sayIn } from '../../platform/i18n.ts';
import { versionOn } from '../org/index.ts';
import type { MeetingRecord } from './queries.ts';

/** The parent's name on the meeting day, for the issuing-body lines of the header. */
export async function parentNameOf(tx: Tx, meeting: MeetingRecord): Promise<string | null> {
  const unit = await versionOn(tx, meeting.committee.unit.id, meeting.heldOn);
  if (!unit || unit.parentId === null) return null;
  return (await versionOn(tx, unit.parentId, meeting.heldOn))?.name ?? null;
}

function wording(meeting: MeetingRecord, parentName: string | null, locale: Locale) {
  const say = sayIn(locale);
  const [year, month, day] = meeting.heldOn.split('-');
  const date = { day: day ?? '', month: month ?? '', year: year ?? '' };
  const body = catalogueText(locale, `electedBody.${meeting.committee.body}`) ?? meeting.committee.body;
  const subject = {
    body,
    unit: meeting.committee.unit.name,
    cycle: meeting.committee.cycle.replace('-', '–'),
    number: meeting.sessionNumber,
  };
  const header = administrativeHeader(say, {
    parentName,
    unitName: meeting.committee.unit.name,
    place: meeting.place,
    date: meeting.heldOn,
  });
  return { say, date, body, subject, header };
}

const numbered = (items: string[], none: string) =>
  items.length === 0
    ? [para(none, { italics: true })]
    : items.map((item, index) => para(`${index + 1}. ${item}`));

const document = (
  title: string,
  children: ConstructorParameters<typeof Document>[0]['sections'][number]['children'],
) =>
  Packer.toBuffer(
    new Document({ creator: 'Công Đoàn Số', title, sections: [{ properties: A4_PAGE, children }] }),
  );

export async function meetingMinutesDocument(
  meeting: MeetingRecord,
  parentName: string | null,
  locale: Locale,
): Promise<Buffer> {
  const { say, date, subject, header } = wording(meeting, parentName, locale);
  const none = say('MEETING_NONE');
  const resolutions = meeting.resolutions.map((resolution, index) =>
    para(`${index + 1}. ${resolution.number ? `${resolution.number} – ` : ''}${resolution.title}`),
  );
  return document(say('MEETING_MINUTES_TITLE'), [
    header,
    para(say('MEETING_MINUTES_TITLE'), { align: 'center', bold: true, size: 28, before: 360 }),
    para(say('MEETING_MINUTES_SUBJECT', subject), { align: 'center', bold: true }),
    para(say('MEETING_TIME_PLACE', { ...date, place: meeting.place ?? '……………' }), { before: 240 }),
    para(say('MEETING_CHAIR', { name: meeting.chairedBy ?? '……………' })),
    para(
      say('MEETING_ATTENDANCE', {
        present: meeting.present,
        convened: meeting.convened,
        needed: meeting.quorumNeeded,
      }),
      { align: 'both' },
    ),
    para(
      meeting.absentees.length > 0
        ? say('MEETING_ABSENT', { names: meeting.absentees.join(', ') })
        : say('MEETING_ABSENT_NONE'),
    ),
    para(say('MEETING_AGENDA'), { bold: true, before: 240 }),
    ...numbered(meeting.agenda, none),
    para(say('MEETING_DOCUMENTS'), { bold: true, before: 240 }),
    ...numbered(meeting.documentsAdopted, none),
    para(say('MEETING_OPINIONS'), { bold: true, before: 240 }),
    para(say('MEETING_OPINIONS_COUNT', { count: meeting.opinionsHeard }), { align: 'both' }),
    ...(meeting.opinionsSummary
      ? meeting.opinionsSummary.split('\n').map((line) => para(line, { align: 'both' }))
      : []),
    para(say('MEETING_CONCLUSION'), { bold: true, before: 240 }),
    ...(meeting.conclusion
      ? meeting.conclusion.split('\n').map((line) => para(line, { align: 'both' }))
      : [para(none, { italics: true })]),
    para(say('MEETING_RESOLUTIONS'), { bold: true, before: 240 }),
    ...(resolutions.length > 0 ? resolutions : [para(none, { italics: true })]),
    para(say('MEETING_CLOSING'), { italics: true, before: 240 }),
    twoColumns(
      [
        para(say('MEETING_SIGN_SECRETARY'), { align: 'center', bold: true, before: 240 }),
        para(say('DOCUMENT_SIGNATURE_HINT'), { align: 'center', italics: true }),
      ],
      [
        para(say('MEETING_SIGN_CHAIR'), { align: 'center', bold: true, before: 240 }),
        para(say('DOCUMENT_SIGNATURE_HINT'), { align: 'center', italics: true }),
        para(meeting.chairedBy ?? '', { align: 'center', bold: true, before: 1080 }),
      ],
      50,
    ),
  ]);
}

export async function resolutionDocument(
  meeting: MeetingRecord,
  resolutionId: number,
  parentName: string | null,
  locale: Locale,
): Promise<Buffer> {
  const resolution = meeting.resolutions.find((item) => item.id === resolutionId);
  if (!resolution) throw new Error(`resolution ${resolutionId} is not of meeting ${meeting.id}`);
  const { say, date, body, subject, header } = wording(meeting, parentName, locale);
  const rows = resolution.tasks.map((task, index) => [
    String(index + 1),
    task.description,
    [task.ownerUnit?.name, task.ownerName].filter(Boolean).join(' – '),
    task.deadline.split('-').reverse().join('/'),
  ]);
  return document(say('RESOLUTION_TITLE'), [
    header,
    ...(resolution.number
      ? [para(say('RESOLUTION_NUMBER', { number: resolution.number }), { align: 'left' })]
      : []),
    para(say('RESOLUTION_TITLE'), { align: 'center', bold: true, size: 28, before: 360 }),
    para(resolution.title, { align: 'center', bold: true }),
    para(say('RESOLUTION_ADOPTED_AT', { ...subject, ...date }), {
      align: 'center',
      italics: true,
      before: 120,
    }),
    ...(resolution.content ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => para(line, { align: 'both', before: 60 })),
    ...(rows.length > 0
      ? [
          para(say('RESOLUTION_TASKS'), { bold: true, before: 240 }),
          gridTable(
            [
              [say('DOCUMENT_COLUMN_SEQUENCE'), 8],
              [say('RESOLUTION_COLUMN_TASK'), 50],
              [say('RESOLUTION_COLUMN_OWNER'), 27],
              [say('RESOLUTION_COLUMN_DEADLINE'), 15],
            ],
            rows,
          ),
        ]
      : []),
    twoColumns(
      [para('')],
      [
        para(say('RESOLUTION_SIGN', { body: body.toUpperCase() }), {
          align: 'center',
          bold: true,
          before: 360,
        }),
        para(say('RESOLUTION_SIGN_TITLE'), { align: 'center', bold: true }),
        para(say('DOCUMENT_SIGNATURE_HINT'), { align: 'center', italics: true }),
        para(meeting.chairedBy ?? '', { align: 'center', bold: true, before: 1080 }),
      ],
      50,
    ),
  ]);
}
