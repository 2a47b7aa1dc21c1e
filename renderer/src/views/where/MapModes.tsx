import { MAP_MODE_LABEL, type MapMode } from './map-mode';

/** Which layer the map shows; a radio group, so the choice is announced and keyboard reachable. */
export function MapModes({ mode, modes, onChange }: { mode: MapMode; modes: readonly MapMode[]; onChange: (m: MapMode) => void }) {
  return (
    <fieldset className="map-modes" data-testid="map-modes">
      <legend className="visually-hidden">What the map shows</legend>
      {modes.map((m) => (
        <label key={m} className={`map-mode${m === mode ? ' active' : ''}`}>
          <input type="radio" name="map-mode" value={m} checked={m === mode} onChange={() => onChange(m)} data-testid={`map-mode-${m}`} />
          <span>{MAP_MODE_LABEL[m]}</span>
        </label>
      ))}
    </fieldset>
  );
}
