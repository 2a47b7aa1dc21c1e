import { useMemo, useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Enables sorting on this column. */
  sortValue?: (row: T) => string | number | null;
  /** Right-align numbers. */
  numeric?: boolean;
  /** Minimum width in rem, so prose and long identifiers do not wrap every few characters. */
  minRem?: number;
}

type Sort = { key: string; dir: 'asc' | 'desc' } | null;

/**
 * A plain, sortable table inside a horizontally scrolling region (so 200 % text never squeezes
 * columns off screen). Long tables show the first rows and a "Show more" button rather than
 * putting thousands of rows in the page.
 */
export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  pageSize = 100,
  empty = 'Nothing here.',
  rowClassName,
  testId,
  initialSort = null,
}: {
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  pageSize?: number;
  empty?: string;
  rowClassName?: (row: T) => string | undefined;
  testId?: string;
  initialSort?: Sort;
}) {
  const [sort, setSort] = useState<Sort>(initialSort);
  const [shown, setShown] = useState(pageSize);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col?.sortValue) return rows;
    const value = col.sortValue;
    const dir = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === vb) return 0;
      if (va === null) return 1; // Unknowns last in either direction.
      if (vb === null) return -1;
      return (typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))) * dir;
    });
  }, [rows, sort, columns]);

  if (rows.length === 0) return <p className="muted empty">{empty}</p>;

  const toggle = (key: string): void =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: columns.find((c) => c.key === key)?.numeric ? 'desc' : 'asc' }));

  const visible = sorted.slice(0, shown);
  return (
    <div className="table-block">
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        <table data-testid={testId}>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sortValue ? (
                      <button type="button" className="th-sort" onClick={() => toggle(c.key)}>
                        {c.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row, i) => (
              <tr key={rowKey(row, i)} className={rowClassName?.(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} style={c.minRem ? { minWidth: `${c.minRem}rem` } : undefined}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown ? (
        <p className="table-more">
          Showing {shown} of {sorted.length}.{' '}
          <button type="button" className="small" onClick={() => setShown((n) => n + pageSize * 5)}>
            Show more
          </button>{' '}
          <button type="button" className="small" onClick={() => setShown(sorted.length)}>
            Show all
          </button>
        </p>
      ) : null}
    </div>
  );
}
