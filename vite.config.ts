// Builds the browser client from client/ into dist/client; in dev, proxies the API to the server.
// The client is written against React's API and runs on Preact's compatibility layer
// (preact/compat): the same components at a tenth of React's weight, which keeps a citizen's first
// visit within its budget (scripts/bundle-size.ts). Removing the react* aliases below runs it
// on React itself.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: 'client',
  // React Fast Refresh does not drive Preact: an edited module reloads the page in dev instead.
  plugins: [react({ refreshExclude: /./ })],
  resolve: {
    alias: [
      { find: '@shared', replacement: fileURLToPath(new URL('./shared', import.meta.url)) },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  // The manifest lets scripts/bundle-size.ts measure what the start page loads.
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true, manifest: true },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
      '/dev-idp': 'http://localhost:3000',
      '/feeds': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
