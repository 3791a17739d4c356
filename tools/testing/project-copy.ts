import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';

/** What a copy of the course needs to build: a fork holds the same. */
const COPIED = ['package.json', 'astro.config.mjs', 'course.config.ts', 'tsconfig.json', 'src', 'public'];
/** Inside the project, so that the copies find its node_modules the way Node resolves packages. */
const COPIES = join(ROOT, 'test-results', 'copies');

export interface BuiltCopy {
  /** The copy's folder; its build is in `dist/` there, if the build left one. */
  dir: string;
  /** The build's exit status. */
  status: number | null;
  /** What the build printed, colours removed. */
  output: string;
  /** Whether the build left a `dist/`. */
  dist: boolean;
  remove: () => void;
}

export interface CopyOptions {
  /** Names the copy's folder. */
  name: string;
  /** A folder of files laid over the copy (a broken page, say). */
  overlay?: string;
  /** Environment of the build, on top of the test's own. */
  env?: Record<string, string>;
  /** Runs on the copy before it is built. */
  prepare?: (dir: string) => void;
}

/** A copy of the course, as a fork or a teacher's checkout holds it, built with the README's build command. */
export async function buildCopy({ name, overlay, env = {}, prepare }: CopyOptions): Promise<BuiltCopy> {
  mkdirSync(COPIES, { recursive: true });
  const dir = mkdtempSync(join(COPIES, `${name}-`));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  prepare?.(dir);
  const child = spawn('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    dir,
    status,
    output: output.replace(/\x1b\[[0-9;]*m/g, ''),
    dist: existsSync(join(dir, 'dist')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
