// The progress of a congress cycle as the .xlsx a federation files, in the administrative layout
// (platform/xlsx.ts) and the requester's language: one row per child (and the unit's own congress) with the
// held, recognised, scheduled, not held and late, the totals, the signature block; and a second sheet
// listing every unit still to hold its congress, the late first.
import { formatDateVi, type Locale, label, todayInVietnam } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { type Say, sayIn } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { administrativeWorkbook, asOfLine, type LayoutColumn } from '../../platform/xlsx.ts';
import { latestVersion } from '../org/index.ts';
import { congressProgressOf } from './progress.ts';

type Column = { code: MessageCode; width: number; left?: boolean; text?: boolean };
const column = (code: MessageCode, width: number, left = false): Column => ({ code, width, left });
const inWords = (say: Say, columns: Column[]): LayoutColumn[] =>
  columns.map(({ code, ...layout }) => ({ ...layout, title: say(code) }));

const PROGRESS_COLUMNS = [
  column('DOCUMENT_COLUMN_SEQUENCE', 6),
  column('PROGRESS_COLUMN_UNIT', 40, true),
  column('PROGRESS_COLUMN_TOTAL', 14),
  column('PROGRESS_COLUMN_HELD', 12),
  column('PROGRESS_COLUMN_PERCENT', 10),
  column('PROGRESS_COLUMN_RECOGNISED', 13),
  column('PROGRESS_COLUMN_SCHEDULED', 12),
  column('PROGRESS_COLUMN_NOT_HELD', 12),
  column('PROGRESS_COLUMN_LATE', 14),
];

const MISSING_COLUMNS = [
  column('DOCUMENT_COLUMN_SEQUENCE', 6),
  column('PROGRESS_COLUMN_UNIT', 40, true),
  { ...column('PROGRESS_COLUMN_CODE', 14), text: true },
  column('PROGRESS_COLUMN_LEVEL', 18),
  column('PROGRESS_COLUMN_PARENT', 30, true),
  column('PROGRESS_COLUMN_STATUS', 16),
  { ...column('PROGRESS_COLUMN_SCHEDULED_ON', 13), text: true },
  column('PROGRESS_COLUMN_LATE', 12),
];

/** Held as a share of the total, one decimal: 6,349 of 6,349 → 100. */
const percent = (held: number, total: number) => (total === 0 ? 0 : Math.round((held * 1000) / total) / 10);

export async function progressWorkbook(
  tx: Tx,
  actor: Actor | null,
  query: { unitId: number; cycle: string; asOf?: string | undefined },
  locale: Locale,
): Promise<{ workbook: Buffer; fileName: string }> {
  const say = sayIn(locale);
  const today = todayInVietnam();
  const figures = await congressProgressOf(tx, actor, query, null);
  const unit = await latestVersion(tx, query.unitId);
  const unitName = figures.self?.name ?? unit.name;
  const parentName =
    figures.self?.parentName ?? (unit.parentId ? (await latestVersion(tx, unit.parentId)).name : null);
  const cycle = query.cycle.replace('-', '–');
  const heading = (title: MessageCode) => ({
    parentName,
    unitName,
    title: say(title),
    subtitles: [say('PROGRESS_EXPORT_CYCLE', { unit: unitName, cycle }), asOfLine(locale, figures.asOf)],
  });

  const workbook = administrativeWorkbook(locale);
  const sheet = workbook.sheet(
    say('PROGRESS_EXPORT_SHEET'),
    inWords(say, PROGRESS_COLUMNS),
    heading('PROGRESS_EXPORT_TITLE'),
  );
  const rows = [...figures.children];
  if (figures.self) {
    // The unit's own congress, which no child's subtree holds.
    const sum = (key: 'total' | 'held' | 'recognised' | 'scheduled' | 'late') =>
      figures.levels.reduce((total, level) => total + level[key], 0) -
      figures.children.reduce((total, child) => total + child[key], 0);
    rows.unshift({
      id: query.unitId,
      name: say('PROGRESS_EXPORT_OWN', { name: unitName }),
      total: sum('total'),
      held: sum('held'),
      recognised: sum('recognised'),
      scheduled: sum('scheduled'),
      late: sum('late'),
    });
  }
  for (const row of rows) {
    await sheet.addRow([
      row.name,
      row.total,
      row.held,
      percent(row.held, row.total),
      row.recognised,
      row.scheduled,
      row.total - row.held,
      row.late,
    ]);
  }
  const totals = {
    total: figures.levels.reduce((sum, level) => sum + level.total, 0),
    held: figures.levels.reduce((sum, level) => sum + level.held, 0),
    recognised: figures.levels.reduce((sum, level) => sum + level.recognised, 0),
    late: figures.levels.reduce((sum, level) => sum + level.late, 0),
  };
  sheet.end({ totals: say('PROGRESS_EXPORT_TOTALS', totals), signedOn: today });

  const missing = workbook.sheet(
    say('PROGRESS_MISSING_SHEET'),
    inWords(say, MISSING_COLUMNS),
    heading('PROGRESS_MISSING_TITLE'),
  );
  for (const item of figures.missing) {
    await missing.addRow([
      item.name,
      item.code,
      label(locale, 'congressLevel', item.level),
      item.parentName,
      label(locale, 'congressStatus', item.status ?? 'none'),
      item.scheduledOn ? formatDateVi(item.scheduledOn) : null,
      item.late ? say('PROGRESS_LATE_MARK') : null,
    ]);
  }
  missing.end({
    totals: say('PROGRESS_MISSING_TOTALS', { count: figures.missingTotal, late: totals.late }),
    signedOn: today,
  });

  // A name a browser saves as is: the unit code, the cycle and the date, no accents.
  const code = unit.code.replace(/[^A-Za-z0-9._-]+/gu, '-');
  return {
    workbook: await workbook.finish(),
    fileName: `tien-do-dai-hoi-${code}-${query.cycle}-${figures.asOf}.xlsx`,
  };
}
