import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'

describe('why 60% and 10%', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('is one link away from the meeting, the time log and Settings, and leads back', async () => {
    const { page } = s
    await completeFirstRun(page)
    const why = () => page.getByRole('link', { name: 'Why 60% and 10%?' })
    const heading = page.getByRole('heading', { level: 1, name: 'Why 60% and 10%?' })

    // From the projected week of the meeting, and back with the browser.
    await page.getByRole('heading', { name: 'Projected week' }).waitFor()
    await why().click()
    await page.waitForURL('**/why-targets')
    await heading.waitFor()
    await expect.poll(() => page.title()).toBe('Why 60% and 10%? · Coach Role Planner')
    expect(await page.locator('main').textContent()).toContain('10% professional learning target')
    await expectNoAxeViolations(page, 'why 60% and 10%')
    await page.goBack()
    await page.waitForURL('**/meeting')
    await page.getByRole('heading', { name: 'Projected week' }).waitFor()

    // From the week's flags in the time log, and back by the page's own link.
    await page.goto('/time')
    await why().click()
    await heading.waitFor()
    await page.getByRole('link', { name: 'the time log' }).click()
    await page.waitForURL('**/time')

    // From the default targets in Settings.
    await page.goto('/settings')
    await why().click()
    await heading.waitFor()
    await page.locator('main').getByRole('link', { name: 'Settings', exact: true }).click()
    await page.waitForURL('**/settings')
  })
})
