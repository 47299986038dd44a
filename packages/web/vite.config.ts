import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  // The manifest lets bench/web-entry-size.ts add up what the first load fetches.
  build: { chunkSizeWarningLimit: 2000, manifest: true },
});
