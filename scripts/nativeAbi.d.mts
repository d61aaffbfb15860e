// Types for nativeAbi.mjs, which stays plain JS so `node scripts/ensureNative.mjs` runs before
// any build step.
export type Decision = { action: 'none' | 'clear-marker' | 'rebuild' | 'fail'; reason: string };
export type Env = Record<string, string | undefined>;
export type BinaryId = { platform: 'linux' | 'win32' | 'darwin'; arch: string };

export function identifyBinary(bytes: Uint8Array): BinaryId | null;

export const MARKER_PATH: string;
export function markerFor(electronVersion: string): string;
export function parseMarker(text: string | null): string | null;
export function classifyLoadError(message: string): 'bad-binary' | 'missing-binary' | 'missing-package' | 'other';
export function compiledAbi(message: string): number | null;
export function decideNode(probe: { loaded: boolean; error?: string; marker: string | null }): Decision;
export function decideElectron(state: {
  electronVersion: string | null;
  marker: string | null;
  binary: { platform: string; arch: string } | null;
  host: { platform: string; arch: string };
}): {
  action: 'none' | 'rebuild' | 'fail';
  reason: string;
};
export function verifyElectronBuild(probe: { loaded: boolean; error?: string; electronAbi: number | null }): {
  ok: boolean;
  reason: string;
};
export function nodeRebuildEnv(env: Env, hasNodeHeaders: boolean): Env;
export function electronRebuildEnv(env: Env): Env;
