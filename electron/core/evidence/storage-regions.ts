/**
 * Storage region identifiers that providers document in their endpoint names, mapped to the
 * place the provider names for them. Row: [place, ISO country, lat, lon] (city-level, rounded;
 * null where the provider names only a country).
 *
 * Sources: AWS "Regions and Availability Zones"; Oracle "Regions and Availability Domains";
 * Alibaba Cloud OSS "Regions and endpoints"; Tencent Cloud COS "Regions and Access Endpoints"
 * (https://www.tencentcloud.com/document/product/436/6224).
 */
export type StorageProvider = 's3' | 'oci' | 'oss' | 'cos';
type RegionRow = readonly [place: string, country: string, lat: number | null, lon: number | null];

const AWS: Readonly<Record<string, RegionRow>> = {
  'us-east-1': ['N. Virginia', 'US', 38.9, -77.5],
  'us-east-2': ['Ohio', 'US', 40.0, -83.0],
  'us-west-1': ['N. California', 'US', 37.4, -122.0],
  'us-west-2': ['Oregon', 'US', 45.8, -119.7],
  'us-gov-east-1': ['GovCloud US-East', 'US', null, null],
  'us-gov-west-1': ['GovCloud US-West', 'US', null, null],
  'ca-central-1': ['Canada Central (Montreal)', 'CA', 45.5, -73.6],
  'ca-west-1': ['Calgary', 'CA', 51.0, -114.1],
  'mx-central-1': ['Mexico Central', 'MX', null, null],
  'sa-east-1': ['São Paulo', 'BR', -23.6, -46.6],
  'eu-west-1': ['Ireland', 'IE', 53.3, -6.3],
  'eu-west-2': ['London', 'GB', 51.5, -0.1],
  'eu-west-3': ['Paris', 'FR', 48.9, 2.4],
  'eu-central-1': ['Frankfurt', 'DE', 50.1, 8.7],
  'eu-central-2': ['Zurich', 'CH', 47.4, 8.5],
  'eu-north-1': ['Stockholm', 'SE', 59.3, 18.1],
  'eu-south-1': ['Milan', 'IT', 45.5, 9.2],
  'eu-south-2': ['Spain', 'ES', null, null],
  'ap-east-1': ['Hong Kong', 'HK', 22.3, 114.2],
  'ap-east-2': ['Taipei', 'TW', 25.0, 121.5],
  'ap-south-1': ['Mumbai', 'IN', 19.1, 72.9],
  'ap-south-2': ['Hyderabad', 'IN', 17.4, 78.5],
  'ap-southeast-1': ['Singapore', 'SG', 1.35, 103.8],
  'ap-southeast-2': ['Sydney', 'AU', -33.9, 151.2],
  'ap-southeast-3': ['Jakarta', 'ID', -6.2, 106.8],
  'ap-southeast-4': ['Melbourne', 'AU', -37.8, 145.0],
  'ap-southeast-5': ['Malaysia', 'MY', null, null],
  'ap-southeast-7': ['Thailand', 'TH', null, null],
  'ap-northeast-1': ['Tokyo', 'JP', 35.7, 139.7],
  'ap-northeast-2': ['Seoul', 'KR', 37.6, 127.0],
  'ap-northeast-3': ['Osaka', 'JP', 34.7, 135.5],
  'me-south-1': ['Bahrain', 'BH', null, null],
  'me-central-1': ['UAE', 'AE', null, null],
  'il-central-1': ['Tel Aviv', 'IL', 32.1, 34.8],
  'af-south-1': ['Cape Town', 'ZA', -33.9, 18.4],
  'cn-north-1': ['Beijing', 'CN', 39.9, 116.4],
  'cn-northwest-1': ['Ningxia', 'CN', 38.5, 106.3],
};

/** OCI region ids are `<area>-<city>-<n>`; the city part identifies the region. */
const OCI_CITIES: Readonly<Record<string, RegionRow>> = {
  ashburn: ['Ashburn', 'US', 39.0, -77.5],
  phoenix: ['Phoenix', 'US', 33.4, -112.1],
  sanjose: ['San Jose', 'US', 37.3, -121.9],
  chicago: ['Chicago', 'US', 41.9, -87.6],
  toronto: ['Toronto', 'CA', 43.7, -79.4],
  montreal: ['Montreal', 'CA', 45.5, -73.6],
  saopaulo: ['São Paulo', 'BR', -23.6, -46.6],
  vinhedo: ['Vinhedo', 'BR', -23.0, -47.0],
  santiago: ['Santiago', 'CL', -33.4, -70.7],
  valparaiso: ['Valparaíso', 'CL', -33.0, -71.6],
  bogota: ['Bogotá', 'CO', 4.7, -74.1],
  queretaro: ['Querétaro', 'MX', 20.6, -100.4],
  monterrey: ['Monterrey', 'MX', 25.7, -100.3],
  london: ['London', 'GB', 51.5, -0.1],
  cardiff: ['Newport (Cardiff)', 'GB', 51.6, -3.0],
  frankfurt: ['Frankfurt', 'DE', 50.1, 8.7],
  amsterdam: ['Amsterdam', 'NL', 52.4, 4.9],
  zurich: ['Zurich', 'CH', 47.4, 8.5],
  milan: ['Milan', 'IT', 45.5, 9.2],
  stockholm: ['Stockholm', 'SE', 59.3, 18.1],
  marseille: ['Marseille', 'FR', 43.3, 5.4],
  paris: ['Paris', 'FR', 48.9, 2.4],
  madrid: ['Madrid', 'ES', 40.4, -3.7],
  tokyo: ['Tokyo', 'JP', 35.7, 139.7],
  osaka: ['Osaka', 'JP', 34.7, 135.5],
  seoul: ['Seoul', 'KR', 37.6, 127.0],
  chuncheon: ['Chuncheon', 'KR', 37.9, 127.7],
  mumbai: ['Mumbai', 'IN', 19.1, 72.9],
  hyderabad: ['Hyderabad', 'IN', 17.4, 78.5],
  singapore: ['Singapore', 'SG', 1.35, 103.8],
  batam: ['Batam', 'ID', 1.1, 104.0],
  sydney: ['Sydney', 'AU', -33.9, 151.2],
  melbourne: ['Melbourne', 'AU', -37.8, 145.0],
  jeddah: ['Jeddah', 'SA', 21.5, 39.2],
  riyadh: ['Riyadh', 'SA', 24.7, 46.7],
  dubai: ['Dubai', 'AE', 25.2, 55.3],
  abudhabi: ['Abu Dhabi', 'AE', 24.5, 54.4],
  jerusalem: ['Jerusalem', 'IL', 31.8, 35.2],
  johannesburg: ['Johannesburg', 'ZA', -26.2, 28.0],
};

const ALIBABA: Readonly<Record<string, RegionRow>> = {
  'cn-hangzhou': ['Hangzhou', 'CN', 30.3, 120.2],
  'cn-shanghai': ['Shanghai', 'CN', 31.2, 121.5],
  'cn-nanjing': ['Nanjing', 'CN', 32.1, 118.8],
  'cn-qingdao': ['Qingdao', 'CN', 36.1, 120.4],
  'cn-beijing': ['Beijing', 'CN', 39.9, 116.4],
  'cn-zhangjiakou': ['Zhangjiakou', 'CN', 40.8, 114.9],
  'cn-huhehaote': ['Hohhot', 'CN', 40.8, 111.7],
  'cn-wulanchabu': ['Ulanqab', 'CN', 41.0, 113.1],
  'cn-shenzhen': ['Shenzhen', 'CN', 22.5, 114.1],
  'cn-heyuan': ['Heyuan', 'CN', 23.7, 114.7],
  'cn-guangzhou': ['Guangzhou', 'CN', 23.1, 113.3],
  'cn-chengdu': ['Chengdu', 'CN', 30.7, 104.1],
  'cn-hongkong': ['Hong Kong', 'HK', 22.3, 114.2],
  'ap-southeast-1': ['Singapore', 'SG', 1.35, 103.8],
  'ap-southeast-2': ['Sydney', 'AU', -33.9, 151.2],
  'ap-southeast-3': ['Kuala Lumpur', 'MY', 3.1, 101.7],
  'ap-southeast-5': ['Jakarta', 'ID', -6.2, 106.8],
  'ap-southeast-6': ['Manila', 'PH', 14.6, 121.0],
  'ap-southeast-7': ['Bangkok', 'TH', 13.8, 100.5],
  'ap-northeast-1': ['Tokyo', 'JP', 35.7, 139.7],
  'ap-northeast-2': ['Seoul', 'KR', 37.6, 127.0],
  'ap-south-1': ['Mumbai', 'IN', 19.1, 72.9],
  'us-west-1': ['Silicon Valley', 'US', 37.4, -122.0],
  'us-east-1': ['Virginia', 'US', 38.9, -77.5],
  'eu-central-1': ['Frankfurt', 'DE', 50.1, 8.7],
  'eu-west-1': ['London', 'GB', 51.5, -0.1],
  'me-east-1': ['Dubai', 'AE', 25.2, 55.3],
  'me-central-1': ['Riyadh', 'SA', 24.7, 46.7],
};

const TENCENT: Readonly<Record<string, RegionRow>> = {
  'ap-beijing': ['Beijing', 'CN', 39.9, 116.4],
  'ap-nanjing': ['Nanjing', 'CN', 32.1, 118.8],
  'ap-shanghai': ['Shanghai', 'CN', 31.2, 121.5],
  'ap-guangzhou': ['Guangzhou', 'CN', 23.1, 113.3],
  'ap-chengdu': ['Chengdu', 'CN', 30.7, 104.1],
  'ap-chongqing': ['Chongqing', 'CN', 29.6, 106.6],
  'ap-shenzhen-fsi': ['Shenzhen (finance)', 'CN', 22.5, 114.1],
  'ap-shanghai-fsi': ['Shanghai (finance)', 'CN', 31.2, 121.5],
  'ap-beijing-fsi': ['Beijing (finance)', 'CN', 39.9, 116.4],
  'ap-hongkong': ['Hong Kong', 'HK', 22.3, 114.2],
  'ap-singapore': ['Singapore', 'SG', 1.35, 103.8],
  'ap-mumbai': ['Mumbai', 'IN', 19.1, 72.9],
  'ap-jakarta': ['Jakarta', 'ID', -6.2, 106.8],
  'ap-seoul': ['Seoul', 'KR', 37.6, 127.0],
  'ap-bangkok': ['Bangkok', 'TH', 13.8, 100.5],
  'ap-tokyo': ['Tokyo', 'JP', 35.7, 139.7],
  'na-siliconvalley': ['Silicon Valley', 'US', 37.4, -122.0],
  'na-ashburn': ['Virginia', 'US', 39.0, -77.5],
  'na-toronto': ['Toronto', 'CA', 43.7, -79.4],
  'sa-saopaulo': ['São Paulo', 'BR', -23.6, -46.6],
  'eu-frankfurt': ['Frankfurt', 'DE', 50.1, 8.7],
  'eu-moscow': ['Moscow', 'RU', 55.8, 37.6],
};

export const STORAGE_PROVIDER_NAMES: Readonly<Record<StorageProvider, string>> = {
  s3: 'AWS', oci: 'Oracle Cloud', oss: 'Alibaba Cloud', cos: 'Tencent Cloud',
};

export interface StorageRegion {
  provider: StorageProvider;
  region: string;
  /** The provider's place name for the region, when known. */
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export function storageRegion(provider: StorageProvider, rawRegion: string): StorageRegion {
  const region = rawRegion.toLowerCase();
  let row: RegionRow | undefined;
  if (provider === 's3') row = AWS[region];
  else if (provider === 'oss') row = ALIBABA[region];
  else if (provider === 'cos') row = TENCENT[region];
  else row = OCI_CITIES[region.split('-')[1] ?? ''];
  // Unlisted mainland-China regions still name the country in their prefix.
  const country = row?.[1] ?? (provider === 'oss' && region.startsWith('cn-') && region !== 'cn-hongkong' ? 'CN' : null);
  return { provider, region, place: row?.[0] ?? null, country, lat: row?.[2] ?? null, lon: row?.[3] ?? null };
}
