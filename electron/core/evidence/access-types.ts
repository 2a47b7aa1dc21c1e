/** The records access analysis and findings work on, as the store hands them in. */
import type { Platform, Provenance, TimePrecision } from '../../../shared/domain';
import type { IpInfo } from './ip-intel';
import { toMs } from './time-words';

export interface LoginRecord {
  eventId: number;
  /** ISO-8601 UTC as the export dated it; null when the export gave no readable time. */
  time: string | null;
  /** Precision of `time`; day- or month-precise times are not used for travel speed. */
  precision?: TimePrecision;
  ip: string;
  info: IpInfo;
  /** Stable key for the device that signed in (model + identifiers), or null when unknown. */
  deviceKey: string | null;
  platform: Platform;
  provenance: Provenance;
}

export type SecurityKind = 'password_change' | 'logout' | 'security';

export interface SecurityEvent {
  eventId: number;
  time: string | null;
  kind: SecurityKind;
  provenance?: Provenance;
}

/** Logins with a readable time, oldest first (ties by event id, so results are deterministic). */
export function datedInOrder(logins: readonly LoginRecord[]): { login: LoginRecord; ms: number }[] {
  const out: { login: LoginRecord; ms: number }[] = [];
  for (const login of logins) {
    const ms = toMs(login.time);
    if (ms !== null) out.push({ login, ms });
  }
  return out.sort((a, b) => a.ms - b.ms || a.login.eventId - b.login.eventId);
}

