/**
 * Stable stand-ins for values presenter mode hides: the same address is "address 7" in the
 * timeline, its detail and the Who view, so a facilitator can still say "these two sign-ins came
 * from one address" without showing it. One Labels per core (labels are numbered in the order they
 * are first needed) and a fresh one per redacted report (numbered in the document's own order,
 * so a redacted report is deterministic and `verify` can redact its recomputation the same way).
 */
export type LabelKind = 'address' | 'person' | 'device' | 'thread' | 'file' | 'host' | 'value';

export class Labels {
  private readonly maps = new Map<LabelKind, Map<string, number>>();

  /** "address 7": the number of `value` among the values of its kind, from 1. */
  of(kind: LabelKind, value: string): string {
    let m = this.maps.get(kind);
    if (!m) {
      m = new Map();
      this.maps.set(kind, m);
    }
    let n = m.get(value);
    if (n === undefined) {
      n = m.size + 1;
      m.set(value, n);
    }
    return `${kind} ${n}`;
  }

  ip(address: string): string {
    return this.of('address', address);
  }

  person(name: string): string {
    return this.of('person', name.replace(/^@/, '').trim().toLowerCase());
  }

  device(name: string): string {
    return this.of('device', name);
  }
}
