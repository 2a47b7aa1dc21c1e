/** Shown when the page was opened in a browser without the token from `whereabouts serve`. */
export function NoToken() {
  return (
    <div className="app" data-testid="app-shell">
      <main id="main" className="no-token">
        <h1>Open the link from Whereabouts</h1>
        <p>
          This page needs the private link that <code>whereabouts serve</code> printed when it started (it ends in{' '}
          <code>#token=…</code>). Copy that whole link into the address bar.
        </p>
        <p>The link only works on this computer and only while that command runs.</p>
      </main>
    </div>
  );
}
