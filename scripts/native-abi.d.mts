// Types for scripts/native-abi.mjs (plain ESM run by node), so TypeScript callers (its unit
// tests) are type-checked and linted against the real signatures.
export type BindingAbi = { kind: 'abi'; abi: number } | { kind: 'napi' } | { kind: 'unknown' } | { kind: 'missing' };
export type BindingCheck = { ok: true; binding: string } | { ok: false; message: string };

export const NODE_BINDING: string;
export const ELECTRON_BINDING: string;
export function abiOf(file: string): BindingAbi;
export function electronAbi(root: string): number | null;
export function checkElectronBinding(root: string, abi: number): BindingCheck;
