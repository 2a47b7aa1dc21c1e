/** "Missing" files named by a catalogue pattern read as file names, not regular expressions. */
import { describe, expect, it } from 'vitest';
import { computeCoverage, readablePattern } from '../../../electron/core/import/coverage';

describe('missing files named by a pattern', () => {
  it('reads as a path a person recognises', () => {
    expect(readablePattern(/(?:^|\/)Access Log Activity\/Activities - A list of Google services[^/]*\.csv$/)).toBe('Access Log Activity/Activities - A list of Google services….csv');
    expect(readablePattern(/^Takeout\/(?:My Activity|Meine Aktivitäten)\/Ads\/MyActivity\.json$/)).toBe('Takeout/My Activity/Ads/MyActivity.json');
  });

  it('is what coverage reports for an expected file that is absent', () => {
    const { missing } = computeCoverage({
      members: ['a.json'], catalogue: [{ name: /(?:^|\/)Devices[^/]*\.csv$/, status: 'parsed', reason: 'devices', expected: true }],
      parsed: new Set(), records: new Map(), problems: new Map(),
    });
    expect(missing).toEqual([{ name: 'Devices….csv', reason: 'expected: devices' }]);
  });
});
