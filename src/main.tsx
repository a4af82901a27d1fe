import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onlinePageForBasemap } from './state/basemapChoice';
import { initialState } from './state/initialState';
import { rememberedBasemap } from './state/basemapMemory';
import { registerServiceWorker } from './app/serviceWorker';
import { App } from './app/App';
import { canUseWebGL2 } from './app/webgl';
import { useAtlas } from './state/store';
import { ErrorBoundary } from './app/ErrorBoundary';
import './styles.css';

// A link with basemap=gsi opened on a page whose policy forbids the GSI tiles goes to online.html
// (the same page, allowed them), without rendering here first.
const start = initialState(window.location.hash, navigator.language, rememberedBasemap());
const online = onlinePageForBasemap(start.basemap);
if (online) {
  window.location.replace(online);
} else {
  useAtlas.getState().init(start, { webgl: canUseWebGL2() });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary scope="page">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  registerServiceWorker();
}
