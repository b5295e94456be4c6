/**
 * Issue 13, as a new user tries it: two weeks of a term logged through the time log, then the
 * dashboard and the principal's report must say "2 of N school weeks logged", average over
 * those two weeks only, and show no week after today anywhere.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { seedAgreement } from './support/seed'

const TODAY = '2026-11-27' // a Friday in term 1: 15 school weeks so far, the term runs into January
const TASKS = [
  { id: 'cycles', title: 'Coaching cycles', bucket: 'coaching' as const, choice: 'will' as const, weeklyHours: 16 },
  { id: 'modeling', title: 'Modeling lessons', bucket: 'coaching' as const, choice: 'will' as const, weeklyHours: 2 },
  { id: 'book-study', title: 'Book study', bucket: 'learning' as const, choice: 'will' as const, weeklyHours: 3 },
  { id: 'planning', title: 'Planning with the principal', bucket: 'other' as const, choice: 'will' as const, weeklyHours: 5 },
]
/** Dates after today, as the dashboard and report would write them. */
const FUTURE = /\b(Nov 30|Dec [1-9]\b|Dec [12]\d|Dec 3[01]|Jan \d{1,2}(, 2027)? –)/

const PLAN_SUMMARY =
  'Average per week over the 2 school weeks with time logged. Coaching: planned 18 h, logged 19 h a week, 1 h more than planned. ' +
  'Professional learning: planned 3 h, logged 2 h a week, 1 h less than planned. Other duties: planned 5 h, logged 7.5 h a week, 2.5 h more than planned.'

const cell = (page: Page, task: string, day: string) => page.getByRole('textbox', { name: `${task}, ${day}`, exact: true })

/** Types a week's rows, Monday to Friday each, moving with Tab as a coach would. */
async function logWeek(page: Page, firstCell: string, rows: string[][], total: string) {
  await cell(page, 'Coaching cycles', firstCell).focus()
  for (const values of rows) {
    for (const v of values) {
      await page.keyboard.type(v)
      await page.keyboard.press('Tab')
    }
  }
  await expect.poll(() => page.getByTestId('week-total').textContent()).toBe(total)
}

describe('honest periods', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(15_000)
  })
  afterEach(async () => {
    await s.close()
  })

  it('two weeks logged in a term: "2 of 15 school weeks logged", averages over those two, no future week', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' })
    const consoleErrors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)

    // Week of 14 Sep: 20 h coaching, 1 h learning, 10 h other (learning below 10%). Moving on inside
    // the app, as a coach would (a full page load could cut off the last cell's save).
    await page.goto('/time?week=2026-09-16')
    await logWeek(
      page,
      'Monday, September 14',
      [
        ['4', '4', '4', '4', '4'],
        ['', '', '', '', ''],
        ['1', '', '', '', ''],
        ['2', '2', '2', '2', '2'],
      ],
      '31',
    )
    // Week of 21 Sep: 18 h coaching, 3 h learning, 5 h other (both targets met).
    await page.getByRole('button', { name: 'Next week' }).click()
    await page.getByRole('heading', { name: /Sep 21 – 25, 2026/ }).waitFor()
    await logWeek(
      page,
      'Monday, September 21',
      [
        ['3', '3', '3', '3', '3'],
        ['1', '', '1', '', '1'],
        ['1', '1', '1', '', ''],
        ['1', '1', '1', '1', '1'],
      ],
      '26',
    )

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
    const summary = page.getByTestId('dashboard-summary')
    await summary.waitFor()
    expect(await summary.locator('h2').textContent()).toContain('up to today (Nov 27, 2026)')
    expect(await summary.locator('[data-figure="logged"] .figure__value').textContent()).toBe('2 of 15')
    expect(await summary.locator('[data-figure="logged"] .figure__detail').textContent()).toBe(
      '13 school weeks have nothing logged: a gap to fill, not counted as zero',
    )
    // 38 h coaching of 57: 66.6%, on target; 4 h learning: 7%, below. Only the learning card warns about a target.
    expect(await summary.locator('[data-figure="coaching"] .figure__detail').textContent()).toBe(
      '6.6 points above the 60% target, over 57 h in school weeks',
    )
    expect(await summary.locator('[data-figure="coaching"] .figure__warning').count()).toBe(0)
    expect(await summary.locator('[data-figure="learning"] .figure__warning').textContent()).toContain('Below the 10% target')
    expect(await summary.locator('[data-figure="ytd"] .figure__detail').textContent()).toMatch(/^2 of 15 school weeks logged/)
    expect(await page.getByTestId('upcoming-note').textContent()).toContain('upcoming weeks are in no figure')

    await expect.poll(() => page.locator('.chart canvas').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(6)
    expect(await page.getByTestId('weekly-summary').textContent()).toMatch(
      /^2 of 15 school weeks logged\. 13 school weeks have nothing logged: a gap to fill, not counted as zero\./,
    )
    // Averages over the two logged weeks only: (20 + 18) / 2 h coaching, (1 + 3) / 2 h learning.
    expect(await page.getByTestId('plan-summary').textContent()).toBe(PLAN_SUMMARY)
    expect(await page.getByTestId('rolling-rule').textContent()).toContain('A school week with nothing logged stays in those 4 as a gap')

    // No week after today in any table (the charts draw them only as an empty "Upcoming" band).
    const weekRows = page.getByTestId('weekly-table').locator('tbody tr')
    expect(await weekRows.count()).toBe(15)
    expect((await weekRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-week') ?? ''))).every((w) => w <= TODAY)).toBe(true)
    for (const table of await page.locator('table').allTextContents()) expect(table).not.toMatch(FUTURE)
    // The missed target is named in words, not only for screen readers.
    expect((await page.getByTestId('weekly-table').locator('tr[data-week="2026-09-14"] td').last().textContent())?.trim()).toBe(
      'Professional learning below 10%',
    )
    await expectNoAxeViolations(page, 'dashboard with two weeks logged')

    if (process.env.CHART_SHOTS) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.waitForTimeout(400)
      for (const id of ['weekly', 'ytd', 'rolling'])
        await page.locator(`[data-chart="${id}"]`).screenshot({ path: `${process.env.CHART_SHOTS}/chart-${id}.png` })
      await summary.screenshot({ path: `${process.env.CHART_SHOTS}/dashboard-figures.png` })
    }

    // The principal's report says the same.
    const dir = await mkdtemp(join(tmpdir(), 'crp-periods-'))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report for the principal (PDF)' }).click(),
    ])
    const pdfPath = join(dir, 'report.pdf')
    await download.saveAs(pdfPath)
    const pdf = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ')
    expect(pdf).toContain('2 of 15 school weeks logged; 13 school weeks have nothing logged.')
    expect(pdf).toContain(PLAN_SUMMARY)
    expect(pdf).toContain('Year to date (2 of 15 school weeks logged)')
    expect(pdf).toContain('Confidentiality, as agreed')
    expect(pdf).toContain('The coach shares what they work on and with whom, but nothing evaluative')
    expect(pdf).not.toMatch(FUTURE)
    expect(consoleErrors).toEqual([])
    expect(s.foreignRequests).toEqual([])
  })
})
