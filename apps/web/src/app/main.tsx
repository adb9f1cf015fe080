import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { loadLanguage } from '../i18n/dictionaries';
import { readStoredLanguage } from '../i18n/i18n-provider';
import { AppProviders } from './providers';
import { createAppRouter } from './router';
import './index.css';

// Set before the first paint, so assistive technology never sees the wrong language; a
// remembered English is fetched before anything is shown in it.
const language = readStoredLanguage();
document.documentElement.lang = language;
await loadLanguage(language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createAppRouter();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
