// Writes the committed hostile-package corpus: test/fixtures/package/hostile/* and manifest.json.
// Run after changing hostilePackages.ts (or the package format):
//   npx tsx test/electron/services/package/writeHostilePackages.ts
import { writeHostileCorpus } from '../../../helpers/writeHostileCorpus';
import { HOSTILE_PACKAGE_DIR, HOSTILE_PACKAGES } from './hostilePackages';
import { makePackageContext } from './packageFixtures';

writeHostileCorpus(HOSTILE_PACKAGE_DIR, HOSTILE_PACKAGES, await makePackageContext(), ({ what, message }) => ({ what, message }));
