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
  if (name === '-v' || name === '--version') {
    out(`${meta.name} ${meta.version} (data built ${meta.builtAt})`);
    return 0;
  }
  const command = commands[name];
  try {
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
    if (error instanceof UsageError) {
      err(`kzprotest: ${error.message}\nRun "kzprotest --help" for usage.`);
      return 2;
    }
    if (error instanceof KzDataError) {
      err(`kzprotest: ${error.message}`);
      return error.code === 'INVALID_DATE' || error.code === 'INVALID_ARGUMENT' ? 2 : 1;
    }
    err(`kzprotest: ${(error as Error).message}`);
    return 1;
  }
}
