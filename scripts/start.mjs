#!/usr/bin/env node
// `npm start`: build what is needed, then serve the course's production build on
// http://localhost:3000 (local search only works there); without a course, show the data's stats.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const hasCourse = existsSync(new URL('../apps/course/package.json', import.meta.url));
run('npx', ['turbo', 'run', 'build', ...(hasCourse ? ['--filter=course...'] : ['--filter=@kzprotest/data'])]);
if (hasCourse) run('npm', ['run', 'serve', '-w', 'course', '--', '--port', process.env.PORT ?? '3000', '--host', process.env.HOST ?? 'localhost']);
else run('npx', ['kzprotest', 'stats']);
