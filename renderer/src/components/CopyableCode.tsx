import { useRef } from 'react';
import { CopyButton } from './CopyButton';

/**
 * A long value (a path, a hash) shown as code with a button that copies it. The button selects
 * the shown text when the clipboard is refused, so the value can still be copied by hand.
 */
export function CopyableCode({ text, label, testId }: { text: string; label: string; testId: string }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <code ref={ref} className="break" data-testid={testId}>
        {text}
      </code>{' '}
      <CopyButton text={text} label={label} selectTarget={ref} />
    </>
  );
}
