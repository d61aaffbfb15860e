// The renderer's size as built (out/renderer): what the first screen loads (the entry script, the
// chunks index.html preloads, its stylesheets) against the whole bundle, raw and gzipped. An old
// PC with an HDD parses and compiles every byte the first screen names before it shows anything.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchCase } from '../types';
import { rendererDir } from '../ui/page';

/** gzip KB of the scripts the first screen loads. Editor, diff, export and import come later. */
const FIRST_SCREEN_GZIP_KB = 150;

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

export const benchCase: BenchCase = {
  name: 'bundle_size',
  description: `renderer bundle: scripts the first screen loads ≤ ${FIRST_SCREEN_GZIP_KB} KB gzip`,
  async run(ctx) {
    const dir = rendererDir(ctx.repoRoot);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    // What index.html names (the entry, its modulepreloads, its stylesheets), and every chunk those
    // scripts import statically (`import … from "./x.js"`, not `import("./x.js")`): all of it is
    // fetched and compiled before the first screen runs, whether or not the page preloads it.
    const named = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/gu)].map((m) => m[1]!);
    for (let i = 0; i < named.length; i++) {
      if (!named[i]!.endsWith('.js')) continue;
      const code = readFileSync(join(dir, named[i]!), 'utf8');
      for (const m of code.matchAll(/\bimport\s*(?:[\w$\s{},*]+\s*from\s*)?["']\.\/([^"']+\.js)["']/gu)) {
        const file = `assets/${m[1]!}`;
        if (!named.includes(file)) named.push(file);
      }
    }
    const size = (file: string) => {
      const data = readFileSync(join(dir, file));
      return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    };
    const sum = (files: string[]) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const scripts = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    const first = sum(named.filter((f) => f.endsWith('.js')));
    const firstCss = sum(named.filter((f) => f.endsWith('.css')));
    const all = sum(scripts);
    return {
      case: 'bundle_size',
      chunks: scripts.length,
      first_screen_files: named.filter((f) => f.endsWith('.js')).length,
      first_screen_js_kb: kb(first.raw),
      first_screen_js_gzip_kb: kb(first.gzip),
      first_screen_css_kb: kb(firstCss.raw),
      all_js_kb: kb(all.raw),
      all_js_gzip_kb: kb(all.gzip),
      budget_first_screen_gzip_kb: FIRST_SCREEN_GZIP_KB,
      ok: kb(first.gzip) <= FIRST_SCREEN_GZIP_KB,
    };
  },
};
