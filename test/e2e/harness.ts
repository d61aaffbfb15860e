// The e2e harness: the app in real Chromium (browserApp.ts) with the test lifecycle around it.
import { afterAll, afterEach, beforeEach } from 'vitest';
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
  return new Proxy({} as E2EApp, {
    get(_target, key) {
      if (!current) throw new Error('appPerTest(): the app exists only inside a test');
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
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
