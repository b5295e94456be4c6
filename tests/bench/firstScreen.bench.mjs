/**
 * First-screen weight (not a test): `npm run bench:first-screen`.
 * Loads the built app in headless Chromium as a new user (setup) and as a returning coach
 * (meeting) and prints every JavaScript file fetched with its gzipped size, largest first.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { fillSetup } from './firstRun.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
const base = `http://127.0.0.1:${server.httpServer.address().port}`
const dir = await mkdtemp(join(tmpdir(), 'crp-first-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  baseURL: base,
  args: ['--no-sandbox'],
})
const page = context.pages()[0] ?? (await context.newPage())

async function weigh(label, go) {
  const scripts = []
  const on = (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname)
  }
  page.on('response', on)
  await go()
  page.off('response', on)
  const rows = await Promise.all(scripts.map(async (p) => [p, gzipSync(await readFile(join(root, 'dist', p))).length]))
  rows.sort((a, b) => b[1] - a[1])
  const total = rows.reduce((a, [, n]) => a + n, 0)
  console.log(`\n${label}: ${(total / 1000).toFixed(1)} KB gzip in ${rows.length} files (goal: 90 KB)`)
  for (const [p, n] of rows) console.log(`  ${(n / 1000).toFixed(1).padStart(6)} KB  ${p}`)
}

await weigh('New user, setup screen', async () => {
  await page.goto('/')
  await page.waitForURL('**/setup')
  await page.getByRole('button', { name: 'Save and start' }).waitFor()
})
await fillSetup(page)
await weigh('Returning coach, meeting screen', async () => {
  await page.reload()
  await page.waitForURL('**/meeting')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.waitForLoadState('networkidle')
})
await context.close()
await server.close()
await rm(dir, { recursive: true, force: true })
