// The crash-test children's side of the protocol with harness.ts: the data folder from argv, say
// `loaded`, wait for `go <n>` on stdin (so the parent can spawn the next child while checking the
// previous one), then work; lines go to stdout as they happen. A child whose parent is gone exits.
import { createInterface } from 'node:readline';

/** Writes to a pipe are synchronous on Linux: once write() returns the line is the parent's to
 *  read, even if this process is killed on the next instruction. */
export const say = (line: string) => process.stdout.write(`${line}\n`);

/** The data folder and the first sequence number the parent gave with `go`. */
export async function awaitGo(script: string): Promise<{ dataDir: string; first: number }> {
  const dataDir = process.argv[2];
  if (!dataDir) {
    process.stderr.write(`usage: ${script} <dataDir>\n`);
    process.exit(2);
  }
  const lines = createInterface({ input: process.stdin });
  // An orphan (parent gone) must not run forever.
  lines.on('close', () => process.exit(0));
  setTimeout(() => process.exit(3), 120_000).unref();
  const first = await new Promise<number>((resolve) => {
    lines.on('line', (line) => {
      const m = /^go (\d+)$/.exec(line.trim());
      if (m) resolve(Number(m[1]));
    });
    say('loaded');
  });
  return { dataDir, first };
}
