/**
 * One build at a time, and `dist/` replaced whole: a build writes into `dist.building-<pid>/`
 * beside `dist/` and swaps it in only when everything (data and tsup's bundles) is there. A
 * build killed at any moment leaves the last good `dist/`; a second build waits for the first.
 */
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from '../fs/isRunning.js';

const LOCK = 'dist.lock';
const BUILDING = 'dist.building-';
const PREVIOUS = 'dist.previous-';

const readHolder = (path: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

/** A build in progress that holds the lock: write into `folder`, then `commit()`, and `release()` in any case. */
export interface DistBuild {
  /** The temporary folder beside dist/ that becomes dist/ on commit. */
  folder: string;
  commit(): void;
  release(): void;
}

/**
 * Take the build lock of `packageDir` (`dist.lock`, holding the builder's pid), waiting while a
 * running build holds it and taking over a lock whose process is gone. Then repair what a killed
 * build left: a dist/ moved aside but not yet replaced is put back, temporary folders removed.
 * @example const build = await beginDistBuild(dir); try { write(build.folder); build.commit() } finally { build.release() }
 */
export async function beginDistBuild(packageDir: string, options: { waitMs?: number; log?: (line: string) => void } = {}): Promise<DistBuild> {
  const log = options.log ?? ((line: string) => console.error(line));
  const lock = join(packageDir, LOCK);
  const deadline = Date.now() + (options.waitMs ?? 10 * 60_000);
  // the pid goes in before the lock exists under its name, so no one ever reads an empty lock
  const mine = join(packageDir, `${LOCK}.${process.pid}`);
  writeFileSync(mine, `${process.pid}\n`);
  let waitingFor: number | undefined;
  try {
    for (;;) {
      try {
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lock);
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
        if (waitingFor !== holder) log(`build: waiting for the build of pid ${holder} to finish (${LOCK})`);
        waitingFor = holder;
        if (Date.now() >= deadline) {
          throw new Error(`another build (pid ${holder}) still holds ${lock}; if no build is running, delete that file`);
        }
        await sleep(200);
        continue;
      }
      // moved aside first, so of two builds that both find it stale only one removes it
      const aside = join(packageDir, `${LOCK}.stale-${process.pid}`);
      try {
        renameSync(lock, aside);
      } catch {
        continue; // someone else moved it first
      }
      const moved = readHolder(aside);
      if (moved !== undefined && moved !== holder && isRunning(moved)) {
        // a live build took the lock between our look and our move: give it back
        try {
          linkSync(aside, lock);
        } catch {
          // a third build took it meanwhile; it holds the lock now
        }
        unlinkSync(aside);
        continue;
      }
      unlinkSync(aside);
      log(`build: removed a stale ${LOCK} of pid ${holder ?? '(unreadable)'}, which is no longer running`);
    }
  } finally {
    unlinkSync(mine);
  }

  repairAfterKilledBuild(packageDir, log);
  const folder = join(packageDir, `${BUILDING}${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  const dist = join(packageDir, 'dist');
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(folder, { recursive: true, force: true });
    if (readHolder(lock) === process.pid) unlinkSync(lock);
  };
  // Ctrl-C or a plain kill: the process dies without running `finally`, so clean up here
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
  return {
    folder,
    commit() {
      if (readHolder(lock) !== process.pid) throw new Error(`${LOCK} no longer names this build (pid ${process.pid}); dist/ was left as it was`);
      if (existsSync(dist)) {
        const previous = join(packageDir, `${PREVIOUS}${process.pid}`);
        renameSync(dist, previous);
        // a kill between these two renames leaves dist/ missing: the next build puts `previous` back
        renameSync(folder, dist);
        rmSync(previous, { recursive: true, force: true });
      } else renameSync(folder, dist);
    },
    release() {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, onSignal);
      release();
    },
  };
}

/** Called with the lock held, so every temporary folder found belongs to a build that is gone. */
function repairAfterKilledBuild(packageDir: string, log: (line: string) => void): void {
  const dist = join(packageDir, 'dist');
  const deadLockFile = (n: string) => {
    const m = /^dist\.lock\.(?:stale-)?(\d+)$/.exec(n);
    return m !== null && !isRunning(Number(m[1]));
  };
  const leftovers = readdirSync(packageDir).filter((n) => n.startsWith(BUILDING) || n.startsWith(PREVIOUS) || deadLockFile(n));
  const previous = leftovers
    .filter((n) => n.startsWith(PREVIOUS))
    .map((n) => ({ n, mtime: statSync(join(packageDir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0];
  if (!existsSync(dist) && previous) {
    renameSync(join(packageDir, previous.n), dist);
    log(`build: put back dist/ from ${previous.n}, left by a build killed while swapping`);
  }
  for (const n of leftovers) rmSync(join(packageDir, n), { recursive: true, force: true });
}
