/**
 * The unread-key walk over Meta record shapes (meta/unread-keys.ts), pure: which keys and labels
 * of a record count as data that its spec row does not name.
 */
import { describe, expect, it } from 'vitest';
import { unknownContainers, unreadContextKeys, unreadKeys } from '../../../../electron/core/importers/meta/unread-keys';
import type { MetaFileSpec } from '../../../../electron/core/importers/meta/spec-types';

const row = (over: Partial<MetaFileSpec>): MetaFileSpec => ({
  id: 't', label: 'test', files: ['t.json'], rootKeys: ['list'], roles: {}, map: { type: 'event', kind: 'other', title: ['T'] }, ...over,
});
const shapes = (spec: MetaFileSpec, item: unknown): string[] => unreadKeys(spec, item).map((k) => k.shape);

describe('unread keys of a Meta record', () => {
  const spec = row({ roles: { ip: ['IP Address'], text: ['session.note'] }, time: [['Time', 's']], skip: ['Cookie Name'] });

  it('string_map_data: unnamed labels with data are unread; `timestamp: 0` and "" are not data', () => {
    const item = {
      title: '',
      string_map_data: {
        'IP Address': { href: '', value: '192.0.2.1', timestamp: 0 },
        Time: { href: '', value: '', timestamp: 1700000000 },
        'Cookie Name': { value: 'abc' },
        Port: { href: '', value: '443', timestamp: 0 },
        Empty: { href: '', value: '', timestamp: 0 },
      },
    };
    expect(shapes(spec, item)).toEqual(['/string_map_data/Port']);
  });

  it('label_values: labels at any depth (dict, vec → dict), written as a `label:` segment', () => {
    const item = {
      timestamp: 1700000000, fbid: '123', media: [],
      label_values: [
        { label: 'IP Address', value: '192.0.2.1' },
        { label: 'Holder', dict: [{ label: 'Carrier', value: 'Example' }, { label: 'Time', timestamp_value: 1 }] },
        { label: 'Tags', vec: [{ value: 'a' }, { dict: [{ label: 'Inner', value: 'x' }] }] },
      ],
    };
    expect(shapes(spec, item)).toEqual([
      '/timestamp', '/label_values/*/dict/*/label:Carrier', '/label_values/*/label:Tags', '/label_values/*/vec/*/dict/*/label:Inner',
    ]);
  });

  it('label_values: keys of an entry (or of a vec item) beside its structure are unread, whether or not its label is named', () => {
    const item = {
      label_values: [
        { label: 'IP Address', value: '192.0.2.1', note: 'seen twice', ent_field_name: 'ip', href: '' },
        { label: 'Tags', vec: [{ value: 'a', source: 'app' }], empty: '' },
        { dict: [{ label: 'IP Address', value: '192.0.2.2', extra: 1 }], title: '' },
      ],
    };
    expect(shapes(spec, item)).toEqual([
      '/label_values/*/note', '/label_values/*/vec/*/source', '/label_values/*/label:Tags', '/label_values/*/dict/*/extra',
    ]);
    expect(unreadKeys(spec, item).find((k) => k.shape === '/label_values/*/dict/*/extra')?.at).toEqual(['label_values', 2, 'dict', 0, 'extra']);
    // A row that reads every label still reads only the entries' structure.
    const profile = row({ map: { type: 'profile', owner: [] } });
    expect(shapes(profile, { label_values: [{ label: 'X', value: 'y', extra: 'z' }, { label: 'Y', dict: [{ label: 'Z', value: 'w', more: 1 }] }] }))
      .toEqual(['/label_values/*/extra', '/label_values/*/dict/*/more']);
  });

  it('context items (thread participants): only `name` is read; a value that is no name at all is reported whole', () => {
    expect(unreadContextKeys({ name: 'A', joined: 1700000000, empty: '' })).toEqual([{ shape: '/joined', at: ['joined'] }]);
    expect(unreadContextKeys('A')).toEqual([]);
    expect(unreadContextKeys({ name: 'A' })).toEqual([]);
    expect(unreadContextKeys(42)).toEqual([{ shape: '', at: [] }]);
    expect(unreadContextKeys(null)).toEqual([]);
  });

  it('nested objects by dotted name; lists of objects element by element; one report per shape and record', () => {
    const item = {
      session: { note: 'read', extra: 'unread' },
      events: [{ id: 1, kind: 'A' }, { id: 2, kind: 'B' }],
      names: ['a', 'b'],
    };
    expect(shapes(spec, item)).toEqual(['/session/extra', '/events/*/id', '/events/*/kind', '/names']);
    expect(unreadKeys(spec, item).find((k) => k.shape === '/events/*/kind')?.at).toEqual(['events', 0, 'kind']);
  });

  it('an ignore row reports nothing; a profile row without fields reads every label', () => {
    expect(shapes(row({ map: { type: 'ignore', reason: 'x' } }), { anything: 1 })).toEqual([]);
    expect(shapes(row({ map: { type: 'profile', owner: [] } }), { string_map_data: { Bio: { value: 'hi' } }, label_values: [{ label: 'X', value: 'y' }] })).toEqual([]);
  });

  it('unknown containers: root keys beside the records and the row’s context', () => {
    const messages = row({ rootKeys: ['messages'], context: ['participants'], map: { type: 'message', title: ['M'] } });
    expect(unknownContainers(messages, ['participants', 'messages', 'title', 'thread_path', 'new_section'])).toEqual(['new_section']);
    expect(unknownContainers(row({ rootKeys: ['a.b'] }), ['a', 'c'])).toEqual(['c']);
  });
});
