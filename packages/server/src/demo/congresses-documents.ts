// Documents kept with a few demo congresses (the Văn phòng Đoàn ĐBQH union's of 31/3/2023, the pilots', the
// city's): a political report, a personnel plan and a resolution as short Word files in the administrative
// layout (issuing body and national motto, title, body, signature), so the documents tab has something real.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { dateInWords, dayMonthYear, MOTTO } from './congresses-text.ts';

export type DemoDocumentKind = 'politicalReport' | 'personnelPlan' | 'resolution';

export interface DocumentFacts {
  kind: DemoDocumentKind;
  unitName: string;
  parentName: string | null;
  cycle: string;
  heldOn: string;
  place: string;
  /** an all-member congress convenes members, a delegate congress delegates */
  allMembers: boolean;
  members: number;
  present: number;
  convened: number;
  /** the executive committee elected, chair first */
  elected: string[];
  chair: string | null;
}

const FONT = 'Times New Roman';
const SIZE = 26;

const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: SIZE, bold: style.bold ?? false, italics: style.italics ?? false });
const para = (
  text: string,
  style: { bold?: boolean; italics?: boolean; center?: boolean; before?: number } = {},
) =>
  new Paragraph({
    alignment: style.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: style.before ?? 0, after: 80 },
    children: [run(text, style)],
  });
const column = (children: Paragraph[]) =>
  new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });

const TITLES: Record<DemoDocumentKind, string> = {
  politicalReport: 'BÁO CÁO CHÍNH TRỊ',
  personnelPlan: 'ĐỀ ÁN NHÂN SỰ BAN CHẤP HÀNH',
  resolution: 'NGHỊ QUYẾT ĐẠI HỘI',
};

const FILE_NAMES: Record<DemoDocumentKind, string> = {
  politicalReport: 'bao-cao-chinh-tri',
  personnelPlan: 'de-an-nhan-su',
  resolution: 'nghi-quyet-dai-hoi',
};

function body(facts: DocumentFacts): Paragraph[] {
  const [from, to] = facts.cycle.split('-');
  const term = `nhiệm kỳ ${from} - ${to}`;
  const previous = `nhiệm kỳ ${Number(from) - 5} - ${from}`;
  if (facts.kind === 'politicalReport') {
    return [
      para(`Của Ban Chấp hành ${facts.unitName} ${previous} trình Đại hội ${term}`, {
        center: true,
        italics: true,
      }),
      para('I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ VỪA QUA', { bold: true, before: 160 }),
      para(
        `Ban Chấp hành đã lãnh đạo thực hiện các chỉ tiêu Nghị quyết đề ra; đến ngày Đại hội, công đoàn có ${facts.members} đoàn viên. ` +
          'Công tác đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động được quan tâm; ' +
          'phong trào thi đua được triển khai rộng khắp.',
      ),
      para(
        'Bên cạnh kết quả đạt được, một số phong trào chưa thật sự sôi nổi, chưa phát triển đồng đều ở các tổ công đoàn; ' +
          'công tác bồi dưỡng kỹ năng hoạt động cho cán bộ công đoàn còn hạn chế.',
      ),
      para(`II. MỤC TIÊU, PHƯƠNG HƯỚNG, NHIỆM VỤ ${term.toUpperCase()}`, { bold: true, before: 160 }),
      para(
        `Với phương châm "${MOTTO}", tiếp tục đổi mới nội dung, phương thức hoạt động, xây dựng tổ chức công đoàn ` +
          'vững mạnh; chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động.',
      ),
    ];
  }
  if (facts.kind === 'personnelPlan') {
    return [
      para(`${facts.unitName}, ${term}`, { center: true, italics: true }),
      para(
        `Ban Chấp hành khóa mới gồm ${facts.elected.length} đồng chí, bảo đảm cơ cấu hợp lý, có đủ năng lực, ` +
          'tâm huyết với hoạt động công đoàn. Danh sách đề cử:',
        { before: 160 },
      ),
      ...facts.elected.map((name, index) => para(`${index + 1}. ${name}`)),
    ];
  }
  return [
    para(`${facts.unitName}, ${term}`, { center: true, italics: true }),
    para(
      `Đại hội họp ngày ${dayMonthYear(facts.heldOn)} tại ${facts.place}, có ${facts.present}/${facts.convened} ` +
        `${facts.allMembers ? 'đoàn viên' : 'đại biểu'} được triệu tập có mặt.`,
      { before: 160 },
    ),
    para('QUYẾT NGHỊ:', { bold: true, center: true, before: 120 }),
    para('1. Thông qua Báo cáo chính trị của Ban Chấp hành trình Đại hội.'),
    para(`2. Bầu Ban Chấp hành ${term} gồm ${facts.elected.length} đồng chí: ${facts.elected.join(', ')}.`),
    ...(facts.chair ? [para(`3. Đồng chí ${facts.chair} được bầu giữ chức Chủ tịch.`)] : []),
  ];
}

/** The Word file of one document and the name it is kept under. */
export async function demoDocument(facts: DocumentFacts): Promise<{ fileName: string; content: Buffer }> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          column([
            ...(facts.parentName ? [para(facts.parentName.toUpperCase(), { center: true })] : []),
            para(facts.unitName.toUpperCase(), { center: true, bold: true }),
          ]),
          column([
            para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { center: true, bold: true }),
            para('Độc lập - Tự do - Hạnh phúc', { center: true, bold: true }),
            para(`Hà Nội, ${dateInWords(facts.heldOn)}`, { center: true, italics: true, before: 120 }),
          ]),
        ],
      }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          header,
          para(TITLES[facts.kind], { center: true, bold: true, before: 240 }),
          ...body(facts),
          para('TM. BAN CHẤP HÀNH', { center: true, bold: true, before: 240 }),
          para(facts.chair ?? '', { center: true, bold: true, before: 480 }),
        ],
      },
    ],
  });
  return {
    fileName: `${FILE_NAMES[facts.kind]}-${facts.cycle}.docx`,
    content: await Packer.toBuffer(document),
  };
}
