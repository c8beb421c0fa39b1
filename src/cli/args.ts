/**
 * A small command-line argument reader: `--flag value`, `--flag=value`, boolean
 * `--flag`, and positionals. No dependency: the CLI stays quick to start.
 */
import { parseDate, type Day } from '../core/dates';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
  /** Options that may be given more than once (`--previous a.xlsx --previous b.xlsx`), in order. */
  readonly multi: Map<string, string[]>;
}

/** `valueOptions` take a value; `flagOptions` don't; `multiOptions` take a value and may be repeated. Anything else is a usage error. */
export function parseArgs(argv: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[], multiOptions: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const multi = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a !== '-' && a !== '-h') throw new UsageError(`Unknown option "${a}". Options start with two dashes, e.g. --as-of.`);
      if (a === '-h') flags.add('help');
      else positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (multiOptions.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
      multi.set(name, [...(multi.get(name) ?? []), value]);
    } else if (valueOptions.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
      options.set(name, value);
    } else if (flagOptions.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value.`);
      flags.add(name);
    } else {
      throw new UsageError(`Unknown option "--${name}". Run with --help to see the options.`);
    }
  }
  return { positionals, options, flags, multi };
}

/** A date option: ISO (2025-09-30) or UK (30/09/2025). */
export function dateOption(args: ParsedArgs, name: string): Day | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  const p = parseDate(v);
  if (!p.ok) throw new UsageError(`--${name} should be a date such as 2025-09-30 or 30/09/2025; found "${v}".`);
  return p.day;
}
