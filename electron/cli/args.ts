/**
 * A tiny argv parser for the CLI commands: `--name value`, `--name=value`, boolean `--flag` and
 * `--no-flag`, short aliases (`-h`), positionals, and `--` to end options. Unknown options and
 * missing values are errors (ArgsError), so a typo never silently changes what runs.
 */
export type OptionType = 'string' | 'boolean';

export interface OptionSpec {
  type: OptionType;
  /** One-letter alias, without the dash. */
  short?: string;
  /** Allowed more than once (strings only); the values are collected in order. */
  multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type ParsedValue = string | boolean | string[];

export interface ParsedArgs {
  /** Only options that were given appear here. */
  values: Record<string, ParsedValue>;
  positionals: string[];
}

export class ArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgsError';
  }
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const values: Record<string, ParsedValue> = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);

  const set = (name: string, spec: OptionSpec, value: string | boolean): void => {
    if (spec.multiple && typeof value === 'string') {
      const prev = values[name];
      values[name] = Array.isArray(prev) ? [...prev, value] : [value];
    } else {
      values[name] = value;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      if (arg.length !== 2) throw new ArgsError(`Unknown option ${arg} (combine short options separately).`);
      const long = byShort.get(arg.slice(1));
      if (long === undefined) throw new ArgsError(`Unknown option ${arg}.`);
      name = long;
    }
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined && name.startsWith('no-')) {
      const base = name.slice(3);
      const baseSpec = Object.hasOwn(specs, base) ? specs[base] : undefined;
      if (baseSpec?.type === 'boolean' && inline === undefined) {
        set(base, baseSpec, false);
        continue;
      }
    }
    if (spec === undefined) throw new ArgsError(`Unknown option --${name}.`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new ArgsError(`--${name} takes no value.`);
      set(name, spec, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new ArgsError(`--${name} needs a value.`);
      value = next;
      i++;
    }
    set(name, spec, value);
  }
  return { values, positionals };
}

/** Typed readers for parsed values. */
export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(args: ParsedArgs, name: string, fallback: boolean): boolean {
  const v = args.values[name];
  return typeof v === 'boolean' ? v : fallback;
}

/** An integer option within [min, max]; ArgsError otherwise. */
export function intOpt(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new ArgsError(`--${name} must be a whole number, got "${v}".`);
  const n = Number(v);
  if (n < min || n > max) throw new ArgsError(`--${name} must be between ${min} and ${max}, got ${n}.`);
  return n;
}
