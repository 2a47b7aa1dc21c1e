import type { Claim, ClaimVerdict } from '../../../../shared/claims';
import { GradeBadge } from '../../components/GradeBadge';
import { DeviceList } from './DeviceList';
import { EvidenceList } from './EvidenceList';
import { VERDICT_LABEL } from './verdict-words';

/** One claim and its verdict: badge, grade, headline, reasons, evidence. All export text is rendered as text. */
export function VerdictCard({ claim, verdict, onRemove, onChange }: { claim: Claim; verdict: ClaimVerdict | null; onRemove: () => void; onChange: (claim: Claim) => void }) {
  return (
    <li className="card claims-card" data-testid={`claim-${claim.id}`}>
      <div className="claims-card-head">
        <div>
          <p className="card-kicker">{claim.statedBy ? `Stated by ${claim.statedBy}` : 'Your hypothesis'}{claim.appliesTo ? ` · about ${claim.appliesTo}` : ''}{claim.effectiveFrom ? ` · from ${claim.effectiveFrom}` : ''}</p>
          <h3 className="claims-statement">{claim.statement}</h3>
        </div>
        <button type="button" className="small" onClick={onRemove} aria-label={`Remove the claim “${claim.statement}”`}>
          Remove
        </button>
      </div>
      {claim.source ? (
        <p className="muted">
          Source: {claim.source.title}
          {claim.source.date ? ` (${claim.source.date})` : ''}
        </p>
      ) : null}
      <DeviceList claim={claim} onChange={onChange} />
      {verdict ? (
        <>
          <p className="claims-verdict-line">
            <span className={`claims-verdict verdict-${verdict.verdict}`} data-testid="claims-verdict" data-verdict={verdict.verdict}>
              {VERDICT_LABEL[verdict.verdict]}
            </span>{' '}
            {verdict.grade ? <GradeBadge grade={verdict.grade} /> : null}
          </p>
          <p className="claims-headline">{verdict.headline}</p>
          {verdict.reasons.length > 0 ? (
            <ul className="claims-reasons">
              {verdict.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          ) : null}
          <details>
            <summary>Evidence ({verdict.evidence.length})</summary>
            <EvidenceList evidence={verdict.evidence} />
          </details>
        </>
      ) : (
        <p className="muted">Not tested yet.</p>
      )}
    </li>
  );
}
