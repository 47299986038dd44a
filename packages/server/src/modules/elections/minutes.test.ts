// The counting minutes as a Word document: unzipped and read back as text, paragraph by paragraph, to check
// the administrative layout (issuing body, national motto, place and date, title), the board, the figures,
// the rule in words, the table of votes and the result; in English on request; refused before the count.
import type { Election } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { docxLines } from '../../test/docx.ts';
import { buildElectionWorld, type ElectionWorld, insertCongress } from './test-congress.ts';

describe('counting minutes (.docx)', () => {
  let ctx: TestContext;
  let w: ElectionWorld;
  let cookie: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildElectionWorld(ctx);
    cookie = (await signIn(ctx, 'longbien')).cookie;
  });
  afterAll(() => ctx.close());

  async function countedBallot(
    congressId: number,
    votes: number[],
    figures = { issued: 20, collected: 18, invalid: 2 },
  ) {
    const created = await w.asLongBien('POST', `/api/congresses/${congressId}/elections`, {
      body: 'executiveCommittee',
      seats: 3,
      candidateMemberIds: w.people.regulars.slice(0, votes.length),
    });
    const election: Election = created.body;
    const counted = await w.asLongBien('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: figures.issued,
      ballotsCollected: figures.collected,
      invalidBallots: figures.invalid,
      votes: Object.fromEntries(election.candidates.map((candidate, index) => [candidate.id, votes[index]])),
    });
    expect(counted.status).toBe(200);
    return election;
  }

  const minutes = (electionId: number, language = 'vi') =>
    ctx.app.inject({
      method: 'GET',
      url: `/api/elections/${electionId}/minutes.docx`,
      headers: { cookie, 'accept-language': language },
    });

  it('lays out the minutes of the worked example as unions file them', async () => {
    const election = await countedBallot(w.congress, [15, 12, 10, 9]);
    const response = await minutes(election.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain('.docx');
    const lines = docxLines(response.rawPayload);
    const text = lines.join('\n');

    // Header: the issuing body (the unit above, then the unit) beside the national motto; place and date.
    const at = (line: string) => lines.indexOf(line);
    expect(at('LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN')).toBe(0);
    expect(at('CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN NHỰA LONG BIÊN')).toBe(1);
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThan(1);
    expect(at('Độc lập - Tự do - Hạnh phúc')).toBe(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + 1);
    expect(at('Hà Nội, ngày 20 tháng 03 năm 2025')).toBeGreaterThan(at('Độc lập - Tự do - Hạnh phúc'));
    // Title, the body and the round.
    expect(at('BIÊN BẢN KIỂM PHIẾU')).toBeGreaterThan(at('Hà Nội, ngày 20 tháng 03 năm 2025'));
    expect(lines[at('BIÊN BẢN KIỂM PHIẾU') + 1]).toBe(
      'Bầu Ban Chấp hành Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên, nhiệm kỳ 2025–2030',
    );
    expect(lines[at('BIÊN BẢN KIỂM PHIẾU') + 2]).toBe('(Bầu lần thứ 1)');
    // The counting board, from the congress's bodies.
    expect(lines).toContain('1. Nguyễn Thị Kiểm – Trưởng ban');
    expect(lines).toContain('2. Trần Văn Phiếu – Ủy viên');
    // The figures and the rule in words.
    for (const line of [
      '1. Số lượng cần bầu: 3',
      '2. Số phiếu phát ra: 20',
      '3. Số phiếu thu về: 18',
      '4. Số phiếu hợp lệ: 16',
      '5. Số phiếu không hợp lệ: 2',
    ]) {
      expect(lines).toContain(line);
    }
    expect(text).toContain(
      'Người trúng cử phải được quá một phần hai (1/2) tổng số phiếu bầu thu về (kể cả phiếu không hợp lệ), tức là từ 10 phiếu trở lên',
    );
    // The table: a header, then each candidate with votes, share of the ballots collected and result.
    const header = at('Tỷ lệ % so với số phiếu thu về');
    expect(lines.slice(header - 3, header + 2)).toEqual([
      'STT',
      'Họ và tên',
      'Số phiếu bầu',
      'Tỷ lệ % so với số phiếu thu về',
      'Kết quả',
    ]);
    expect(lines.slice(header + 2, header + 7)).toEqual(['1', 'Nguyễn Văn An', '15', '83,33%', 'Trúng cử']);
    expect(lines.slice(header + 17, header + 22)).toEqual([
      '4',
      'Phạm Thị Dung',
      '9',
      '50,00%',
      'Không trúng cử',
    ]);
    // The result and the signatures of the board.
    const elected = at('Các đồng chí trúng cử (theo thứ tự số phiếu từ cao xuống thấp):');
    expect(lines.slice(elected + 1, elected + 4)).toEqual([
      '1. Nguyễn Văn An (15 phiếu)',
      '2. Trần Thị Bình (12 phiếu)',
      '3. Lê Văn Cường (10 phiếu)',
    ]);
    expect(text).not.toContain('Số lượng còn thiếu');
    for (const line of ['TM. BAN KIỂM PHIẾU', 'TRƯỞNG BAN', 'CÁC ỦY VIÊN BAN KIỂM PHIẾU', 'Lê Thị Đếm']) {
      expect(lines).toContain(line);
    }
    expect(at('Nguyễn Thị Kiểm')).toBeGreaterThan(at('TRƯỞNG BAN'));
  });

  it('reports the tied, the round to come and the unfilled seats', async () => {
    const congressId = await ctx.database.db.transaction((tx) =>
      insertCongress(tx, { unitId: w.ids['G-NHUA']!, cycle: '2030-2035', place: null, countingBoard: [] }),
    );
    const election = await countedBallot(congressId, [16, 14, 12, 12], {
      issued: 18,
      collected: 18,
      invalid: 0,
    });
    const lines = docxLines((await minutes(election.id)).rawPayload);
    expect(lines).toContain('……………, ngày 20 tháng 03 năm 2025');
    expect(lines).toContain('Ban Kiểm phiếu Đại hội: (chưa ghi nhận)');
    expect(lines.filter((line) => line === 'Bằng phiếu')).toHaveLength(2);
    expect(lines).toContain(
      'Các đồng chí có số phiếu bằng nhau ở vị trí cuối (12 phiếu) chưa trúng cử; Đại hội bầu lại trong số các đồng chí: Lê Văn Cường, Phạm Thị Dung.',
    );
    expect(lines).toContain('Số lượng còn thiếu so với số lượng cần bầu: 1.');
  });

  it('is in English when the request asks for English', async () => {
    const [election] = (await w.asLongBien('GET', `/api/congresses/${w.congress}/elections`))
      .body as Election[];
    const lines = docxLines((await minutes(election!.id, 'en')).rawPayload);
    expect(lines).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(lines).toContain('VOTE COUNTING MINUTES');
    expect(lines).toContain('Hà Nội, 20/03/2025');
    expect(lines.join('\n')).toContain(
      'more than 1/2 of the ballots collected (invalid ballots included), that is 10 votes',
    );
    expect(lines).toContain('83.33%');
    expect(lines).toEqual(expect.arrayContaining(['No.', 'Full name', 'Votes', 'Result', 'Elected']));
  });

  it('is in English when the link asks for it (?lang=en), whatever the browser says', async () => {
    const [election] = (await w.asLongBien('GET', `/api/congresses/${w.congress}/elections`))
      .body as Election[];
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/elections/${election!.id}/minutes.docx?lang=en`,
      headers: { cookie, 'accept-language': 'vi' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const lines = docxLines(response.rawPayload);
    expect(lines).toContain('VOTE COUNTING MINUTES');
    expect(lines).not.toContain('BIÊN BẢN KIỂM PHIẾU');
  });

  it('takes the place and the counting board of a congress recorded through the congresses API', async () => {
    const created = await w.asLongBien('POST', '/api/congresses', {
      unitId: w.ids['G-NHUA'],
      cycle: '2040-2045',
      scheduledOn: '2025-03-20',
      place: 'Long Biên',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const held = await w.asLongBien('PATCH', `/api/congresses/${created.body.id}`, {
      heldOn: '2025-03-20',
      delegatesConvened: 17,
      delegatesPresent: 16,
      bodies: { countingBoard: ['Đinh Thị Trưởng Ban', 'Cao Văn Ủy Viên'] },
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    const election = await countedBallot(created.body.id, [15, 12, 10, 9]);
    const lines = docxLines((await minutes(election.id)).rawPayload);
    expect(lines).toContain('Long Biên, ngày 20 tháng 03 năm 2025');
    expect(lines).toContain('1. Đinh Thị Trưởng Ban – Trưởng ban');
    expect(lines).toContain('2. Cao Văn Ủy Viên – Ủy viên');
  });

  it('is refused before the count', async () => {
    const created = await w.asLongBien('POST', `/api/congresses/${w.smallCongress}/elections`, {
      body: 'chair',
      seats: 1,
      candidateMemberIds: [w.people.textiles],
    });
    const response = await minutes(created.body.id);
    expect([response.statusCode, response.json().error.code]).toEqual([409, 'ELECTION_NOT_COUNTED']);
  });
});
