import { useState, type FormEvent } from 'react';
import { PROFILE_NAME_PATTERN, type EraseOutcome, type ProfileEntry } from '../../../../shared/api';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatBytes, formatCount } from '../../lib/format';
import { isImportRunning, useImportJob } from '../../stores/import-job';
import { useProfile } from '../../stores/profile';

/**
 * Profiles (docs/workshops.md): one database each, so a facilitator can prepare one per
 * participant. Create, switch and erase; a switch or an erase of the current profile resets every
 * view (stores/profile.ts), so nothing of one profile is shown in another.
 */
export function Profiles() {
  const list = useApiQuery('profiles.list', {});
  const switchProfile = useProfile((s) => s.switchProfile);
  const eraseProfile = useProfile((s) => s.eraseProfile);
  const importing = useImportJob(isImportRunning);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pendingErase, setPendingErase] = useState<ProfileEntry | null>(null);
  const [erased, setErased] = useState<{ name: string; outcome: EraseOutcome } | null>(null);

  const run = async (what: string, job: () => Promise<void>): Promise<void> => {
    setBusy(what);
    setError(null);
    try {
      await job();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const confirmErase = (): void => {
    const target = pendingErase;
    if (!target) return;
    void run(`erase ${target.name}`, async () => {
      const out = await eraseProfile(target.name);
      setPendingErase(null);
      // Erasing the current profile remounts this view (the notice then lives in the profile store's `erased`).
      if (!target.current) {
        setErased({ name: target.name, outcome: out.erased });
        list.reload();
      }
    });
  };

  const columns: Column<ProfileEntry>[] = [
    {
      key: 'name',
      header: 'Profile',
      render: (p) => (
        <span className="profile-name">
          <strong>{p.name}</strong>
          {p.current ? <span className="tag">in use</span> : null}
          {p.syntheticOnly ? <span className="tag sample-tag-small">SAMPLE only</span> : null}
        </span>
      ),
    },
    { key: 'sources', header: 'Exports', numeric: true, render: (p) => formatCount(p.sources) },
    { key: 'events', header: 'Events', numeric: true, render: (p) => formatCount(p.events) },
    { key: 'size', header: 'Size', numeric: true, render: (p) => formatBytes(p.dbBytes) },
    {
      key: 'actions',
      header: 'Actions',
      render: (p) => (
        <span className="row-actions">
          {!p.current ? (
            <button
              type="button"
              className="small"
              disabled={busy !== null || importing}
              onClick={() => void run(`switch ${p.name}`, () => switchProfile(p.name))}
              data-testid={`profile-switch-${p.name}`}
            >
              {busy === `switch ${p.name}` ? 'Switching…' : 'Switch to it'}
            </button>
          ) : null}
          <button type="button" className="small danger" disabled={busy !== null} onClick={() => setPendingErase(p)} aria-label={`Erase profile ${p.name}`} data-testid={`profile-erase-${p.name}`}>
            Erase…
          </button>
        </span>
      ),
    },
  ];

  return (
    <section className="block card profiles" aria-labelledby="profiles-title" data-testid="profiles">
      <h2 id="profiles-title" tabIndex={-1}>
        Profiles
      </h2>
      <QueryState query={list} what="the profiles">
        {(data) =>
          !data.switchable ? (
            <p className="muted" data-testid="profiles-off">
              This window opened one database file directly (<code>--db</code>), so there are no profiles to switch between. Start Whereabouts without{' '}
              <code>--db</code> (or with <code>--profile NAME</code>) to use profiles.
            </p>
          ) : (
            <>
              <p className="muted">Each profile is its own database on this computer: one per participant keeps their data apart. The one in use is marked.</p>
              <DataTable label="Profiles" columns={columns} rows={data.profiles} rowKey={(p) => p.name} empty="No profiles yet." testId="profiles-table" />
              <CreateProfile existing={data.profiles.map((p) => p.name)} disabled={busy !== null} onCreated={list.reload} />
            </>
          )
        }
      </QueryState>
      {importing ? <p className="muted">Switching waits until the import has finished.</p> : null}
      {error ? (
        <Notice tone="error" title="Could not change profiles">
          {error}
        </Notice>
      ) : null}
      {erased ? (
        <Notice tone="success" title={`Erased ${erased.name}`} testId="profile-erased">
          <p>
            {formatCount(erased.outcome.removed.length)} {erased.outcome.removed.length === 1 ? 'file or folder' : 'files and folders'} removed.
          </p>
          {erased.outcome.kept.length > 0 ? (
            <>
              <p>Left alone, because Whereabouts did not write them:</p>
              <ul className="compact-list">
                {erased.outcome.kept.map((k) => (
                  <li key={k}>
                    <code className="break">{k}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
      <ConfirmDialog
        open={pendingErase !== null}
        title={`Erase profile ${pendingErase?.name ?? ''}?`}
        confirmLabel="Erase profile"
        onConfirm={confirmErase}
        onCancel={() => setPendingErase(null)}
        busy={busy !== null}
        testId="profile-erase-dialog"
      >
        <p>
          Its database, uploaded copies and temporary files are deleted from this computer. This cannot be undone.
          {pendingErase?.current ? ' It is the profile in use: it stays, empty.' : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}

function CreateProfile({ existing, disabled, onCreated }: { existing: string[]; disabled: boolean; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const wanted = name.trim();
    setCreated(null);
    if (!PROFILE_NAME_PATTERN.test(wanted)) {
      setError('Use 1–40 lowercase letters, digits or dashes, starting with a letter or digit (for example “participant-3”).');
      return;
    }
    if (existing.includes(wanted)) {
      setError(`There is a profile called “${wanted}” already.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api()['profiles.create']({ name: wanted });
      setCreated(wanted);
      setName('');
      onCreated();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="create-profile" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor="profile-new-name">New profile</label>
      <div className="inline-form">
        <input
          id="profile-new-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          aria-describedby="profile-new-hint"
          aria-invalid={error ? true : undefined}
          data-testid="profile-new-name"
        />
        <button type="submit" disabled={disabled || busy} data-testid="profile-create">
          {busy ? 'Creating…' : 'Create'}
        </button>
      </div>
      <p id="profile-new-hint" className="muted">
        Lowercase letters, digits and dashes, e.g. “participant-3”. A name is only a label: use no real names on a shared laptop.
      </p>
      {error ? (
        <Notice tone="error" title="Not created">
          {error}
        </Notice>
      ) : null}
      {created ? (
        <p role="status" data-testid="profile-created">
          Created “{created}”. Switch to it above when its participant starts.
        </p>
      ) : null}
    </form>
  );
}
