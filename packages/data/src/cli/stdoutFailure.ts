/**
 * What the CLI does when standard output fails. EPIPE means the reader is gone on purpose
 * (`| head` has what it wanted), as for any Unix tool: no message, exit 0. Anything else (a
 * full disk behind `> file`) lost output the user asked for: a clear message, exit 1.
 * @example stdoutFailure(Object.assign(new Error(), { code: 'EPIPE' })) // { exitCode: 0 }
 */
export function stdoutFailure(error: NodeJS.ErrnoException): { exitCode: number; message?: string } {
  if (error.code === 'EPIPE') return { exitCode: 0 };
  const why = error.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : error.message;
  return { exitCode: 1, message: `kzprotest: could not write to standard output: ${why}; the output is incomplete` };
}
