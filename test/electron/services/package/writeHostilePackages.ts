// Writes the committed hostile-package corpus: test/fixtures/package/hostile/* and manifest.json.
// Run after changing hostilePackages.ts (or the package format):
//   npx tsx test/electron/services/package/writeHostilePackages.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_PACKAGE_DIR, HOSTILE_PACKAGES } from './hostilePackages';
import { makePackageContext } from './packageFixtures';

const ctx = await makePackageContext();
rmSync(HOSTILE_PACKAGE_DIR, { recursive: true, force: true });
mkdirSync(HOSTILE_PACKAGE_DIR, { recursive: true });
const manifest: Record<string, { what: string; message: string }> = {};
for (const c of HOSTILE_PACKAGES) {
  writeFileSync(path.join(HOSTILE_PACKAGE_DIR, c.file), c.build(ctx));
  manifest[c.file] = { what: c.what, message: c.message };
}
writeFileSync(path.join(HOSTILE_PACKAGE_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(readdirSync(HOSTILE_PACKAGE_DIR).length - 1, 'hostile packages written to', HOSTILE_PACKAGE_DIR);
