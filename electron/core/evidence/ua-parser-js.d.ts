/**
 * The slice of ua-parser-js 1.x this project calls (1.x ships no types; 2.x does but is AGPL).
 * Parsing is pure string matching: no network, no state.
 */
declare module 'ua-parser-js' {
  interface UAPart { name?: string; version?: string; major?: string }
  interface UADevice { vendor?: string; model?: string; type?: string }
  interface UAResult { ua: string; browser: UAPart; os: UAPart; device: UADevice; engine: UAPart; cpu: { architecture?: string } }
  class UAParser {
    constructor(ua?: string);
    getResult(): UAResult;
  }
  export = UAParser;
}
