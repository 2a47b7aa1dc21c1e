/**
 * The streaming CSV reader (common/csv.ts) the Access Log importer uses: RFC 4180 quoting,
 * line breaks inside cells, `line:N` numbering by a record's first line, any chunking.
 */
import { describe, expect, it } from 'vitest';
import { CsvParser, readCsvRecords, recordObject, type CsvRecord } from '../../../../electron/core/importers/common/csv';
import { MemberError } from '../../../../electron/core/importers/types';

function parse(text: string, size = text.length || 1): CsvRecord[] {
  const p = new CsvParser('t.csv');
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...p.push(text.slice(i, i + size)));
  out.push(...p.end());
  return out;
}

const SAMPLE = 'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n"multi\r\nline\nCELL",x,\r\n\r\nlast,row,"end"';

describe('CsvParser', () => {
  it('reads quotes, doubled quotes, embedded CRLF/LF, empty cells and blank lines; records carry their first line', () => {
    expect(parse(SAMPLE)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'two, with comma', 'say "hi"'] },
      { line: 3, cells: ['multi\nline\nCELL', 'x', ''] },
      { line: 7, cells: ['last', 'row', 'end'] },
    ]);
  });

  it('gives the same records whatever the chunk size (CRLF and quotes split across chunks)', () => {
    const whole = parse(SAMPLE);
    for (const size of [1, 2, 3, 5, 8]) expect(parse(SAMPLE, size)).toEqual(whole);
  });

  it('lone CR line ends and a missing final line break', () => {
    expect(parse('a,b\rc,d')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }]);
  });

  it('is lenient like Python csv: a stray quote inside a cell, text after a closing quote', () => {
    expect(parse('ab"c,"x"y\n')).toEqual([{ line: 1, cells: ['ab"c', 'xy'] }]);
  });

  it('a quoted cell never closed is an error naming the line it opened on', () => {
    expect(() => parse('a,b\n1,"open\nand on\n')).toThrow(MemberError);
    expect(() => parse('a,b\n1,"open\nand on\n')).toThrow('t.csv: line 2: a quoted cell is never closed (is the file cut short?)');
  });
});

describe('readCsvRecords and recordObject', () => {
  it('streams batches from byte chunks with split UTF-8 characters', async () => {
    const bytes = Buffer.from('name,city\n"Grüße, Lena",Malmö\n');
    async function* oneByte(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const rows: CsvRecord[] = [];
    for await (const batch of readCsvRecords(oneByte(), 't.csv')) rows.push(...batch);
    expect(rows.map((r) => r.cells)).toEqual([['name', 'city'], ['Grüße, Lena', 'Malmö']]);
  });

  it('names cells by header; repeated headers and extra cells keep their values', () => {
    expect(recordObject(['A', 'B', 'A'], ['1', '2', '3', '4'])).toEqual({ A: '1', B: '2', 'A (2)': '3', 'column 4': '4' });
    expect(recordObject(['A', 'B'], ['1'])).toEqual({ A: '1', B: '' });
  });
});
