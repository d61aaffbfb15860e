// Types for electronBinary.mjs (plain JS: it runs before any build step).
export function installerEnv(env: Record<string, string | undefined>, watchDir: string): Record<string, string | undefined>;
export function installElectron(options: {
  root: string;
  env: Record<string, string | undefined>;
  stallMs?: number;
  progress?: (bytes: number) => void;
}): Promise<{ ok: true } | { ok: false; reason: 'stalled' | 'failed'; detail: string }>;
