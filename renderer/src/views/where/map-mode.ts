/**
 * The map answers one question at a time: where data was served from (server places, graded),
 * where sign-ins came from (countries shaded by sign-ins), or where the export places the device
 * (records with coordinates). Mixing them on one map was what made the two answers blur.
 */
export type MapMode = 'served' | 'signins' | 'locations';

export const MAP_MODE_LABEL: Record<MapMode, string> = {
  served: 'Served from',
  signins: 'Sign-in countries',
  locations: 'Location records',
};
