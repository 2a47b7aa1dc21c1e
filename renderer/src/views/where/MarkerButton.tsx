import type { ReactNode } from 'react';

/**
 * A map marker people can reach and press by keyboard: an SVG group with the button role, its
 * words as the label and tooltip, Enter and Space as a click. Server pins and location dots draw
 * inside it.
 */
export function MarkerButton({ className, x, y, label, selected, onSelect, children }: {
  className: string; x: number; y: number; label: string; selected: boolean; onSelect: () => void; children: ReactNode;
}) {
  return (
    <g
      className={`${className}${selected ? ' selected' : ''}`}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect();
        }
      }}
    >
      <title>{label}</title>
      {children}
    </g>
  );
}
