import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API in development (`npm run dev`); in production it serves this app itself. */
const apiOrigin = 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiOrigin },
  '/healthz': { target: apiOrigin },
};

const shellLibraries =
  /\/node_modules\/(react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@tanstack)\//;

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
        // The libraries every page needs change far less often than the app: a chunk of their
        // own stays cached across deployments. The others (the map's graph library, the
        // combobox) load with the pages that use them.
        manualChunks: (id: string) => (shellLibraries.test(id) ? 'vendor' : undefined),
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy },
});
