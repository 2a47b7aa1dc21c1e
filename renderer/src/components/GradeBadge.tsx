import type { Grade } from '../../../shared/domain';
import { GRADE_INFO } from '../lib/grades';

/** Letter + word, so the grade reads without colour; the legend line is the tooltip. */
export function GradeBadge({ grade }: { grade: Grade }) {
  const info = GRADE_INFO[grade];
  return (
    <span className={`grade grade-${grade}`} title={`Grade ${grade}: ${info.plain}`} data-grade={grade}>
      <span className="grade-letter" aria-hidden="true">{grade}</span>
      <span className="grade-word">
        <span className="visually-hidden">Grade {grade}: </span>
        {info.short}
      </span>
    </span>
  );
}
