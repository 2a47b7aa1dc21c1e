/** The app version, baked in at build time so bundles need not find package.json at run time. */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
export const TOOL_NAME = 'whereabouts';
