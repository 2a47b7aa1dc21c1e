import { useState } from 'react';
import type { Claim } from '../../../../shared/claims';
import { withDevices } from './claim-form';

/** For a device claim: name your devices (models or identifiers) right on its card. */
export function DeviceList({ claim, onChange }: { claim: Claim; onChange: (claim: Claim) => void }) {
  const current = claim.test.type === 'only-known-devices' ? claim.test.devices.join(', ') : '';
  const [text, setText] = useState(current);
  if (claim.test.type !== 'only-known-devices') return null;
  const id = `devices-${claim.id}`;
  return (
    <form
      className="claims-row claims-devices"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(withDevices(claim, text.split(',')));
      }}
    >
      <label htmlFor={id}>Your devices</label>
      <input id={id} type="text" value={text} placeholder="iPhone14,2, SM-G991B" onChange={(e) => setText(e.currentTarget.value)} data-testid="claims-devices" />
      <button type="submit" className="small">
        Use these devices
      </button>
    </form>
  );
}
