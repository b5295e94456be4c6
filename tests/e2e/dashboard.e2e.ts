import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { getRecord, putRecords } from './support/seedDb'
import { SECRET_DECISION_NOTE, SECRET_WEEK_NOTE, seedAgreement, seedEntries, seedTasks, seedWeekNotes } from '../support/dashboardSeed'
import { schoolYearSchema, type SchoolYear, type Settings } from '@/domain/schemas'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { projectSplit } from '@/domain/projection'
import { resolveScope, taskTitleLookup } from '@/domain/dashboard/scope'
import { formatPercent } from '@/domain/shares'
import { formatHours } from '@/domain/hours'
import { dayTotalsOf } from '@/domain/dayTotals'

const TODAY = '2026-11-27'
const FROM = '2026-08-17'
const TO = '2026-11-27'
const HOLIDAY = '2026-11-23'

describe('dashboard, report and CSV', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('charts a term of logs, matches its tables, and downloads the report and both CSVs', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const requests: string[] = []
    // The pages' own requests: the service worker's background precache fetches every chunk on purpose.
    context.on('request', (r) => {
      if (!r.serviceWorker()) requests.push(r.url())
    })

    await completeFirstRun(page)
    // The first screen must not have fetched the chart or PDF code.
    expect(requests.filter((u) => /\/assets\/(echarts|ChartCanvas|timeReport|renderWithPdfkit|DashboardView)-/.test(u))).toEqual([])

    // Seed a term: a signed agreement, notes that must stay private, and 14 weeks of logs.
    const settings = await getRecord<Settings>(page, 'settings', 'app')
    const schoolId = settings!.activeSchoolId!
    const storedYear = await getRecord<SchoolYear>(page, 'schoolYears', settings!.activeSchoolYearId!)
    const now = Date.now()
    const year = schoolYearSchema.parse({ ...storedYear, markedWeeks: [{ weekStart: HOLIDAY, kind: 'holiday', label: 'Thanksgiving' }] })
    const tasks = seedTasks(now)
    const { agreement, decisions } = seedAgreement(schoolId, year.id, now)
    const entries = seedEntries({ schoolId, from: FROM, to: TO, skipWeeks: [HOLIDAY], now })
    const notes = seedWeekNotes(schoolId, ['2026-09-07', '2026-10-05'], now)
    // The day totals are what the app writes beside every entry; seeding writes them the same way.
    await putRecords(page, {
      schoolYears: [year],
      tasks,
      agreements: [agreement],
      decisions,
      timeEntries: entries,
      dayTotals: dayTotalsOf(entries),
      weekNotes: notes,
    })
    // Written behind Dexie's back: reload so no live query keeps a cached answer from before the seed.
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()

    // What the dashboard should show, from the domain functions.
    const period = resolvePeriod({ kind: 'custom', from: FROM, to: TO }, year, TODAY)
    if (!period.ok) throw new Error(period.message)
    const scope = resolveScope(
      {
        schools: [{ id: schoolId, name: 'Lincoln Elementary', principalName: 'José Martínez' }],
        tasks,
        agreements: new Map([[schoolId, agreement && { targets: agreement.targets, decisions }]]),
        defaultTargets: settings!.defaultTargets,
      },
      schoolId,
    )
    const expected = buildDashboardSeries({
      year,
      period: period.period,
      entries,
      targets: scope.targets,
      wontDo: scope.wontDo,
      planned: scope.planned,
      project: (p) => projectSplit(p, scope.targets),
      taskTitle: taskTitleLookup(tasks),
    })
    expect(expected.weeks.some((w) => w.status === 'below-target')).toBe(true)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    await page.getByLabel('Custom dates').check()
    await page.getByLabel('First day').fill(FROM)
    await page.getByLabel('Last day').fill(TO)
    await page.getByRole('button', { name: 'Show these dates' }).click()
    const summary = page.getByTestId('dashboard-summary')
    await summary.waitFor()

    // Headline figures and charts.
    const rolling = expected.latestRolling!.window.shares.percent!
    expect(await summary.locator('[data-figure="rolling"] .figure__value').textContent()).toContain(formatPercent(rolling.coaching))
    expect(await summary.locator('[data-figure="ytd"] .figure__value').textContent()).toContain(
      formatPercent(expected.yearToDate.shares.percent!.coaching),
    )
    expect(await summary.locator('[data-figure="drift"] .figure__value').textContent()).toContain(
      `${formatHours(expected.drift.totalHours)} h`,
    )
    await expect.poll(() => page.locator('.chart canvas').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6)
    expect(requests.some((u) => /\/assets\/echarts-/.test(u))).toBe(true)
    expect(await page.getByTestId('rolling-summary').textContent()).toMatch(
      /^Over the last 4 school weeks \(4 of them logged, [\d.]+ h\), coaching was \d+(\.\d)?%, .*(under|above|exactly on) the 60% target/,
    )

    // The data table says what the chart draws.
    const rows = page.getByTestId('weekly-table').locator('tbody tr')
    expect(await rows.count()).toBe(expected.weeks.length)
    for (const w of expected.weeks) {
      const row = page.getByTestId('weekly-table').locator(`tr[data-week="${w.week.weekStart}"]`)
      const cells = await row.locator('td').allTextContents()
      expect(cells[0]).toContain(w.shares.percent ? formatPercent(w.shares.percent.coaching) : '–')
      expect(cells[3]).toBe(formatHours(w.shares.total))
      // Issue 13: a week below target names the targets it missed.
      expect(cells[4]).toContain(
        w.status === 'below-target'
          ? w.flags.map((f) => `${f.bucket === 'coaching' ? 'Coaching' : 'Professional learning'} below ${f.targetPct}%`).join('; ')
          : w.status === 'no-school'
            ? 'No school'
            : 'On target',
      )
    }
    const holidayRow = await page.getByTestId('weekly-table').locator(`tr[data-week="${HOLIDAY}"]`).textContent()
    expect(holidayRow).toContain('Holiday')
    expect(await page.locator('body').textContent()).not.toContain(SECRET_DECISION_NOTE)
    await expectNoAxeViolations(page, 'dashboard')
    if (process.env.SCREENSHOT_DIR) {
      for (const width of [1280, 768]) {
        await page.setViewportSize({ width, height: 900 })
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/dashboard-${width}.png`, fullPage: true })
      }
      await page.setViewportSize({ width: 1280, height: 860 })
    }

    // Screenshots for people to look at.
    await page.screenshot({ path: '/tmp/dashboard-1280.png', fullPage: true })
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: '/tmp/dashboard-768.png', fullPage: true })
    await page.setViewportSize({ width: 1280, height: 860 })

    // Report PDF.
    const dir = await mkdtemp(join(tmpdir(), 'crp-dash-'))
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report for the principal (PDF)' }).click(),
    ])
    const pdfPath = join(dir, 'report.pdf')
    await pdfDownload.saveAs(pdfPath)
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString()
    // Made in the browser by PDFKit: tagged, the chart a figure, US Letter by default.
    const pdfInfo = execFileSync('pdfinfo', [pdfPath]).toString()
    expect(pdfInfo).toMatch(/Tagged:\s+yes/)
    expect(pdfInfo).toMatch(/\(letter\)/)
    expect(execFileSync('pdfinfo', ['-struct-text', pdfPath]).toString()).toMatch(/Figure/)
    expect(pdfText).toContain('Coaching time report')
    expect(pdfText).toContain('Lincoln Elementary')
    // Page one holds the summary and the chart with its caption, so it can be handed out alone.
    const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-']).toString().replace(/\s+/g, ' ')
    expect(pageOne).toContain('At a glance')
    expect(pageOne).toContain('Two lines, each against its own target')
    if (process.env.SCREENSHOT_DIR)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        `${process.env.SCREENSHOT_DIR}/report-page-1`,
      ])
    expect(pdfText).toContain(formatPercent(expected.yearToDate.shares.percent!.coaching))
    expect(pdfText).toContain('Lunch duty')
    expect(pdfText).toContain('Coaching cycles with teachers')
    expect(pdfText).toContain('Renée Okafor')
    expect(pdfText).not.toContain('Alvarez')
    expect(pdfText).not.toContain('Brandt')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, '/tmp/dashboard-report'])

    // The principal's weekly summary CSV (renamed in issue 13: it says whose file it is).
    const [weeklyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Weekly summary for the principal (CSV)' }).click(),
    ])
    expect(weeklyDownload.suggestedFilename()).toMatch(/-time-for-principal-.*\.csv$/)
    const weeklyRaw = await readFile(await weeklyDownload.path())
    expect([...weeklyRaw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const weekly = Papa.parse<Record<string, string>>(weeklyRaw.toString('utf8').slice(1), { header: true, skipEmptyLines: true })
    expect(weekly.data).toHaveLength(expected.weeks.length)
    for (const w of expected.weeks) {
      const row = weekly.data.find((r) => r['Week start'] === w.week.weekStart)
      expect(row?.School).toBe('Lincoln Elementary')
      expect(Number(row?.['Total hours'])).toBe(w.shares.total)
      expect(Number(row?.['Coaching hours'])).toBe(w.shares.hours.coaching)
      expect(row?.Status).toBe(w.status === 'below-target' ? 'Below target' : w.status === 'no-school' ? 'No school' : 'On target')
    }

    // The coach's own raw entries CSV: every entry of the period, the formula-like title defused.
    const [entriesDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Your own time entries (CSV)' }).click(),
    ])
    const entriesText = (await readFile(await entriesDownload.path())).toString('utf8')
    expect(entriesText.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<Record<string, string>>(entriesText.slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.data).toHaveLength(entries.length)
    expect(parsed.data.reduce((sum, r) => sum + Number(r.Hours), 0)).toBeCloseTo(
      entries.reduce((sum, e) => sum + e.hours, 0),
      6,
    )
    const formulaRow = parsed.data.find((r) => r.Task?.includes('HYPERLINK'))
    expect(formulaRow?.Task?.startsWith("'=")).toBe(true)
    expect(formulaRow?.['Won’t-do task']).toBe('yes')
    expect(entriesText).not.toContain(SECRET_WEEK_NOTE)

    // Bad periods get a sentence, not an empty chart.
    await page.getByLabel('First day').fill('2026-10-10')
    await page.getByLabel('Last day').fill('2026-10-01')
    await page.getByRole('button', { name: 'Show these dates' }).click()
    await expect.poll(() => page.getByTestId('period-problem').textContent()).toContain('comes before the first day')
    expect(await page.locator('.chart').count()).toBe(0)
    await expectNoAxeViolations(page, 'dashboard with a bad period')
    await page.getByLabel('First day').fill('2027-07-01')
    await page.getByLabel('Last day').fill('2027-07-31')
    await page.getByRole('button', { name: 'Show these dates' }).click()
    await expect.poll(() => page.getByTestId('period-problem').textContent()).toContain('outside the school year')
    await page.getByLabel('First day').fill(HOLIDAY)
    await page.getByLabel('Last day').fill('2026-11-27')
    await page.getByRole('button', { name: 'Show these dates' }).click()
    await expect.poll(() => page.getByTestId('period-problem').textContent()).toContain('has no school weeks')

    // The period lives in the address: a reload shows the same figures from the stored data.
    await page.getByLabel('First day').fill(FROM)
    await page.getByLabel('Last day').fill(TO)
    await page.getByRole('button', { name: 'Show these dates' }).click()
    await summary.waitFor()
    await page.reload()
    await page.getByTestId('dashboard-summary').waitFor()
    expect(await page.locator('[data-figure="ytd"] .figure__value').textContent()).toContain(
      formatPercent(expected.yearToDate.shares.percent!.coaching),
    )
    expect(s.foreignRequests).toEqual([])
  })
})
