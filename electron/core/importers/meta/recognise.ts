/**
 * Cheap recognition of a Meta export from member names alone (reference §0.6 detection hints):
 * platform-specific folders and files mark the platform, the layout generation comes from which
 * paths are present. Never reads a member. The format labels the source and picks the catalogue;
 * mapping does not depend on it (every version's names and keys are always tried).
 */
import type { Inventory } from '../../archive/types';
import type { Recognition } from '../types';
import { HTML_FORMAT_SUFFIX, htmlExportMessage, isHtmlFormat } from './html-export';
import { planMembers, type MetaReadSpec } from './members';

export interface Marker {
  /** Tested on member paths; written to match both `.json` and `.html` exports. */
  re: RegExp;
  /** For the reason sentence: `a "your_instagram_activity/" folder`. */
  what: string;
}

export interface FormatRule {
  format: string;
  /** The rule applies when any path matches any of these. */
  when: readonly RegExp[];
  evidence: string;
}

export interface MetaSignature {
  platform: string;
  /** `instagram` → formats `instagram-json-…` / `instagram-html`. */
  prefix: string;
  markers: readonly Marker[];
  /** First matching rule wins. */
  formats: readonly FormatRule[];
  fallback: { format: string; evidence: string };
  /** The platform's declared spec, compiled (members.ts): what the importer reads. */
  read: MetaReadSpec;
}

export function decideFormat(paths: readonly string[], sig: MetaSignature): { format: string; evidence: string } {
  for (const rule of sig.formats) if (paths.some((p) => rule.when.some((re) => re.test(p)))) return rule;
  return sig.fallback;
}

/**
 * The member paths to recognise by. The archive layer strips one folder that wraps every file
 * (Meta's `instagram-name-date/`); an export of one category only (Facebook's
 * `apps_and_websites_off_of_facebook/` alone at the root) loses its only folder that way, so the
 * stripped folder is put back in front for recognition. Reading still uses the inventory's paths
 * (declared members match file names, never fixed folders).
 */
export function recognitionPaths(inventory: Inventory): string[] {
  const paths = inventory.entries.map((e) => e.path);
  const top = inventory.strippedFolder;
  return top === undefined ? paths : [...paths, ...paths.map((p) => `${top}/${p}`)];
}

export function recogniseMeta(inventory: Inventory, sig: MetaSignature, read: MetaReadSpec = sig.read): Recognition | null {
  const paths = recognitionPaths(inventory);
  const seen = sig.markers.filter((m) => paths.some((p) => m.re.test(p)));
  if (seen.length === 0) return null;
  const what = seen.slice(0, 2).map((m) => m.what).join(' and ');
  const readable = planMembers(inventory, read).length;
  if (readable === 0 && paths.some((p) => /\.html?$/i.test(p))) {
    return { confidence: 0.9, format: `${sig.prefix}${HTML_FORMAT_SUFFIX}`, reason: `${sig.platform} export with ${what}, in HTML: ${htmlExportMessage(sig.platform)}` };
  }
  const { format, evidence } = decideFormat(paths, sig);
  if (readable === 0) {
    return { confidence: 0.6, format, reason: `${sig.platform} export folders (${what}), but none of the files Whereabouts reads` };
  }
  return { confidence: 0.95, format, reason: `${sig.platform} JSON export: ${what}; layout from ${evidence}` };
}

/**
 * The "this is the HTML version…" sentence when the inventory is this platform's HTML export,
 * else null: for callers that explain an export without importing it (CLI, a registry hint).
 */
export function diagnoseHtmlExport(inventory: Inventory, sig: MetaSignature): string | null {
  const recognition = recogniseMeta(inventory, sig);
  return recognition && isHtmlFormat(recognition.format) ? htmlExportMessage(sig.platform) : null;
}
