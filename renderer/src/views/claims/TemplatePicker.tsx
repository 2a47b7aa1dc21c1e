import { useState } from 'react';
import type { Claim, ClaimTemplate } from '../../../../shared/claims';

/** Pick a built-in claim (each names its source and date) and add it to the list. */
export function TemplatePicker({ templates, taken, onAdd }: { templates: ClaimTemplate[]; taken: string[]; onAdd: (claim: Claim) => void }) {
  const [id, setId] = useState(templates[0]?.id ?? '');
  const tpl = templates.find((t) => t.id === id);
  return (
    <section className="block card claims-picker" aria-labelledby="claims-templates-title">
      <h2 id="claims-templates-title">Test a public claim</h2>
      <div className="claims-row">
        <label htmlFor="claims-template">Claim</label>
        <select id="claims-template" value={id} onChange={(e) => setId(e.currentTarget.value)} data-testid="claims-template">
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!tpl || taken.includes(tpl.id)} onClick={() => tpl && onAdd(tpl.claim)} data-testid="claims-add-template">
          {tpl && taken.includes(tpl.id) ? 'Added' : 'Add'}
        </button>
      </div>
      {tpl ? (
        <div className="muted claims-source">
          <p>“{tpl.claim.statement}”{tpl.claim.statedBy ? ` — ${tpl.claim.statedBy}` : ' — a hypothesis you can test'}</p>
          {tpl.claim.source ? (
            <p>
              Source: {tpl.claim.source.title}
              {tpl.claim.source.date ? ` (${tpl.claim.source.date})` : ''}
              {tpl.claim.source.url ? (
                <>
                  {' '}
                  <code className="break">{tpl.claim.source.url}</code>
                </>
              ) : null}
            </p>
          ) : null}
          {tpl.claim.note ? <p>{tpl.claim.note}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
