/**
 * Hostname conventions (reference/location-knowledge.md §3.2), as data. Rules are tried in order
 * and the first match wins, so specific tokens come before the domains that carry them. Every
 * rule lists `examples` that must match it and no earlier rule (test/unit/evidence/host-rules.test.ts).
 *
 * Patterns run on the lower-cased host with any port and trailing dot removed.
 */
import type { HostLocation } from '../../../shared/api';
import type { Grade } from '../../../shared/domain';
import type { StorageProvider } from './storage-regions';
import type { Confidence } from '../../../shared/words/location';

export type RuleLocation =
  /** A fixed place; `label` doubles as the place phrase in statements. */
  | { type: 'fixed'; location: HostLocation; claim: 'cluster' | 'delivery' }
  /** An IATA code in capture group `group`: an edge PoP (or an FNA cache inside an ISP). */
  | { type: 'iata'; group: number; insideIsp: boolean }
  /** A documented storage region in capture group `group`. */
  | { type: 'storage'; provider: StorageProvider; group: number }
  /** No location in the name; `via` completes "delivered via …". */
  | { type: 'none'; via: string };

export interface HostRule {
  id: string;
  pattern: RegExp;
  owner: string;
  grade: Grade;
  location: RuleLocation;
  /** F rules: the token quoted in statements ("-va") and how sure the public evidence is. */
  token?: string;
  confidence?: Confidence;
  /** Public source behind the rule. */
  basis: string;
  examples: readonly string[];
}

// ---- places ----

const cluster = (label: string, country: string | null, lat: number | null = null, lon: number | null = null): HostLocation =>
  ({ label, kind: 'cluster', country, lat, lon });

export const TIKTOK_PLACES = {
  va: cluster('TikTok\'s Virginia (US-East) cluster', 'US', 37.5, -78.8),
  sg: cluster('TikTok\'s Singapore cluster', 'SG', 1.35, 103.82),
  useast: cluster('TikTok\'s US-East regional cluster (operator unknown)', 'US'),
  usds: cluster('TikTok\'s US data-security environment (USDS, run on Oracle Cloud)', 'US'),
  no: cluster('TikTok\'s Norway cluster (Project Clover, Hamar region)', 'NO', 60.8, 11.07),
  euttp: cluster('TikTok\'s European "trusted" environment (Project Clover)', null),
} as const;

const delivery = (label: string, country: string | null): HostLocation => ({ label, kind: 'edge', country, lat: null, lon: null });

// ---- sources ----

const SRC = {
  tosConfig: '`mybediffcult/mysqldiff` app/config/tos.default.js (maps `va` to `…maliva`, `sg` to `…alisg`); https://usds.tiktok.com/delivering-on-our-us-data-governance/ ("Our Virginia data center", Singapore backup)',
  useast: 'Regional API hostnames used by many public TikTok clients (location-knowledge §3.2); operator not documented',
  usds: 'Co-occurrence only: `-tx` suffix on the US-only domain; https://usds.tiktok.com/delivering-on-our-us-data-governance/ ("100% of US user traffic is being routed to Oracle Cloud Infrastructure")',
  clover: 'https://www.siliconrepublic.com/enterprise/tiktok-europe-project-clover-investment-data-centres-norway-dublin (Project Clover: "two in Dublin and one in the Hamar region of Norway")',
  ttDomains: 'TikTok regional delivery and API domains seen throughout public code (location-knowledge §3.2); counter-examples exist, so not storage',
  bytedance: 'ByteDance-owned infrastructure domains (allow-lists and app code, location-knowledge §3.2); `lf16`/`sf16`/`p16`/`v16m` prefixes are pool names, not places',
  metaEdge: 'https://www.catchpoint.com/blog/facebook-cdn ("The hostnames have a code for the CDN edge serving the content")',
  metaFna: 'https://anuragbhatia.com/2022/07/networking/isp-column/facebook-cache-fna-updates-july-2022 ("scontent.fXXXY-Z.fna.fbcdn.net. Here XXX belongs to airport code"); Meta FNA Technical Overview (April 2022)',
  s3: 'AWS S3 virtual-hosted-style endpoints `<bucket>.s3.<region>.amazonaws.com` (https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html)',
  oci: 'Oracle Object Storage endpoints `objectstorage.<region>.oraclecloud.com` (https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/)',
  oss: 'Alibaba Cloud OSS endpoints `oss-<region>.aliyuncs.com` (https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints)',
  cos: 'Tencent Cloud COS endpoints `<bucket>-<appid>.cos.<region>.myqcloud.com` (https://www.tencentcloud.com/document/product/436/6224)',
  akamai: 'https://techdocs.akamai.com/property-mgr/reference/modify-property-hostnames (edge hostnames end in .akamaized.net, .edgekey.net, .edgesuite.net); no location encoded',
  cloudfront: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/general-helper-methods.html (the POP appears only in response headers, not the hostname)',
  fastly: 'https://fastly.com/documentation/reference/http/http-headers/X-Served-By (the POP appears only in response headers)',
  noRegion: 'The provider\'s hostname format carries no region (location-knowledge §3.2)',
  google: 'Domains registered to Google LLC (google.<country> for its country sites; Tenor acquired by Google in 2018); the hostname format carries no region',
} as const;

// Registrable domains Google operates besides google.<country>: content, video, ads and
// measurement, Tenor (GIFs, Google since 2018), sign-in and update hosts.
const GOOGLE_DOMAINS = [
  'googleusercontent.com', 'googlevideo.com', 'ggpht.com', 'ytimg.com', 'gstatic.com', 'googleapis.com', 'youtube.com',
  'youtu.be', 'youtube-nocookie.com', '1e100.net', 'blogspot.com', 'blogger.com', 'googlesyndication.com',
  'googleadservices.com', 'doubleclick.net', 'googletagmanager.com', 'googletagservices.com', 'google-analytics.com',
  'app-measurement.com', 'tenor.com', 'gvt1.com', 'gvt2.com', 'withgoogle.com', 'goo.gl', 'g.co', 'gmail.com',
  'googlemail.com', 'recaptcha.net', 'googledrive.com', 'android.com',
].map((d) => d.replace(/[.]/g, String.raw`\.`)).join('|');

// Registrable domains ByteDance uses for TikTok; a token only counts on one of these.
const TT = String.raw`(?:tiktokcdn(?:-us|-eu)?\.com|tiktokv\.(?:com|us|eu)|ibytedtos\.com|byteoversea\.com|ibyteimg\.com|byteimg\.com|ttwstatic\.com|muscdn\.com|isnssdk\.com|pstatp\.com)`;
/**
 * A token that is a whole `-`/`.`-separated piece of a ByteDance hostname. Two-letter tokens
 * (`va`, `sg`, `no`) must also end their label, as in every documented example
 * (`p16-sign-va.`, `sf-tk-sg.`, `p16-pu-sign-no.`): mid-label they could be ordinary words.
 */
const ttToken = (token: string, endsLabel = false): RegExp =>
  new RegExp(String.raw`^(?:[a-z0-9-]+\.)*?(?:[a-z0-9-]*-)?(${token})(?:${endsLabel ? String.raw`\.` : '[.-]'}[a-z0-9.-]*)?\.${TT}$`);
const domain = (d: string): RegExp => new RegExp(String.raw`(?:^|\.)(?:${d})$`);

export const HOST_RULES: readonly HostRule[] = [
  // ---------- B: documented storage endpoints ----------
  {
    id: 'aws-s3-region', owner: 'Amazon Web Services', grade: 'B',
    pattern: /^(?:[a-z0-9.-]+\.)?s3(?:-website)?[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonaws\.com(?:\.cn)?$/,
    location: { type: 'storage', provider: 's3', group: 1 }, basis: SRC.s3,
    examples: ['my-bucket.s3.eu-west-1.amazonaws.com', 's3.us-east-1.amazonaws.com', 'media.s3-ap-southeast-1.amazonaws.com', 'b.s3.dualstack.eu-central-1.amazonaws.com'],
  },
  {
    id: 'oci-object-storage', owner: 'Oracle Cloud', grade: 'B',
    pattern: /^(?:[a-z0-9-]+\.)?objectstorage\.([a-z]+-[a-z]+-\d)\.(?:oraclecloud\.com|oci\.customer-oci\.com)$/,
    location: { type: 'storage', provider: 'oci', group: 1 }, basis: SRC.oci,
    examples: ['objectstorage.us-ashburn-1.oraclecloud.com', 'axabc123.objectstorage.eu-frankfurt-1.oci.customer-oci.com'],
  },
  {
    id: 'alibaba-oss', owner: 'Alibaba Cloud', grade: 'B',
    pattern: /^(?:[a-z0-9-]+\.)?oss-([a-z]{2}-[a-z]+(?:-\d)?)(?:-internal)?\.aliyuncs\.com$/,
    location: { type: 'storage', provider: 'oss', group: 1 }, basis: SRC.oss,
    examples: ['oss-ap-southeast-1.aliyuncs.com', 'bucket.oss-cn-hangzhou.aliyuncs.com'],
  },
  {
    id: 'tencent-cos', owner: 'Tencent Cloud', grade: 'B',
    pattern: /^(?:[a-z0-9-]+\.)?cos\.([a-z]{2}-[a-z]+(?:-fsi)?)\.myqcloud\.com$/,
    location: { type: 'storage', provider: 'cos', group: 1 }, basis: SRC.cos,
    examples: ['examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com', 'cos.na-ashburn.myqcloud.com'],
  },

  // ---------- F: TikTok / ByteDance host tokens ----------
  {
    id: 'tiktok-host-useast5', owner: 'TikTok (ByteDance)', grade: 'F', token: 'useast5', confidence: 'low',
    pattern: ttToken('useast5'), location: { type: 'fixed', location: TIKTOK_PLACES.usds, claim: 'cluster' }, basis: SRC.usds,
    examples: ['api16-normal-useast5.us.tiktokv.com'],
  },
  {
    id: 'tiktok-host-useast', owner: 'TikTok (ByteDance)', grade: 'F', token: 'useast1a/useast2a', confidence: 'low to medium',
    pattern: ttToken('useast[12]a'), location: { type: 'fixed', location: TIKTOK_PLACES.useast, claim: 'cluster' }, basis: SRC.useast,
    examples: ['api16-normal-c-useast1a.tiktokv.com', 'api22-normal-c-useast2a.tiktokv.com', 'tnc16-useast1a.byteoversea.com'],
  },
  {
    id: 'tiktok-host-va', owner: 'TikTok (ByteDance)', grade: 'F', token: '-va', confidence: 'medium',
    pattern: ttToken('va', true), location: { type: 'fixed', location: TIKTOK_PLACES.va, claim: 'cluster' }, basis: SRC.tosConfig,
    examples: ['p16-sign-va.tiktokcdn.com', 'sf16-muse-va.ibytedtos.com', 'v16-webapp-va.tiktokcdn.com'],
  },
  {
    id: 'tiktok-host-maliva', owner: 'TikTok (ByteDance)', grade: 'F', token: 'maliva', confidence: 'medium',
    pattern: ttToken('maliva'), location: { type: 'fixed', location: TIKTOK_PLACES.va, claim: 'cluster' }, basis: SRC.tosConfig,
    examples: ['tnc16-maliva.byteoversea.com'],
  },
  {
    id: 'tiktok-host-sg', owner: 'TikTok (ByteDance)', grade: 'F', token: '-sg', confidence: 'medium',
    pattern: ttToken('sg', true), location: { type: 'fixed', location: TIKTOK_PLACES.sg, claim: 'cluster' }, basis: SRC.tosConfig,
    examples: ['p16-sign-sg.tiktokcdn.com', 'sf-tk-sg.ibytedtos.com'],
  },
  {
    // "ali" is possibly Alibaba Cloud Singapore; no source confirms it, so statements do not say so.
    id: 'tiktok-host-alisg', owner: 'TikTok (ByteDance)', grade: 'F', token: 'alisg', confidence: 'medium',
    pattern: ttToken('alisg'), location: { type: 'fixed', location: TIKTOK_PLACES.sg, claim: 'cluster' }, basis: SRC.tosConfig,
    examples: ['tnc16-alisg.byteoversea.com'],
  },
  {
    id: 'tiktok-host-no1a', owner: 'TikTok (ByteDance)', grade: 'F', token: 'no1a', confidence: 'low to medium',
    pattern: ttToken('no1a'), location: { type: 'fixed', location: TIKTOK_PLACES.no, claim: 'cluster' }, basis: SRC.clover,
    examples: ['api16-normal-no1a.tiktokv.eu'],
  },
  {
    id: 'tiktok-host-no', owner: 'TikTok (ByteDance)', grade: 'F', token: '-no', confidence: 'low to medium',
    pattern: ttToken('no', true), location: { type: 'fixed', location: TIKTOK_PLACES.no, claim: 'cluster' }, basis: SRC.clover,
    examples: ['p16-pu-sign-no.tiktokcdn-eu.com'],
  },

  // ---------- F: TikTok regional domains (delivery region, not storage) ----------
  {
    id: 'tiktok-domain-us', owner: 'TikTok (ByteDance)', grade: 'F', token: 'tiktokcdn-us.com', confidence: 'medium',
    pattern: domain(String.raw`tiktokcdn-us\.com`),
    location: { type: 'fixed', location: delivery('TikTok\'s US delivery network', 'US'), claim: 'delivery' }, basis: SRC.ttDomains,
    examples: ['v16m.tiktokcdn-us.com', 'p16-sign.tiktokcdn-us.com'],
  },
  {
    id: 'tiktok-domain-eu', owner: 'TikTok (ByteDance)', grade: 'F', token: 'tiktokcdn-eu.com', confidence: 'medium',
    pattern: domain(String.raw`tiktokcdn-eu\.com`),
    location: { type: 'fixed', location: delivery('TikTok\'s European delivery network', null), claim: 'delivery' }, basis: SRC.ttDomains,
    examples: ['v15m.tiktokcdn-eu.com'],
  },
  {
    id: 'tiktok-api-us', owner: 'TikTok (ByteDance)', grade: 'F', token: 'tiktokv.us', confidence: 'medium',
    pattern: domain(String.raw`tiktokv\.us`),
    location: { type: 'fixed', location: delivery('TikTok\'s US service endpoints', 'US'), claim: 'delivery' }, basis: SRC.ttDomains,
    examples: ['api.tiktokv.us', 'webcast16-normal-c.tiktokv.us'],
  },
  {
    id: 'tiktok-api-eu', owner: 'TikTok (ByteDance)', grade: 'F', token: 'tiktokv.eu', confidence: 'medium',
    pattern: domain(String.raw`tiktokv\.eu`),
    location: { type: 'fixed', location: delivery('TikTok\'s European service endpoints', null), claim: 'delivery' }, basis: SRC.ttDomains,
    examples: ['api16-normal.tiktokv.eu'],
  },

  // ---------- E: Meta edge and FNA hostnames (IATA code = edge near the requester) ----------
  {
    id: 'meta-edge-iata', owner: 'Meta', grade: 'E',
    pattern: /^(?:scontent|video|instagram|external|static)-([a-z]{3})\d+-\d+\.(?:(?:xx\.)?fbcdn\.net|cdninstagram\.com)$/,
    location: { type: 'iata', group: 1, insideIsp: false }, basis: SRC.metaEdge,
    examples: ['scontent-lhr8-1.cdninstagram.com', 'scontent-sin6-2.xx.fbcdn.net', 'video-iad3-1.xx.fbcdn.net', 'scontent-frt3-1.cdninstagram.com'],
  },
  {
    id: 'meta-fna-iata', owner: 'Meta', grade: 'E',
    pattern: /^(?:scontent|video|instagram|external)\.f([a-z]{3})\d+-\d+\.fna\.fbcdn\.net$/,
    location: { type: 'iata', group: 1, insideIsp: true }, basis: SRC.metaFna,
    examples: ['instagram.fsyd6-1.fna.fbcdn.net', 'instagram.fist13-1.fna.fbcdn.net', 'instagram.fcgk43-1.fna.fbcdn.net', 'scontent.flhr1-2.fna.fbcdn.net'],
  },

  // ---------- G: owners known, no location in the name ----------
  {
    id: 'akamai-tiktok', owner: 'Akamai (delivering TikTok content)', grade: 'G',
    pattern: /(?:^|[.-])tiktok[a-z0-9-]*\.akamaized\.net$/,
    location: { type: 'none', via: 'Akamai\'s global delivery network, carrying TikTok content' }, basis: SRC.akamai,
    examples: ['p16-tiktokcdn-com.akamaized.net', 'v16m-tiktokcdn-com.akamaized.net'],
  },
  {
    id: 'akamai', owner: 'Akamai', grade: 'G',
    pattern: domain(String.raw`akamaized\.net|akamaihd\.net|akamaiedge\.net|akamai\.net|akamaitechnologies\.com|akamaistream\.net|edgekey\.net|edgesuite\.net`),
    location: { type: 'none', via: 'Akamai\'s global delivery network' }, basis: SRC.akamai,
    examples: ['a1234.g.akamai.net', 'e5678.x.akamaiedge.net', 'www.example.com.edgekey.net', 'img.example.com.edgesuite.net', 'media-cdn.akamaized.net'],
  },
  {
    id: 'tiktok-cdn-global', owner: 'TikTok (ByteDance)', grade: 'G',
    pattern: domain(String.raw`tiktokcdn\.com`),
    location: { type: 'none', via: 'TikTok\'s worldwide delivery network' }, basis: SRC.ttDomains,
    examples: ['p16-sign.tiktokcdn.com', 'v16m.tiktokcdn.com', 'lf16-tiktok-web.tiktokcdn.com'],
  },
  {
    id: 'tiktok-api-global', owner: 'TikTok (ByteDance)', grade: 'G',
    pattern: domain(String.raw`tiktokv\.com`),
    location: { type: 'none', via: 'TikTok\'s worldwide service endpoints' }, basis: SRC.ttDomains,
    examples: ['api16-normal-c.tiktokv.com'],
  },
  {
    id: 'bytedance-infra', owner: 'ByteDance', grade: 'G',
    pattern: domain(String.raw`ibytedtos\.com|byteoversea\.com|ibyteimg\.com|byteimg\.com|ttwstatic\.com|muscdn\.com|isnssdk\.com|pstatp\.com|bytedance\.com`),
    location: { type: 'none', via: 'ByteDance\'s own infrastructure' }, basis: SRC.bytedance,
    examples: ['lf16-tiktok-common.ibytedtos.com', 'log.byteoversea.com', 'p16-tiktok-sign.ibyteimg.com', 's16.byteimg.com', 'sf16-website-login.neutral.ttwstatic.com', 'p16.muscdn.com', 'mon.isnssdk.com', 'lf3-hscdn-tos.pstatp.com'],
  },
  {
    id: 'tiktok-web', owner: 'TikTok (ByteDance)', grade: 'G',
    pattern: domain(String.raw`tiktok\.com`),
    location: { type: 'none', via: 'TikTok\'s website' }, basis: SRC.ttDomains,
    examples: ['www.tiktok.com', 'm.tiktok.com'],
  },
  {
    id: 'meta-other', owner: 'Meta', grade: 'G',
    pattern: domain(String.raw`fbcdn\.net|cdninstagram\.com|fbsbx\.com|facebook\.com|facebook\.net|fb\.com|instagram\.com|threads\.net|whatsapp\.net|whatsapp\.com`),
    location: { type: 'none', via: 'Meta\'s delivery network (no server code in this address)' }, basis: SRC.metaEdge,
    examples: ['scontent.cdninstagram.com', 'scontent.xx.fbcdn.net', 'static.xx.fbcdn.net', 'lookaside.fbsbx.com', 'www.instagram.com', 'www.facebook.com'],
  },
  {
    id: 'aws-cloudfront', owner: 'Amazon CloudFront', grade: 'G',
    pattern: domain(String.raw`cloudfront\.net`),
    location: { type: 'none', via: 'Amazon CloudFront\'s global delivery network' }, basis: SRC.cloudfront,
    examples: ['d1a2b3c4d5e6f7.cloudfront.net'],
  },
  {
    id: 'aws-s3-global', owner: 'Amazon Web Services', grade: 'G',
    pattern: /^(?:[a-z0-9.-]+\.)?s3(?:-external-1|-accelerate)?\.amazonaws\.com$/,
    location: { type: 'none', via: 'Amazon S3\'s global address (it names no region)' }, basis: SRC.s3,
    examples: ['my-bucket.s3.amazonaws.com', 'my-bucket.s3-accelerate.amazonaws.com'],
  },
  {
    id: 'fastly', owner: 'Fastly', grade: 'G',
    pattern: domain(String.raw`fastly\.net|fastlylb\.net`),
    location: { type: 'none', via: 'Fastly\'s global delivery network' }, basis: SRC.fastly,
    examples: ['example.global.ssl.fastly.net', 'dualstack.map.fastly.net'],
  },
  {
    id: 'cloudflare', owner: 'Cloudflare', grade: 'G',
    pattern: domain(String.raw`cdn\.cloudflare\.net|cloudflare\.com|cloudflarestorage\.com|r2\.dev`),
    location: { type: 'none', via: 'Cloudflare\'s anycast network' }, basis: SRC.noRegion,
    examples: ['example.com.cdn.cloudflare.net', 'pub-abc.r2.dev'],
  },
  {
    id: 'azure-blob', owner: 'Microsoft Azure', grade: 'G',
    pattern: domain(String.raw`blob\.core\.windows\.net|azureedge\.net|azurefd\.net`),
    location: { type: 'none', via: 'Microsoft Azure\'s file service (the address names no region)' }, basis: SRC.noRegion,
    examples: ['myaccount.blob.core.windows.net', 'example.azureedge.net'],
  },
  {
    id: 'google-cloud-files', owner: 'Google Cloud', grade: 'G',
    pattern: /^(?:[a-z0-9.-]+\.)?storage\.googleapis\.com$/,
    location: { type: 'none', via: 'Google Cloud\'s file service (the address names no region)' }, basis: SRC.noRegion,
    examples: ['storage.googleapis.com', 'my-bucket.storage.googleapis.com'],
  },
  {
    id: 'google', owner: 'Google', grade: 'G',
    // Google's own domains, including every country domain (google.ca, google.co.uk,
    // google.com.au) and its ad, analytics and GIF (Tenor) domains; subdomains included.
    pattern: domain(String.raw`google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|${GOOGLE_DOMAINS}`),
    location: { type: 'none', via: 'Google\'s global network' }, basis: SRC.google,
    examples: ['lh3.googleusercontent.com', 'rr3---sn-a5mekn6s.googlevideo.com', 'i.ytimg.com', 'photos.google.com', 'www.youtube.com',
      'google.ca', 'maps.google.ca', 'www.google.co.uk', 'www.google.com.au', 'www.google.de', 'tpc.googlesyndication.com',
      'media.tenor.com', 'tenor.com', 'stats.g.doubleclick.net', 'www.googletagmanager.com', 'www.google-analytics.com'],
  },
  {
    id: 'x-twitter', owner: 'X (Twitter)', grade: 'G',
    pattern: domain(String.raw`twimg\.com|twitter\.com|x\.com|t\.co`),
    location: { type: 'none', via: 'X\'s delivery network' }, basis: SRC.noRegion,
    examples: ['pbs.twimg.com', 'video.twimg.com', 'abs.twimg.com', 'x.com', 't.co'],
  },
  {
    id: 'snap', owner: 'Snap', grade: 'G',
    pattern: domain(String.raw`sc-cdn\.net|snapchat\.com|snap\.com`),
    location: { type: 'none', via: 'Snap\'s delivery network (run on other companies\' CDNs)' }, basis: SRC.noRegion,
    examples: ['cf-st.sc-cdn.net', 'bolt-gcdn.sc-cdn.net', 'gcdn-st.sc-cdn.net'],
  },
  {
    id: 'apple', owner: 'Apple', grade: 'G',
    pattern: domain(String.raw`icloud-content\.com|mzstatic\.com|icloud\.com|apple\.com`),
    location: { type: 'none', via: 'Apple\'s network' }, basis: SRC.noRegion,
    examples: ['p123-content.icloud-content.com', 'is1-ssl.mzstatic.com'],
  },
];
