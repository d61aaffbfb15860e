// The project's own scripts, timed: `ensureNative.mjs node` on a checkout whose better-sqlite3 is
// already right (it runs before every `npm test` and `npm run bench`), and electron's installer
// watched by `npm start` giving up on a mirror that accepts the connection and never answers
// (stall limit 1.5 s). The unit tests (test/packaging/ensureNative.test.ts, start.test.ts) prove
// what they do; these measure how soon.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { installElectron } from '../../../scripts/electronBinary.mjs';
import { electronProject, installerEnv } from '../../packaging/electronProject';
import { round } from '../stats';
import type { BenchCase } from '../types';

const NOOP_TARGET_MS = 5000;
const STALL_MS = 1500;
const STALL_TARGET_MS = 30_000;

export const benchCases: BenchCase[] = [
  {
    name: 'ensure-native-noop',
    description: `\`node scripts/ensureNative.mjs node\` when nothing needs rebuilding; target ≤ ${NOOP_TARGET_MS} ms`,
    async run(ctx) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [path.join(ctx.repoRoot, 'scripts/ensureNative.mjs'), 'node'], { encoding: 'utf8' });
      const ms = performance.now() - started;
      const noop = result.status === 0 && /无需重建/.test(result.stdout);
      return { case: 'ensure-native-noop', ms: round(ms, 0), noop, target_max_ms: NOOP_TARGET_MS, ok: noop && ms <= NOOP_TARGET_MS };
    },
  },
  {
    name: 'electron-stall',
    description: `electron's installer given up on a silent mirror (stall limit ${STALL_MS} ms); target ≤ ${STALL_TARGET_MS} ms`,
    async run(ctx) {
      const project = electronProject(ctx.repoRoot, ctx.tempDir('nianbao-electron'));
      const server = createServer(() => undefined);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
        const started = performance.now();
        const result = await installElectron({ root: project, env: installerEnv(ctx.tempDir('nianbao-electron-cache'), { ELECTRON_MIRROR: mirror }), stallMs: STALL_MS });
        const ms = performance.now() - started;
        const stalled = !result.ok && result.reason === 'stalled';
        return { case: 'electron-stall', ms: round(ms, 0), stalled, target_max_ms: STALL_TARGET_MS, ok: stalled && ms <= STALL_TARGET_MS };
      } finally {
        server.closeAllConnections();
        server.close();
      }
    },
  },
];
