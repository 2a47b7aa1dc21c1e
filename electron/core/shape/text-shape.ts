/**
 * Shapes of line-based members: a TXT file as its line count and its `Label: value` labels (the
 * TikTok TXT export, X's README), a CSV file as its row count and columns. Each label or column
 * shows one value class: the first non-empty one, or `""` when all were empty. Streams line by
 * line; a line longer than LINE_MAX is counted but not read as a label.
 */
import { CsvParser, type CsvRecord } from '../importers/common/csv';
import { classifyString, reduceKey, type ScalarClass } from './classify';

const LINE_MAX = 64 * 1024;
/** Labels (or columns) tracked per file; a file with more is not a form of labelled records. */
const MAX_LABELS = 200;
/** `Label: value` — a capitalised label of a few words, as TikTok's TXT export writes them. */
const LABEL_LINE = /^(\p{Lu}[\p{L}\p{N} ()/'&.-]{0,39}):(?: (.*)|\s*)$/u;

/**
 * A file's record structure repeats; a `Word: text` line seen once in a long file is more likely
 * part of a message someone wrote than a label, so it is left out (files up to this many lines,
 * and the platform's own README, keep every label).
 */
const SINGLETON_LINES = 50;

/** A label as printed: TikTok's "Chat History with <name>:" line names the chat partner. */
function reduceLabel(raw: string): string {
  return reduceKey(`${raw}:`).replace(/:$/, '');
}

/** Label → class, first non-empty value wins. */
class LabelSet {
  readonly labels = new Map<string, { c: ScalarClass; seen: number }>();

  add(rawLabel: string, value: string): void {
    const label = reduceLabel(rawLabel);
    const c = classifyString(value, rawLabel);
    const prev = this.labels.get(label);
    if (prev === undefined) {
      if (this.labels.size < MAX_LABELS) this.labels.set(label, { c, seen: 1 });
      return;
    }
    prev.seen++;
    if (prev.c.category === 'empty' && c.category !== 'empty') prev.c = c;
  }

  render(keepSingletons: boolean): string {
    const shown = [...this.labels].filter(([, l]) => keepSingletons || l.seen > 1);
    if (shown.length === 0) return '-';
    return shown.map(([label, l]) => `${label}: ${l.c.token}`).join(' | ');
  }
}

export class TxtShapeBuilder {
  private lines = 0;
  private carry = '';
  private overlong = false;
  private readonly labels = new LabelSet();

  /** `platformText`: the platform's own text (a README), whose every label is kept. */
  constructor(private readonly platformText = false) {}

  write(text: string): void {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      this.line(this.carry + text.slice(start, nl));
      this.carry = '';
      start = nl + 1;
    }
    if (this.overlong) return;
    this.carry += text.slice(start);
    if (this.carry.length > LINE_MAX) {
      this.carry = '';
      this.overlong = true;
    }
  }

  private line(raw: string): void {
    this.lines++;
    if (this.overlong) {
      this.overlong = false;
      return;
    }
    const m = LABEL_LINE.exec(raw.replace(/\r$/, ''));
    if (m) this.labels.add(m[1] ?? '', (m[2] ?? '').trim());
  }

  end(): string[] {
    if (this.carry !== '' || this.overlong) this.line(this.carry);
    this.carry = '';
    const keep = this.platformText || this.lines <= SINGLETON_LINES;
    return [`lines: ${this.lines}`, `labels: ${this.labels.render(keep)}`];
  }
}

export class CsvShapeBuilder {
  private readonly parser: CsvParser;
  private header: string[] | null = null;
  private rows = 0;
  private readonly columns = new LabelSet();

  constructor(member: string) {
    this.parser = new CsvParser(member);
  }

  write(text: string): void {
    for (const r of this.parser.push(text)) this.record(r);
  }

  private record(r: CsvRecord): void {
    if (this.header === null) {
      this.header = r.cells.slice(0, MAX_LABELS);
      for (const h of this.header) this.columns.add(h, '');
      return;
    }
    this.rows++;
    this.header.forEach((h, i) => this.columns.add(h, r.cells[i] ?? ''));
  }

  end(): string[] {
    for (const r of this.parser.end()) this.record(r);
    // Columns come from the header line: all are structure.
    return [`rows: ${this.rows}`, `columns: ${this.columns.render(true)}`];
  }
}
