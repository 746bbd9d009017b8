// Browser entry: i18n, the query cache, the router. Pages load lazily (routes.tsx).
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import './i18n/setup';
import './styles.css';
import { queryClient } from './query/client';
import { routes } from './routes';

function App() {
  return useRoutes(routes);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        {/* Until the first translations have arrived there is nothing to say. */}
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
