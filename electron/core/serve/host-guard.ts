/**
 * DNS-rebinding guard. A web page on evil.example can make its own name resolve to 127.0.0.1,
 * but the browser still sends `Host: evil.example:<port>`; only our own loopback names pass.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const h = host.toLowerCase();
  if (h === `127.0.0.1:${port}` || h === `localhost:${port}`) return true;
  // Browsers leave the default port out of Host.
  return port === 80 && (h === '127.0.0.1' || h === 'localhost');
}

/**
 * Second line of defence against cross-site requests: a browser sends `Origin` on every POST and
 * on cross-origin GETs; when present it must be our own origin. Absent (curl, same-origin GET) is
 * fine: the token still has to be right.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}
