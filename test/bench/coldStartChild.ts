// Cold-start child: `node --import tsx coldStartChild.ts <dataDir>`. Loads the services, opens the
// store (probe with quick_check, migrations, backup check) and loads what the first screen shows,
// then prints the timings as one JSON line. performance.now() counts from the process start.
export {};

const t0 = performance.now();
const { openStore } = await import('../../electron/services/store');
const t1 = performance.now();
const store = await openStore({ dataDir: process.argv[2]! });
const t2 = performance.now();
const library = store.reports.list();
store.reports.open(library[0]!.id);
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ before_import_ms: t0, import_ms: t1 - t0, open_store_ms: t2 - t1, first_screen_ms: t3 - t2, total_ms: t3 })}\n`,
);
await store.close();
