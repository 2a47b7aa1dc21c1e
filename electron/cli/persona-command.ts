/**
 * `whereabouts persona list [--json]`: the synthetic workshop personas, and the `--persona ID`
 * option that analyze, report and serve accept wherever export paths go.
 */
import { personaList, PERSONAS } from '../core/personas/catalogue';
import { PersonaError, personaPaths } from '../core/personas/paths';
import { ArgsError, boolOpt, parseArgs, type ParsedArgs } from './args';
import { processIo, type CliIo, type Command } from './command';

export const PERSONA_USAGE = `Usage: whereabouts persona list [--json]

Lists the synthetic people bundled for workshops: their id, name, platforms and a short story a
facilitator can tell. Load one with --persona ID in analyze, report or serve. Their exports are
made by seeded generators: nobody's real data, and every source from them is marked synthetic.

  --json   print [{id, name, platforms, story}]`;

export function createPersonaCommand(io: CliIo = processIo): Command {
  return {
    name: 'persona',
    summary: 'List the synthetic workshop personas (load one with --persona ID)',
    usage: PERSONA_USAGE,
    async run(argv) {
      const args = parseArgs(argv, { json: { type: 'boolean' } });
      const [sub, ...rest] = args.positionals;
      if (sub !== 'list') throw new ArgsError(sub === undefined ? 'Say what to do: whereabouts persona list.' : `Unknown persona command "${sub}"; the only one is list.`);
      if (rest.length > 0) throw new ArgsError(`Unexpected argument "${rest[0]}".`);
      if (boolOpt(args, 'json', false)) {
        io.out(JSON.stringify(personaList(), null, 2));
        return 0;
      }
      for (const p of PERSONAS) {
        io.out(`${p.id}  —  ${p.name}  (${p.platforms.join(', ')})`);
        io.out(`  ${p.story}`);
        io.out('');
      }
      io.out('Load one: whereabouts analyze --persona ID, whereabouts report --persona ID …, whereabouts serve --persona ID');
      return 0;
    },
  };
}

/** The `--persona` option spec (repeatable) for commands that take export paths. */
export const PERSONA_OPTION = { persona: { type: 'string', multiple: true } } as const;

/** The export paths of every `--persona ID` given, in order; a usage error names the known ids. */
export function personaPathsFromArgs(args: ParsedArgs, resourcesDir: string): string[] {
  const v = args.values.persona;
  const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  const out: string[] = [];
  for (const id of ids) {
    try {
      out.push(...personaPaths(resourcesDir, id));
    } catch (err) {
      // An unknown id is a usage error (exit 2); a persona that is not built is a failure (exit 1).
      if (err instanceof PersonaError && !PERSONAS.some((p) => p.id === id)) throw new ArgsError(err.message);
      throw err;
    }
  }
  return out;
}
