import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, inject } from 'vitest'

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Session {
  context: BrowserContext
  page: Page
  baseURL: string
  /** Every request the pages made that left the app's own origin. */
  foreignRequests: string[]
  /** Console errors, page errors and CSP violations seen so far in any page of the session. */
  problems: string[]
  /**
   * Lets console errors matching `pattern` pass, for one journey that causes them on purpose
   * (say why in `reason`). An allowance that matches nothing fails the journey too, so none
   * outlives its reason. CSP violations and page errors are never allowed.
   */
  allowConsoleError(pattern: RegExp, reason: string): void
  /** Closes the browser, then fails if any page logged a console error, broke the CSP or threw. */
  close(): Promise<void>
}

/** Reports every CSP violation to the test, with the directive, what was blocked and where. */
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__reportCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' +
    (e.sourceFile || document.location.pathname) + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : ''))
})`

/** Each distinct message once, with how often it came, the first 20 of them: a hover can log thousands. */
function summarize(messages: string[]): string {
  const counts = new Map<string, number>()
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1)
  const lines = [...counts].map(([m, n]) => `- ${m}${n > 1 ? ` (${n} times)` : ''}`)
  return [...lines.slice(0, 20), ...(lines.length > 20 ? [`- and ${lines.length - 20} more distinct messages`] : [])].join('\n')
}

/** Every page of the session, now and later, reports console errors and uncaught errors. */
function watchPages(context: BrowserContext, record: (kind: 'console' | 'page', text: string) => void): void {
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const at = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : ''
      record('console', `${msg.text()}${at}`)
    })
    page.on('pageerror', (error) => record('page', error.stack ?? error.message))
  }
  context.pages().forEach(watch)
  context.on('page', watch)
}

/**
 * A real Chromium with a fresh profile (so a fresh IndexedDB) for one journey. The session is
 * strict: `close()` fails the journey, naming each message, if any page logged a console
 * error, violated the content security policy or threw an uncaught error.
 */
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
  const problems: string[] = []
  const allowed: { pattern: RegExp; reason: string; used: boolean }[] = []
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`)
  })
  await context.addInitScript(CSP_LISTENER)
  watchPages(context, (kind, text) => {
    const allowance = kind === 'console' ? allowed.find((a) => a.pattern.test(text)) : undefined
    if (allowance) allowance.used = true
    else problems.push(`${kind === 'console' ? 'Console error' : 'Page error'}: ${text}`)
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    baseURL,
    foreignRequests,
    problems,
    allowConsoleError(pattern, reason) {
      if (!reason.trim()) throw new Error('Say why the console error is expected.')
      allowed.push({ pattern, reason, used: false })
    },
    async close() {
      // A round trip to each page first, so messages and violations already sent are delivered.
      await Promise.all(context.pages().map((p) => p.evaluate(() => new Promise((done) => setTimeout(done, 50))).catch(() => undefined)))
      await context.close()
      await rm(dir, { recursive: true, force: true })
      const unused = allowed.filter((a) => !a.used).map((a) => `Allowed console error never logged: ${a.pattern} (${a.reason})`)
      const all = [...problems, ...unused]
      if (all.length) throw new Error(`The journey logged ${all.length} problem(s):\n${summarize(all)}`)
    },
  }
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/** Completes the first-run form through the UI, as a coach would. */
export async function completeFirstRun(
  page: Page,
  input: {
    coachName?: string
    schoolName?: string
    principalName?: string
    startDate?: string
    endDate?: string
  } = {},
): Promise<void> {
  await page.goto('/')
  await page.getByRole('heading', { name: 'Set up Coach Role Planner' }).waitFor()
  await page.getByLabel('Your name (the coach)').fill(input.coachName ?? 'Renée Okafor')
  await page.getByLabel('School name').fill(input.schoolName ?? 'Lincoln Elementary')
  await page.getByLabel('Principal’s name').fill(input.principalName ?? 'José Martínez')
  await page.getByLabel('First day').fill(input.startDate ?? '2026-08-17')
  await page.getByLabel('Last day').fill(input.endDate ?? '2027-06-11')
  await page.getByRole('button', { name: 'Save and start' }).click()
  // The introduction follows setup; its first button leads on to the meeting.
  await page.getByRole('button', { name: 'Start the meeting' }).click()
  await page.waitForURL('**/meeting')
}
