import { useEffect, useRef, useState } from 'react';
import type { Jurisdiction } from '../../../../shared/api';
import type { Platform } from '../../../../shared/domain';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { CopyButton } from '../../components/CopyButton';
import { Notice } from '../../components/Notice';
import { saveExact } from '../../dom/download';
import { PLATFORM_LABEL } from '../../lib/labels';

const JURISDICTIONS: { value: Jurisdiction; label: string }[] = [
  { value: 'eu', label: 'EU / EEA / UK: GDPR Article 15' },
  { value: 'us', label: 'California / US: CCPA right to know' },
];

/**
 * The follow-up data-access request (letter.compose): the core writes it from this profile's
 * coverage report (what the platform's exports lacked); the person edits it here and saves it as
 * plain text. Personal details stay as [brackets] for them to fill in.
 */
export function FollowUpLetter({ platform }: { platform: Platform }) {
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('eu');
  const [letter, setLetter] = useState<{ text: string; fileName: string } | null>(null);
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // A freshly written letter is there to be edited: the cursor goes into it (once per letter, not per keystroke).
  const fresh = useRef(false);
  useEffect(() => {
    if (fresh.current && letter) {
      fresh.current = false;
      area.current?.focus();
      area.current?.setSelectionRange(0, 0);
    }
  }, [letter]);

  const write = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const written = await api()['letter.compose']({ platform, jurisdiction });
      fresh.current = true;
      setLetter(written);
      setEdited(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="follow-up" aria-labelledby={`letter-title-${platform}`}>
      <h3 id={`letter-title-${platform}`}>Follow-up request to {PLATFORM_LABEL[platform]}</h3>
      <p className="muted">
        A data-access request that names what this profile&apos;s {PLATFORM_LABEL[platform]} exports lacked (files missing, unreadable or not understood, a
        short sign-in history). Without an export it asks for the categories above.
      </p>
      <fieldset className="radio-row">
        <legend>Law to cite</legend>
        {JURISDICTIONS.map((j) => (
          <label key={j.value} className="check">
            <input type="radio" name={`jurisdiction-${platform}`} value={j.value} checked={jurisdiction === j.value} onChange={() => setJurisdiction(j.value)} data-testid={`letter-jurisdiction-${j.value}`} />
            <span>{j.label}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => void write()} disabled={busy} data-testid="letter-write">
        {busy ? 'Writing…' : letter ? (edited ? 'Write it again (replaces your edits)' : 'Write it again') : 'Write the letter'}
      </button>
      {error ? (
        <Notice tone="error" title="Could not write the letter">
          {error}
        </Notice>
      ) : null}
      {letter ? (
        <div className="letter-edit">
          <label htmlFor={`letter-text-${platform}`}>The letter (edit it before you send it; fill in the [brackets])</label>
          <textarea
            id={`letter-text-${platform}`}
            ref={area}
            className="letter-text"
            value={letter.text}
            onChange={(e) => {
              setLetter({ ...letter, text: e.currentTarget.value });
              setEdited(true);
            }}
            rows={18}
            spellCheck
            data-testid="letter-text"
          />
          <div className="card-actions">
            <button type="button" className="primary" onClick={() => saveExact(letter.fileName, letter.text, 'text/plain;charset=utf-8')} data-testid="letter-save">
              Save as {letter.fileName}
            </button>
            <CopyButton text={letter.text} label="Copy the letter" selectTarget={area} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
