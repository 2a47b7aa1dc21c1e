/**
 * Who operates a network, and what kind of network it is. Consulted in order, the first answer
 * wins and names itself (`NetworkClass.reason`):
 *   1. the curated ASN -> {provider, kind} table below (reference/location-knowledge.md §2.1,
 *      plus well-known carriers and ISPs);
 *   2. reviewed overrides (resources/network-lists/overrides.json: MEMSET AS50957 -> hosting);
 *   3. credited hosting / datacenter / VPN ASN lists (resources/network-lists/, MIT, dated);
 *   4. words in the owner's name (owner-name-rules.ts);
 *   5. otherwise an internet provider, marked as a default.
 *
 * An ASN names the network's operator, not the person using it: AS16509 means "some AWS customer,
 * or Amazon", and an iCloud Private Relay login arrives from Akamai, Cloudflare or Fastly while
 * the person is the account holder.
 */
import type { NetworkKind } from '../../../shared/domain';
import {
  ASN_MEANING, basisSentence, DEFAULT_REASON, KIND_EXPLANATIONS, type KindBasis,
} from '../../../shared/words/network-words';
import { matchOwnerName } from './owner-name-rules';

// The words about networks live in shared/words (flags are rendered from codes by the UI too).
export { ASN_MEANING, basisSentence, DEFAULT_REASON, KIND_EXPLANATIONS, KIND_LABELS, type KindBasis } from '../../../shared/words/network-words';

export interface NetworkEntry {
  provider: string;
  kind: NetworkKind;
  asns: readonly number[];
  /** Shown with the kind explanation when the default kind needs a qualifier. */
  note?: string;
}

const MIXED = 'This operator runs fixed and mobile networks under the same number.';
const VPN_EGRESS = 'Commercial VPN services often rent their exit servers here.';

/**
 * Order does not matter; every ASN appears once (a test holds this). Kinds are defaults for the
 * whole ASN: a cloud ASN also carries the provider's own traffic.
 */
export const NETWORK_TABLE: readonly NetworkEntry[] = [
  // ---- cloud ----
  { provider: 'Amazon / AWS', kind: 'cloud', asns: [16509, 14618, 8987, 7224, 38895, 214101] },
  { provider: 'Google Cloud', kind: 'cloud', asns: [396982] },
  { provider: 'Microsoft / Azure', kind: 'cloud', asns: [8075, 8068, 8069, 8070, 3598, 35106],
    note: 'Microsoft also runs its own services (Outlook, Teams, Xbox) from these networks.' },
  { provider: 'Oracle Cloud (OCI)', kind: 'cloud', asns: [31898, 54253, 33517, 6142, 46558, 11049, 1218, 15519] },
  { provider: 'Alibaba Cloud', kind: 'cloud', asns: [45102, 134963, 37963, 24429] },
  { provider: 'Tencent Cloud', kind: 'cloud', asns: [132203, 45090, 133478, 132591],
    note: 'Tencent also runs its own apps (WeChat, QQ) from these networks.' },
  { provider: 'Huawei Cloud', kind: 'cloud', asns: [136907, 55990, 141180, 131444] },
  { provider: 'Volcano Engine (ByteDance cloud)', kind: 'cloud', asns: [137718] },
  { provider: 'BytePlus (ByteDance cloud)', kind: 'cloud', asns: [150436] },
  { provider: 'Akamai Cloud (Linode)', kind: 'cloud', asns: [63949] },
  { provider: 'IBM Cloud', kind: 'cloud', asns: [36351] },

  // ---- platforms ----
  { provider: 'Google', kind: 'platform', asns: [15169, 36040, 43515, 36384, 19527, 36492],
    note: 'Google Cloud customers and Google\'s own services share some of these networks.' },
  { provider: 'ByteDance / TikTok', kind: 'platform', asns: [396986, 138699] },
  { provider: 'TikTok U.S. Data Security (USDS)', kind: 'platform', asns: [11983] },
  { provider: 'Meta', kind: 'platform', asns: [32934, 63293, 54115, 149642] },
  { provider: 'X / Twitter', kind: 'platform', asns: [13414, 35995, 63179] },
  { provider: 'Snap', kind: 'platform', asns: [395291] },
  { provider: 'Apple', kind: 'platform', asns: [714, 6185] },

  // ---- content delivery networks ----
  { provider: 'Akamai', kind: 'cdn', asns: [20940, 16625, 12222, 35994, 24319, 36183],
    note: 'Akamai is one of the operators of iCloud Private Relay exits.' },
  { provider: 'Cloudflare', kind: 'cdn', asns: [13335, 14789, 209242, 395747, 132892],
    note: 'Cloudflare also runs the WARP app and iCloud Private Relay exits.' },
  { provider: 'Fastly', kind: 'cdn', asns: [54113], note: 'Fastly is one of the operators of iCloud Private Relay exits.' },

  // ---- hosting ----
  { provider: 'DigitalOcean', kind: 'hosting', asns: [14061, 393406, 46652] },
  { provider: 'OVHcloud', kind: 'hosting', asns: [16276, 35540] },
  { provider: 'Hetzner', kind: 'hosting', asns: [24940, 213230, 212317] },
  { provider: 'M247', kind: 'hosting', asns: [9009, 16247], note: VPN_EGRESS },
  { provider: 'Datacamp / CDN77', kind: 'hosting', asns: [60068, 212238], note: VPN_EGRESS },
  { provider: 'Vultr', kind: 'hosting', asns: [20473] },
  { provider: 'Contabo', kind: 'hosting', asns: [51167] },
  { provider: 'Leaseweb', kind: 'hosting', asns: [60781, 28753] },
  { provider: 'Zenlayer', kind: 'hosting', asns: [21859] },
  { provider: 'PacketHub', kind: 'hosting', asns: [136787], note: VPN_EGRESS },
  { provider: 'Scaleway', kind: 'hosting', asns: [12876, 29447] },

  // ---- VPN companies ----
  { provider: 'Mullvad VPN', kind: 'vpn', asns: [39351, 216025] },
  { provider: 'Proton VPN', kind: 'vpn', asns: [62371, 209103, 208172, 199218] },

  // ---- mobile carriers (networks that mainly carry phone and mobile-data traffic) ----
  { provider: 'T-Mobile US', kind: 'mobile', asns: [21928] },
  { provider: 'Verizon Wireless', kind: 'mobile', asns: [22394, 6167] },
  { provider: 'AT&T Mobility', kind: 'mobile', asns: [20057] },
  { provider: 'Sprint', kind: 'mobile', asns: [10507] },
  { provider: 'EE', kind: 'mobile', asns: [12576] },
  { provider: 'Vodafone UK', kind: 'mobile', asns: [25135] },
  { provider: 'O2 UK (Virgin Media O2)', kind: 'mobile', asns: [35228] },
  { provider: 'Three UK', kind: 'mobile', asns: [206067, 60339] },
  { provider: 'Free Mobile', kind: 'mobile', asns: [51207] },
  { provider: 'Vodafone Netherlands', kind: 'mobile', asns: [33915] },
  { provider: 'Odido (T-Mobile Netherlands)', kind: 'mobile', asns: [31615] },
  { provider: 'Vodafone Italia', kind: 'mobile', asns: [30722] },
  { provider: 'T-Mobile Polska', kind: 'mobile', asns: [12912] },
  { provider: 'Play (P4)', kind: 'mobile', asns: [39603] },
  { provider: 'Plus (Polkomtel)', kind: 'mobile', asns: [8374] },
  { provider: 'Three Sweden (Hi3G)', kind: 'mobile', asns: [44034] },
  { provider: 'Turkcell', kind: 'mobile', asns: [16135] },
  { provider: 'MegaFon', kind: 'mobile', asns: [31213] },
  { provider: 'Reliance Jio', kind: 'mobile', asns: [55836] },
  { provider: 'Airtel (mobile)', kind: 'mobile', asns: [45609] },
  { provider: 'Vodafone Idea (Vi)', kind: 'mobile', asns: [55410, 38266] },
  { provider: 'TIM Brasil', kind: 'mobile', asns: [26615] },
  { provider: 'Vivo (Telefônica Brasil, mobile)', kind: 'mobile', asns: [26599] },
  { provider: 'Telcel', kind: 'mobile', asns: [28403] },
  { provider: 'NTT DOCOMO', kind: 'mobile', asns: [9605] },
  { provider: 'Rakuten Mobile', kind: 'mobile', asns: [138384] },
  { provider: 'SK Telecom', kind: 'mobile', asns: [9644] },
  { provider: 'China Mobile', kind: 'mobile', asns: [9808, 24445, 56040, 56041, 56044] },
  { provider: 'MCI (Hamrah-e Avval)', kind: 'mobile', asns: [197207] },
  { provider: 'Irancell', kind: 'mobile', asns: [44244] },

  // ---- consumer ISPs (fixed lines; some also carry mobile traffic) ----
  { provider: 'Comcast Xfinity', kind: 'isp', asns: [7922] },
  { provider: 'Charter Spectrum', kind: 'isp', asns: [20115, 11427, 20001] },
  { provider: 'Cox', kind: 'isp', asns: [22773] },
  { provider: 'Verizon (fixed)', kind: 'isp', asns: [701] },
  { provider: 'AT&T (fixed)', kind: 'isp', asns: [7018] },
  { provider: 'Lumen / CenturyLink', kind: 'isp', asns: [209] },
  { provider: 'Optimum (Cablevision)', kind: 'isp', asns: [6128] },
  { provider: 'BT', kind: 'isp', asns: [2856] },
  { provider: 'Virgin Media', kind: 'isp', asns: [5089] },
  { provider: 'Sky UK', kind: 'isp', asns: [5607] },
  { provider: 'TalkTalk', kind: 'isp', asns: [13285] },
  { provider: 'Deutsche Telekom', kind: 'isp', asns: [3320], note: MIXED },
  { provider: 'Vodafone Germany', kind: 'isp', asns: [3209], note: MIXED },
  { provider: 'Telefónica Germany (O2)', kind: 'isp', asns: [6805], note: MIXED },
  { provider: 'Orange France', kind: 'isp', asns: [3215], note: MIXED },
  { provider: 'Free', kind: 'isp', asns: [12322] },
  { provider: 'SFR', kind: 'isp', asns: [15557, 21502], note: MIXED },
  { provider: 'Bouygues Telecom', kind: 'isp', asns: [5410], note: MIXED },
  { provider: 'KPN', kind: 'isp', asns: [1136] },
  { provider: 'Movistar (Telefónica Spain)', kind: 'isp', asns: [3352], note: MIXED },
  { provider: 'Vodafone Spain', kind: 'isp', asns: [12430], note: MIXED },
  { provider: 'TIM (Telecom Italia)', kind: 'isp', asns: [3269], note: MIXED },
  { provider: 'WindTre', kind: 'isp', asns: [1267], note: MIXED },
  { provider: 'Orange Polska', kind: 'isp', asns: [5617], note: MIXED },
  { provider: 'Airtel (broadband)', kind: 'isp', asns: [24560, 9498] },
  { provider: 'Claro Brasil', kind: 'isp', asns: [28573], note: MIXED },
  { provider: 'Vivo (Telefônica Brasil, fixed)', kind: 'isp', asns: [18881, 27699, 10429] },
  { provider: 'KDDI', kind: 'isp', asns: [2516], note: MIXED },
  { provider: 'SoftBank', kind: 'isp', asns: [17676], note: MIXED },
  { provider: 'NTT Communications (OCN)', kind: 'isp', asns: [4713] },
  { provider: 'Starlink (SpaceX)', kind: 'isp', asns: [14593],
    note: 'Satellite internet: the address can be registered far from where the dish is.' },
  { provider: 'China Telecom', kind: 'isp', asns: [4134] },
  { provider: 'China Unicom', kind: 'isp', asns: [4837], note: MIXED },
];


export interface NetworkClass {
  provider: string | null;
  kind: NetworkKind;
  basis: KindBasis;
  /**
   * The reason in one line, stored with the IP and shown in `analyze --json`:
   * `curated`, `override: <reason> (<source>)`, `list:<id> (<date>)`, `rule:owner-name "<word>"`,
   * `default: …`, `special: <range>`, `none: …`.
   */
  reason: string;
  note: string | null;
}

/** One credited ASN list as compiled into resources/generated/network-lists.json. */
export interface AsnList {
  id: string;
  kind: NetworkKind;
  /** Date of the list's commit (YYYY-MM-DD). */
  date: string;
  licence: string;
  asns: readonly number[];
}

export interface NetworkOverride {
  asn: number;
  kind: NetworkKind;
  reason: string;
  source: string;
}

export interface NetworkLists {
  /** Consulted in order: the first list naming an ASN decides. */
  lists: readonly AsnList[];
  overrides: readonly NetworkOverride[];
}

export const NO_NETWORK_LISTS: NetworkLists = { lists: [], overrides: [] };

const BY_ASN: ReadonlyMap<number, NetworkEntry> = new Map(NETWORK_TABLE.flatMap((e) => e.asns.map((a) => [a, e] as const)));

export function curatedNetwork(asn: number): NetworkEntry | undefined {
  return BY_ASN.get(asn);
}

export const NONE_REASON = 'none: no network data for this address';

/** A classifier bound to one set of lists: ASN lookups are map hits. */
export function networkClassifier(data: NetworkLists = NO_NETWORK_LISTS): (asn: number | null, org: string | null) => NetworkClass {
  const overrides = new Map(data.overrides.map((o) => [o.asn, o] as const));
  const listed = new Map<number, AsnList>();
  for (const list of data.lists) for (const a of list.asns) if (!listed.has(a)) listed.set(a, list);
  return (asn, org) => {
    if (asn !== null) {
      const e = BY_ASN.get(asn);
      if (e) return { provider: e.provider, kind: e.kind, basis: 'curated', reason: 'curated', note: e.note ?? null };
      const o = overrides.get(asn);
      if (o) return { provider: null, kind: o.kind, basis: 'override', reason: `override: ${o.reason} (source: ${o.source})`, note: null };
      const l = listed.get(asn);
      if (l) return { provider: null, kind: l.kind, basis: 'list', reason: `list:${l.id} (${l.date})`, note: null };
    }
    if (!org) return { provider: null, kind: 'unknown', basis: 'none', reason: NONE_REASON, note: null };
    const m = matchOwnerName(org);
    if (m) return { provider: null, kind: m.kind, basis: 'heuristic', reason: `rule:owner-name "${m.word}"`, note: null };
    return { provider: null, kind: 'isp', basis: 'heuristic', reason: DEFAULT_REASON, note: null };
  };
}

const WITHOUT_LISTS = networkClassifier();

/** Curated kind for known ASNs, else (without lists) a labelled guess from the organisation name. */
export function classifyNetwork(asn: number | null, org: string | null, lists?: NetworkLists): NetworkClass {
  return (lists ? networkClassifier(lists) : WITHOUT_LISTS)(asn, org);
}


/** Full explanation for one network: kind, optional note, the ASN rule, and whether we guessed. */
export function explainNetwork(c: NetworkClass): string {
  const parts = [KIND_EXPLANATIONS[c.kind]];
  if (c.note) parts.push(c.note);
  if (c.kind !== 'private' && c.kind !== 'unknown') parts.push(ASN_MEANING);
  const why = basisSentence(c.basis, c.reason);
  if (why) parts.push(why);
  return parts.join(' ');
}
