import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          cli: resolve('electron/cli/index.ts'),
          // The import reader process, started at run time by electron/services/import/readerProcess.ts
          // (Node) or electron/readerHost.ts (Electron's utilityProcess).
          importReader: resolve('electron/services/import/readerChild.ts'),
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
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
