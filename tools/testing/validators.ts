import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './site.ts';

/** The IMS QTI 1.2 schema kept in the repository (see `tests/schemas/README.md`). */
export const QTI_SCHEMA = join(ROOT, 'tests/schemas/qti/ims_qtiasiv1p2.xsd');

/**
 * Debian's EPUBCheck. Its `/usr/bin/epubcheck` is the jar itself, which runs only where the kernel
 * hands jars to Java (binfmt_misc, often missing in containers): the tests run the jar with Java.
 */
const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/** Runs a checker that a Debian package provides; a missing one fails with the package to install. */
function run(checker: string, command: string[], debianPackage: string, needs: string[] = []) {
  const [program, ...args] = command;
  const result = spawnSync(program!, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (missing || !needs.every((file) => existsSync(file))) {
    throw new Error(
      `${checker} is missing: install Debian's ${debianPackage} (\`apt-get install -y ${debianPackage}\`), as .ci/run does.`,
    );
  }
  return result;
}

/** `xmllint --schema`: the files' validation messages, empty when every file validates. */
export function xmllintErrors(schema: string, files: string[]): string[] {
  const result = run(
    'xmllint',
    ['xmllint', '--noout', '--nonet', '--schema', schema, ...files],
    'libxml2-utils',
  );
  return result.status === 0
    ? []
    : result.stderr.split('\n').filter((line) => line && !line.endsWith(' validates'));
}

export interface EpubcheckMessage {
  severity: string;
  ID: string;
  message: string;
  locations: Array<{ path: string; line: number }>;
}

/** EPUBCheck's messages on a book (Debian's `epubcheck`), every severity. */
export function epubcheckMessages(epub: string): EpubcheckMessage[] {
  const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
  try {
    const report = join(dir, 'report.json');
    const result = run('EPUBCheck', ['java', '-jar', EPUBCHECK_JAR, epub, '--json', report], 'epubcheck', [
      EPUBCHECK_JAR,
    ]);
    try {
      return (JSON.parse(readFileSync(report, 'utf8')) as { messages: EpubcheckMessage[] }).messages;
    } catch {
      throw new Error(`EPUBCheck wrote no report:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
