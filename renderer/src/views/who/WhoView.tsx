import { QueryState } from '../../components/QueryState';
import { ViewHeader } from '../../components/ViewHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatCount } from '../../lib/format';
import { DeviceTable } from './DeviceTable';
import { FlagsList } from './FlagsList';
import { IpTable } from './IpTable';
import { NamedTable } from './NamedTable';
import { OffPlatformTable } from './OffPlatformTable';

/** Who accessed the account: addresses, devices, apps, advertisers, off-platform trackers, and flags. */
export function WhoView() {
  const access = useApiQuery('access.summary', {});
  // Devices as people count them (grouped by device, system and app); older summaries lack groups.
  const deviceCount = (a: { devices: unknown[]; deviceGroups?: unknown[] }) => (a.deviceGroups ?? a.devices).length;
  return (
    <section aria-labelledby="who-title">
      <QueryState query={access} what="access information">
        {(a) => (
          <>
            <ViewHeader title="Who accessed your account">
              <p>
                {formatCount(a.logins)} sign-ins from {formatCount(a.ips.length)} addresses and {formatCount(deviceCount(a))} devices. Countries and
                networks come from offline databases: a country is a good guess for a home connection and a weak one for mobile, VPN or cloud
                addresses; a city is never shown.
              </p>
            </ViewHeader>
            <nav className="jump-links" aria-label="On this page">
              <a href="#who-flags">Flags ({a.flags.length})</a>
              <a href="#who-ips">Addresses ({a.ips.length})</a>
              <a href="#who-devices">Devices ({deviceCount(a)})</a>
              <a href="#who-apps">Apps ({a.apps.length})</a>
              <a href="#who-advertisers">Advertisers ({a.advertisers.length})</a>
              <a href="#who-offplatform">Off-platform ({a.offPlatform.length})</a>
            </nav>
            <FlagsList flags={a.flags} />
            <IpTable ips={a.ips} datasets={a.datasets} />
            <DeviceTable devices={a.devices} groups={a.deviceGroups} />
            <NamedTable id="who-apps" title="Apps with access" rows={a.apps} csv="apps" what="app" />
            <NamedTable id="who-advertisers" title="Advertisers" rows={a.advertisers} csv="advertisers" what="advertiser" />
            <OffPlatformTable rows={a.offPlatform} />
          </>
        )}
      </QueryState>
    </section>
  );
}
