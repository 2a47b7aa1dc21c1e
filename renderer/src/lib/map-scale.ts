/**
 * Shading classes for the login map: counts grouped on a log scale so one country with thousands
 * of sign-ins does not wash out the rest. Class 0 means none.
 */
export const MAP_CLASSES = 4;

export function shadeClass(count: number, max: number, classes = MAP_CLASSES): number {
  if (count <= 0 || max <= 0) return 0;
  if (max === 1) return classes;
  const level = Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * classes);
  return Math.max(1, Math.min(classes, level));
}

/** The count range each class covers, for the legend ("1–3", "4–20", …). */
export function classRanges(max: number, classes = MAP_CLASSES): { cls: number; from: number; to: number }[] {
  const out: { cls: number; from: number; to: number }[] = [];
  let from = 1;
  for (let cls = 1; cls <= classes && from <= max; cls++) {
    let to = from;
    while (to + 1 <= max && shadeClass(to + 1, max, classes) === cls) to++;
    if (shadeClass(from, max, classes) === cls) out.push({ cls, from, to });
    from = to + 1;
  }
  return out;
}
