/**
 * From a generated TikTok zip, through the real archive reader, importer, store and evidence
 * engine, to the analyze document: exact counts for every format variant, provenance that
 * resolves to the original record, and the shape journalists script against.
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/core/archive/open';
import { analyzeDocument } from '../../electron/core/report/analyze-json';
import { openDb } from '../../electron/core/store/db';
import { eventsCitedAs, sourceRecords } from '../../electron/core/store/event-records';
import { TIKTOK_VARIANTS, writeTikTokZip, type ExpectedCounts, type TikTokVariant } from '../fixtures/generators/tiktok';
import { importInto, realEvidence, tempDir } from './helpers';

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'contracts', 'analyze.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], doc);
}

async function readMember(zip: string, member: string): Promise<string> {
  const reader = await openArchive([zip]);
  try {
    const chunks: Buffer[] = [];
    for await (const c of await reader.open(member)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await reader.close();
  }
}

describe.each(TIKTOK_VARIANTS.map((v) => [v] as [TikTokVariant]))('TikTok %s through the whole pipeline', (variant) => {
  const dir = tempDir();
  const zip = join(dir, `TikTok_Data_${variant}.zip`);
  const db = openDb(join(dir, 'p.db'));
  let expected: ExpectedCounts;
  let sourceId: number;

  beforeAll(async () => {
    expected = await writeTikTokZip(zip, { variant, seed: 7 });
    const outcome = await importInto(db, [zip]);
    expect(outcome.message).toBeNull();
    expect(outcome.status).toBe('imported');
    sourceId = outcome.sourceIds[0]!;
  });

  it('reports exactly the counts the generator wrote', () => {
    const doc = analyzeDocument(db, [sourceId], realEvidence().datasets, []);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.events.total).toBe(expected.events);
    expect(doc.events.byKind).toEqual(expected.byKind);
    expect(doc.sources[0]!.facts).toBe(expected.facts);
    expect(doc.sources[0]!.records).toBe(expected.events + expected.facts);
    expect(doc.access.logins).toBe(expected.logins);
    expect(doc.access.ips.map((i) => i.ip).sort()).toEqual([...expected.ips].map((ip) => ip.toLowerCase()).sort());
    const loginDevices = doc.access.devices.filter((d) => d.model !== null).map((d) => `${d.model}|${d.system}`).sort();
    expect(loginDevices).toEqual([...expected.devices].sort());
    expect(doc.span).toEqual({ first: expected.firstEvent, last: expected.lastEvent });
    expect(Object.fromEntries(doc.hosts.map((h) => [h.host, h.count]))).toEqual(expected.hosts);
    expect(doc.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.sources[0]!.coverage.errors).toEqual([]);
  });

  it('traces every event back to the exact record it came from', async () => {
    // Read back through the store (raw records sit in compressed blocks, pointers beside a base).
    const rows = [...sourceRecords(db, sourceId)];
    expect(rows.length).toBe(expected.events);
    const byMember = new Map<string, string>();
    for (const r of rows) {
      if (!byMember.has(r.member)) byMember.set(r.member, await readMember(zip, r.member));
      const text = byMember.get(r.member)!;
      if (r.pointer.startsWith('/')) {
        expect(resolvePointer(JSON.parse(text), r.pointer)).toEqual(JSON.parse(r.raw));
      } else {
        const line = Number(/^line:(\d+)$/.exec(r.pointer)![1]);
        const firstRawLine = (JSON.parse(r.raw) as string[])[0];
        expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1]).toBe(firstRawLine);
      }
    }
  });

  it('every finding and flag cites records that exist in this archive', () => {
    const doc = analyzeDocument(db, [sourceId], realEvidence().datasets, []);
    const sha = doc.sources[0]!.sha256;
    for (const f of [...doc.findings, ...doc.flags]) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        expect(e.sourceSha256).toBe(sha);
        expect(eventsCitedAs(db, e.member, e.pointer).length).toBeGreaterThan(0);
      }
    }
  });
});
