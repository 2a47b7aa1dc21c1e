/**
 * Cheap recognition of a Google Takeout: the wrapping `Takeout/` folder (stripped by the archive
 * layer and reported in `Inventory.strippedFolder`, also for split zips), or members under
 * `Takeout/`, or the characteristic files found by name in any known language. Only the
 * on-device Timeline alone needs a peek (its name, `Timeline.json`, is generic).
 */
import type { Inventory } from '../../archive/types';
import type { Recognition } from '../types';
import { detectLang, formatFor, googleMembers, TIMELINE_FORMAT, type GoogleMember } from './members';

const PEEK = 4096;

function summary(members: GoogleMember[]): string {
  const labels: Record<GoogleMember['kind'], string> = {
    'my-activity': 'My Activity', 'access-csv': 'Access Log Activity', 'location-records': 'Location History records',
    'location-settings': 'Location History settings', 'semantic-location': 'Semantic Location History', timeline: 'Timeline',
  };
  const kinds = [...new Set(members.map((m) => labels[m.kind]))];
  return kinds.length > 0 ? kinds.join(', ') : 'none of the parts Whereabouts reads (My Activity JSON, Access Log Activity, Location History)';
}

export async function recogniseGoogle(
  inventory: Inventory,
  peek: (path: string, n: number) => Promise<Buffer>,
): Promise<Recognition | null> {
  const members = googleMembers(inventory);
  const format = formatFor(detectLang(inventory));
  const wrapped = inventory.strippedFolder === 'Takeout';
  const underTakeout = !wrapped && inventory.entries.some((e) => e.path.startsWith('Takeout/'));
  if (wrapped || underTakeout) {
    return {
      confidence: members.length > 0 ? 0.95 : 0.9,
      format,
      reason: `a Google Takeout (everything under "Takeout/"); holds ${summary(members)}`,
    };
  }
  const strong = members.filter((m) => m.kind !== 'timeline');
  if (strong.length > 0) {
    return { confidence: 0.8, format, reason: `Google Takeout files found by name: ${summary(strong)}` };
  }
  // Only a generic `Timeline.json`: claim it when its head shows Google's Timeline keys.
  for (const m of members) {
    if (m.entry.bytes === 0) continue;
    try {
      const head = (await peek(m.entry.path, PEEK)).toString('utf8');
      if (/"(semanticSegments|rawSignals|timelinePath)"/.test(head) || /^\s*\[\s*\{[^]*"startTime"/.test(head)) {
        // Not a Takeout: its own format, so coverage does not ask for Takeout's access files.
        return { confidence: 0.6, format: TIMELINE_FORMAT, reason: `a Google Maps Timeline exported from a device (${m.entry.path})` };
      }
    } catch {
      // unreadable head: not evidence either way
    }
  }
  return null;
}
