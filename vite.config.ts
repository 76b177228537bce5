import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the dev server forwards API calls; override to point at another local server. */
const apiTarget = process.env.REKINDLE_API_URL ?? 'http://127.0.0.1:3000';

// The API keeps its own paths; Server-Sent Events stream through unbuffered.
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false, ws: false },
  '/healthz': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Inline nothing: the Content-Security-Policy allows only same-origin files.
    assetsInlineLimit: 0,
  },
  server: { proxy },
  preview: { proxy },
});
