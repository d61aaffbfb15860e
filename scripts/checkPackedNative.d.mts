// Types for the electron-builder afterPack hook checkPackedNative.mjs.
import type { BinaryId } from './nativeAbi.mjs';

export { identifyBinary } from './nativeAbi.mjs';
export type PackedModule = { file: string; found: BinaryId | null };
export type PackTarget = { platform: string; arch: string };

export function nativeMismatches(modules: PackedModule[], target: PackTarget): string[];
export function checkPackedApp(appOutDir: string, target: PackTarget): Promise<PackedModule[]>;
export default function afterPack(context: { appOutDir: string; electronPlatformName: string; arch: number }): Promise<void>;
