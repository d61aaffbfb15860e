// Types for nativeAbi.mjs, which stays plain JS so `node scripts/ensureNative.mjs` runs before
// any build step.
export type Env = Record<string, string | undefined>;
export type BinaryId = { platform: 'linux' | 'win32' | 'darwin'; arch: string };

export function identifyBinary(bytes: Uint8Array): BinaryId | null;

export function electronAddonPath(abi: string | number): string;
export function classifyLoadError(message: string): 'bad-binary' | 'missing-binary' | 'missing-package' | 'other';
export function compiledAbi(message: string): number | null;
export function decideNode(probe: { loaded: boolean; error?: string }): { action: 'none' | 'rebuild' | 'fail'; reason: string };
export function decideElectron(state: {
  electronAbi: string | null;
  addon: { platform: string; arch: string } | null;
  host: { platform: string; arch: string };
}): { action: 'none' | 'build' | 'fail'; reason: string };
export function nodeRebuildEnv(env: Env, hasNodeHeaders: boolean): Env;
export function electronRebuildEnv(env: Env): Env;
