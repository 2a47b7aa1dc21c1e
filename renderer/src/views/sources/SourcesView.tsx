import { ViewHeader } from '../../components/ViewHeader';
import { useNav } from '../../stores/nav';
import { useProfile } from '../../stores/profile';
import { SourceDetail } from './SourceDetail';

/** Each imported archive: identity (hash), what was read from it, what was not and why. */
export function SourcesView() {
  const sources = useProfile((s) => s.sources);
  const focus = useNav((s) => s.focusSourceId);
  return (
    <section aria-labelledby="sources-title">
      <ViewHeader title="Sources">
        <p>
          Every export you opened, with its fingerprint (SHA-256) so anyone can check they hold the same file, and a list of every file inside it: read,
          ignored on purpose, not recognised, expected but missing, or unreadable.
        </p>
      </ViewHeader>
      {sources.map((s) => (
        <SourceDetail key={s.id} source={s} focused={focus === s.id} />
      ))}
    </section>
  );
}
