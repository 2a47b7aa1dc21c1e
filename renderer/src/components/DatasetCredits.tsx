import type { DatasetCredit } from '../../../shared/domain';

/** Which dataset a result used, its date and its credit line — required next to every IP or host result. */
export function DatasetCredits({ datasets, testId }: { datasets: DatasetCredit[]; testId?: string }) {
  if (datasets.length === 0) return null;
  return (
    <ul className="credits-line" data-testid={testId} aria-label="Datasets used">
      {datasets.map((d) => (
        <li key={`${d.name}-${d.date}`}>
          {d.name} (data of {d.date}) · {d.credit} · {d.licence}
        </li>
      ))}
    </ul>
  );
}
