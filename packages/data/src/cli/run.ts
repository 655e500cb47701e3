import { parseArgs } from 'node:util';
import { KzDataError, meta } from '@kzprotest/data';
import { commands } from './commands.js';
import { HELP, UsageError } from './usage.js';

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function run(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out(HELP);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (name === '-v' || name === '--version') {
      if (rest.length) throw new UsageError(`${name} takes no arguments, got "${rest.join(' ')}"`);
      out(`${meta.name} ${meta.version} (data built ${meta.builtAt})`);
      return 0;
    }
    if (!command) throw new UsageError(`unknown command "${name}"; the commands are: ${Object.keys(commands).join(', ')}`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, '')} (kzprotest ${name})`);
    }
    if (parsed.values.help) {
      out(HELP);
      return 0;
    }
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, out);
  } catch (error) {
    const message = shortenArguments((error as Error).message, argv);
    if (error instanceof UsageError) {
      err(`kzprotest: ${message}\nRun "kzprotest --help" for usage.`);
      return 2;
    }
    if (error instanceof KzDataError) {
      err(`kzprotest: ${message}`);
      return error.code === 'INVALID_DATE' || error.code === 'INVALID_ARGUMENT' ? 2 : 1;
    }
    err(`kzprotest: ${message}`);
    return 1;
  }
}

/** The longest argument an error message repeats in full; past it, the start and the length. */
export const MAX_SHOWN_ARGUMENT = 80;

/**
 * An error message with every overlong argument it repeats cut to its start and its length, so a
 * pasted file or a runaway script does not flood the terminal.
 * @example shortenArguments('unknown command "aaaa…"', ['a'.repeat(9000)])
 */
export function shortenArguments(message: string, argv: readonly string[]): string {
  // the name and the value of --name=value too, as parseArgs quotes them apart
  const long = argv.flatMap((a) => [a, a.replace(/^--?[^=]+=/s, ''), a.replace(/^(--?[^=]+)=.*$/s, '$1')]).filter((a) => a.length > MAX_SHOWN_ARGUMENT);
  let shortened = message;
  for (const arg of [...new Set(long)].sort((a, b) => b.length - a.length)) {
    shortened = shortened.split(arg).join(`${arg.slice(0, MAX_SHOWN_ARGUMENT)}… (${arg.length.toLocaleString('en')} characters)`);
  }
  return shortened;
}
