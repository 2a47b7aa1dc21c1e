import { useApiQuery } from '../../hooks/useApiQuery';
import { PLATFORM_LABEL } from '../../lib/labels';
import { useImportJob } from '../../stores/import-job';

/**
 * Workshop personas (docs/workshops.md §1): made-up people whose exports ship with the app. One
 * click imports all of a persona's exports; the core marks them synthetic, so the SAMPLE marker
 * shows on every view. The story is what the facilitator tells the room; it is catalogue text,
 * not export text, and is rendered as text like everything else.
 */
export function PersonaButtons() {
  const personas = useApiQuery('personas.list', {});
  const startPersona = useImportJob((s) => s.startPersona);
  if (personas.error) return <p className="muted">The workshop personas could not be listed: {personas.error}</p>;
  if (!personas.data || personas.data.length === 0) return null;
  return (
    <section className="personas" aria-labelledby="personas-title" data-testid="personas">
      <h2 id="personas-title">Workshop personas</h2>
      <p className="muted">Made-up people with realistic exports. Each loads in one click and is marked SAMPLE on every view.</p>
      <ul className="persona-list">
        {personas.data.map((p) => {
          const platforms = p.platforms.map((x) => PLATFORM_LABEL[x]).join(', ');
          return (
            <li key={p.id} className="persona card" data-testid={`persona-${p.id}`}>
              <button type="button" className="primary" onClick={() => void startPersona(p.id)} data-testid={`import-persona-${p.id}`} aria-describedby={`persona-story-${p.id}`}>
                Load {p.name}
              </button>
              <p className="persona-platforms">{platforms}</p>
              <p className="persona-story" id={`persona-story-${p.id}`}>
                {p.story}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
