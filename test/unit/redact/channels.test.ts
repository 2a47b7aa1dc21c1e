import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_NAMES } from '../../../shared/api';
import { EVENT_REDACTORS, REDACTORS, REQUEST_REWRITES } from '../../../electron/core/redact/channels';
import { Labels } from '../../../electron/core/redact/labels';

describe('presenter mode covers every channel', () => {
  // The table's type already refuses to compile without an entry per channel; this checks the
  // running object too (an entry cannot be left out by a cast or a spread of a partial table).
  it('has a decision for every contract channel and nothing else', () => {
    expect(Object.keys(REDACTORS).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(['function', 'string'], c).toContain(typeof REDACTORS[c]);
  });

  it('builds reports redacted: every channel marked "request" has a request rewrite that sets redact', () => {
    const marked = CHANNELS.filter((c) => REDACTORS[c] === 'request');
    expect(marked.sort()).toEqual(Object.keys(REQUEST_REWRITES).sort());
    const rewrite = REQUEST_REWRITES['report.build']!;
    expect(rewrite({ claims: [{ template: 'no-datacenter-logins' }], format: 'html', redact: false })).toMatchObject({ redact: true });
  });

  it('redacts every pushed event', () => {
    expect(Object.keys(EVENT_REDACTORS).sort()).toEqual([...EVENT_NAMES].sort());
    const l = new Labels();
    const done = EVENT_REDACTORS['import.done']({
      jobId: 'j', status: 'failed', sourceIds: [], file: 'instagram-asa.lindqvist-2025.zip', member: 'messages/inbox/linnea_9/message_1.json',
      message: 'instagram-asa.lindqvist-2025.zip: messages/inbox/linnea_9/message_1.json is damaged',
    }, l);
    expect(JSON.stringify(done)).not.toMatch(/asa\.lindqvist|linnea_9/);
    expect(done.file).toBe('export file 1.zip');
  });
});

describe('presenter errors', () => {
  it('keep code and words, label the archive, member and addresses they name', async () => {
    const { redactError } = await import('../../../electron/core/redact/errors');
    const { ApiError } = await import('../../../shared/errors');
    const l = new Labels();
    const err = new ApiError('archive-corrupt', 'instagram-asa.lindqvist-2025.zip: messages/inbox/linnea_9/message_1.json is truncated (seen from 90.224.18.77)', {
      file: 'instagram-asa.lindqvist-2025.zip', member: 'messages/inbox/linnea_9/message_1.json',
    });
    const red = redactError(err, l) as InstanceType<typeof ApiError>;
    expect(red.code).toBe('archive-corrupt');
    expect(red.message).toBe('export file 1.zip: messages/inbox/thread 1/message_1.json is truncated (seen from address 1)');
    expect(red.detail).toEqual({ file: 'export file 1.zip', member: 'messages/inbox/thread 1/message_1.json' });
    const plain = new Error('boom');
    expect(redactError(plain, l)).toBe(plain);
  });
});
