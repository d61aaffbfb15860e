// electron-builder.yml, loaded and validated exactly as electron-builder 26 does it (its own
// loader, its own JSON schema and ajv settings), plus the security-relevant choices in it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Config = Record<string, unknown> & {
  publish?: unknown;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  nsis?: Record<string, unknown>;
  portable?: Record<string, unknown>;
  win?: { target: { target: string; arch: string[] }[]; requestedExecutionLevel?: string };
  linux?: { target: { target: string; arch: string[] }[]; category?: string; synopsis?: string; description?: string; maintainer?: string };
  extraResources?: { from: string; to: string }[];
  afterPack?: string;
};

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<Config>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>;
};

async function loadConfig(): Promise<Config> {
  return builderConfig.getConfig(root, 'electron-builder.yml', null);
}

/** Validates a copy: electron-builder's ajv runs with coerceTypes and may rewrite its input. */
function validate(config: unknown): Promise<void> {
  return builderConfig.validateConfiguration(structuredClone(config), { isEnabled: false });
}

describe('electron-builder.yml against electron-builder’s schema', () => {
  it('is accepted by electron-builder’s own validation', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cn.nianbao.app');
    expect(config.productName).toBe('年报助手');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('rejects unknown keys and wrong types (the validator is live)', async () => {
    const config = await loadConfig();
    await expect(validate({ ...config, autoUpdate: false })).rejects.toThrow(/does not match the API schema/);
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).rejects.toThrow(/configuration\.nsis/);
    await expect(validate({ ...config, linux: { ...config.linux, catgory: 'Office' } })).rejects.toThrow(/configuration\.linux/);
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'nope' } })).rejects.toThrow(/configuration\.nsis/);
  });
});

describe('electron-builder.yml choices', () => {
  it('never publishes or prepares auto-update', async () => {
    const config = await loadConfig();
    expect(config.publish).toBeNull();
    expect(config.detectUpdateChannel).toBe(false);
    expect(config.generateUpdatesFilesForAllChannels).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
  });

  it('unpacks better-sqlite3 and ships the addon that ensureNative built', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/**', '**/*.node']));
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.afterPack).toBe('./scripts/checkPackedNative.mjs');
  });

  it('builds a per-user Chinese NSIS installer with a folder choice, and a portable exe', async () => {
    const config = await loadConfig();
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
      createDesktopShortcut: true,
      shortcutName: '年报助手',
      deleteAppDataOnUninstall: false,
    });
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable?.requestExecutionLevel).toBe('user');
    const winTargets = config.win?.target.map((t) => t.target);
    expect(winTargets).toEqual(['nsis', 'portable']);
    for (const t of config.win?.target ?? []) expect(t.arch).toContain('x64');
  });

  it('builds deb and AppImage for x64 and arm64 with Chinese metadata', async () => {
    const config = await loadConfig();
    const linux = config.linux!;
    expect(Object.fromEntries(linux.target.map((t) => [t.target, [...t.arch].sort()]))).toEqual({
      deb: ['arm64', 'x64'],
      AppImage: ['arm64', 'x64'],
    });
    expect(linux.category).toBe('Office');
    expect(linux.synopsis).toMatch(/法治政府/);
    expect(linux.description).toMatch(/GB\/T 9704/);
    expect(linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  it('names artifacts with version and arch, and ships resources next to app.asar', async () => {
    const config = await loadConfig();
    for (const name of [config.artifactName, config.nsis?.artifactName, config.portable?.artifactName]) {
      expect(name).toMatch(/\$\{version\}/);
      expect(name).toMatch(/\$\{arch\}/);
    }
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
  });
});
