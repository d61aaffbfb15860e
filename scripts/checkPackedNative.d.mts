// Types for the electron-builder afterPack hook checkPackedNative.mjs.
export type BinaryId = { platform: 'linux' | 'win32' | 'darwin'; arch: string };
export type PackedModule = { file: string; found: BinaryId | null };
export type PackTarget = { platform: string; arch: string };

export function identifyBinary(bytes: Uint8Array): BinaryId | null;
export function nativeMismatches(modules: PackedModule[], target: PackTarget): string[];
export function checkPackedApp(appOutDir: string, target: PackTarget): Promise<PackedModule[]>;
export default function afterPack(context: { appOutDir: string; electronPlatformName: string; arch: number }): Promise<void>;
