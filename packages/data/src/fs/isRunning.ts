/** Whether a process with this id is running (EPERM: running, as another user). @example isRunning(process.pid) // true */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
