import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, inject } from 'vitest'

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export interface Session {
  context: BrowserContext
  page: Page
  baseURL: string
  /** Every request the pages made that left the app's own origin. */
  foreignRequests: string[]
  close(): Promise<void>
}

/** A real Chromium with a fresh profile (so a fresh IndexedDB) for one journey. */
export async function openSession(options: { acceptDownloads?: boolean } = {}): Promise<Session> {
  const baseURL = inject('baseURL')
  const dir = await mkdtemp(join(tmpdir(), 'crp-e2e-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
    baseURL,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  })
  const foreignRequests: string[] = []
  context.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context, page, baseURL, foreignRequests,
    async close() {
      await context.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/** Completes the first-run form through the UI, as a coach would. */
export async function completeFirstRun(page: Page, input: {
  coachName?: string; schoolName?: string; principalName?: string; startDate?: string; endDate?: string
} = {}): Promise<void> {
  await page.goto('/')
  await page.getByRole('heading', { name: 'Set up Coach Role Planner' }).waitFor()
  await page.getByLabel('Your name (the coach)').fill(input.coachName ?? 'Renée Okafor')
  await page.getByLabel('School name').fill(input.schoolName ?? 'Lincoln Elementary')
  await page.getByLabel('Principal’s name').fill(input.principalName ?? 'José Martínez')
  await page.getByLabel('First day').fill(input.startDate ?? '2026-08-17')
  await page.getByLabel('Last day').fill(input.endDate ?? '2027-06-11')
  await page.getByRole('button', { name: 'Save and start' }).click()
  await page.waitForURL('**/meeting')
}
