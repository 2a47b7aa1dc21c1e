// Sums the vitest and Playwright JSON reports into one plain line: "N passed, N failed, N skipped".
// A missing or unreadable report counts as a failure, so a runner that crashed cannot look green.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// Build, type-check and lint are counted as checks by scripts/test.sh.
let passed = Number(process.env.CHECKS_PASSED ?? 0), failed = Number(process.env.CHECKS_FAILED ?? 0), skipped = 0;
const read = (p) => {
  if (!existsSync(p)) { console.error(`summary: ${p} is missing`); failed++; return null; }
  try { return JSON.parse(readFileSync(p, 'utf8')); } catch (e) { console.error(`summary: ${p} unreadable: ${e.message}`); failed++; return null; }
};

const v = read('reports/vitest.json');
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if ((v.numFailedTestSuites ?? 0) > 0 && (v.numFailedTests ?? 0) === 0) failed += v.numFailedTestSuites;
}

const p = read('reports/playwright.json');
if (p) {
  if (p['missing-chromium']) failed++;
  else {
    const s = p.stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
    for (const e of p.errors ?? []) { console.error(`playwright: ${e.message ?? e}`); failed++; }
  }
}

const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync("reports/summary.txt", line + "\n");
console.log(line);
process.exit(failed > 0 ? 1 : 0);
