// Where the data lives: the app's user-data folder, unless --data-dir or NIANBAO_DATA_DIR says
// otherwise (tests, the CLI, a portable install on a USB stick).
import { resolve } from 'node:path';

export const DATA_DIR_ENV = 'NIANBAO_DATA_DIR';

export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data-dir') return argv[i + 1];
    if (a.startsWith('--data-dir=')) return a.slice('--data-dir='.length);
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[], env: Record<string, string | undefined>, fallback: string): string {
  const chosen = dataDirFromArgs(argv) || env[DATA_DIR_ENV] || fallback;
  return resolve(chosen);
}
