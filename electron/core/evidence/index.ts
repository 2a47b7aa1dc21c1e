/** The evidence layer's public surface (see each module for details). */
export { loadEvidenceKit, type EvidenceKit } from './load';
export { loadIpIntel, createIpIntel, type IpInfo, type IpIntel, type IpIntelData } from './ip-intel';
export { resolveGeneratedDir, MissingDataError } from './data-dir';
export { parseIp, parseIPv4, parseIPv6, type ParsedIp } from './ip-parse';
export { specialV4, specialV6, SPECIAL_RANGES, type SpecialRange } from './ip-special';
export {
  classifyNetwork, explainNetwork, curatedNetwork, NETWORK_TABLE, KIND_EXPLANATIONS, KIND_LABELS, ASN_MEANING,
  type NetworkClass, type NetworkEntry, type KindBasis,
} from './network-kinds';
export { createIataLookup, loadIataTable, type IataLookup, type IataPlace, type IataTable } from './iata';
export {
  classifyHost, classifyUrl, classifyPath, createHostKnowledge, normaliseHost, UNKNOWN_RULE,
  type HostKnowledge, type HostMatch, type PathHint, type UrlClassification,
} from './host-knowledge';
export { HOST_RULES, type HostRule } from './host-rules';
export { PATH_RULES, type PathRule } from './path-rules';
export { analyseAccess, type AccessAnalysis, type AccessOptions, type CountryRow, type NetworkRow } from './access-analysis';
export type { LoginRecord, SecurityEvent, SecurityKind } from './access-types';
export { TRAVEL_MIN_KM, TRAVEL_MAX_KMH, NEW_DEVICE_WINDOW_DAYS } from './access-flags';
export { buildFindings, countryGrade, type FindingsInput, type LinkOccurrence } from './findings';
export { airportCountryDistance, CENTROID_DISTANCE, greatCircleKm, type CountryDistance } from './geo';
export { countryName } from './country-names';
export { NOT_STORED_SENTENCE, LINKS, LOGINS, type Noun } from '../../../shared/words/location';
