import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { TASK_CATALOG } from '../../src/domain/taskCatalog'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'

const SHOTS = process.env.SCREENSHOT_DIR

/** The presentation is what the projector shows: the window, not the page scrolled underneath. */
async function shot(page: Page, name: string, fullPage = false) {
  if (!SHOTS) return
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage })
}

const TOTAL = TASK_CATALOG.length
const NOTE = 'Only while Ms. Alvarez is on leave'
const INSTEAD = 'Zoë Lindqvist'
const presentation = (page: Page) => page.getByTestId('presentation')
const title = (page: Page) => presentation(page).locator('h2')
const presentedProgress = (page: Page) => page.getByTestId('presentation-progress')

async function expectTitle(page: Page, text: string) {
  await expect.poll(() => title(page).textContent()).toBe(text)
}

/** The element's box, to check it sits on the first screen. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).boundingBox()
  if (!b) throw new Error(`${selector} has no box`)
  return b
}

/** The summary's table headings and the open tasks' states each keep to one line. */
async function expectLabelsOnOneLine(page: Page) {
  for (const header of await page.locator('.summary-table thead th, .open-list__state').all()) {
    const { content, line } = await header.evaluate((el) => {
      const style = getComputedStyle(el)
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
      return { content: el.getBoundingClientRect().height - padding, line: parseFloat(style.lineHeight) }
    })
    expect(content, `“${await header.textContent()}” on one line`).toBeLessThan(line * 1.5)
  }
}

describe('the meeting on a projector', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('presents one task big, decides by key, hides notes, and keeps the decisions', async () => {
    const { page } = s
    await page.setViewportSize({ width: 1920, height: 1080 })
    await completeFirstRun(page)
    const [first, second, third, fourth, fifth] = TASK_CATALOG
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(first!.title)

    // The first task: won't do, with who instead and a note; the second: will do, 20 hours.
    await page.keyboard.press('n')
    await page.locator('input[list]:focus').waitFor()
    await page.keyboard.type(INSTEAD)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(second!.title)
    await page.keyboard.press('w')
    await page.locator('.hours-input:focus').waitFor()
    await page.keyboard.type('20')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(third!.title)
    // The hours are stored before going back, so the note's confirmation below is the next one.
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('20 h a week saved')
    await page.keyboard.press('k')
    await page.keyboard.press('k')
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(first!.title)
    await page.locator('.decision textarea').fill(NOTE)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Note saved.')

    // P opens the presentation on the current task, focus inside it.
    await page.keyboard.press('p')
    await expectTitle(page, first!.title)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="presentation"]') !== null)).toBe(true)
    expect(await presentedProgress(page).textContent()).toBe(`2 of ${TOTAL} decided`)
    const fontSize = await title(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(48)
    const titleBox = await box(page, '[data-testid="presentation"] h2')
    expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(1080)
    for (const bucket of ['coaching', 'learning']) {
      const b = await box(page, `[data-testid="presentation-shares"] [data-bucket="${bucket}"]`)
      expect(b.y + b.height, `${bucket} share on the first screen`).toBeLessThanOrEqual(1080)
    }
    const shares = page.getByTestId('presentation-shares')
    expect(await shares.locator('[data-bucket="coaching"]').textContent()).toContain('100%coaching, target 60%')
    const learning = await shares.locator('[data-bucket="learning"]').textContent()
    expect(learning).toContain('0%professional learning, target 10%')
    expect(learning).toContain('Professional learning is')
    // Nothing else of the page shows: no app bar, context, details line or tabs.
    expect(await page.locator('.decision').isVisible()).toBe(true) // still behind, but covered and inert
    expect(await page.evaluate(() => document.elementFromPoint(20, 20)?.closest('[data-testid="presentation"]') !== null)).toBe(true)
    const answer = page.getByTestId('presentation-answer')
    expect(await answer.textContent()).toContain(NOTE)
    expect(await answer.textContent()).toContain(INSTEAD)
    await expectNoAxeViolations(page, 'presentation, light')
    await shot(page, 'presentation-1920')

    // The privacy switch hides the note and the name while the screen is shared.
    const privacy = presentation(page).getByRole('button', { name: 'Hide notes and names' })
    await privacy.click()
    await expect.poll(() => privacy.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.getByTestId('notes-hidden').textContent()).toContain('Notes hidden')
    expect(await presentation(page).textContent()).not.toContain(NOTE)
    expect(await presentation(page).textContent()).not.toContain(INSTEAD)
    await shot(page, 'presentation-notes-hidden-1920')

    // Two decisions by key: each moves on, and the progress follows.
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await expectTitle(page, third!.title)
    await page.keyboard.press('w')
    await expectTitle(page, fourth!.title)
    await expect.poll(() => presentedProgress(page).textContent()).toBe(`3 of ${TOTAL} decided`)
    await page.keyboard.press('n')
    await expectTitle(page, fifth!.title)
    await expect.poll(() => presentedProgress(page).textContent()).toBe(`4 of ${TOTAL} decided`)
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('All saved')

    // Escape leaves, focus back on the button that opens it.
    await page.keyboard.press('Escape')
    await expect.poll(() => presentation(page).count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Present on a projector')
    await expect.poll(() => page.locator('.decision h2').textContent()).toBe(fifth!.title)

    await page.reload()
    await expect.poll(() => page.getByTestId('progress').locator('label').textContent()).toBe(`4 of ${TOTAL} decided`)

    // Dark mode, and the button works as well as the key.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: /Present on a projector/ }).click()
    await expectTitle(page, fifth!.title)
    await expect.poll(() => page.getByTestId('notes-hidden').count()).toBe(0) // remembered for the visit only
    await expectNoAxeViolations(page, 'presentation, dark')
    await shot(page, 'presentation-dark-1920')
    await presentation(page)
      .getByRole('button', { name: /Leave presentation/ })
      .click()
    await expect.poll(() => presentation(page).count()).toBe(0)
    await page.emulateMedia({ colorScheme: 'light' })

    await page.setViewportSize({ width: 1280, height: 800 })
    await page.keyboard.press('p')
    await expectTitle(page, fifth!.title)
    const small = await box(page, '[data-testid="presentation-shares"]')
    expect(small.y + small.height).toBeLessThanOrEqual(800)
    await shot(page, 'presentation-1280')
    // A click decides too, and moves on.
    await presentation(page)
      .getByRole('button', { name: /Discuss later/ })
      .click()
    await expectTitle(page, TASK_CATALOG[5]!.title)
    await page.keyboard.press('p')
    await expect.poll(() => presentation(page).count()).toBe(0)

    await page.getByRole('link', { name: 'Summary' }).click()
    await page.getByTestId('readiness').waitFor()
    await expectNoAxeViolations(page, 'summary')
    await shot(page, 'summary-1280', true)
    await expectLabelsOnOneLine(page)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shot(page, 'summary-1920', true)
    if (SHOTS) {
      // Close-ups: the open list's states and the tables' headings, each on one line.
      await page.locator('[aria-labelledby="open-heading"]').screenshot({ path: `${SHOTS}/summary-open-1920.png` })
      await page.locator('[aria-labelledby="wont-heading"]').screenshot({ path: `${SHOTS}/summary-wont-1920.png` })
    }
    await expectLabelsOnOneLine(page)
  })
})
