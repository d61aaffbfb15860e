// The e2e harness: the app in real Chromium (browserApp.ts) with the test lifecycle around it.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeEach } from 'vitest';
import type { CallName } from '../../shared/api';
import { PlatformStub } from '../electron/services/export/platformStub';
import { makeTempDir } from '../helpers/tempDir';
import { launchApp, stopShared, type E2EApp, type LaunchOptions } from './browserApp';

export { launchApp, stopShared, type E2EApp, type LaunchOptions, type Transport } from './browserApp';

/**
 * A fresh app (new data folder, new browser context) for every test in the file, closed after it,
 * with the shared browser and server stopped after the file. Returns a stand-in that forwards to
 * the current test's app, so tests write `app.page` as usual.
 */
export function appPerTest(options: LaunchOptions = {}): E2EApp {
  let current: E2EApp | null = null;
  beforeEach(async () => {
    current = await launchApp(options);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  afterAll(stopShared);
  return forwardTo(() => current, 'appPerTest(): the app exists only inside a test');
}

/**
 * As appPerTest, with the app's save/folder dialogs, file manager and printer a PlatformStub that
 * answers with a fresh folder (its `folder`, named `label`), removed after the test.
 */
export function appWithFolder(label: string, options: LaunchOptions = {}): { app: E2EApp; platform: PlatformStub } {
  let current: { app: E2EApp; platform: PlatformStub } | null = null;
  beforeEach(async () => {
    const platform = new PlatformStub(makeTempDir(label));
    current = { platform, app: await launchApp({ ...options, platform }) };
  });
  afterEach(async () => {
    await current?.app.close();
    if (current) rmSync(current.platform.folder, { recursive: true, force: true });
    current = null;
  });
  afterAll(stopShared);
  const outside = 'appWithFolder(): the app and its folder exist only inside a test';
  return { app: forwardTo(() => current?.app ?? null, outside), platform: forwardTo(() => current?.platform ?? null, outside) };
}

/** A stand-in that forwards to the current test's object, so tests write `app.page` as usual. */
function forwardTo<T extends object>(current: () => T | null, outside: string): T {
  const target = () => {
    const now = current();
    if (!now) throw new Error(outside);
    return now;
  };
  return new Proxy({} as T, {
    get(_target, key) {
      const now = target();
      const value: unknown = Reflect.get(now, key, now);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(now) : value;
    },
    set(_target, key, value) {
      return Reflect.set(target(), key, value);
    },
  });
}

/**
 * For files whose tests each launch the app their own way (a platform stub, a prepared data
 * folder): the launcher, every app it started closed after the test, the shared browser and
 * server stopped after the file.
 */
export function launchPerTest(): (options?: LaunchOptions) => Promise<E2EApp> {
  const launched: E2EApp[] = [];
  afterEach(async () => {
    for (const app of launched.splice(0)) await app.close();
  });
  afterAll(stopShared);
  return async (options = {}) => {
    const app = await launchApp(options);
    launched.push(app);
    return app;
  };
}

/**
 * A new township report made through the API, its achievement areas written in order with
 * `bodies` (null: left empty): the report and those areas.
 */
export async function reportWithAreas(app: E2EApp, fullName: string, year: number, bodies: ReadonlyArray<string | null>) {
  const report = await app.call('createReport', { unit: { fullName, kind: 'township' }, year });
  const areas = report.sections.filter((s) => s.templateKey?.startsWith('achievements.'));
  for (const [i, body] of bodies.entries()) if (body !== null) await app.call('saveSectionText', { id: areas[i]!.id, body });
  return { report, areas };
}

/** Reloads the library and opens the first report whose card button matches `card`; resolves once the workspace shows its outline. */
export async function openFromLibrary(app: E2EApp, card: RegExp): Promise<void> {
  await app.page.reload();
  await app.page.getByRole('button', { name: card }).first().click();
  await app.page.getByRole('navigation', { name: '报告提纲' }).waitFor();
}

/**
 * Holds the next answer of `name` (computed at once, so it is the state of the call's moment)
 * until `release` is called: a slow round trip, with the user acting meanwhile.
 */
export function holdAnswer(app: E2EApp, name: CallName): { release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const handlers = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
  const real = handlers[name]!;
  handlers[name] = async (input: unknown) => {
    handlers[name] = real;
    const answer = await real(input);
    await held;
    return answer;
  };
  return { release };
}
