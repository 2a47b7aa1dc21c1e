import { useNav } from '../stores/nav';
import { NAV_ITEMS } from './views';

/** The main navigation. Digits switch views from anywhere (see useShortcuts); accesskeys too. */
export function Nav() {
  const view = useNav((s) => s.view);
  const go = useNav((s) => s.go);
  return (
    <nav className="nav" aria-label="Views" data-testid="main-nav">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === item.id ? 'page' : undefined}
              accessKey={item.key}
              aria-keyshortcuts={item.key}
              title={`${item.label} (key ${item.key})`}
              onClick={() => go(item.id)}
              data-testid={`nav-${item.id}`}
            >
              <span className="nav-key" aria-hidden="true">
                {item.key}
              </span>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
