import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import { run } from './run.js';
import { stdoutFailure } from './stdoutFailure.js';
import { writeAll } from '../fs/writeFileSafely.js';

function failed(error: NodeJS.ErrnoException): never {
  const failure = stdoutFailure(error);
  if (failure.message) process.stderr.write(`${failure.message}\n`);
  // what was left to print can never arrive, so there is nothing to wait for
  process.exit(failure.exitCode);
}

/**
 * Node writes stdout to a file or device synchronously and ignores a short write (a disk
 * filling up mid-write), so there the CLI writes itself and checks every byte; pipes and
 * terminals go through process.stdout, whose errors arrive as events.
 */
function stdoutWriter(): (text: string) => void {
  let direct = false;
  try {
    const stats = fstatSync(1);
    direct = !isatty(1) && (stats.isFile() || stats.isCharacterDevice() || stats.isBlockDevice());
  } catch {
    // no stdout to inspect (closed): process.stdout reports what happens
  }
  if (direct) {
    return (text) => {
      try {
        writeAll(1, Buffer.from(`${text}\n`, 'utf8'));
      } catch (error) {
        failed(error as NodeJS.ErrnoException);
      }
    };
  }
  process.stdout.on('error', failed);
  return (text) => process.stdout.write(`${text}\n`);
}

process.exitCode = await run(process.argv.slice(2), stdoutWriter(), (t) => process.stderr.write(`${t}\n`));
