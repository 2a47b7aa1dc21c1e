/**
 * Pure mapping of one My Activity item (reference §4.2) to a timeline event:
 * `{header, title, titleUrl?, subtitles?[{name, url?}], description?, details?[{name}], time,
 * products[], activityControls[], locationInfos?[{name, url, source, sourceUrl?}]}`.
 *
 * Kind from the rules in spec.ts (ads, watched, searched; else `other`); the address from a
 * "From IP address …" detail; where Google placed the activity from locationInfos (text, plus
 * coordinates when the Maps link has them). Every URL in the item is kept (hosts are counted per
 * URL occurrence).
 */
import type { EventKind } from '../../../../shared/domain';
import type { EventRecord, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseIsoTime } from '../../../../shared/time';
import { findIp } from '../common/ip';
import { asText, isRecordObject } from '../common/keys';
import { oneLine } from '../common/text';
import { fromMapsUrl } from './geo';
import { ACTIVITY_KIND_RULES, IP_DETAIL, LOCALES } from './spec';

const URL_RE = /^https?:\/\/\S+$/i;

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecordObject) : [];
}

function names(value: unknown): string[] {
  return list(value).map((x) => asText(x.name)).filter((n): n is string => n !== undefined);
}

function pushUrl(out: string[], value: unknown): void {
  const text = asText(value);
  if (text !== undefined && URL_RE.test(text.trim())) out.push(text.trim());
}

/** The product an item belongs to: `products[0]`, else `header`, else its folder. */
export function productOf(item: Record<string, unknown>, folderProduct?: string): string | undefined {
  const products = Array.isArray(item.products) ? item.products.map(asText).filter((p): p is string => p !== undefined) : [];
  return products[0] ?? asText(item.header) ?? folderProduct;
}

export function activityKind(item: Record<string, unknown>, folderProduct?: string): EventKind {
  const title = asText(item.title) ?? '';
  const details = names(item.details);
  // Every name the item's product goes by: `products[]`, `header`, the product folder.
  const products = new Set([
    ...(Array.isArray(item.products) ? item.products.map(asText) : []), asText(item.header), folderProduct,
  ].filter((p): p is string => p !== undefined));
  for (const rule of ACTIVITY_KIND_RULES) {
    if (rule.detail && !details.some((d) => rule.detail?.test(d))) continue;
    if (rule.products && !rule.products.some((p) => products.has(p))) continue;
    if (rule.title) {
      const key = rule.title;
      if (!LOCALES.some((l) => l[key].some((re) => re.test(title)))) continue;
    }
    return rule.kind;
  }
  return 'other';
}

/** "At this general area · From your device", one per locationInfo. */
function locationText(infos: Record<string, unknown>[]): string[] {
  return infos
    .map((info) => [asText(info.name), asText(info.source)].filter((s): s is string => s !== undefined).join(' · '))
    .filter((s) => s !== '');
}

/**
 * One activity item → one event. `folderProduct` is the product folder's name (`YouTube`), used
 * when the item names no product. Returns undefined for an item that is not an object.
 */
export function mapActivity(item: unknown, origin: RecordOrigin, folderProduct?: string): EventRecord | undefined {
  if (!isRecordObject(item)) return undefined;
  const timeText = asText(item.time);
  const time = timeText === undefined ? invalidTime('', 'ms') : parseIsoTime(timeText);
  const product = productOf(item, folderProduct);
  const itemTitle = asText(item.title);
  // "YouTube: Watched …", "Search: Searched for …": the product first, as My Activity lists it.
  const title = product ? (itemTitle ? `${product}: ${itemTitle}` : `${product} activity`) : (itemTitle ?? 'Google activity');

  const urls: string[] = [];
  pushUrl(urls, item.titleUrl);
  for (const sub of list(item.subtitles)) pushUrl(urls, sub.url);
  const infos = list(item.locationInfos);
  for (const info of infos) {
    pushUrl(urls, info.url);
    pushUrl(urls, info.sourceUrl);
  }

  const details = names(item.details);
  const textParts = [
    ...names(item.subtitles), asText(item.description), ...details, ...locationText(infos),
  ].filter((s): s is string => s !== undefined && s.trim() !== '');

  const record: EventRecord = {
    type: 'event', kind: activityKind(item, folderProduct), time, title: oneLine(title),
    ...origin,
  };
  if (textParts.length > 0) record.text = textParts.join('\n');
  const ip = details.filter((d) => IP_DETAIL.test(d)).map(findIp).find((x) => x !== undefined);
  if (ip !== undefined) record.ip = ip;
  if (urls.length > 0) record.urls = urls;
  for (const info of infos) {
    const geo = fromMapsUrl(info.url);
    if (geo) {
      record.geo = geo;
      break;
    }
  }
  return record;
}
