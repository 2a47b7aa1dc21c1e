/**
 * Posts, stories and photos: one `post` event per record, however many photos or videos it holds.
 *
 * Shapes (reference §2.5, §3):
 * - Instagram post: `{media: [{uri, creation_timestamp, title, media_metadata}], title?, creation_timestamp?}`;
 *   a single-media post keeps its caption in `media[0].title`;
 * - Instagram story / Facebook album photo: the media object itself `{uri, creation_timestamp, title|description, media_metadata}`;
 * - Facebook post: `{timestamp, data: [{post}], attachments: [{data: [{media | place | external_context}]}], title}`.
 *
 * From the media's `media_metadata.{photo,video}_metadata.exif_data[]`: `upload_ip` (Facebook:
 * the IP the file was uploaded from) → the event's IP; `latitude`/`longitude` (where it was
 * taken) → geo, unless the post names a place with coordinates, which wins. `uri`s are local
 * files and not URLs; only http(s) ones are kept, with `external_context.url` and links in the caption.
 */
import { invalidTime } from '../../../../shared/time';
import type { JsonKey } from '../common/json-pointer';
import { asText, isRecordObject } from '../common/keys';
import { FieldBag } from './fields';
import { recordTime } from './meta-time';
import type { Draft, EventBody } from './roles';
import type { MediaMapping, MetaFileSpec } from './spec-types';
import { fillTitle } from './title';
import { UrlList } from './urls';

type Obj = Record<string, unknown>;

/** Keys of the media shapes, in one place so a rename is a one-line change. */
const K = {
  media: 'media', attachments: 'attachments', data: 'data', post: 'post', place: 'place', coordinate: 'coordinate',
  externalContext: 'external_context', url: 'url', uri: 'uri', metadata: 'media_metadata',
  metadataKinds: ['photo_metadata', 'video_metadata'], exif: 'exif_data', uploadIp: 'upload_ip',
  latitude: 'latitude', longitude: 'longitude', captions: ['title', 'description'],
} as const;

/**
 * Every key a media record may hold that this mapper reads or knows (for the unread-key walk,
 * unread-keys.ts): media lists and their metadata (EXIF beyond upload IP and position, camera
 * flags, subtitles, dubbing, cross-posting) are known and not analysed further.
 */
export const MEDIA_KEYS = [
  ...Object.values(K).flat(),
  'creation_timestamp', 'timestamp', 'cross_post_source', 'dubbing_info', 'backup_uri', 'tags', 'update_timestamp',
] as const;

function objects(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isRecordObject) : [];
}

/** Every media object of a record: the record itself, `media[]`, and `attachments[].data[].media`. */
function mediaOf(item: Obj): Obj[] {
  const out: Obj[] = [];
  if (typeof item[K.uri] === 'string') out.push(item);
  out.push(...objects(item[K.media]));
  for (const attachment of objects(item[K.attachments])) {
    for (const d of objects(attachment[K.data])) if (isRecordObject(d[K.media])) out.push(d[K.media] as Obj);
  }
  return out;
}

function exifOf(media: Obj): Obj[] {
  const meta = media[K.metadata];
  if (!isRecordObject(meta)) return [];
  return K.metadataKinds.flatMap((kind) => {
    const m = meta[kind];
    return isRecordObject(m) ? objects(m[K.exif]) : [];
  });
}

function coordinate(lat: unknown, lon: unknown): { lat: number; lon: number } | undefined {
  const la = typeof lat === 'string' ? Number(lat) : lat;
  const lo = typeof lon === 'string' ? Number(lon) : lon;
  if (typeof la !== 'number' || typeof lo !== 'number' || !Number.isFinite(la) || !Number.isFinite(lo)) return undefined;
  if (Math.abs(la) > 90 || Math.abs(lo) > 180 || (la === 0 && lo === 0)) return undefined; // 0,0: "no position"
  return { lat: la, lon: lo };
}

function placeGeo(item: Obj): { lat: number; lon: number } | undefined {
  for (const attachment of objects(item[K.attachments])) {
    for (const d of objects(attachment[K.data])) {
      const place = d[K.place];
      if (isRecordObject(place) && isRecordObject(place[K.coordinate])) {
        const c = place[K.coordinate] as Obj;
        const geo = coordinate(c[K.latitude], c[K.longitude]);
        if (geo) return geo;
      }
    }
  }
  return undefined;
}

/** The caption: Facebook `data[].post`, then the record's own title/description, then the first media's. */
function captionOf(item: Obj, media: Obj[]): string | undefined {
  for (const d of objects(item[K.data])) {
    const post = asText(d[K.post]);
    if (post !== undefined) return post;
  }
  for (const source of [item, ...media.slice(0, 1)]) {
    for (const key of K.captions) {
      const text = asText(source[key]);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

function firstMediaTime(spec: MetaFileSpec, media: Obj[]): EventBody['time'] | undefined {
  for (const m of media) {
    const time = recordTime(FieldBag.of(m), spec.time);
    if (time) return time;
  }
  return undefined;
}

export function mapMedia(spec: MetaFileSpec, m: MediaMapping, item: Obj): Draft[] {
  const media = mediaOf(item);
  const caption = captionOf(item, media);
  const time = recordTime(FieldBag.of(item), spec.time) ?? firstMediaTime(spec, media) ?? invalidTime('', 'second');
  const exif = media.flatMap(exifOf);
  const urls = new UrlList();
  for (const attachment of objects(item[K.attachments])) {
    for (const d of objects(attachment[K.data])) {
      const ext = d[K.externalContext];
      if (isRecordObject(ext)) urls.addLink(ext[K.url]);
    }
  }
  for (const one of media) urls.addLink(one[K.uri]);
  urls.addText(caption);

  const body: EventBody = {
    type: 'event', kind: 'post', time,
    title: fillTitle(m.title, { text: caption, count: String(media.length) }),
  };
  if (caption !== undefined) body.text = caption;
  const ip = exif.map((e) => asText(e[K.uploadIp])).find((t) => t !== undefined);
  if (ip !== undefined) body.ip = ip.trim();
  const geo = placeGeo(item) ?? exif.map((e) => coordinate(e[K.latitude], e[K.longitude])).find((g) => g !== undefined);
  if (geo) body.geo = geo;
  if (urls.urls.length > 0) body.urls = urls.urls;
  const at: JsonKey[] = [];
  return [{ body, at }];
}
