// A throwaway project for electron's own installer: its node_modules/electron is its own copy
// (installs land there) and every other package a link to this checkout's. Shared by the start
// tests and the installer's stall benchmark; free of vitest.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Fills the empty folder `dir` as such a project for the checkout at `root`; returns `dir`. */
export function electronProject(root: string, dir: string): string {
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name !== 'electron') symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  cpSync(path.join(root, 'node_modules/electron'), path.join(dir, 'node_modules/electron'), { recursive: true });
  return dir;
}

/** The installer's environment: this process's, with its own download cache and `over` on top. */
export const installerEnv = (cacheDir: string, over: Record<string, string>) => ({ ...process.env, electron_config_cache: cacheDir, ...over });
