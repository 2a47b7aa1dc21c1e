export { startServer, CALL_BODY_LIMIT, type ServeOptions, type RunningServer } from './server';
export { CSP, SECURITY_HEADERS } from './csp';
