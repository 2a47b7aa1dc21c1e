import { useRef, useState, type RefObject } from 'react';
import { copyText, selectContents } from '../dom/clipboard';

/**
 * Copies `text`. If the clipboard is refused, the text in `selectTarget` is selected instead and
 * the button says so, so the person can still copy it by hand.
 */
export function CopyButton({ text, label, selectTarget, className }: { text: string; label: string; selectTarget?: RefObject<Element | null>; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');
  const timer = useRef<number | undefined>(undefined);
  const onClick = async (): Promise<void> => {
    const ok = await copyText(text);
    if (!ok && selectTarget?.current) selectContents(selectTarget.current);
    setState(ok ? 'copied' : 'select');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="copy-button">
      <button type="button" className={className ?? 'small'} onClick={() => void onClick()}>
        {label}
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? '✓ Copied' : state === 'select' ? 'Selected — press Ctrl+C (⌘C) to copy' : ''}
      </span>
    </span>
  );
}
