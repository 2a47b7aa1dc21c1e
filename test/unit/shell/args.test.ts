import { describe, expect, it } from 'vitest';
import { ArgsError, boolOpt, intOpt, parseArgs, stringOpt } from '../../../electron/cli/args';

const specs = {
  db: { type: 'string' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  json: { type: 'boolean', short: 'j' },
  out: { type: 'string', short: 'o' },
  source: { type: 'string', multiple: true },
} as const;

describe('parseArgs', () => {
  it('reads --name value, --name=value, booleans, shorts and positionals', () => {
    const a = parseArgs(['a.zip', '--db', '/x.db', '--port=0', '--open', '-j', '-o', 'r.html', 'b.zip'], specs);
    expect(a.values).toEqual({ db: '/x.db', port: '0', open: true, json: true, out: 'r.html' });
    expect(a.positionals).toEqual(['a.zip', 'b.zip']);
  });

  it('--no-flag sets a boolean false; absent options are absent', () => {
    const a = parseArgs(['--no-open'], specs);
    expect(a.values).toEqual({ open: false });
    expect(boolOpt(a, 'open', true)).toBe(false);
    expect(boolOpt(parseArgs([], specs), 'open', true)).toBe(true);
    expect(stringOpt(a, 'db')).toBeUndefined();
  });

  it('-- ends options', () => {
    expect(parseArgs(['--json', '--', '--db', '-x'], specs)).toEqual({ values: { json: true }, positionals: ['--db', '-x'] });
  });

  it('collects repeated multiple options', () => {
    expect(parseArgs(['--source', 'a', '--source=b'], specs).values.source).toEqual(['a', 'b']);
  });

  it('a lone "-" is a positional (stdin convention)', () => {
    expect(parseArgs(['-'], specs).positionals).toEqual(['-']);
  });

  it('errors on unknown options, missing values and values for booleans', () => {
    expect(() => parseArgs(['--nope'], specs)).toThrow(ArgsError);
    expect(() => parseArgs(['-x'], specs)).toThrow(/Unknown option -x/);
    expect(() => parseArgs(['--db'], specs)).toThrow(/needs a value/);
    expect(() => parseArgs(['--db', '--json'], specs)).toThrow(/needs a value/);
    expect(() => parseArgs(['--json=1'], specs)).toThrow(/takes no value/);
    expect(() => parseArgs(['--no-db'], specs)).toThrow(/Unknown option/);
    expect(() => parseArgs(['-jo'], specs)).toThrow(ArgsError);
    expect(() => parseArgs(['--__proto__', 'x'], specs)).toThrow(/Unknown option/);
    expect(() => parseArgs(['--toString', 'x'], specs)).toThrow(/Unknown option/);
  });

  it('intOpt validates ranges', () => {
    expect(intOpt(parseArgs(['--port', '8080'], specs), 'port', 0, 65535)).toBe(8080);
    expect(intOpt(parseArgs([], specs), 'port', 0, 65535)).toBeUndefined();
    expect(() => intOpt(parseArgs(['--port', '70000'], specs), 'port', 0, 65535)).toThrow(/between/);
    expect(() => intOpt(parseArgs(['--port', '-1'], specs), 'port', 0, 65535)).toThrow(ArgsError);
    expect(() => intOpt(parseArgs(['--port=1e3'], specs), 'port', 0, 65535)).toThrow(/whole number/);
  });
});
