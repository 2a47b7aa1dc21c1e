/**
 * Pure mapping of one My Activity item (reference §4.2) to timeline events:
 * `{header, title, titleUrl?, subtitles?[{name, url?}], description?, details?[{name}], time,
 * products[], activityControls[], locationInfos?[{name, url, source, sourceUrl?}]}`.
 *
 * Kind from the rules in spec.ts (ad clicks, searches, ads shown, videos watched; else `other`);
 * the address from a "From IP address …" detail; the advertiser of an ad entry; Google redirect
 * links replaced by their targets; each locationInfo as a `location` event of its own (with
 * coordinates when the Maps link has them). Every URL in the item is kept (hosts are counted per
 * URL occurrence).
 */
import type { EventKind } from '../../../../shared/domain';
import type { EventRecord, RecordOrigin } from '../../../../shared/records';
import { invalidTime, parseIsoTime } from '../../../../shared/time';
import { findIp } from '../common/ip';
import { asText, isRecordObject } from '../common/keys';
import { oneLine } from '../common/text';
import { fromMapsUrl, placeOfMapsUrl } from './geo';
import { ACTIVITY_KIND_RULES, ADS_PRODUCTS, IP_DETAIL, LOCALES } from './spec';

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

/** Hosts of Google's own redirect pages, whose target is a query parameter. */
const GOOGLE_HOST = /(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/i;
/** `google.com/url?q=<target>` (and `url=`), `google.com/aclk?…&adurl=<target>`: the target, else undefined. */
export function redirectTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!GOOGLE_HOST.test(parsed.hostname)) return undefined;
  const param = parsed.pathname === '/url' ? parsed.searchParams.get('q') ?? parsed.searchParams.get('url')
    : parsed.pathname === '/aclk' ? parsed.searchParams.get('adurl') : null;
  return param !== null && URL_RE.test(param.trim()) ? param.trim() : undefined;
}

/**
 * A URL as the records keep it: a Google redirect is replaced by its target, so the host that is
 * analysed is the page really opened (the original stays in `raw`, the item as written).
 */
function pushTarget(out: string[], value: unknown): void {
  const text = asText(value)?.trim();
  if (text === undefined || !URL_RE.test(text)) return;
  out.push(redirectTarget(text) ?? text);
}

/** "At this general area · From your device", one per locationInfo. */
function locationText(infos: Record<string, unknown>[]): string[] {
  return infos
    .map((info) => [asText(info.name), asText(info.source)].filter((s): s is string => s !== undefined).join(' · '))
    .filter((s) => s !== '');
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

const DOMAIN = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/i;
const FIRST_PARTY_HOST = /(^|\.)(google\.[a-z.]+|youtube\.com|doubleclick\.net|googleadservices\.com)$/i;

/**
 * Who advertised, for an ad entry: the `header` when it is not a product's name (the Ads list
 * names the advertiser's site there: "vox.com"), else the host a click led to, else a domain
 * written after the title's verb ("Visited vox.com"). Undefined when nothing names one.
 */
export function advertiserOf(item: Record<string, unknown>, products: ReadonlySet<string>, target: string | undefined): string | undefined {
  const header = asText(item.header)?.trim();
  if (header && !products.has(header) && !ADS_PRODUCTS.includes(header)) return header;
  const host = hostOf(target);
  if (host && !FIRST_PARTY_HOST.test(host)) return host;
  const title = asText(item.title)?.trim() ?? '';
  const rest = /^\S+(?:\s+(?:for|ad from|an ad from))?\s+(.+)$/.exec(title)?.[1];
  const domain = rest === undefined ? undefined : DOMAIN.exec(rest.trim())?.[1];
  return domain && !FIRST_PARTY_HOST.test(domain) ? domain.toLowerCase() : undefined;
}

/** `products[]` and the product folder: the names a `header` that is not an advertiser would have. */
function productNames(item: Record<string, unknown>, folderProduct?: string): Set<string> {
  return new Set([...(Array.isArray(item.products) ? item.products.map(asText) : []), folderProduct].filter((p): p is string => p !== undefined));
}

/**
 * `locationInfos[j]` `{name, url, source, sourceUrl?}` → a `location` event at the activity's
 * time: where Google placed the person when it recorded the activity, and how it knew (`source`:
 * "From your device", "From your Location History", "Based on your past activity"). Coordinates
 * come from the Maps link's `center=` (or `@lat,lng`), a place name from a place link.
 */
function locationRecord(info: Record<string, unknown>, j: number, time: EventRecord['time'], origin: RecordOrigin, activity: string): EventRecord {
  const name = asText(info.name);
  const source = asText(info.source);
  const place = placeOfMapsUrl(info.url);
  const what = place ?? name ?? 'a place';
  const record: EventRecord = {
    type: 'event', kind: 'location', time, title: oneLine(`Location: ${what}${source ? ` (${source})` : ''}`),
    member: origin.member, pointer: `${origin.pointer}/locationInfos/${j}`, raw: info,
  };
  const urls: string[] = [];
  pushUrl(urls, info.url);
  pushUrl(urls, info.sourceUrl);
  if (urls.length > 0) record.urls = urls;
  const geo = fromMapsUrl(info.url);
  if (geo) record.geo = geo;
  record.text = [place && name ? name : undefined, source && `Source: ${source}`, `Recorded with: ${activity}`].filter(Boolean).join('\n');
  return record;
}

/**
 * One activity item → its event, then one `location` event per `locationInfos` entry.
 * `folderProduct` is the product folder's name (`YouTube`), used when the item names no product.
 * Returns undefined for an item that is not an object.
 */
export function mapActivity(item: unknown, origin: RecordOrigin, folderProduct?: string): EventRecord[] | undefined {
  if (!isRecordObject(item)) return undefined;
  const timeText = asText(item.time);
  const time = timeText === undefined ? invalidTime('', 'ms') : parseIsoTime(timeText);
  const product = productOf(item, folderProduct);
  const itemTitle = asText(item.title);
  // "YouTube: Watched …", "Search: Searched for …": the product first, as My Activity lists it.
  const title = product ? (itemTitle ? `${product}: ${itemTitle}` : `${product} activity`) : (itemTitle ?? 'Google activity');

  const urls: string[] = [];
  pushTarget(urls, item.titleUrl);
  for (const sub of list(item.subtitles)) pushTarget(urls, sub.url);
  const infos = list(item.locationInfos);

  const details = names(item.details);
  const textParts = [
    ...names(item.subtitles), asText(item.description), ...details, ...locationText(infos),
  ].filter((s): s is string => s !== undefined && s.trim() !== '');

  const kind = activityKind(item, folderProduct);
  const record: EventRecord = { type: 'event', kind, time, title: oneLine(title), ...origin };
  if (textParts.length > 0) record.text = textParts.join('\n');
  const ip = details.filter((d) => IP_DETAIL.test(d)).map(findIp).find((x) => x !== undefined);
  if (ip !== undefined) record.ip = ip;
  if (urls.length > 0) record.urls = urls;
  if (kind === 'ad_impression' || kind === 'ad_click') {
    const titleUrl = asText(item.titleUrl)?.trim();
    const advertiser = advertiserOf(item, productNames(item, folderProduct), titleUrl === undefined ? undefined : redirectTarget(titleUrl) ?? titleUrl);
    if (advertiser) record.advertiser = advertiser;
  }
  return [record, ...infos.map((info, j) => locationRecord(info, j, time, origin, oneLine(title)))];
}
