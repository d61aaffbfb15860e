import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security';

// The CSP goes into the built page as a meta tag (the app protocol also sends it as a header).
// Dev mode skips it because Vite's dev client needs inline scripts and a websocket.
function cspMeta(): Plugin {
  return {
    name: 'nianbao-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The import reader process as one self-contained CommonJS file (its packages inlined) in
 * out/reader/, beside out/main. The installed app unpacks it from app.asar (electron-builder.yml
 * asarUnpack): a utility process then loads a plain file from a real folder and needs neither asar
 * support nor ES-module loading, and a packaging slip shows as a program error at the first import,
 * not as a broken file.
 */
function readerBundle(): Plugin {
  let mainOut = '';
  return {
    name: 'nianbao-reader-bundle',
    apply: 'build',
    configResolved: (config) => {
      mainOut = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await esbuild({
        entryPoints: [resolve('electron/services/import/readerChild.ts')],
        outfile: join(dirname(mainOut), 'reader', 'importReader.cjs'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        logLevel: 'error',
        legalComments: 'none',
      });
    },
  };
}

export default defineConfig({
  main: {
    // The import reader process (started at run time by electron/services/import/readerProcess.ts
    // under Node, electron/readerHost.ts in the app) is built beside, by readerBundle().
    plugins: [readerBundle()],
    build: {
      externalizeDeps: true,
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          cli: resolve('electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    // Bundled whole (zod included) and emitted as CommonJS: a sandboxed preload cannot load
    // node_modules or ES modules.
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    // Module workers (the 审校 checks run in one), so they share chunks with the page.
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified; an old PC parses every byte before the
      // first screen shows.
      minify: true,
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
