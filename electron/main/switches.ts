/**
 * Chromium command-line switches applied before `ready`, each closing a path by which Chromium
 * itself (not our code) could reach the network. Pure data; index.ts appends them.
 */
export interface Switch {
  name: string;
  value?: string;
  why: string;
}

/**
 * Chromium features that talk to Google services on their own. Chromium ignores names it does not
 * know, so a feature renamed in a later version costs nothing but must be re-checked on upgrade.
 * Safe Browsing has no single feature switch; the two `safebrowsing`/`phishing` switches below
 * cover it (and Electron does not ship the Safe Browsing service at all).
 */
export const DISABLED_FEATURES = [
  'AutofillServerCommunication', // form-field type predictions fetched from Google
  'OptimizationHints', // page-load hints from the Optimization Guide service
  'OptimizationHintsFetching',
  'OptimizationGuideModelDownloading', // on-device ML models downloaded in the background
  'MediaRouter', // Cast discovery (mDNS/SSDP on the local network)
  'DialMediaRouteProvider', // DIAL discovery, same
  'CertificateTransparencyComponentUpdater', // CT log list updates
  'Translate', // language detection + translate server
  'NetworkTimeServiceQuerying', // secure-time queries to Google
] as const;

export const SWITCHES: readonly Switch[] = [
  {
    name: 'host-resolver-rules',
    value: 'MAP * ~NOTFOUND, EXCLUDE localhost',
    why: 'Every host name resolves to NOTFOUND, so even a request that slipped through every other layer cannot find a server. localhost stays resolvable for the dev server. Measured in Chromium: 28 DNS lookups per run → 0.',
  },
  { name: 'disable-background-networking', why: 'Turns off the umbrella of background services (variations, safe-browsing list updates, …).' },
  { name: 'disable-component-update', why: 'No component updater (Widevine, CRLSets, …) downloads.' },
  { name: 'disable-domain-reliability', why: 'No Domain Reliability beacons to Google.' },
  { name: 'no-pings', why: 'Ignore <a ping> hyperlink auditing.' },
  { name: 'disable-breakpad', why: 'No crash reporter (and we never call crashReporter.start).' },
  { name: 'disable-client-side-phishing-detection', why: 'No Safe Browsing phishing model/downloads.' },
  { name: 'safebrowsing-disable-auto-update', why: 'No Safe Browsing list updates.' },
  { name: 'disable-sync', why: 'No Chrome Sync.' },
  { name: 'disable-default-apps', why: 'No default-app installation.' },
  { name: 'no-proxy-server', why: 'No proxy auto-detection (WPAD lookups go to the network).' },
  { name: 'dns-prefetch-disable', why: 'No speculative DNS for links in pages.' },
  { name: 'disable-features', value: DISABLED_FEATURES.join(','), why: 'Feature-level switches for services listed in DISABLED_FEATURES.' },
];

/** The minimal interface of `app.commandLine` we use (keeps this file electron-free). */
export interface CommandLineLike {
  appendSwitch(name: string, value?: string): void;
}

export function applySwitches(commandLine: CommandLineLike, switches: readonly Switch[] = SWITCHES): void {
  for (const s of switches) {
    if (s.value === undefined) commandLine.appendSwitch(s.name);
    else commandLine.appendSwitch(s.name, s.value);
  }
}
