/**
 * The reader thread of an import: opens the archive again, runs the importer over it
 * (read-archive.ts: inflate, SHA-256, value cap, parse, map) and posts the records in batches to
 * the thread that owns the database, which writes them while this one reads on. At most
 * IN_FLIGHT batches wait unacknowledged, so a fast reader never fills memory ahead of a slow disk.
 *
 * It never touches the database. A `stop` (cancel, or the writer failed) closes the archive and
 * ends the thread; an error is posted with the member it happened in, then the thread ends.
 */
import type { MessagePort } from 'node:worker_threads';
import { openArchive } from '../archive/open';
import type { ArchiveReader } from '../archive/types';
import { IMPORTERS } from '../importers/registry';
import { ExportError } from '../importers/types';
import type { ImportRecord } from '../../../shared/records';
import { readArchive, ReadCancelled } from './read-archive';
import { BlockPacker } from '../store/block-packer';
import { recordRawText } from '../store/writer';
import { encodeBlocks, encodeInventory, encodeRecords, ForwardingLedger, PACKED, toWire, wireRaw, type FromReader, type ReaderJob, type SideEvent, type ToReader } from './reader-protocol';

/** Records per message, unless their JSON reaches MAX_BATCH_CHARS first. */
export const BATCH_RECORDS = 1000;
const MAX_BATCH_CHARS = 1 << 20;
/** Batches posted and not yet taken by the writer. */
const IN_FLIGHT = 8;
/** Progress (bytes read) reaches the writer at least this often while no batch goes out. */
const SIDE_INTERVAL_MS = 100;

export async function runReader(port: MessagePort, job: ReaderJob): Promise<void> {
  const controller = new AbortController();
  let archive: ArchiveReader | null = null;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let stopped = false;
  const onMessage = (m: ToReader): void => {
    if (m.t === 'ack') inFlight--;
    else if (m.t === 'stop') {
      stopped = true;
      controller.abort();
    }
    wake?.();
  };
  port.on('message', onMessage);

  let events: SideEvent[] = [];
  let bytes = 0;
  let member: string | null = null;
  let lastSent = Date.now();
  const ledger = new ForwardingLedger(() => sendSide());
  const take = (): { events: SideEvent[]; bytes: number; member: string | null } => {
    const out = { events: [...ledger.drain(), ...events], bytes, member };
    events = [];
    bytes = 0;
    lastSent = Date.now();
    return out;
  };
  const post = (m: FromReader): void => port.postMessage(m);
  function sendSide(): void {
    post({ t: 'batch', json: null, n: 0, ...take() });
  }

  // Raw blocks are built here, so the database thread only inserts them (store/block-packer.ts).
  const packer = new BlockPacker();
  let recs: ImportRecord[] = [];
  let raws: string[] = [];
  let chars = 0;
  const sendRecords = async (): Promise<void> => {
    while (inFlight >= IN_FLIGHT && !stopped) await new Promise<void>((r) => (wake = r));
    wake = null;
    if (stopped) throw new ReadCancelled('cancelled');
    inFlight++;
    post({ t: 'batch', json: encodeRecords(recs), raws: raws.join('\n'), n: recs.length, blocks: encodeBlocks(packer.take()), ...take() });
    recs = [];
    raws = [];
    chars = 0;
  };

  try {
    archive = await openArchive(job.paths, job.limits);
    const importer = IMPORTERS.find((i) => i.id === job.importerId);
    if (!importer) throw new Error(`internal: no importer ${job.importerId} in the reader thread`);
    if (encodeInventory(archive.inventory.entries) !== job.inventoryKey) {
      throw new ExportError('its files changed on disk while it was being imported; nothing was changed. Import it again once it is complete.');
    }
    const records = readArchive({
      archive, importer, format: job.format, signal: controller.signal, valueCapBytes: job.valueCapBytes,
      sink: {
        ledger,
        problem: (m, message) => events.push(['problem', m, message]),
        parsed: (m) => events.push(['parsed', m]),
        hashed: (m, sha) => {
          events.push(['hashed', m, sha]);
          sendSide();
        },
        opening: (m) => {
          member = m;
          events.push(['opening', m]);
        },
        bytes: (n, m) => {
          bytes += n;
          member = m;
          if (Date.now() - lastSent >= SIDE_INTERVAL_MS) sendSide();
        },
      },
    });
    for await (const batch of records) {
      for (const rec of batch) {
        if (stopped) throw new ReadCancelled('cancelled');
        const text = recordRawText(rec);
        // A raw copy goes into a block, or travels beside the record, not escaped inside its JSON (reader-protocol.ts).
        const raw = packer.push(rec, text) ? PACKED : wireRaw(rec.raw, text);
        rec.raw = undefined;
        recs.push(rec);
        raws.push(raw);
        chars += raw.length + RECORD_CHARS;
        if (recs.length >= BATCH_RECORDS || chars >= MAX_BATCH_CHARS) await sendRecords();
      }
    }
    if (recs.length > 0) await sendRecords();
    post({ t: 'done', blocks: encodeBlocks(packer.end()), ...take() });
  } catch (err) {
    if (!stopped) post({ t: 'error', error: toWire(err), ...take() });
  } finally {
    await archive?.close().catch(() => undefined);
    // Not close(): what was posted must still arrive. Without a listener the thread can end.
    port.off('message', onMessage);
    port.unref();
  }
}

/** A record's JSON without its raw copy, roughly: only bounds a batch's size. */
const RECORD_CHARS = 300;
