// The import figure of issue #3: rows per second of a 100,000-row member sheet through the import service,
// against a raw COPY of the same rows into the members table. The sheet is built with ExcelJS the way a union
// keeps it (title, header, column numbers, dd/mm/yyyy dates), from the demo's people and jobs.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Gender, normalizeForSearch } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, queryRows, sql } from '../packages/server/src/db/client.ts';
import { jobAt, type WorkplaceKind } from '../packages/server/src/demo/members-jobs.ts';
import { PersonFactory } from '../packages/server/src/demo/members-people.ts';
import { seededRandom } from '../packages/server/src/demo/random.ts';
import { runImportJob, startImportJob } from '../packages/server/src/modules/member-import/service.ts';
import type { Actor } from '../packages/server/src/platform/context.ts';

/** Provinces whose CCCD codes the bulk generator leaves unused (087 … 096), so no row meets an existing ID. */
const SPARE_PROVINCES = ['DT', 'AG', 'KG', 'CT', 'HG', 'ST', 'BL', 'CM'];

export interface SheetRow {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  nationalId: string;
  ethnicity: string;
  religion: string;
  education: string;
  occupation: string;
  position: string;
  employer: string;
  phone: string | null;
  email: string | null;
  address: string;
  joinedUnionOn: string;
  cardNumber: string;
  duesGroup: string;
  salaryBasis: number;
}

export function sheetRows(count: number): SheetRow[] {
  const random = seededRandom(100_000);
  const people = new PersonFactory();
  const kinds: WorkplaceKind[] = ['company', 'company', 'school', 'health', 'agency'];
  const rows: SheetRow[] = [];
  for (let index = 0; index < count; index++) {
    const province = SPARE_PROVINCES[index % SPARE_PROVINCES.length]!;
    const joinedUnionOn = `20${String(random.int(10, 24)).padStart(2, '0')}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
    const person = people.make(random, {
      province,
      womenShare: 0.5,
      admittedOn: joinedUnionOn,
      foreign: false,
    });
    const job = jobAt(random, kinds[index % kinds.length]!, 'Công ty Cổ phần May mặc Bench', index);
    rows.push({
      fullName: person.fullName,
      gender: person.gender,
      dateOfBirth: person.dateOfBirth,
      nationalId: people.nationalId(random, province, person.gender, person.dateOfBirth),
      ethnicity: person.ethnicity ?? 'Kinh',
      religion: person.religion ?? 'Không',
      education: job.education,
      occupation: job.occupation,
      position: job.position,
      employer: 'Công ty Cổ phần May mặc Bench',
      phone: person.phone,
      email: person.email,
      address: person.address,
      joinedUnionOn,
      cardNumber: people.cardNumber(province),
      duesGroup: job.duesGroup,
      salaryBasis: job.salaryBasis,
    });
  }
  return rows;
}

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Dân tộc',
  'Tôn giáo',
  'Quốc tịch',
  'Trình độ chuyên môn',
  'Nghề nghiệp',
  'Chức vụ',
  'Nơi làm việc',
  'Số điện thoại',
  'Email',
  'Địa chỉ',
  'Ngày vào công đoàn',
  'Số thẻ đoàn viên',
  'Nhóm đóng đoàn phí',
  'Mức lương',
];
const DUES_WORDS: Record<string, string> = {
  publicUnit: 'Đơn vị sự nghiệp',
  stateEnterprise: 'Doanh nghiệp nhà nước',
  otherEnterprise: 'Doanh nghiệp ngoài nhà nước',
  noFixedSalary: 'Không có lương',
};
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Writes the sheet with the streaming writer; answers its size in bytes. */
export async function writeSheet(rows: readonly SheetRow[], folder: string): Promise<string> {
  const path = join(folder, 'danh-sach-doan-vien.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN MAY MẶC BENCH']).commit();
  sheet.addRow(['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN NĂM 2026']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(HEADERS).commit();
  sheet.addRow(HEADERS.map((_, index) => `(${index + 1})`)).commit();
  rows.forEach((row, index) => {
    sheet
      .addRow([
        index + 1,
        row.fullName,
        dmy(row.dateOfBirth),
        row.gender === 'female' ? 'Nữ' : 'Nam',
        row.nationalId,
        row.ethnicity,
        row.religion,
        'Việt Nam',
        row.education,
        row.occupation,
        row.position,
        row.employer,
        row.phone ?? '',
        row.email ?? '',
        row.address,
        dmy(row.joinedUnionOn),
        row.cardNumber,
        DUES_WORDS[row.duesGroup] ?? '',
        row.salaryBasis,
      ])
      .commit();
  });
  await workbook.commit();
  return path;
}

export const fileSize = (path: string) => statSync(path).size;

const COPY_COLUMNS =
  'full_name, full_name_normalized, gender, date_of_birth, national_id, ethnicity, religion, nationality, ' +
  'education, occupation, position, employer, phone, email, address, joined_union_on, card_number, dues_group, ' +
  'salary_basis, status, unit_id';

const csvField = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

function csvLine(row: SheetRow, unitId: number): string {
  return `${[
    row.fullName,
    normalizeForSearch(row.fullName),
    row.gender,
    row.dateOfBirth,
    row.nationalId,
    row.ethnicity,
    row.religion,
    'VN',
    row.education,
    row.occupation,
    row.position,
    row.employer,
    row.phone,
    row.email,
    row.address,
    row.joinedUnionOn,
    row.cardNumber,
    row.duesGroup,
    row.salaryBasis,
    'active',
    unitId,
  ]
    .map(csvField)
    .join(',')}\n`;
}

export interface CopyTimes {
  /** into members itself, with its indexes and keys */
  indexed: number;
  /** into a bare copy of the table (no index, no key): what index upkeep costs */
  bare: number;
}

const BARE_TABLE = 'create temp table members_bare (like members including defaults) on commit drop';

/**
 * COPY FROM STDIN of the rows on its own connection, into members and into a bare copy of it, each inside a
 * transaction rolled back once the COPY has returned, so the import then meets the same table.
 */
export async function copyOnPostgres(
  url: string,
  rows: readonly SheetRow[],
  unitId: number,
): Promise<CopyTimes> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copyInto = async (table: string) => {
    await client.query('begin');
    if (table === 'members_bare') await client.query(BARE_TABLE);
    const started = performance.now();
    const stream = client.query(copyFrom(`copy ${table} (${COPY_COLUMNS}) from stdin with (format csv)`));
    await pipeline(Readable.from(rows.map((row) => csvLine(row, unitId))), stream);
    const ms = performance.now() - started;
    await client.query('rollback');
    return ms;
  };
  try {
    return { indexed: await copyInto('members'), bare: await copyInto('members_bare') };
  } finally {
    await client.end();
  }
}

interface PgliteClient {
  exec(query: string): Promise<unknown>;
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/** The same on PGlite, which takes COPY input from a Blob at /dev/blob. */
export async function copyOnPglite(db: Db, rows: readonly SheetRow[], unitId: number): Promise<CopyTimes> {
  const client = (db as unknown as { $client: PgliteClient }).$client;
  const copyInto = async (table: string) => {
    await client.exec('begin');
    if (table === 'members_bare') await client.exec(BARE_TABLE);
    const started = performance.now();
    const blob = new Blob(rows.map((row) => csvLine(row, unitId)));
    await client.query(`copy ${table} (${COPY_COLUMNS}) from '/dev/blob' with (format csv)`, [], { blob });
    const ms = performance.now() - started;
    await client.exec('rollback');
    return ms;
  };
  return { indexed: await copyInto('members'), bare: await copyInto('members_bare') };
}

/** The CSV of each table an import writes (members with their ids, their periods, their audit rows). */
function importTables(
  rows: readonly SheetRow[],
  ids: number[],
  unitId: number,
  user: { id: number; name: string },
) {
  const today = new Date().toISOString().slice(0, 10);
  return [
    {
      table: 'members',
      columns: `id, ${COPY_COLUMNS}`,
      lines: rows.map((row, index) => `${ids[index]},${csvLine(row, unitId)}`),
    },
    {
      table: 'memberships',
      columns: 'member_id, unit_id, valid_from, start_kind, recorded_by',
      lines: rows.map(
        (row, index) => `${ids[index]},${unitId},${row.joinedUnionOn ?? today},import,${user.id}\n`,
      ),
    },
    {
      table: 'audit_log',
      columns: 'user_id, username, action, entity, entity_id, unit_id, after',
      lines: rows.map(
        (row, index) =>
          `${user.id},${user.name},import,member,${ids[index]},${unitId},${csvField(
            JSON.stringify({
              fullName: row.fullName,
              nationalId: row.nationalId,
              importJobId: 0,
              row: index + 6,
            }),
          )}\n`,
      ),
    },
  ];
}

/** What a COPY baseline runs on: a statement, and one COPY of CSV lines into a table. */
export interface CopyTarget {
  exec(statement: string): Promise<{ rows: Record<string, unknown>[] }>;
  copy(table: string, columns: string, lines: string[]): Promise<void>;
  close?(): Promise<void>;
}

/**
 * A raw COPY of the rows into every table an import writes (members, memberships, audit_log), in one
 * transaction rolled back afterwards, so the import then meets the same tables. Answers the COPY's ms.
 */
export async function copyImportTables(
  target: CopyTarget,
  rows: readonly SheetRow[],
  unitId: number,
  user: { id: number; name: string },
): Promise<number> {
  await target.exec('begin');
  try {
    const reserved = await target.exec(
      `select nextval(pg_get_serial_sequence('members', 'id'))::int as id from generate_series(1, ${rows.length})`,
    );
    const ids = reserved.rows.map((row) => Number(row.id));
    const tables = importTables(rows, ids, unitId, user);
    const started = performance.now();
    for (const { table, columns, lines } of tables) await target.copy(table, columns, lines);
    return performance.now() - started;
  } finally {
    await target.exec('rollback');
  }
}

/** COPY FROM STDIN (pg-copy-streams) on a client of its own. */
export function postgresCopyTarget(client: pg.Client): CopyTarget {
  return {
    exec: (statement) => client.query(statement),
    copy: async (table, columns, lines) => {
      const stream = client.query(copyFrom(`copy ${table} (${columns}) from stdin with (format csv)`));
      await pipeline(Readable.from(lines), stream);
    },
  };
}

/** PGlite's COPY from a Blob at /dev/blob. */
export function pgliteCopyTarget(db: Db): CopyTarget {
  const client = (
    db as unknown as {
      $client: PgliteClient & { query(q: string): Promise<{ rows: Record<string, unknown>[] }> };
    }
  ).$client;
  return {
    exec: (statement) => client.query(statement),
    copy: async (table, columns, lines) => {
      await client.query(`copy ${table} (${columns}) from '/dev/blob' with (format csv)`, [], {
        blob: new Blob(lines),
      });
    },
  };
}

/** Imported members of the unit with a U+FFFD in a text field: characters the xlsx reader broke. */
export async function garbledMembers(db: Db, unitId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from members where unit_id = ${unitId}
        and concat_ws('|', full_name, ethnicity, religion, education, occupation, position, employer, address)
          like '%' || chr(65533) || '%'`,
  );
  return row?.n ?? 0;
}

/** A user to own the import job (import_jobs.user_id refers to users). */
export async function benchActor(db: Db, rootId: number): Promise<Actor> {
  const username = `bench-${randomBytes(3).toString('hex')}`;
  const [user] = await queryRows<{ id: number }>(
    db,
    sql`insert into users (username, full_name, password_hash, role, unit_id)
        values (${username}, 'Bench', 'none', 'system_admin', ${rootId}) returning id`,
  );
  return { id: user!.id, username, fullName: 'Bench', role: 'system_admin', locale: 'vi', unitId: rootId };
}

/** The sheet through the import service (parsing in a worker, checks, one transaction); answers ms and counts. */
export async function importThroughService(db: Db, actor: Actor, unitId: number, path: string) {
  const request = {
    actor,
    unitId,
    fileName: 'danh-sach-doan-vien.xlsx',
    buffer: new Uint8Array(readFileSync(path)),
    dryRun: false,
  };
  const started = performance.now();
  const jobId = await startImportJob(db, request);
  const result = await runImportJob(db, jobId, request);
  return { ms: performance.now() - started, result };
}
