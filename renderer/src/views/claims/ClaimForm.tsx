import { useState } from 'react';
import type { Claim, ClaimTemplate, ClaimTestType } from '../../../../shared/claims';
import { claimFromForm, EMPTY_FORM, FORM_CATEGORIES, TEST_LABELS, type ClaimFormState } from './claim-form';

/** Write your own claim: a statement and one test, checked with the same rules as claims files. */
export function ClaimForm({ templates, taken, onAdd }: { templates: ClaimTemplate[]; taken: string[]; onAdd: (claim: Claim) => void }) {
  const [form, setForm] = useState<ClaimFormState>(EMPTY_FORM);
  const [errors, setErrors] = useState<string[]>([]);
  const patch = (p: Partial<ClaimFormState>): void => setForm((f) => ({ ...f, ...p }));
  const submit = (): void => {
    const result = claimFromForm(form, taken, templates);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    onAdd(result.claim);
    setForm(EMPTY_FORM);
  };
  return (
    <details className="block card claims-form">
      <summary>
        <h2 className="claims-inline-heading">Write your own claim</h2>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="claims-form"
      >
        <div className="claims-field">
          <label htmlFor="claim-statement">The claim, in words</label>
          <input id="claim-statement" type="text" value={form.statement} onChange={(e) => patch({ statement: e.currentTarget.value })} />
        </div>
        <div className="claims-field">
          <label htmlFor="claim-by">Stated by (optional)</label>
          <input id="claim-by" type="text" value={form.statedBy} onChange={(e) => patch({ statedBy: e.currentTarget.value })} />
        </div>
        <div className="claims-field">
          <label htmlFor="claim-test">Test</label>
          <select id="claim-test" value={form.type} onChange={(e) => patch({ type: e.currentTarget.value as ClaimTestType })}>
            {(Object.keys(TEST_LABELS) as ClaimTestType[]).map((t) => (
              <option key={t} value={t}>
                {TEST_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        {form.type === 'served-or-stored-only-in' ? (
          <>
            <fieldset className="radio-row">
              <legend>The claim is about where data is</legend>
              {(['stored', 'served'] as const).map((m) => (
                <label key={m} className="check">
                  <input type="radio" name="claim-mode" value={m} checked={form.mode === m} onChange={() => patch({ mode: m })} />
                  <span>{m}</span>
                </label>
              ))}
            </fieldset>
            <div className="claims-field">
              <label htmlFor="claim-places">Countries or regions (ISO codes such as US, IE, NO; or EU, EEA)</label>
              <input id="claim-places" type="text" value={form.places} onChange={(e) => patch({ places: e.currentTarget.value })} />
            </div>
            <div className="claims-field">
              <label htmlFor="claim-providers">Storage providers (optional, e.g. Oracle)</label>
              <input id="claim-providers" type="text" value={form.providers} onChange={(e) => patch({ providers: e.currentTarget.value })} />
            </div>
          </>
        ) : null}
        {form.type === 'only-known-devices' ? (
          <div className="claims-field">
            <label htmlFor="claim-devices">Your devices (models or identifiers, comma-separated)</label>
            <input id="claim-devices" type="text" value={form.devices} onChange={(e) => patch({ devices: e.currentTarget.value })} />
          </div>
        ) : null}
        {form.type === 'login-history-retention-max-days' ? (
          <div className="claims-field">
            <label htmlFor="claim-days">At most this many days</label>
            <input id="claim-days" type="number" min={1} value={form.days} onChange={(e) => patch({ days: e.currentTarget.value })} />
          </div>
        ) : null}
        {form.type === 'export-contains' ? (
          <fieldset className="claims-categories">
            <legend>The export contains</legend>
            {FORM_CATEGORIES.map((c) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={form.categories.includes(c)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    patch({ categories: on ? [...form.categories, c] : form.categories.filter((x) => x !== c) });
                  }}
                />
                <span>{c}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="claims-field">
          <label htmlFor="claim-from">Applies from (optional, YYYY-MM-DD): earlier evidence is not counted</label>
          <input id="claim-from" type="text" inputMode="numeric" placeholder="2022-06-17" value={form.effectiveFrom} onChange={(e) => patch({ effectiveFrom: e.currentTarget.value })} />
        </div>
        <div className="claims-field">
          <label htmlFor="claim-source">Source (optional: title or address of the statement)</label>
          <input id="claim-source" type="text" value={form.source} onChange={(e) => patch({ source: e.currentTarget.value })} />
        </div>
        {errors.length > 0 ? (
          <ul className="error-text" role="alert" data-testid="claims-form-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <button type="submit">Add this claim</button>
      </form>
    </details>
  );
}
