/**
 * Runs shell commands side by side and exits non-zero if any of them fails. `npm test` uses it to run
 * the unit tests beside the build (then `astro check` beside the PDF), and the accessibility and build
 * checks beside the browser tests: together they use the machine's cores.
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage: node tools/run-parallel.ts "<command>" "<command>" …');
  process.exit(2);
}
const codes = await Promise.all(
  commands.map(
    (command) =>
      new Promise<number>((resolve) =>
        spawn(command, { shell: true, stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)),
      ),
  ),
);
codes.forEach((code, i) => {
  if (code !== 0) console.error(`Failed (exit ${code}): ${commands[i]}`);
});
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
