import { defineConfig } from 'vitest/config'
import { fileURLToPath, URL } from 'node:url'

// Browser journeys: real Chromium (Debian's, or CHROME_PATH) against the built app served by `vite preview`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // Journeys may import the app's pure domain code (schemas, figures) to seed and to check results.
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Generous: a journey is judged by what it checks, not by how busy the shared CI machine is.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Writes, reloads and lazy chunks can take seconds under load; a poll gives up only after 10 s.
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time keeps a 2-core machine responsive and timings honest.
    fileParallelism: false,
  },
})
