import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { seedAgreement } from './support/seed'

const TASKS = [
  { id: 'cycles', title: 'Coaching cycles', bucket: 'coaching' as const, choice: 'will' as const },
  { id: 'modeling', title: 'Modeling lessons', bucket: 'coaching' as const, choice: 'will' as const },
  { id: 'book-study', title: 'Book study', bucket: 'learning' as const, choice: 'will' as const },
  { id: 'planning', title: 'Planning with the principal', bucket: 'other' as const, choice: 'will' as const },
  { id: 'lunch', title: 'Lunch duty', bucket: 'other' as const, choice: 'wont' as const },
]

const shots = process.env.SCREENSHOT_DIR
async function screenshot(page: Page, name: string) {
  if (!shots) return
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
}

const cell = (page: Page, task: string, day: string) => page.getByRole('textbox', { name: `${task}, ${day}`, exact: true })
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent()

/** Types one row of a week: values for Monday to Friday, moving with Tab. */
async function typeRow(page: Page, values: string[]) {
  for (const v of values) {
    await page.keyboard.type(v)
    await page.keyboard.press('Tab')
  }
}

describe('the weekly time log', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(10_000)
  })
  afterEach(async () => {
    await s.close()
  })

  it('fills a week from the plan in a few keypresses, with the week’s flags above the grid', async () => {
    const { page } = s
    await completeFirstRun(page)
    await seedAgreement(page, [
      { ...TASKS[0]!, weeklyHours: 20 },
      { ...TASKS[2]!, weeklyHours: 2.5 },
      { ...TASKS[3]!, weeklyHours: 5 },
      TASKS[4]!,
    ])
    await page.goto('/time?week=2026-08-17')
    await page.getByRole('heading', { name: /^Week 1 · / }).waitFor()
    // Week 1 has no week before it with time logged: nothing to copy, so no "Copy last week".
    await page.getByTestId('fill-from-plan').waitFor()
    expect(await page.getByRole('button', { name: 'Copy last week' }).count()).toBe(0)
    expect(await text(page, 'week-flags')).toContain('Nothing logged this week yet.')

    // Keyboard only, from the top of the page: the skip link, Tab to "Fill from plan", Enter, then change one cell.
    let keys = 0
    const press = async (key: string) => {
      keys++
      await page.keyboard.press(key)
    }
    await page.locator('body').focus()
    await press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await press('Enter')
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'fill-from-plan'))) {
      await press('Tab')
      expect(keys, 'Tab presses to reach Fill from plan').toBeLessThan(17)
    }
    expect(await page.getByTestId('fill-from-plan').textContent()).toContain('27.5 h')
    await press('Enter')
    await expect.poll(() => text(page, 'week-total')).toBe('27.5')
    expect(await cell(page, 'Coaching cycles', 'Monday, August 17').inputValue()).toBe('4')
    expect(await cell(page, 'Book study', 'Monday, August 17').inputValue()).toBe('0.5')
    await expect.poll(() => text(page, 'week-flags')).toContain('27.5 h this week')
    // The plan itself is short on professional learning: 2.5 of 27.5 h is 9%, a quarter hour below 10%.
    expect((await text(page, 'week-flags'))?.replace(/\s+/g, ' ')).toContain('Professional learning 9% (target 10%): 0.25 h short')
    await cell(page, 'Book study', 'Friday, August 21').focus()
    for (const key of ['1', 'Enter']) await press(key)
    await expect.poll(() => text(page, 'week-total')).toBe('28')
    await expect
      .poll(async () => (await text(page, 'week-flags'))?.replace(/\s+/g, ' '))
      .toContain('Professional learning 10.7% (target 10%)')
    expect(await text(page, 'week-flags')).not.toContain('short')
    expect(keys).toBeLessThanOrEqual(20)
    // Filled, the week offers neither action again.
    expect(await page.getByTestId('fill-from-plan').count()).toBe(0)
    await expectNoAxeViolations(page, 'week filled from plan')
  })

  it('logs a week with the keyboard, flags it, copies it to the next week and keeps it all after a reload', async () => {
    const { page } = s
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)
    await page.goto('/time?week=2026-09-16')
    await page.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()
    await expectNoAxeViolations(page, 'empty week')

    // The will-do tasks are the rows, grouped by bucket.
    const rowHeads = await page.locator('table.timesheet tbody th[scope="row"]').allTextContents()
    expect(rowHeads.map((t) => t.trim())).toEqual([
      'Coaching cycles',
      'Modeling lessons',
      'Coaching total',
      'Book study',
      'Professional learning total',
      'Planning with the principal',
      'Other duties total',
    ])

    // Log the week with the keyboard only, timed: under a minute.
    const started = Date.now()
    await cell(page, 'Coaching cycles', 'Monday, September 14').focus()
    await typeRow(page, ['2', '3', '2.5', '3', '1.5']) // Tab runs along the row and on to the next one
    await typeRow(page, ['1', '', '1:30', '', '90m'])
    // Enter and the arrows move like a spreadsheet.
    for (const v of ['1', '', '', '', '1']) {
      await page.keyboard.type(v)
      await page.keyboard.press('ArrowRight')
    }
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Planning with the principal, Friday, September 18',
    )
    await page.keyboard.type('1h')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Planning with the principal, Monday, September 14',
    )
    await typeRow(page, ['1', '0:45', '1', '1h 15m'])
    await page.keyboard.press('Shift+Tab')
    const typingMs = Date.now() - started
    console.info(`Logged a week with the keyboard in ${(typingMs / 1000).toFixed(1)} s`)
    expect(typingMs).toBeLessThan(60_000)

    await expect.poll(() => text(page, 'week-total')).toBe('23')
    expect(await text(page, 'day-total-2026-09-14')).toBe('5')
    expect(await text(page, 'day-total-2026-09-15')).toBe('3.75')
    // coaching 16 h, learning 2 h, other 5 h of 23: learning is 8.6%, below 10%.
    const shares = page.getByRole('table', { name: /Shares up to the week of Sep 14 – 18, 2026/ })
    await expect
      .poll(() => shares.getByRole('row', { name: /This week/ }).textContent())
      .toContain('Professional learning 8.6% is below the 10% target')
    expect(await shares.getByRole('row', { name: /This week/ }).textContent()).toContain('69.5%')
    await expectNoAxeViolations(page, 'logged week')

    // Bad input: a message, the old value stays, nothing is saved.
    const monday = cell(page, 'Coaching cycles', 'Monday, September 14')
    await monday.fill('two')
    await monday.press('Enter')
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('“two” is not a number of hours')
    expect(await monday.inputValue()).toBe('2')
    expect(await monday.getAttribute('aria-invalid')).toBe('true')
    await monday.fill('-1')
    await monday.press('Tab')
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Hours cannot be negative')
    // Tab does not leave a refused cell: focus stays, with the message in a line under the row, on screen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Coaching cycles, Monday, September 14')
    const line = page.locator('tr.problem-row')
    expect(await line.textContent()).toContain('Hours cannot be negative')
    const [cellBox, lineBox] = [await monday.boundingBox(), await line.boundingBox()]
    expect(lineBox!.y - (cellBox!.y + cellBox!.height)).toBeLessThan(24)
    await monday.fill('23')
    await monday.press('Enter')
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('already has 3 hours logged (all schools together); a day holds at most 24, so at most 21 more fit')
    await expect.poll(() => monday.inputValue()).toBe('2')
    expect(await text(page, 'week-total')).toBe('23')
    await expectNoAxeViolations(page, 'cell error')

    // Time on a task agreed as won't do is logged through "Add a row" and shows as drift.
    await page.getByLabel('Add a row').selectOption({ label: 'Lunch duty (agreed won’t do)' })
    await page.getByRole('button', { name: 'Add row' }).click()
    await cell(page, 'Lunch duty', 'Wednesday, September 16').fill('1')
    await cell(page, 'Lunch duty', 'Wednesday, September 16').press('Enter')
    await expect.poll(() => page.locator('.drift').textContent()).toContain('Lunch duty: 1 h')
    await page.getByLabel('Note for this week').fill('PD day on Friday afternoon.')
    await page.getByLabel('Note for this week').blur()
    await expect.poll(() => page.locator('#week-note-count').textContent()).toContain('Note saved')
    await screenshot(page, 'week')

    // Next week is empty: copy last week fills it in one go.
    await page.getByRole('button', { name: 'Next week' }).click()
    await page.getByRole('heading', { name: 'Week 6 · Sep 21 – 25, 2026' }).waitFor()
    // Changing week keeps keyboard focus where it was instead of jumping to the page heading.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Next week →')
    expect(await page.getByLabel('Note for this week').inputValue()).toBe('')
    await page.getByRole('button', { name: 'Copy last week' }).click()
    await expect.poll(() => text(page, 'week-total')).toBe('24')
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Copied 16 entries from last week')
    expect(await page.getByRole('button', { name: 'Copy last week' }).count()).toBe(0)

    // A row added without hours yet stays on the sheet.
    await page.getByLabel('Add a row').selectOption({ label: 'Other duties, no specific task' })
    await page.getByRole('button', { name: 'Add row' }).click()
    await cell(page, 'Other duties, no specific task', 'Monday, September 21').waitFor()

    // Reload: both weeks are still there, and so is the added row.
    await page.reload()
    await page.getByRole('heading', { name: 'Week 6 · Sep 21 – 25, 2026' }).waitFor()
    await expect.poll(() => text(page, 'week-total')).toBe('24')
    expect(await cell(page, 'Other duties, no specific task', 'Monday, September 21').inputValue()).toBe('')
    expect(await cell(page, 'Book study', 'Friday, September 25').inputValue()).toBe('1')
    await page.getByRole('button', { name: 'Previous week' }).click()
    await expect.poll(() => cell(page, 'Coaching cycles', 'Monday, September 14').inputValue()).toBe('2')
    await expect.poll(() => page.getByLabel('Note for this week').inputValue()).toBe('PD day on Friday afternoon.')

    // Jumping to a date outside the school year is refused with a message.
    await page.getByLabel('Go to the week of').fill('2027-07-01')
    await page.getByRole('button', { name: 'Go', exact: true }).click()
    await expect.poll(() => page.locator('#jump-date-error').textContent()).toContain('Jul 1, 2027 is outside the school year 2026–27')
    await page.getByLabel('Go to the week of').fill('2026-10-07')
    await page.getByRole('button', { name: 'Go', exact: true }).click()
    await page.getByRole('heading', { name: /Week 8 · Oct 5 – 9, 2026/ }).waitFor()

    // The year view lists every week with its status; a click opens the week.
    await page.getByRole('link', { name: 'Year', exact: true }).click()
    await page.getByRole('heading', { name: 'Week by week' }).waitFor()
    const weeks = page.getByRole('table', { name: /Every week of the school year/ })
    expect(await weeks.locator('tbody tr').count()).toBe(43)
    expect(await weeks.getByRole('row', { name: /^Week 5 / }).textContent()).toContain('Professional learning below 10%')
    expect(await weeks.getByRole('row', { name: /^Week 6 / }).textContent()).toContain('Professional learning below 10%')
    expect(await weeks.getByRole('row', { name: /^Week 4 / }).textContent()).toContain('Nothing logged')
    expect(await page.getByRole('region', { name: 'Lincoln Elementary: school year 2026–27' }).textContent()).toContain('Lunch duty: 2 h')
    await expectNoAxeViolations(page, 'year view')
    await screenshot(page, 'year')
    await weeks.getByRole('link', { name: /^Week 6 / }).click()
    await page.getByRole('heading', { name: 'Week 6 · Sep 21 – 25, 2026' }).waitFor()
    expect(s.foreignRequests).toEqual([])
  }, 120_000)

  it('a dashboard open in another tab follows the time logged in this one, live', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date('2026-11-25T10:00:00'))
    await completeFirstRun(page)
    const other = await context.newPage()
    await other.goto('/dashboard?period=year')
    await other.getByRole('heading', { name: 'Nothing logged in this period' }).waitFor()

    await page.goto('/time?week=2026-09-16')
    await cell(page, 'Coaching, no specific task', 'Monday, September 14').fill('6')
    await cell(page, 'Coaching, no specific task', 'Monday, September 14').press('Enter')
    await cell(page, 'Other duties, no specific task', 'Tuesday, September 15').fill('4')
    await cell(page, 'Other duties, no specific task', 'Tuesday, September 15').press('Enter')
    await expect.poll(() => text(page, 'week-total')).toBe('10')

    // No reload in the other tab: the day totals written here reach its dashboard.
    const ytd = other.locator('[data-figure="ytd"] .figure__value')
    await expect.poll(() => ytd.textContent(), { timeout: 10_000 }).toContain('60%')
    await cell(page, 'Coaching, no specific task', 'Monday, September 14').fill('1')
    await cell(page, 'Coaching, no specific task', 'Monday, September 14').press('Enter')
    await expect.poll(() => ytd.textContent(), { timeout: 10_000 }).toContain('20%')
    await expectNoAxeViolations(other, 'dashboard updated from another tab')
  })

  it('marks a holiday in Settings: the week is listed, never flagged, and the four-week window reaches past it', async () => {
    const { page } = s
    await completeFirstRun(page)
    await page.goto('/settings')
    const calendar = page.getByRole('region', { name: /School calendar/ })
    await calendar.getByLabel('Week', { exact: true }).selectOption({ label: 'Week 15 · Nov 23 – 27, 2026' })
    await calendar.getByLabel('Kind').selectOption({ label: 'Holiday' })
    await calendar.getByLabel('Label (optional)').fill('Thanksgiving')
    await calendar.getByRole('button', { name: 'Mark weeks' }).click()
    await calendar.getByRole('cell', { name: 'Thanksgiving' }).waitFor()
    await expectNoAxeViolations(page, 'settings calendar')
    await screenshot(page, 'settings')

    // No agreement yet: the sheet offers the three bucket rows and explains the meeting fills it.
    await page.goto('/time?week=2026-11-25')
    await page.getByText('has no agreement for this school year yet').waitFor()
    await page.getByText('This week is marked').waitFor()
    await cell(page, 'Other duties, no specific task', 'Monday, November 23').fill('6')
    await cell(page, 'Other duties, no specific task', 'Monday, November 23').press('Enter')
    const shares = page.getByRole('table', { name: /Shares up to the week/ })
    await expect.poll(() => shares.getByRole('row', { name: /This week/ }).textContent()).toContain('No school')
    await expectNoAxeViolations(page, 'holiday week without agreement')

    await page.getByRole('button', { name: 'Next week' }).click()
    await cell(page, 'Coaching, no specific task', 'Monday, November 30').fill('6')
    await cell(page, 'Coaching, no specific task', 'Monday, November 30').press('Tab')
    await expect.poll(() => shares.getByRole('row', { name: /Last 4 school weeks/ }).textContent()).toContain('100%')
    expect(await shares.getByRole('row', { name: /This week/ }).textContent()).toContain('Professional learning 0% is below the 10% target')

    await page.goto('/time/year')
    const weeks = page.getByRole('table', { name: /Every week of the school year/ })
    await expect.poll(() => weeks.getByRole('row', { name: /^Week 15 / }).textContent()).toContain('No school')
    expect(await weeks.getByRole('row', { name: /^Week 15 / }).textContent()).toContain('Thanksgiving')

    await page.reload()
    await expect.poll(() => weeks.getByRole('row', { name: /^Week 15 / }).textContent()).toContain('No school')
    expect(s.foreignRequests).toEqual([])
  })
})
