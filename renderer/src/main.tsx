/**
 * Entry point: choose the transport (Electron preload or the loopback HTTP protocol), then render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApi } from './api/client';
import { selectTransport } from './api/select';
import { App } from './App';
import { NoToken } from './shell/NoToken';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/views.css';
import './styles/workshop.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const selected = selectTransport();
const root = createRoot(container);
if (selected.api && selected.mode !== 'no-token') {
  setApi(selected.api, selected.mode);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(<NoToken />);
}
