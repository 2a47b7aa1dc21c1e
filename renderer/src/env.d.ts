// Vite bundles CSS imported for its side effect; tsconfig.web.json keeps `types: []` (no
// vite/client), so the one module shape the renderer uses is declared here.
declare module '*.css';
