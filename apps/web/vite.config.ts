import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API in development (`npm run dev`); in production it serves this app itself. */
const apiOrigin = 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiOrigin },
  '/healthz': { target: apiOrigin },
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep assets as files: the Content-Security-Policy allows only same-origin resources.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Libraries change far less often than the app: a separate chunk stays cached across
        // deployments.
        manualChunks: (id: string) => (id.includes('/node_modules/') ? 'vendor' : undefined),
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy },
});
