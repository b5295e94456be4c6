import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { seedAgreement, type SeedTask } from './support/seed'

/** A will-do list long enough that an empty week would open as a wall of boxes. */
const TASKS: SeedTask[] = [
  { id: 'cycles', title: 'Coaching cycles', bucket: 'coaching', choice: 'will', weeklyHours: 15 },
  { id: 'modeling', title: 'Modeling lessons', bucket: 'coaching', choice: 'will', weeklyHours: 5 },
  { id: 'observing', title: 'Observing lessons', bucket: 'coaching', choice: 'will' },
  { id: 'video', title: 'Video review with teachers', bucket: 'coaching', choice: 'will' },
  { id: 'book-study', title: 'Book study', bucket: 'learning', choice: 'will', weeklyHours: 2.5 },
  { id: 'coach-of-coaches', title: 'Meeting the coach of coaches', bucket: 'learning', choice: 'will' },
  { id: 'planning', title: 'Planning with the principal', bucket: 'other', choice: 'will', weeklyHours: 2.5 },
  { id: 'plc', title: 'Leading PLCs', bucket: 'other', choice: 'will' },
  { id: 'data', title: 'Data team', bucket: 'other', choice: 'will' },
  { id: 'lunch', title: 'Lunch duty', bucket: 'other', choice: 'wont' },
]

async function shot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR
  if (!dir) return
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
  // A phone's page is long: also in screen-high pieces, readable when looked at.
  const { width, height } = page.viewportSize()!
  const total = await page.evaluate(() => document.documentElement.scrollHeight)
  if (width < 500)
    for (let y = 0, i = 1; y < total; y += height, i++)
      await page.screenshot({
        path: `${dir}/${name}-part${i}.png`,
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(height, total - y) },
      })
}
const cell = (page: Page, task: string, day: string) => page.getByRole('textbox', { name: `${task}, ${day}`, exact: true })
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent()
async function noSidewaysScroll(page: Page, label: string) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      // Text kept for screen readers only is clipped to a pixel: it cannot widen anything.
      .filter((el) => !el.closest('.visually-hidden') && el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 15)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  )
  expect(wide, `elements past the right edge on ${label}`).toEqual([])
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
  expect(scroll, `horizontal scroll on ${label}`).toBeLessThanOrEqual(inner)
}
async function expectTapTargets(targets: Locator, label: string) {
  const boxes = await targets.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, width: r.width, height: r.height }
    }),
  )
  expect(boxes.length, `${label}: targets found`).toBeGreaterThan(0)
  const small = boxes.filter((b) => b.width < 44 || b.height < 44)
  expect(small, `${label}: tap targets under 44 × 44 px`).toEqual([])
}
/** The active school year's calendar, written straight into IndexedDB (Settings has its own journey). */
async function markDays(page: Page, mark: { weekStart: string; kind: string; label: string; days: string[] }) {
  await page.evaluate(async (m) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('coach-role-planner')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const settings = await request(idb.transaction('settings').objectStore('settings').get('app'))
    const store = idb.transaction('schoolYears', 'readwrite').objectStore('schoolYears')
    const year = await request(store.get(settings.activeSchoolYearId))
    await request(store.put({ ...year, markedWeeks: [m], updatedAt: Date.now() }))
    idb.close()
  }, mark)
}

describe('the week on any device', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(10_000)
  })
  afterEach(async () => {
    await s.close()
  })

  it('on a tablet (768 × 1024): touch-sized cells and buttons, rows in use first, no sideways scroll', async () => {
    const { page } = s
    await page.setViewportSize({ width: 768, height: 1024 })
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)
    await page.goto('/time?week=2026-09-16')
    await page.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()
    // A new week opens on the planned rows; the rest wait behind "More rows".
    const rowHeads = () => page.locator('table.timesheet tbody tr:not(.subtotal) th[scope="row"]').allTextContents()
    expect((await rowHeads()).map((t) => t.trim())).toEqual([
      'Coaching cycles',
      'Modeling lessons',
      'Book study',
      'Planning with the principal',
    ])
    const more = page.getByRole('button', { name: 'More rows (5)' })
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    await noSidewaysScroll(page, 'tablet, empty week')
    await expectNoAxeViolations(page, 'tablet, empty week')
    await shot(page, 'week-768x1024-empty')

    // Tap cells and type, as on a touch keyboard.
    const days = [
      'Monday, September 14',
      'Tuesday, September 15',
      'Wednesday, September 16',
      'Thursday, September 17',
      'Friday, September 18',
    ]
    for (const [task, values] of [
      ['Coaching cycles', ['3', '3', '3', '3', '3']],
      ['Book study', ['0.5', '0.5', '0.5', '0.5', '0.5']],
      ['Planning with the principal', ['1', '', '1', '', '0.5']],
    ] as const) {
      for (const [i, v] of values.entries()) {
        if (!v) continue
        await cell(page, task, days[i]!).click()
        await page.keyboard.type(v)
      }
    }
    await page.getByRole('heading', { name: /^Week 5/ }).click()
    await expect.poll(() => text(page, 'week-total')).toBe('20')
    expect(await cell(page, 'Coaching cycles', 'Monday, September 14').getAttribute('inputmode')).toBe('decimal')

    // Open the other rows with the keyboard; a row given hours there stays shown once they are folded away.
    await more.focus()
    await page.keyboard.press('Enter')
    await cell(page, 'Leading PLCs', 'Thursday, September 17').click()
    await page.keyboard.type('1')
    await page.keyboard.press('Enter')
    await expect.poll(() => text(page, 'week-total')).toBe('21')
    await page.getByRole('button', { name: 'Fewer rows' }).click()
    await cell(page, 'Leading PLCs', 'Thursday, September 17').waitFor()
    expect(await page.getByRole('button', { name: 'More rows (4)' }).count()).toBe(1)

    await expectTapTargets(page.locator('input.hours'), 'grid cells')
    await expectTapTargets(page.locator('main button:visible'), 'buttons')
    await expectTapTargets(page.getByRole('group', { name: 'Change week' }).getByRole('button'), 'week navigation')
    await expectTapTargets(page.locator('main select:visible, label.check'), 'pickers')
    await noSidewaysScroll(page, 'tablet, week logged')
    await expectNoAxeViolations(page, 'tablet, week logged')
    await shot(page, 'week-768x1024-logged')
  })

  it('on a phone (390 × 844): the week day by day, no sideways scroll, kept after a reload', async () => {
    const { page } = s
    await page.setViewportSize({ width: 390, height: 844 })
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)
    await markDays(page, { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving break', days: ['2026-11-26', '2026-11-27'] })
    await page.goto('/time?week=2026-11-23')
    await page.getByRole('heading', { name: /^Week 15 · / }).waitFor()
    expect(await page.locator('table.timesheet').count()).toBe(0)
    const picker = page.getByRole('group', { name: 'Day to log' })
    expect(await picker.getByRole('radio').count()).toBe(5)
    // Thanksgiving Thursday and Friday say so, in the picker and on the day.
    expect(await page.getByTestId('day-choice-2026-11-26').textContent()).toContain('No school')
    await noSidewaysScroll(page, 'phone, empty week')
    await expectNoAxeViolations(page, 'phone, empty week')
    await shot(page, 'week-390x844-empty')

    const log = async (day: string, entries: Array<[string, string]>) => {
      await page.getByTestId(`day-choice-${day}`).click()
      for (const [task, value] of entries) {
        const field = page.getByRole('textbox', { name: new RegExp(`^${task}, `) })
        await field.click()
        await page.keyboard.type(value)
        await page.keyboard.press('Enter')
      }
    }
    await log('2026-11-23', [
      ['Coaching cycles', '4'],
      ['Book study', '1'],
    ])
    await log('2026-11-24', [
      ['Coaching cycles', '3.5'],
      ['Planning with the principal', '1:30'],
    ])
    await log('2026-11-25', [['Modeling lessons', '2']])
    await expect.poll(() => text(page, 'week-total')).toBe('12 h')
    expect(await page.getByTestId('day-choice-2026-11-24').textContent()).toContain('5 h')
    // Bad input is refused at its field, focus kept, nothing saved.
    const modeling = page.getByRole('textbox', { name: 'Modeling lessons, Wednesday, November 25' })
    await modeling.fill('lots')
    await modeling.press('Enter')
    await expect.poll(() => modeling.getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await modeling.getAttribute('id'))
    expect(await page.locator('#day-hours-problem').textContent()).toContain('Nothing was saved; the cell keeps 2 h.')
    await noSidewaysScroll(page, 'phone, refused input')
    await expectNoAxeViolations(page, 'phone, refused input')
    await shot(page, 'week-390x844-error')
    await modeling.press('Escape')

    await page.getByTestId('day-choice-2026-11-26').click()
    await page.getByText('No school on this day: Thanksgiving break.').waitFor()
    await expectTapTargets(page.locator('.day-choice, input.hours'), 'phone targets')
    await noSidewaysScroll(page, 'phone, marked day')
    await expectNoAxeViolations(page, 'phone, marked day')
    await shot(page, 'week-390x844-marked')

    await page.reload()
    await page.getByRole('heading', { name: /^Week 15 · / }).waitFor()
    await expect.poll(() => text(page, 'week-total')).toBe('12 h')
    await page.getByTestId('day-choice-2026-11-24').click()
    expect(await page.getByRole('textbox', { name: 'Planning with the principal, Tuesday, November 24' }).inputValue()).toBe('1.5')
    await noSidewaysScroll(page, 'phone, after reload')
  })

  it('at 1280 × 800: a week logged from the plan in at most 20 keypresses from the week page', async () => {
    const { page } = s
    await page.setViewportSize({ width: 1280, height: 800 })
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)
    await page.goto('/time?week=2026-10-07')
    await page.getByTestId('fill-from-plan').waitFor()
    let keys = 0
    const press = async (key: string) => {
      keys++
      await page.keyboard.press(key)
    }
    // From the top of the page: Tab to the skip link, Enter, then Tab on to "Fill from plan".
    await page.locator('body').focus()
    await press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await press('Enter')
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'fill-from-plan'))) {
      await press('Tab')
      expect(keys, 'keypresses to reach Fill from plan').toBeLessThan(19)
    }
    await press('Enter')
    await expect.poll(() => text(page, 'week-total')).toBe('25')
    // The plan's rows are the week's rows; the rest wait behind "More rows".
    expect(await page.getByRole('button', { name: 'More rows (5)' }).count()).toBe(1)
    expect(keys).toBeLessThanOrEqual(20)
    await noSidewaysScroll(page, 'desktop, filled from plan')
    await expectNoAxeViolations(page, 'desktop, filled from plan')
    await shot(page, 'week-1280x800-plan')
  })

  it('copies last week into a week with marked days: those days stay empty, and it says so', async () => {
    const { page } = s
    await page.setViewportSize({ width: 1280, height: 800 })
    await completeFirstRun(page)
    await seedAgreement(page, TASKS)
    await markDays(page, { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving break', days: ['2026-11-26', '2026-11-27'] })
    await page.goto('/time?week=2026-11-16')
    await page.getByTestId('fill-from-plan').click()
    await expect.poll(() => text(page, 'week-total')).toBe('25')

    await page.getByRole('button', { name: 'Next week' }).click()
    await page.getByRole('heading', { name: /^Week 15 · / }).waitFor()
    // Only Thursday and Friday are off: the rest is an ordinary school week, flagged and counted.
    expect(await page.getByText('on Thu and Fri. The other days are ordinary school days').count()).toBe(1)
    expect(await page.locator('thead th.day.marked').allTextContents()).toEqual(['ThuNov 26No school', 'FriNov 27No school'])
    // Fill from plan would spread over Monday to Wednesday only: the same 25 h.
    expect(await page.getByTestId('fill-from-plan').textContent()).toContain('25 h')
    await expectNoAxeViolations(page, 'week with marked days, empty')
    await page.getByRole('button', { name: 'Copy last week' }).click()
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('8 entries for Thu and Fri were left out: Thanksgiving break.')
    await expect.poll(() => text(page, 'day-total-2026-11-23')).not.toBe('–')
    expect(await text(page, 'day-total-2026-11-26')).toBe('–')
    expect(await text(page, 'day-total-2026-11-27')).toBe('–')
    expect(await cell(page, 'Coaching cycles', 'Thursday, November 26').inputValue()).toBe('')
    await expectNoAxeViolations(page, 'week with marked days, copied')
    await shot(page, 'week-1280x800-copied')
  })
})
