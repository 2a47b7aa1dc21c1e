import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

const ROLE: Record<Tone, 'status' | 'alert'> = { info: 'status', success: 'status', warning: 'status', error: 'alert' };
const WORD: Record<Tone, string> = { info: 'Note', success: 'Done', warning: 'Warning', error: 'Problem' };

/** A message box; the tone is also spelled out in words, not only in colour. */
export function Notice({ tone = 'info', title, children, testId }: { tone?: Tone; title?: string; children?: ReactNode; testId?: string }) {
  return (
    <div className={`notice notice-${tone}`} role={ROLE[tone]} data-testid={testId}>
      <strong className="notice-title">{title ?? WORD[tone]}</strong>
      {children ? <div className="notice-body">{children}</div> : null}
    </div>
  );
}
