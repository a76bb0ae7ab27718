import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenStartStringsLoaded } from './i18n';
import '../styles/tokens.css';
import '../styles/base.css';
import { App } from './app';
import { PageFailed } from './page-loading';
import { registerServiceWorker } from './register-service-worker';
import { whenSavedAnswersLoaded } from '../state/case-store';
import { UpdatePrompt, watchForUpdates } from './update-prompt';

const container = document.getElementById('root');
if (!container) throw new Error('PD Helper: #root element is missing from index.html');

// Offline use: the service worker precaches the whole app; a new version waits for the person.
const updates = watchForUpdates(registerServiceWorker);

// Another tab of the app wrote to storage: from then on this tab follows the other tabs (their
// saves, deletions, clinic Wipe). The code loads only then, not with the first page.
window.addEventListener('storage', (event) => void import('../state/other-tabs').then((m) => m.followOtherTabs(event)), { once: true });

const root = createRoot(container);
// Saved answers first (their reader loads only when there are some), so no page shows an empty
// case. If the reader cannot load, no page opens (one could save an empty case over the answers):
// the person is asked to reload, and the answers stay saved. The first strings too: the first
// page then replaces the one painted from the HTML in one go (first-paint.ts).
void Promise.all([whenSavedAnswersLoaded(), whenStartStringsLoaded()]).then(
  () =>
    root.render(
      <StrictMode>
        <App />
        <UpdatePrompt updates={updates} />
      </StrictMode>,
    ),
  () => root.render(<PageFailed />),
);
