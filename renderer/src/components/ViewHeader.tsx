import { useEffect, useRef, type ReactNode } from 'react';
import { useNav } from '../stores/nav';

/**
 * The view's heading. It takes focus when the person opens a view so screen readers announce the
 * new page and Tab continues from the top of it. On first load focus stays at the document start,
 * where the skip link is the first Tab stop.
 */
export function ViewHeader({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only when the person switched views, and nothing inside the new view has focus already.
    if (useNav.getState().switches === 0) return;
    const view = ref.current?.closest('.view');
    if (!view?.contains(document.activeElement)) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="view-header">
      <div className="view-title-row">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="view-actions">{actions}</div> : null}
      </div>
      {children ? <div className="view-intro">{children}</div> : null}
    </header>
  );
}
