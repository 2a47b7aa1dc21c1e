import { useEffect, useState } from 'react';
import { useDebounced } from '../../hooks/useDebounced';
import { SEARCH_INPUT_ID } from '../../shell/useShortcuts';
import { useTimeline } from '../../stores/timeline';

/** Search over titles and texts, network owners, hosts and devices; typing settles for a moment before it filters. */
export function SearchBox() {
  const q = useTimeline((s) => s.filter.q ?? '');
  const setFilter = useTimeline((s) => s.setFilter);
  const [text, setText] = useState(q);
  const settled = useDebounced(text, 300);

  useEffect(() => {
    const next = settled.trim();
    if (next !== (useTimeline.getState().filter.q ?? '')) setFilter({ q: next || undefined });
  }, [settled, setFilter]);

  // A reset elsewhere (Reset filters, a flag's records) empties the box too.
  useEffect(() => {
    setText((t) => (t.trim() === q ? t : q));
  }, [q]);

  return (
    <div className="search-box" role="search">
      <label htmlFor={SEARCH_INPUT_ID}>Search</label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={text}
        placeholder="Words in titles and messages, network owners, hosts, devices… (press / )"
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setFilter({ q: text.trim() || undefined });
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            e.stopPropagation();
            setText('');
            setFilter({ q: undefined });
          }
        }}
        autoComplete="off"
        spellCheck={false}
        data-testid="timeline-search"
      />
    </div>
  );
}
