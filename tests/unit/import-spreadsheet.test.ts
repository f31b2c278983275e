// Spreadsheets in: the template workbook, CSV sheets, an .ods, the Matrix sheet, and a
// hostile corpus (zip bombs, not a zip, huge cells, formulas, oversized sheets).
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadFiles, type InputFile } from '../../src/loader/import/door';
import { importSpreadsheet } from '../../src/loader/import/spreadsheet/import-spreadsheet';
import { DEFAULT_LIMITS } from '../../src/loader/limits';
import { formatProblem } from '../../src/loader/problems';
import { serialiseDebate } from '../../src/loader/serialise';
import { templateWorkbook } from '../../scripts/make-template-workbook';

const csv = (name: string, text: string): InputFile => ({ name, bytes: strToU8(text) });
const problemsOf = async (files: InputFile[]) => {
  const result = await loadFiles(files);
  return {
    ok: result.ok,
    errors: result.ok ? [] : result.errors.map(formatProblem),
    warnings: result.warnings.map(formatProblem),
    result,
  };
};

function xlsx(sheets: Record<string, string>): Uint8Array {
  const names = Object.keys(sheets);
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="r"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${names.map((_n, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    ...Object.fromEntries(
      names.map((n, i) => [
        `xl/worksheets/sheet${i + 1}.xml`,
        strToU8(`<worksheet><sheetData>${sheets[n]}</sheetData></worksheet>`),
      ]),
    ),
  });
}
const row = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;

describe('the template workbook', () => {
  it('is in sync with data/template.json (npm run template:xlsx)', async () => {
    const committed = readFileSync(new URL('../../data/template.xlsx', import.meta.url));
    expect(Buffer.from(await templateWorkbook()).equals(committed)).toBe(true);
  });

  it('opens as the same debate as the template JSON', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../data/template.xlsx', import.meta.url)),
    );
    const json = JSON.parse(
      readFileSync(new URL('../../data/template.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const { result, errors } = await problemsOf([{ name: 'template.xlsx', bytes }]);
    expect(errors).toEqual([]);
    if (!result.ok) return;
    const back = serialiseDebate(result.debate);
    for (const key of ['meta', 'issues', 'positions', 'actors', 'stances', 'arguments', 'sources'])
      expect(back[key], key).toEqual(json[key]);
  });
});

describe('CSV sheets and the Matrix', () => {
  it('opens a lone Matrix sheet: actors, positions and stances made from it, and said', async () => {
    const { result, warnings } = await problemsOf([
      csv(
        'teacher.csv',
        '\uFEFFactor,Open on Sundays,quote,source,Stay closed\r\nReaders,For,"We want ""Sundays""",https://example.org/a,against\r\nUnion,conditional,,,\rCouncil,maybe,,,unclear\r\n',
      ),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.actors.map((a) => a.name)).toEqual(['Readers', 'Union', 'Council']);
    expect(debate.positions.map((p) => p.statement)).toEqual(['Open on Sundays', 'Stay closed']);
    expect(debate.stances.map((s) => `${s.actor} ${s.position} ${s.stance}`)).toEqual([
      'readers open-on-sundays for',
      'readers stay-closed against',
      'union open-on-sundays conditional',
      'council stay-closed unclear',
    ]);
    expect(debate.stances[0]!.evidence[0]).toMatchObject({ quote: 'We want "Sundays"' });
    const report = warnings.join('\n');
    expect(report).toMatch(/read as the Matrix sheet, from its column names/);
    expect(report).toMatch(
      /Matrix!B4: 1 Matrix cell\(s\) are not for, against, conditional or unclear/,
    );
    expect(report).toMatch(/"Readers" is not an actor of the other sheets: an actor .* was made/);
  });

  it('reads several CSV files as the sheets they are named after, and traces problems to cells', async () => {
    const { errors, ok } = await problemsOf([
      csv('Debate - Issues.csv', 'id,question\nq,Should we?\n'),
      csv('Debate - Positions.csv', 'id;issue;statement\nyes;q;Yes\nno;nope;No\n'),
    ]);
    expect(ok).toBe(false);
    expect(errors).toEqual(['Positions!B3 (positions[1].issue): "nope" is not an issue id']);
  });

  it('adds evidence from a further row with the same key', async () => {
    const { result } = await problemsOf([
      csv('Issues.csv', 'id,question\nq,Q?\n'),
      csv('Positions.csv', 'id,issue,statement\np,q,P\n'),
      csv('Sources.csv', 'id,title\ns,S\n'),
      csv(
        'Arguments.csv',
        'id,claim,target,relation,by,source,quote\na,A,p,supports,,s,one\na,,,,,s,two\n',
      ),
    ]);
    expect(result.ok && result.debate.arguments[0]!.evidence.map((e) => e.quote)).toEqual([
      'one',
      'two',
    ]);
  });
});

describe('an .ods workbook', () => {
  it('reads tables, repeated cells and rows, and saved formula values', async () => {
    const content = `<office:document-content><office:body><office:spreadsheet>
      <table:table table:name="Issues"><table:table-row><table:table-cell><text:p>id</text:p></table:table-cell><table:table-cell><text:p>question</text:p></table:table-cell></table:table-row>
      <table:table-row><table:table-cell><text:p>q</text:p></table:table-cell><table:table-cell table:formula="of:=A1" office:value-type="string"><text:p>Is<text:s text:c="2"/>it?</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
      <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>
      <table:table table:name="Positions"><table:table-row><table:table-cell><text:p>id</text:p></table:table-cell><table:table-cell><text:p>statement</text:p></table:table-cell></table:table-row>
      <table:table-row><table:table-cell><text:p>yes</text:p></table:table-cell><table:table-cell><text:p>Yes &amp; now</text:p></table:table-cell></table:table-row></table:table>
      </office:spreadsheet></office:body></office:document-content>`;
    const bytes = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8(content),
    });
    const { result, warnings } = await problemsOf([{ name: 'debate.ods', bytes }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.debate.issues[0]!.question).toBe('Is  it?');
    expect(result.debate.positions[0]).toMatchObject({ statement: 'Yes & now', issue: 'q' });
    expect(warnings.join('\n')).toMatch(/Issues!B2: 1 cell\(s\) hold formulas/);
  });
});

describe('a hostile spreadsheet', () => {
  it('stops a zip bomb while unpacking it', () => {
    // With a 1 MB file limit, a workbook may unpack to 6 MB; this one would to 8 MB.
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const limits = { ...DEFAULT_LIMITS, maxBytes: 1024 * 1024 };
    const result = importSpreadsheet([{ name: 'bomb.xlsx', bytes: bomb }], limits);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/unpacks to more than 6 MB.*zip bomb/),
    ]);
  });

  it('says a file that is not a zip is not a workbook', async () => {
    for (const bytes of [strToU8('hello'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const { errors } = await problemsOf([{ name: 'x.xlsx', bytes }]);
      expect(errors).toEqual([
        expect.stringMatching(/not an \.xlsx or \.ods workbook|not a zip archive/),
      ]);
    }
    const old = await problemsOf([
      { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]) },
    ]);
    expect(old.errors).toEqual([expect.stringMatching(/old Excel \.xls/)]);
  });

  it('refuses a 5 MB cell, naming it', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const bytes = xlsx({ Issues: row(1, ['id', 'question']) + row(2, ['q', big]) });
    expect(bytes.length).toBeLessThan(100_000);
    const result = importSpreadsheet([{ name: 'big.xlsx', bytes }]);
    expect(result.problems.map(formatProblem)).toEqual([
      'Issues!B2: the cell holds 5,242,880 characters; a cell may hold at most 100,000',
    ]);
  });

  it('refuses a sheet with too many rows, and reads formula cells by their saved value', () => {
    const rows = `id,question\n${'q,Q\n'.repeat(50_001)}`;
    expect(importSpreadsheet([csv('Issues.csv', rows)]).problems.map(formatProblem)).toEqual([
      'Issues!A50001: the sheet has more than 50,000 rows',
    ]);
    const formula = xlsx({
      Issues:
        row(1, ['id', 'question']) +
        '<row r="2"><c r="A2" t="str"><f>LOWER("Q")</f><v>q</v></c><c r="B2" t="str"><f>"Why?"</f></c></row>',
    });
    const result = importSpreadsheet([{ name: 'f.xlsx', bytes: formula }]);
    expect(result.problems.map(formatProblem)).toContainEqual(
      'Issues!A2: 2 cell(s) hold formulas: the value last saved with them was used (Issues!A2, Issues!B2)',
    );
  });

  it('says an empty spreadsheet is empty', async () => {
    const { errors } = await problemsOf([csv('Issues.csv', '\uFEFF\r\n\r')]);
    expect(errors).toEqual(['the spreadsheet is empty']);
  });
});

describe('a CSV that is no sheet of the layout', () => {
  it('is refused, naming the sheets it looked for', async () => {
    const { errors } = await problemsOf([csv('notes.txt', 'Hello, world\nand more, text\n')]);
    expect(errors).toEqual([
      expect.stringMatching(/^no sheet is named like the layout's .* found "notes"$/),
    ]);
  });
});
