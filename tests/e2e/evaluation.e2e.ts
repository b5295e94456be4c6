import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'

const SHOTS = process.env.SCREENSHOT_DIR
const PASSPHRASE = 'maple grove 2027'

async function shot(page: Page, name: string) {
  if (!SHOTS) return
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h })
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
}

/** Types in one answer sheet: whose it is, the same point for every item, and a comment. */
async function typeSheet(page: Page, group: 'self' | 'administrator' | 'teacher', point: 1 | 2 | 3 | 4 | 5, keepDoing = '') {
  const entry = page.getByTestId('paper-entry')
  await entry.locator(`#sheet-group-${group}`).check()
  const rows = entry.locator(`input[type="radio"][id$="-${point}"][id^="sheet-item-"]`)
  const n = await rows.count()
  for (let i = 0; i < n; i++) await rows.nth(i).check()
  await entry.locator('#sheet-keepDoing').fill(keepDoing)
  await entry.getByRole('button', { name: 'Save this sheet' }).click()
}

const counts = async (page: Page) => (await page.getByTestId('round-counts').textContent())?.trim()

describe('the 360° evaluation', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('makes the coach key, starts a round, takes sheets and the self-evaluation, and holds teacher results back below 3', async () => {
    const { page } = s
    await completeFirstRun(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evaluation' }).click()
    await page.getByRole('heading', { name: 'Your 360° evaluation' }).waitFor()
    await expectNoAxeViolations(page, 'evaluation, before the coach key')
    await page.locator('#coach-passphrase').fill(PASSPHRASE)
    await page.locator('#coach-passphrase-again').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Make my coach key' }).click()
    await page.locator('#round-label').fill('Spring 2027')
    await expectNoAxeViolations(page, 'evaluation, no rounds yet')
    await page.getByRole('button', { name: 'Start the round' }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring 2027' }).waitFor()
    await expectNoAxeViolations(page, 'a new round')

    // A sheet with an item left out is refused at the item; nothing is stored.
    await page.getByText('Type in an answer sheet or your self-evaluation').click()
    const entry = page.getByTestId('paper-entry')
    await entry.locator('#sheet-group-administrator').check()
    await entry.locator('input[type="radio"][id^="sheet-item-"][id$="-4"]').first().check()
    await entry.getByRole('button', { name: 'Save this sheet' }).click()
    await expect.poll(() => entry.getByTestId('paper-problems').textContent()).toMatch(/Not saved: \d+ problems/)
    expect(await counts(page)).toContain('Administrator 0')
    await expectNoAxeViolations(page, 'a refused answer sheet')

    await typeSheet(page, 'administrator', 4, 'Clear goals with teachers')
    await expect.poll(() => counts(page)).toContain('Administrator 1')
    await typeSheet(page, 'self', 5)
    await typeSheet(page, 'teacher', 3, 'Listening closely')
    await typeSheet(page, 'teacher', 4)
    await expect.poll(() => counts(page)).toBe('Answers so far: Self-evaluation 1 · Administrator 1 · Teachers 2')
    const results = page.getByTestId('round-results')
    await expect.poll(() => results.textContent()).toContain('2 teachers have answered, 1 more answer is needed.')
    expect(await results.textContent()).not.toContain('Listening closely')
    await expectNoAxeViolations(page, 'results held back')

    // The third teacher: teacher figures and comments show, after a reload too.
    await typeSheet(page, 'teacher', 2)
    await expect.poll(() => counts(page)).toContain('Teachers 3')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Spring 2027' }).waitFor()
    await expect.poll(() => results.textContent()).toContain('Listening closely')
    expect(await results.textContent()).not.toContain('more answer is needed')
    await expectNoAxeViolations(page, 'results with three teachers')
    await shot(page, 'evaluation-round')
  })
})
