// Types for electronAddon.mjs (plain JS: it runs before any build step).
export type Env = Record<string, string | undefined>;
export interface BuildJob {
  root: string;
  electronVersion: string;
  outFile: string;
  env: Env;
}
export function electronExecutable(root: string, env: Env): string | null;
export function rebuildInCopy(job: BuildJob): Promise<void>;
export function ensureElectronAddon(options: {
  root: string;
  env: Env;
  log: (message: string) => void;
  build?: (job: BuildJob) => Promise<void>;
  fetchElectron?: () => Promise<string | null>;
}): Promise<{ ok: true; file: string; built: boolean } | { ok: false; reason: string }>;
