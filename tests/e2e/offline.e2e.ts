import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { getRecord, putRecords } from './support/seedDb'
import { seedAgreement, seedEntries, seedTasks } from '../support/dashboardSeed'
import type { SchoolYear, Settings } from '@/domain/schemas'
import { dayTotalsOf } from '@/domain/dayTotals'

const FROM = '2026-08-17'
const TO = '2026-11-27'

describe('installable and working offline', () => {
  let s: Session
  let dir: string
  beforeEach(async () => {
    s = await openSession()
    dir = await mkdtemp(join(tmpdir(), 'crp-offline-'))
  })
  afterEach(async () => {
    await s.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('after one visit, every page, the charts and the PDF export work with no network', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TO}T10:00:00`))
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await completeFirstRun(page)

    // The manifest the browser installs from: name, icons, start URL, standalone.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    const manifest = (await (await page.request.get(manifestHref!)).json()) as {
      name: string
      start_url: string
      display: string
      icons: { sizes: string; purpose: string }[]
    }
    expect(manifest).toMatchObject({ name: 'Coach Role Planner', start_url: '/', display: 'standalone' })
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])

    // A signed agreement and a term of logs, so the dashboard draws charts and there is a PDF to make.
    const settings = (await getRecord<Settings>(page, 'settings', 'app'))!
    const year = (await getRecord<SchoolYear>(page, 'schoolYears', settings.activeSchoolYearId!))!
    const now = Date.now()
    const { agreement, decisions } = seedAgreement(settings.activeSchoolId!, year.id, now)
    const entries = seedEntries({ schoolId: settings.activeSchoolId!, from: FROM, to: TO, now })
    await putRecords(page, {
      tasks: seedTasks(now),
      agreements: [agreement],
      decisions,
      timeEntries: entries,
      dayTotals: dayTotalsOf(entries),
    })

    // The first visit installs the worker; it controls this page once everything is precached.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 })
    const cached = await page.evaluate(async () => {
      const keys = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()))
      return keys.flat().map((r) => new URL(r.url).pathname)
    })
    // The lazy chart, PDF and font files are precached on purpose (see README, Install and offline).
    for (const part of [/echarts/, /renderWithPdfkit|pdfkit/i, /dejavu-sans-pdf\.woff/, /index\.html/, /manifest\.webmanifest/]) {
      expect(
        cached.some((path) => part.test(path)),
        `precache holds ${part}`,
      ).toBe(true)
    }

    await context.setOffline(true)
    s.allowConsoleError(/ERR_INTERNET_DISCONNECTED \(http:\/\/[^)]*\/not-precached-\d+\.txt/, 'the probe below proves the network is cut')
    // The network is really gone: a file the worker has not precached cannot be fetched. (Chromium 150
    // no longer turns navigator.onLine false under the browser's offline emulation, so ask the network.)
    expect(
      await page.evaluate(() =>
        fetch(`/not-precached-${Date.now()}.txt`, { cache: 'no-store' }).then(
          () => 'reached',
          () => 'offline',
        ),
      ),
    ).toBe('offline')
    const failed: string[] = []
    context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`))
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()

    for (const name of ['Meeting', 'Agreement', 'Time log', 'Dashboard', 'Data', 'Settings']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click()
      await expect.poll(() => page.title()).toContain(name)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await expectNoAxeViolations(page, `${name} offline`)
    }
    // A page opened by its address offline gets the app from the cache too.
    await page.goto('/time/year')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expectNoAxeViolations(page, 'year offline')

    // The dashboard's charts (a lazily loaded chunk) draw offline.
    await page.goto(`/dashboard?period=custom&from=${FROM}&to=${TO}`)
    await page.getByTestId('dashboard-summary').waitFor()
    await expect.poll(() => page.locator('[data-chart] canvas').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6)
    await expectNoAxeViolations(page, 'dashboard with charts offline')

    // The agreement PDF (PDFKit and the fonts, loaded on export) is made offline.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreement', exact: true }).click()
    await page.getByRole('button', { name: 'Download PDF' }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    const file = join(dir, download.suggestedFilename())
    await download.saveAs(file)
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Coaching role agreement')

    expect(failed, 'requests that needed the network').toEqual([])
    expect(s.foreignRequests).toEqual([])
  })
})
