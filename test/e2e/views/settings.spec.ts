/** Your data: where it is stored, removing a source, and the workshop reset ("Erase everything"). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../harness';
import { importSampleViaUi, openApp, snap } from './app';

test('erase everything asks first, then leaves an empty profile', async ({ page, serve }, testInfo) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.keyboard.press('6');
  await expect(page.getByTestId('db-path')).toHaveText(serve.dbPath);

  await page.getByTestId('erase-open').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog).toBeVisible();
  // Cancel has focus first, so Enter alone never erases.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, testInfo, 'erase-dialog');
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByTestId('erase-done')).toBeVisible();

  await page.keyboard.press('1');
  await expect(page.getByTestId('import-sample')).toBeVisible();
});

test('removing a source from Sources goes through a confirmation', async ({ page, serve }) => {
  await openApp(page, serve);
  await importSampleViaUi(page);
  await page.keyboard.press('5');
  await expect(page.getByTestId('source-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('coverage')).toContainText('Files inside');
  await page.getByTestId('source-remove').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove source' }).click();
  await expect(page.getByText('Nothing imported yet')).toBeVisible();
});

test('a broken file is reported in one sentence naming it', async ({ page, serve }, testInfo) => {
  const bad = join(mkdtempSync(join(tmpdir(), 'wa-bad-')), 'not-really.zip');
  writeFileSync(bad, 'this is not a zip file');
  await openApp(page, serve);
  await page.getByTestId('file-input').setInputFiles(bad);
  const problem = page.getByTestId('import-failed').or(page.getByTestId('import-error'));
  await expect(problem).toBeVisible({ timeout: 20_000 });
  await expect(problem).toContainText('not-really.zip');
  await snap(page, testInfo, 'import-failed');
});
