/**
 * Issue 12: nothing a user types is lost or silently altered. In real Chromium, with the
 * keyboard only and no waiting between keys: the week grid saves exactly what was typed after a
 * refusal, and estimates typed straight after W in the meeting are all saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { TASK_CATALOG } from '../../src/domain/taskCatalog'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { seedAgreement } from './support/seed'

const cell = (page: Page, task: string, day: string) => page.getByRole('textbox', { name: `${task}, ${day}`, exact: true })
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return {
      label: el?.getAttribute('aria-label') ?? el?.id ?? '',
      value: el?.value ?? '',
      selection: [el?.selectionStart ?? null, el?.selectionEnd ?? null],
    }
  })

/** The decisions as stored in IndexedDB, by task id: what a reload will show. */
function storedDecisions(page: Page): Promise<Record<string, { choice: string; weeklyHours: number | null; insteadBy: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('coach-role-planner')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('decisions').objectStore('decisions').getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve(
              Object.fromEntries(
                (all.result as Array<{ taskId: string; choice: string; weeklyHours: number | null; insteadBy: string }>).map((d) => [
                  d.taskId,
                  { choice: d.choice, weeklyHours: d.weeklyHours, insteadBy: d.insteadBy },
                ]),
              ),
            )
          }
        }
      }),
  )
}

describe('typed values are saved as typed', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(10_000)
  })
  afterEach(async () => {
    await s.close()
  })

  it('the week grid: after a refusal the saved value is selected, so the next keys replace it', async () => {
    const { page } = s
    await completeFirstRun(page)
    await seedAgreement(page, [
      { id: 'cycles', title: 'Coaching cycles', bucket: 'coaching', choice: 'will' },
      { id: 'book-study', title: 'Book study', bucket: 'learning', choice: 'will' },
    ])
    await page.goto('/time?week=2026-09-16')
    await page.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()
    const monday = cell(page, 'Coaching cycles', 'Monday, September 14')
    const tuesday = cell(page, 'Coaching cycles', 'Tuesday, September 15')
    const problem = page.locator('#timesheet-problem')

    await monday.focus()
    await page.keyboard.type('1')
    await page.keyboard.press('Tab')
    await page.keyboard.type('1.5')
    await page.keyboard.press('Shift+Tab')
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2.5')

    // A cell holding 1: "-1" is refused, the cell shows 1 selected, and "2" replaces it.
    await page.keyboard.type('-1')
    await page.keyboard.press('Enter')
    await expect.poll(() => problem.textContent()).toContain('Nothing was saved; the cell keeps 1 h.')
    expect(await focused(page)).toEqual({ label: 'Coaching cycles, Monday, September 14', value: '1', selection: [0, 1] })
    expect(await problem.textContent()).toBe(
      'Coaching cycles, Mon, Sep 14: Hours cannot be negative. Nothing was saved; the cell keeps 1 h.',
    )
    await expectNoAxeViolations(page, 'time log: refused value')
    await page.keyboard.type('2')
    await page.keyboard.press('Enter')
    await expect.poll(() => monday.inputValue()).toBe('2')
    await expect.poll(() => problem.count()).toBe(0) // the message line under the row is gone

    // A cell holding 1.5: a value between quarter hours is refused, never rounded; after that "2" replaces it.
    await tuesday.focus()
    await page.keyboard.type('1.52')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => problem.textContent())
      .toBe(
        'Coaching cycles, Tue, Sep 15: Hours are kept to the quarter hour (15 minutes): type 1.5 or 1.75. Nothing was saved; the cell keeps 1.5 h.',
      )
    expect(await focused(page)).toEqual({ label: 'Coaching cycles, Tuesday, September 15', value: '1.5', selection: [0, 3] })
    await page.keyboard.type('2')
    await page.keyboard.press('Enter')
    await expect.poll(() => tuesday.inputValue()).toBe('2')
    // Escape undoes typing and selects the saved value again.
    await tuesday.focus()
    await page.keyboard.type('7')
    await page.keyboard.press('Escape')
    expect(await focused(page)).toEqual({ label: 'Coaching cycles, Tuesday, September 15', value: '2', selection: [0, 1] })
    await page.keyboard.type('1.25')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('3.25')
    // The total shows the typing at once; reload only once the write has landed (a reload cuts off a running transaction).
    await expect.poll(() => page.getByText('Saved 1.25 h on Coaching cycles, Tuesday, September 15.').count()).toBe(1)

    await page.reload()
    await page.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()
    await expect.poll(() => monday.inputValue()).toBe('2')
    expect(await tuesday.inputValue()).toBe('1.25')
    expect(await page.getByTestId('week-total').textContent()).toBe('3.25')
  })

  it('the meeting: keys typed straight after W, N, D and Enter are never lost, however fast', async () => {
    const { page } = s
    await completeFirstRun(page)
    await page.locator('.decision h2').waitFor()
    const plan = [
      { key: 'w', text: '2.5' },
      { key: 'w', text: '1.25' },
      { key: 'n', text: 'Assistant principal' },
      { key: 'd' },
      { key: 'w', text: '0.75' },
      { key: 'w', text: '3' },
    ]
    // No waiting anywhere: each key goes to wherever focus is at that moment, as a fast typist's would.
    for (const step of plan) {
      await page.keyboard.press(step.key)
      if (step.text !== undefined) {
        await page.keyboard.type(step.text)
        await page.keyboard.press('Enter')
      }
    }
    const tasks = TASK_CATALOG.slice(0, plan.length)
    const expected = {
      [tasks[0]!.id]: { choice: 'will', weeklyHours: 2.5, insteadBy: '' },
      [tasks[1]!.id]: { choice: 'will', weeklyHours: 1.25, insteadBy: '' },
      [tasks[2]!.id]: { choice: 'wont', weeklyHours: null, insteadBy: 'Assistant principal' },
      [tasks[3]!.id]: { choice: 'discuss', weeklyHours: null, insteadBy: '' },
      [tasks[4]!.id]: { choice: 'will', weeklyHours: 0.75, insteadBy: '' },
      [tasks[5]!.id]: { choice: 'will', weeklyHours: 3, insteadBy: '' },
    }
    await expect.poll(() => storedDecisions(page)).toEqual(expected)
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(TASK_CATALOG[plan.length]!.title)
    // Nothing typed went anywhere else: no stray text in the fields of the task now open.
    expect(await page.locator('.decision-fields textarea').inputValue()).toBe('')

    await page.reload()
    await page.locator('.decision h2').waitFor()
    expect(await storedDecisions(page)).toEqual(expected)
    const hours = await page
      .locator('.jump__item')
      .evaluateAll((items) =>
        items.slice(0, 6).map((b) => [b.querySelector('.jump__title')?.textContent, b.querySelector('.jump__hours')?.textContent ?? null]),
      )
    expect(hours).toEqual([
      [tasks[0]!.title, '2.5 h'],
      [tasks[1]!.title, '1.25 h'],
      [tasks[2]!.title, null],
      [tasks[3]!.title, null],
      [tasks[4]!.title, '0.75 h'],
      [tasks[5]!.title, '3 h'],
    ])
    await expectNoAxeViolations(page, 'meeting after fast typing')
  })
})
