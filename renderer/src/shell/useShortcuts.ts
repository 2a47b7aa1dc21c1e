/**
 * App-wide keys: 1–9 switch views, / jumps to the timeline search. They never fire while the
 * person types in a field or holds a modifier (so browser and OS shortcuts keep working).
 */
import { useEffect } from 'react';
import { useNav } from '../stores/nav';
import { NAV_ITEMS } from './views';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range'].includes(type);
  }
  return false;
}

export const SEARCH_INPUT_ID = 'timeline-search';

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const item = NAV_ITEMS.find((n) => n.key === e.key);
      if (item) {
        e.preventDefault();
        useNav.getState().go(item.id);
        return;
      }
      if (e.key === '/') {
        e.preventDefault();
        useNav.getState().go('timeline');
        // The search box exists once the timeline has rendered.
        const focus = (tries: number): void => {
          const el = document.getElementById(SEARCH_INPUT_ID);
          if (el) el.focus();
          else if (tries > 0) window.requestAnimationFrame(() => focus(tries - 1));
        };
        focus(10);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
