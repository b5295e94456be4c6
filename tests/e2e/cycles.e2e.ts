import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'

const TODAY = '2026-10-07'

describe('coaching cycles', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('starts a cycle, logs a session that shows once in the week grid, and keeps it all after a reload', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await completeFirstRun(page)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cycles', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Cycles' }).waitFor()
    await expectNoAxeViolations(page, 'cycles, none yet')

    // An empty name is refused at the field; the rest of the form is kept.
    await page.getByLabel('Grade or subject').fill('Grade 4 math')
    await page.getByRole('button', { name: 'Start the cycle' }).click()
    await expect.poll(() => page.locator('#cycle-teacher-error').textContent()).toContain('teacher')
    expect(await page.getByLabel('Grade or subject').inputValue()).toBe('Grade 4 math')
    await page.getByLabel('Teacher’s name').fill('Dana Whitfield')
    await page.getByLabel('Start date').fill('2026-09-14')
    await page.getByRole('button', { name: 'Start the cycle' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cycle with Dana Whitfield' }).waitFor()
    await expectNoAxeViolations(page, 'a new cycle')

    // A session of 90 minutes on Monday, October 5.
    await page.locator('#session-date').fill('2026-10-05')
    await page.locator('#session-minutes').fill('90')
    await page.getByRole('button', { name: 'Log the session' }).click()
    await expect.poll(() => page.locator('main').textContent()).toMatch(/90 min/)

    // Its time is in the week grid once, marked as coming from the session.
    await page.goto('/time?week=2026-10-05')
    const mark = page.locator('.session-mark').first()
    await mark.waitFor()
    expect(await page.locator('.session-mark').count()).toBe(1)
    expect(await mark.textContent()).toContain('Includes 1.5 h from 1 cycle session')

    // Everything is still there after a reload, and the list counts the session.
    await page.reload()
    await page.locator('.session-mark').first().waitFor()
    await page.goto('/cycles')
    const row = page.getByRole('row', { name: /Dana Whitfield/ })
    await row.waitFor()
    expect(await row.textContent()).toContain('1.5')
    await expectNoAxeViolations(page, 'cycles list')
  })
})
