// Kill-at-random-moments harness shared by the crash test and the benchmark. Each round hands a
// pre-loaded child (see autosaveChild.ts) the data folder, lets it autosave, SIGKILLs it at a random
// moment, and then checks a copy of the files exactly as the next start would find them:
// integrity_check and the FTS index are intact, and every section holds the last save the child
// reported as committed, or a later one it wrote — complete, never older.
import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_FILE } from '../../../../electron/services/store';
import { bodyFor, saveOf } from './payload';

const CHILD_SCRIPT = fileURLToPath(new URL('./autosaveChild.ts', import.meta.url));
const REPO_ROOT = resolve(dirname(CHILD_SCRIPT), '../../../..');
const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'nianbao-crash');
/** The child, bundled once per run into plain JS: starting it costs a third of `--import tsx`,
 *  and spawn cost is what bounds the kills per minute. Kept under node_modules so that
 *  better-sqlite3 (left external: it is a native addon) resolves as usual. */
const bundles = new Map<string, Promise<string>>();
/** A child script (next to this file), bundled once per run into plain JS: starting it costs a
 *  third of `--import tsx`, and spawn cost is what bounds the kills per minute. Kept under
 *  node_modules so that better-sqlite3 (left external: it is a native addon) resolves as usual. */
export function bundleChild(script = CHILD_SCRIPT): Promise<string> {
  let bundled = bundles.get(script);
  if (!bundled) {
    const outfile = join(CACHE, `${basename(script, '.ts')}.mjs`);
    bundled = build({ entryPoints: [script], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['better-sqlite3'], logLevel: 'error' }).then(() => outfile);
    bundles.set(script, bundled);
  }
  return bundled;
}

/** Each round's saves are numbered from round × SEQ_STRIDE, so a later save has a larger number. */
const SEQ_STRIDE = 1_000_000;

export interface CrashOptions {
  kills: number;
  /** The data folder every child opens, reused across rounds. */
  dataDir: string;
  /** Upper bound of the random delay between the first commit and the kill. */
  maxDelayMs?: number;
  /** Children loading in the background while the current one runs (spawn cost dominates). */
  standby?: number;
  seed?: number;
  onRound?: (round: number, result: CrashResult) => void;
}

export interface CrashResult {
  kills: number;
  failures: string[];
  /** Saves the children reported as committed, over all rounds. */
  commits: number;
  /** Kills that landed before the child's first commit (during start-up or recovery). */
  earlyKills: number;
  seed: number;
  elapsedMs: number;
}

/** mulberry32: a seeded generator, so a failing run can be repeated with CRASH_SEED. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Child {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private partial = '';
  private waiters: Array<() => void> = [];

  constructor(bundled: string, dataDir: string) {
    this.proc = spawn(process.execPath, [bundled, dataDir], { cwd: REPO_ROOT, stdio: 'pipe' });
    this.proc.stdout.setEncoding('utf8');
    this.proc.stderr.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop()!;
      this.lines.push(...parts);
      for (const w of this.waiters.splice(0)) w();
    });
    this.proc.stderr.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    // 'close' fires after stdout is drained: every line the child wrote before dying is in.
    this.exited = new Promise((done) => this.proc.on('close', (code, signal) => done({ code, signal })));
    this.exited.then(() => {
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves when a line matches, rejects on timeout or if the child ends first. */
  async waitFor(match: (line: string) => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let ended = false;
    void this.exited.then(() => {
      ended = true;
    });
    while (!this.lines.some(match)) {
      if (ended) throw new Error(`child ended before the expected line; stderr: ${this.stderr.slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for the child; stderr: ${this.stderr.slice(-2000)}`);
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(Math.min(left, 1000))]);
    }
  }

  send(line: string): void {
    this.proc.stdin.write(`${line}\n`);
  }
}

/** A copy of the data folder's database with its -wal and -shm, as the next start would find
 *  them — so the real folder keeps its hot -wal for the next child's start-up to recover. Null when
 *  there is no database yet. */
export function copyDatabase(dataDir: string, scratchDir: string): string | null {
  const source = join(dataDir, DB_FILE);
  if (!existsSync(source)) return null;
  const copy = join(scratchDir, DB_FILE);
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(copy + suffix, { force: true });
    if (existsSync(source + suffix)) copyFileSync(source + suffix, copy + suffix);
  }
  return copy;
}

/** Checks a copy of the data folder's database as the next start would see it. */
export function checkAfterKill(dataDir: string, scratchDir: string, committed: ReadonlyMap<number, number>, seqLimit: number): string[] {
  const problems: string[] = [];
  if (existsSync(join(dataDir, 'corrupt'))) problems.push('a start-up found the database corrupt and restored a backup');
  const copy = copyDatabase(dataDir, scratchDir);
  if (!copy) return committed.size > 0 ? ['the database file is gone'] : problems;
  const db = new Database(copy);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return [...problems, `integrity_check: ${String(integrity)}`];
    // Killed before the first migration committed: no schema yet, which is fine before any save.
    const hasSchema = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sections'").get() as { n: number };
    if (hasSchema.n === 0) return committed.size > 0 ? [...problems, 'schema missing after commits'] : problems;
    try {
      db.prepare("INSERT INTO sections_fts(sections_fts) VALUES ('integrity-check')").run();
    } catch (err) {
      problems.push(`full-text index does not match the sections: ${(err as Error).message}`);
    }
    const reports = db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number };
    if (reports.n > 1) problems.push(`${reports.n} reports: the one-time creation ran twice`);
    const rows = db.prepare('SELECT id, body FROM sections').all() as Array<{ id: number; body: string }>;
    const latestRevision = db.prepare('SELECT body FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT 1');
    const bodies = new Map(rows.map((r) => [r.id, r.body]));
    for (const [id, seq] of committed) {
      if (!bodies.has(id)) problems.push(`section ${id}: committed save ${seq} but the section is missing`);
    }
    for (const { id, body } of rows) {
      const must = committed.get(id);
      if (body === '') {
        if (must !== undefined) problems.push(`section ${id}: empty, but save ${must} was committed`);
        continue;
      }
      const save = saveOf(body);
      if (!save || save.sectionId !== id) {
        problems.push(`section ${id}: a body that is none of the child's saves: ${body.slice(0, 40)}`);
        continue;
      }
      if (must !== undefined && save.seq < must) problems.push(`section ${id}: holds save ${save.seq}, older than committed save ${must}`);
      if (save.seq >= seqLimit) problems.push(`section ${id}: holds save ${save.seq}, which no child wrote yet`);
      if (body !== bodyFor(id, save.seq)) problems.push(`section ${id}: save ${save.seq} is incomplete or mixed (${body.length} chars)`);
      const rev = latestRevision.get(id) as { body: string } | undefined;
      if (rev?.body !== body) problems.push(`section ${id}: its latest revision does not match the text (same transaction)`);
    }
  } finally {
    db.close();
  }
  return problems;
}

export async function runCrashKills(options: CrashOptions): Promise<CrashResult> {
  const bundled = await bundleChild();
  const seed = options.seed ?? (Date.now() & 0x7fffffff);
  const random = rng(seed);
  const maxDelay = options.maxDelayMs ?? 60;
  const standbyCount = Math.max(1, options.standby ?? 2);
  const scratch = mkdtempSync(join(tmpdir(), '年报 崩溃校验 '));
  const committed = new Map<number, number>();
  const result: CrashResult = { kills: 0, failures: [], commits: 0, earlyKills: 0, seed, elapsedMs: 0 };
  const started = Date.now();
  const standby: Child[] = [];
  let spawned = 0;
  const refill = () => {
    while (standby.length < standbyCount && spawned < options.kills) {
      standby.push(new Child(bundled, options.dataDir));
      spawned++;
    }
  };
  try {
    refill();
    for (let round = 0; round < options.kills; round++) {
      const child = standby.shift()!;
      refill();
      const fail = (msg: string) => result.failures.push(`round ${round} (seed ${seed}): ${msg}`);
      try {
        await child.waitFor((l) => l === 'loaded', 120_000);
        child.send(`go ${round * SEQ_STRIDE}`);
        // Mostly after the first commit, as asked; one round in eight at any moment after `go`,
        // which lands in start-up: the probe, WAL recovery, the start-up backup, the first save.
        if (random() < 1 / 8) {
          await sleep(random() * 40);
        } else {
          await child.waitFor((l) => l.startsWith('committed '), 60_000);
          await sleep(random() * maxDelay);
        }
      } catch (err) {
        fail((err as Error).message);
      }
      child.proc.kill('SIGKILL');
      const { signal, code } = await child.exited;
      result.kills++;
      if (signal !== 'SIGKILL') fail(`child ended by itself (code ${code}): ${child.stderr.slice(-2000)}`);
      let any = false;
      for (const line of child.lines) {
        const m = /^committed (\d+) (\d+)$/.exec(line);
        if (!m) continue;
        any = true;
        result.commits++;
        committed.set(Number(m[1]), Number(m[2]));
      }
      if (!any) result.earlyKills++;
      for (const p of checkAfterKill(options.dataDir, scratch, committed, (round + 1) * SEQ_STRIDE)) fail(p);
      options.onRound?.(round, result);
      if (result.failures.length > 20) break;
    }
  } finally {
    for (const c of standby) c.proc.kill('SIGKILL');
    await Promise.all(standby.map((c) => c.exited));
    rmSync(scratch, { recursive: true, force: true });
  }
  result.elapsedMs = Date.now() - started;
  return result;
}
