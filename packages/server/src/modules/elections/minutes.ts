// The counting minutes (biên bản kiểm phiếu) of one ballot as a Word document in the Vietnamese
// administrative layout: issuing body and national motto, place and date, title, the counting board, the
// figures, the winning rule in words, votes per candidate in a table, the result, the board's signatures.
import { type ElectedBody, type Election, type Locale, label, todayInVietnam } from '@congdoan/domain';
import { Document, Packer, type Paragraph, Table, TableRow, WidthType } from 'docx';
import type { Tx } from '../../db/client.ts';
import { A4_PAGE, administrativeHeader, cell, para, twoColumns } from '../../platform/docx.ts';
import { Conflict } from '../../platform/errors.ts';
import { sayIn } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { ruleFraction } from '../../platform/rules.ts';
import { congressRow } from '../congresses/queries.ts';
import type { CongressForWrite } from '../congresses/service.ts';
import { versionOn } from '../org/index.ts';

export interface MinutesFacts {
  election: Omit<Election, 'can'>;
  unitName: string;
  parentName: string | null;
  cycle: string;
  place: string | null;
  date: string;
  countingBoard: string[];
  fraction: { numerator: number; denominator: number };
}

const SUBJECT: Record<ElectedBody, MessageCode> = {
  executiveCommittee: 'MINUTES_SUBJECT_EXECUTIVE_COMMITTEE',
  standingCommittee: 'MINUTES_SUBJECT_STANDING_COMMITTEE',
  chair: 'MINUTES_SUBJECT_CHAIR',
  viceChair: 'MINUTES_SUBJECT_VICE_CHAIR',
  inspectionCommittee: 'MINUTES_SUBJECT_INSPECTION_COMMITTEE',
  higherCongressDelegates: 'MINUTES_SUBJECT_DELEGATES',
};

/** What the minutes say, gathered for a counted election. */
export async function minutesFacts(
  tx: Tx,
  election: Omit<Election, 'can'>,
  congress: CongressForWrite,
): Promise<MinutesFacts> {
  if (election.status !== 'counted') throw new Conflict('ELECTION_NOT_COUNTED');
  const row = await congressRow(tx, congress.id);
  const parent =
    congress.unit.parentId === null ? null : await versionOn(tx, congress.unit.parentId, congress.date);
  return {
    election,
    unitName: congress.unit.name,
    parentName: parent?.name ?? null,
    cycle: congress.cycle,
    place: row.place,
    date: congress.heldOn ?? congress.date,
    countingBoard: row.bodies.countingBoard ?? [],
    fraction: await ruleFraction(tx, 'election.winThreshold', congress.date),
  };
}

function percent(locale: Locale, votes: number, collected: number): string {
  const value = collected === 0 ? 0 : (votes / collected) * 100;
  const text = value.toFixed(2);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

export async function minutesDocument(facts: MinutesFacts, locale: Locale): Promise<Buffer> {
  const say = sayIn(locale);
  const { election } = facts;
  const collected = election.ballotsCollected ?? 0;
  const invalid = election.invalidBallots ?? 0;
  const numberWords = say('MINUTES_NUMBER_WORDS').split(',');
  const inWords = (value: number) => numberWords[value] ?? String(value);
  const fraction = say('MINUTES_FRACTION', {
    numeratorWords: inWords(facts.fraction.numerator),
    denominatorWords: inWords(facts.fraction.denominator),
    numerator: facts.fraction.numerator,
    denominator: facts.fraction.denominator,
  });
  const outcomeOf = (outcome: Election['candidates'][number]['outcome']) =>
    outcome ? label(locale, 'electionOutcome', outcome) : '';
  const byVotes = [...election.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const nameOf = new Map(election.candidates.map((candidate) => [candidate.id, candidate]));
  const votesOf = (id: number) => nameOf.get(id)?.votes ?? 0;

  const header = administrativeHeader(say, {
    parentName: facts.parentName,
    unitName: facts.unitName,
    place: facts.place,
    date: facts.date || todayInVietnam(),
  });

  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: (
          [
            ['DOCUMENT_COLUMN_SEQUENCE', 8],
            ['memberField.fullName', 38],
            ['MINUTES_COLUMN_VOTES', 14],
            ['MINUTES_COLUMN_SHARE', 20],
            ['MINUTES_COLUMN_OUTCOME', 20],
          ] as [MessageCode, number][]
        ).map(([code, width]) => cell([para(say(code), { align: 'center', bold: true })], width)),
      }),
      ...byVotes.map(
        (candidate, index) =>
          new TableRow({
            children: [
              cell([para(String(index + 1), { align: 'center' })], 8),
              cell([para(candidate.fullName)], 38),
              cell([para(String(candidate.votes ?? 0), { align: 'center' })], 14),
              cell([para(percent(locale, candidate.votes ?? 0, collected), { align: 'center' })], 20),
              cell([para(outcomeOf(candidate.outcome), { align: 'center' })], 20),
            ],
          }),
      ),
    ],
  });

  const board = facts.countingBoard;
  const results: Paragraph[] = [];
  if (election.elected.length > 0) {
    results.push(para(say('MINUTES_ELECTED'), { bold: true, before: 120 }));
    election.elected.forEach((id, index) => {
      const votes = say('MINUTES_VOTES', { votes: votesOf(id) });
      results.push(para(`${index + 1}. ${nameOf.get(id)?.fullName ?? ''} (${votes})`));
    });
  } else {
    results.push(para(say('MINUTES_NONE_ELECTED'), { bold: true, before: 120 }));
  }
  if (election.tied.length > 0) {
    const names = election.tied.map((id) => nameOf.get(id)?.fullName ?? '').join(', ');
    results.push(
      para(say('MINUTES_TIED', { votes: votesOf(election.tied[0] ?? 0), names }), { align: 'both' }),
    );
  }
  if ((election.unfilled ?? 0) > 0)
    results.push(para(say('MINUTES_UNFILLED', { count: election.unfilled ?? 0 })));

  const document = new Document({
    creator: 'Công Đoàn Số',
    title: say('MINUTES_TITLE'),
    sections: [
      {
        properties: A4_PAGE,
        children: [
          header,
          para(say('MINUTES_TITLE'), { align: 'center', bold: true, size: 28, before: 360 }),
          para(say(SUBJECT[election.body], { unit: facts.unitName, cycle: facts.cycle.replace('-', '–') }), {
            align: 'center',
            bold: true,
          }),
          para(say('MINUTES_ROUND', { round: election.round }), { align: 'center', italics: true }),
          para(say(board.length > 0 ? 'MINUTES_BOARD' : 'MINUTES_BOARD_NONE'), { before: 240 }),
          ...board.map((name, index) =>
            para(
              `${index + 1}. ${name} – ${say(index === 0 ? 'MINUTES_BOARD_HEAD' : 'MINUTES_BOARD_MEMBER')}`,
            ),
          ),
          para(say('MINUTES_INTRO'), { before: 120 }),
          para(`1. ${say('MINUTES_SEATS', { count: election.seats })}`),
          para(`2. ${say('MINUTES_ISSUED', { count: election.ballotsIssued ?? 0 })}`),
          para(`3. ${say('MINUTES_COLLECTED', { count: collected })}`),
          para(`4. ${say('MINUTES_VALID', { count: collected - invalid })}`),
          para(`5. ${say('MINUTES_INVALID', { count: invalid })}`),
          para(say('MINUTES_RULE', { fraction, threshold: election.threshold ?? 0 }), {
            align: 'both',
            before: 120,
          }),
          para(say('MINUTES_VOTES_HEADING'), { before: 120 }),
          table,
          ...results,
          para(say('MINUTES_CLOSING'), { italics: true, before: 120 }),
          twoColumns(
            [
              para(say('MINUTES_SIGN_MEMBERS'), { align: 'center', bold: true, before: 240 }),
              para(say('DOCUMENT_SIGNATURE_HINT'), { align: 'center', italics: true }),
              ...board.slice(1).map((name) => para(name, { align: 'center', before: 720 })),
            ],
            [
              para(say('MINUTES_SIGN_HEAD'), { align: 'center', bold: true, before: 240 }),
              para(say('MINUTES_SIGN_HEAD_TITLE'), { align: 'center', bold: true }),
              para(say('DOCUMENT_SIGNATURE_HINT'), { align: 'center', italics: true }),
              para(board[0] ?? '', { align: 'center', bold: true, before: 1080 }),
            ],
            50,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
