import { Fragment } from 'react';

/** A host name or path that may wrap only after its dots, dashes and slashes, never mid-label. */
export function HostName({ name }: { name: string }) {
  const parts = name.split(/(?<=[./-])/);
  return (
    <code className="host-name">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </code>
  );
}
