// The rows of the demo congresses as the congresses and elections modules store them, written in bulk with
// insertRows (a few statements a table), ids chosen beforehand so rows can point at each other, and the
// tables' sequences moved past them afterwards.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import type { CountedElection } from './congresses-ballots.ts';
import type { Bodies } from './congresses-hold.ts';
import { type Column, insertRows } from './members.ts';

export const TABLES = [
  'congress_plans',
  'congresses',
  'congress_documents',
  'unit_terms',
  'elections',
  'election_candidates',
  'committees',
  'committee_members',
  'member_offices',
] as const;
export type Table = (typeof TABLES)[number];

/** The next free id of each table, handed out in order. */
export class Ids {
  private constructor(private readonly next: Map<Table, number>) {}

  static async reserve(tx: Tx): Promise<Ids> {
    const next = new Map<Table, number>();
    for (const table of TABLES) {
      const [row] = await queryRows<{ next: number }>(
        tx,
        sql`select coalesce(max(id), 0)::int + 1 as next from ${sql.identifier(table)}`,
      );
      next.set(table, row?.next ?? 1);
    }
    return new Ids(next);
  }

  take(table: Table): number {
    const id = this.next.get(table)!;
    this.next.set(table, id + 1);
    return id;
  }
}

export interface PlanRow {
  id: number;
  issuerUnitId: number;
  cycle: string;
  title: string;
  documentNumber: string;
  issuedOn: string;
  deadlines: { level: string; deadline: string }[];
  notes: string;
  pilotUnitIds: number[];
}

export interface CongressRow {
  id: number;
  unitId: number;
  cycle: string;
  planId: number | null;
  status: 'planned' | 'scheduled' | 'held' | 'recognised';
  kind: 'allMember' | 'delegate';
  isPilot: boolean;
  scheduledOn: string | null;
  place: string | null;
  heldOn: string | null;
  convened: number | null;
  present: number | null;
  appointed: number | null;
  bodies: Partial<Bodies>;
  subcommittees: { name: string; members: string[] }[];
  guests: string[];
  notes: string | null;
  recognisedOn: string | null;
  recognitionDecision: string | null;
  recordedAt: string;
  updatedAt: string;
}

export interface TermRow {
  id: number;
  unitId: number;
  cycle: string;
  congressId: number;
  startsOn: string;
  endsOn: string;
}

export interface CommitteeRow {
  id: number;
  unitId: number;
  congressId: number | null;
  cycle: string;
  presentedOn: string;
  endedOn: string | null;
  seats: { memberId: number; position: 'chair' | 'viceChair' | 'standingMember' | 'member' }[];
}

export interface SeatRow {
  id: number;
  committeeId: number;
  memberId: number;
  position: string;
  officeId: number;
}

export interface OfficeRow {
  id: number;
  memberId: number;
  unitId: number;
  office: string;
  validFrom: string;
  validTo: string | null;
}

export interface DocumentRow {
  id: number;
  congressId: number;
  kind: string;
  fileName: string;
  content: Buffer;
  uploadedAt: string;
}

export interface DemoCongressRows {
  plans: PlanRow[];
  congresses: CongressRow[];
  terms: TermRow[];
  elections: (CountedElection & { congressId: number; countedAt: string })[];
  committees: CommitteeRow[];
  seats: SeatRow[];
  offices: OfficeRow[];
  documents: DocumentRow[];
}

/** A moment of a day in Vietnam's time, as a timestamptz literal. */
export const timestampOn = (date: string, time: string) => `${date}T${time}+07:00`;
const at = timestampOn;
const json = (value: unknown) => JSON.stringify(value);

const congressColumns: Column<CongressRow>[] = [
  { name: 'id', type: 'int4', value: (c) => c.id },
  { name: 'unit_id', type: 'int4', value: (c) => c.unitId },
  { name: 'cycle', type: 'text', value: (c) => c.cycle },
  { name: 'plan_id', type: 'int4', value: (c) => c.planId },
  { name: 'status', type: 'text', value: (c) => c.status },
  { name: 'kind', type: 'text', value: (c) => c.kind },
  { name: 'is_pilot', type: 'bool', value: (c) => c.isPilot },
  { name: 'scheduled_on', type: 'date', value: (c) => c.scheduledOn },
  { name: 'place', type: 'text', value: (c) => c.place },
  { name: 'held_on', type: 'date', value: (c) => c.heldOn },
  { name: 'delegates_convened', type: 'int4', value: (c) => c.convened },
  { name: 'delegates_present', type: 'int4', value: (c) => c.present },
  { name: 'delegates_appointed', type: 'int4', value: (c) => c.appointed },
  { name: 'bodies', type: 'jsonb', value: (c) => json(c.bodies) },
  { name: 'subcommittees', type: 'jsonb', value: (c) => json(c.subcommittees) },
  { name: 'guests', type: 'jsonb', value: (c) => json(c.guests) },
  { name: 'notes', type: 'text', value: (c) => c.notes },
  { name: 'recognised_on', type: 'date', value: (c) => c.recognisedOn },
  { name: 'recognition_decision', type: 'text', value: (c) => c.recognitionDecision },
  { name: 'recorded_at', type: 'timestamptz', value: (c) => c.recordedAt },
  { name: 'updated_at', type: 'timestamptz', value: (c) => c.updatedAt },
];

type ElectionRow = DemoCongressRows['elections'][number];
const electionColumns: Column<ElectionRow>[] = [
  { name: 'id', type: 'int4', value: (e) => e.id },
  { name: 'congress_id', type: 'int4', value: (e) => e.congressId },
  { name: 'body', type: 'text', value: (e) => e.body },
  { name: 'round', type: 'int4', value: (e) => e.round },
  { name: 'previous_election_id', type: 'int4', value: (e) => e.previousElectionId },
  { name: 'seats', type: 'int4', value: (e) => e.seats },
  { name: 'status', type: 'text', value: () => 'counted' },
  { name: 'ballots_issued', type: 'int4', value: (e) => e.ballotsIssued },
  { name: 'ballots_collected', type: 'int4', value: (e) => e.ballotsCollected },
  { name: 'invalid_ballots', type: 'int4', value: (e) => e.invalidBallots },
  { name: 'threshold', type: 'int4', value: (e) => e.threshold },
  { name: 'unfilled', type: 'int4', value: (e) => e.unfilled },
  { name: 'counted_at', type: 'timestamptz', value: (e) => e.countedAt },
  { name: 'recorded_at', type: 'timestamptz', value: (e) => e.countedAt },
];

type CandidateRow = ElectionRow['candidates'][number] & { electionId: number };
const candidateColumns: Column<CandidateRow>[] = [
  { name: 'id', type: 'int4', value: (c) => c.id },
  { name: 'election_id', type: 'int4', value: (c) => c.electionId },
  { name: 'member_id', type: 'int4', value: (c) => c.memberId },
  { name: 'list_order', type: 'int4', value: (c) => c.listOrder },
  { name: 'votes', type: 'int4', value: (c) => c.votes },
  { name: 'outcome', type: 'text', value: (c) => c.outcome },
];

const termColumns: Column<TermRow>[] = [
  { name: 'id', type: 'int4', value: (t) => t.id },
  { name: 'unit_id', type: 'int4', value: (t) => t.unitId },
  { name: 'cycle', type: 'text', value: (t) => t.cycle },
  { name: 'congress_id', type: 'int4', value: (t) => t.congressId },
  { name: 'starts_on', type: 'date', value: (t) => t.startsOn },
  { name: 'ends_on', type: 'date', value: (t) => t.endsOn },
  { name: 'recorded_at', type: 'timestamptz', value: (t) => at(t.startsOn, '17:00:00') },
];

const committeeColumns: Column<CommitteeRow>[] = [
  { name: 'id', type: 'int4', value: (c) => c.id },
  { name: 'unit_id', type: 'int4', value: (c) => c.unitId },
  { name: 'congress_id', type: 'int4', value: (c) => c.congressId },
  { name: 'cycle', type: 'text', value: (c) => c.cycle },
  { name: 'body', type: 'text', value: () => 'executiveCommittee' },
  { name: 'presented_on', type: 'date', value: (c) => c.presentedOn },
  { name: 'ended_on', type: 'date', value: (c) => c.endedOn },
  { name: 'recorded_at', type: 'timestamptz', value: (c) => at(c.presentedOn, '17:30:00') },
];

const seatColumns: Column<SeatRow>[] = [
  { name: 'id', type: 'int4', value: (s) => s.id },
  { name: 'committee_id', type: 'int4', value: (s) => s.committeeId },
  { name: 'member_id', type: 'int4', value: (s) => s.memberId },
  { name: 'position', type: 'text', value: (s) => s.position },
  { name: 'office_id', type: 'int4', value: (s) => s.officeId },
];

const officeColumns: Column<OfficeRow>[] = [
  { name: 'id', type: 'int4', value: (o) => o.id },
  { name: 'member_id', type: 'int4', value: (o) => o.memberId },
  { name: 'unit_id', type: 'int4', value: (o) => o.unitId },
  { name: 'office', type: 'text', value: (o) => o.office },
  { name: 'valid_from', type: 'date', value: (o) => o.validFrom },
  { name: 'valid_to', type: 'date', value: (o) => o.validTo },
];

export async function writeCongressRows(tx: Tx, rows: DemoCongressRows): Promise<void> {
  for (const plan of rows.plans) {
    await tx.execute(
      sql`insert into congress_plans (id, issuer_unit_id, cycle, title, document_number, issued_on, deadlines,
            notes, recorded_at)
          values (${plan.id}, ${plan.issuerUnitId}, ${plan.cycle}, ${plan.title}, ${plan.documentNumber},
            ${plan.issuedOn}::date, ${json(plan.deadlines)}::jsonb, ${plan.notes},
            ${at(plan.issuedOn, '15:00:00')}::timestamptz)`,
    );
    for (const unitId of plan.pilotUnitIds) {
      await tx.execute(
        sql`insert into congress_plan_pilots (plan_id, unit_id) values (${plan.id}, ${unitId})`,
      );
    }
  }
  await insertRows(tx, 'congresses', congressColumns, rows.congresses);
  await insertRows(tx, 'unit_terms', termColumns, rows.terms);
  await insertRows(tx, 'elections', electionColumns, rows.elections);
  const candidates = rows.elections.flatMap((election) =>
    election.candidates.map((candidate) => ({ ...candidate, electionId: election.id })),
  );
  await insertRows(tx, 'election_candidates', candidateColumns, candidates);
  await insertRows(tx, 'member_offices', officeColumns, rows.offices);
  await insertRows(tx, 'committees', committeeColumns, rows.committees);
  await insertRows(tx, 'committee_members', seatColumns, rows.seats);
  for (const document of rows.documents) {
    await tx.execute(
      sql`insert into congress_documents (id, congress_id, kind, file_name, content_type, size, content, uploaded_at)
          values (${document.id}, ${document.congressId}, ${document.kind}, ${document.fileName},
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ${document.content.length},
            ${document.content}, ${at(document.uploadedAt, '16:00:00')}::timestamptz)`,
    );
  }
  for (const table of TABLES) {
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${table}, 'id'), max(id)) from ${sql.identifier(table)}
          having max(id) is not null`,
    );
  }
}
