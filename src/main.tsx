// Read the URL, create the store, render, and load the debate through the one door.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBundled } from './app/load-bundled';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import { startUrlSync } from './store/url-sync';
import './styles/app.css';

const store = createAppStore();
const params = new URLSearchParams(window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

void loadBundled(store, params.get('dataset')).then(() => startUrlSync(store));
