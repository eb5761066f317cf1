import { defineConfig } from 'vitest/config';
import { inkStories } from './src/content/inkPlugin';

export default defineConfig({
  plugins: [inkStories()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
