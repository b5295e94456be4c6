import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { TASK_CATALOG, type CatalogTask } from '../../src/domain/taskCatalog'
import { guidanceNotes } from '../../src/domain/taskGuidance'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'

const SHOTS = process.env.SCREENSHOT_DIR

async function shot(page: Page, name: string) {
  if (!SHOTS) return
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

const heading = (page: Page) => page.locator('.decision h2')
const progress = (page: Page) => page.getByTestId('progress').locator('label')
const projectionRow = (page: Page, bucket: string) => page.getByTestId('projection').locator(`tr[data-bucket="${bucket}"]`)

async function expectCurrentTask(page: Page, title: string) {
  await expect.poll(() => heading(page).textContent()).toBe(title)
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string }) => boolean, max = 250) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null
      return { tag: a?.tagName ?? '', text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? '' }
    })
    if (matches(el)) return
  }
  throw new Error('Could not reach the element with Tab')
}

type Plan = { key: 'W'; hours: string } | { key: 'N'; instead: string } | { key: 'D' } | { key: 'J' }

/** What the meeting decides for each catalog task (all by keyboard). */
function planFor(task: CatalogTask, indexInBucket: number): Plan {
  if (task.bucket === 'coaching') return indexInBucket === 3 ? { key: 'D' } : { key: 'W', hours: '2' }
  if (task.bucket === 'learning') return indexInBucket < 4 ? { key: 'W', hours: '1.5' } : { key: 'N', instead: 'Not this year' }
  if (task.title === 'Leading PLCs') return { key: 'W', hours: '3' }
  if (task.title === 'Designing and leading workshops') return { key: 'W', hours: '2' }
  if (task.title === 'Overseeing state testing') return { key: 'N', instead: 'Testing coordinator' }
  if (task.id === 'cat-other-tech-support') return { key: 'J' } // left undecided
  return { key: 'N', instead: 'Assistant principal' }
}

const counters: Record<string, number> = {}
const PLAN = TASK_CATALOG.map((task) => {
  const i = counters[task.bucket] ?? 0
  counters[task.bucket] = i + 1
  return { task, plan: planFor(task, i) }
})

async function decide(page: Page, step: (typeof PLAN)[number], next: CatalogTask | undefined) {
  const { plan } = step
  // The meeting shows the catalog's caution, hint or suggestion with the task, before the decision.
  const note = guidanceNotes(step.task)[0]
  if (note) expect(await page.getByTestId('task-guidance').textContent()).toContain(note.text)
  await page.keyboard.press(plan.key.toLowerCase())
  if (plan.key === 'W') {
    await page.locator('.hours-input:focus').waitFor()
    await page.keyboard.type(plan.hours)
    await page.keyboard.press('Enter')
  } else if (plan.key === 'N') {
    await page.locator('input[list]:focus').waitFor()
    await page.keyboard.type(plan.instead)
    await page.keyboard.press('Enter')
  }
  if (next) await expectCurrentTask(page, next.title)
}

describe('the role-clarity meeting', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('runs a whole meeting by keyboard, resumes after a reload and sums it up', async () => {
    const { page } = s
    await completeFirstRun(page)
    await expectCurrentTask(page, TASK_CATALOG[0]!.title)
    await expect.poll(() => progress(page).textContent()).toBe(`0 of ${TASK_CATALOG.length} decided`)
    expect(TASK_CATALOG.length).toBeGreaterThanOrEqual(74)
    await expectNoAxeViolations(page, 'meeting: first task')
    await shot(page, 'meeting-start-1280')

    // Bad hours: inline message, nothing saved, then a good value.
    await page.keyboard.press('w')
    await page.locator('.hours-input:focus').waitFor()
    for (const [typed, message] of [
      ['-3', 'cannot be negative'],
      ['lots', 'as a number'],
      ['61', 'more than 60'],
    ] as const) {
      await page.keyboard.press('Control+A')
      await page.keyboard.type(typed)
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('.decision .field-error').textContent()).toContain(message)
      await expectCurrentTask(page, TASK_CATALOG[0]!.title)
      expect(await projectionRow(page, 'coaching').locator('td').first().textContent()).toBe('0 h')
    }
    await expectNoAxeViolations(page, 'meeting: hours error')
    await shot(page, 'meeting-hours-error-1280')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2')
    await page.keyboard.press('Enter')
    await expectCurrentTask(page, TASK_CATALOG[1]!.title)
    await expect.poll(() => projectionRow(page, 'coaching').locator('td').first().textContent()).toBe('2 h')

    // Undo by keyboard: discuss, then U puts it back and returns to it.
    await page.keyboard.press('d')
    await expectCurrentTask(page, TASK_CATALOG[2]!.title)
    await page.keyboard.press('u')
    await expectCurrentTask(page, TASK_CATALOG[1]!.title)
    await expect.poll(() => page.getByTestId('current-choice').textContent()).toContain('Undecided')
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Undone')

    const half = 30
    const firstLearning = PLAN.findIndex((p) => p.task.bucket === 'learning')
    for (let i = 1; i < half; i += 1) {
      if (i === firstLearning) {
        // Every coaching task is in (15 × 2 h) and no learning yet: the plan misses the 10% target.
        await expect.poll(() => page.getByTestId('projection').locator('.projection__total').textContent()).toContain('30 h')
        expect(await projectionRow(page, 'coaching').locator('td').nth(1).textContent()).toBe('100%')
        expect(await page.getByTestId('projection-warnings').textContent()).toContain('Professional learning is 3 h a week short of 10%')
        await shot(page, 'meeting-warning-1280')
      }
      await decide(page, PLAN[i]!, PLAN[i + 1]?.task)
    }
    const resumeTitle = PLAN[half]!.task.title
    await expectCurrentTask(page, resumeTitle)
    const progressBefore = await progress(page).textContent()
    await shot(page, 'meeting-midway-1280')

    // 30 h coaching, 6 h learning, 3 h other: both targets met.
    await expect.poll(() => page.getByTestId('projection').textContent()).toContain('This plan meets both targets')
    expect(await page.getByTestId('projection-warnings').count()).toBe(0)

    // The screen moves on before a decision's write finishes (so no keystroke is lost): wait until it says every change is stored.
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('All saved')
    await page.reload()
    await expectCurrentTask(page, resumeTitle)
    expect(await progress(page).textContent()).toBe(progressBefore)
    // Closing the tab and opening the app again (no position in the address) resumes there too.
    await page.goto('/')
    await expectCurrentTask(page, resumeTitle)

    for (let i = half; i < PLAN.length; i += 1) await decide(page, PLAN[i]!, PLAN[i + 1]?.task)
    await expect.poll(() => progress(page).textContent()).toBe(`${TASK_CATALOG.length - 2} of ${TASK_CATALOG.length} decided`)
    await shot(page, 'meeting-end-1280')

    // The summary, reached by keyboard.
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Summary')
    await page.keyboard.press('Enter')
    const readiness = page.getByTestId('readiness')
    await expect
      .poll(() => readiness.textContent())
      .toContain('1 task undecided and 1 task marked for discussion: resolve them before signing.')
    expect(
      await page
        .getByRole('table')
        .filter({ hasText: 'Leading PLCs' })
        .getByRole('row', { name: /Leading PLCs/ })
        .textContent(),
    ).toContain('3 h')
    expect(await page.getByRole('row', { name: /Overseeing state testing/ }).textContent()).toContain('Testing coordinator')
    expect(await page.getByRole('row', { name: /Conducting walk-throughs/ }).textContent()).toContain('Assistant principal')
    expect(await page.locator('.summary .total').textContent()).toContain('Total: 41 h a week')
    expect(await page.locator('table[data-bucket="coaching"] caption').textContent()).toContain('30 h a week')
    expect(await page.locator('.open-list').textContent()).toContain('Technology support')
    expect(await page.getByRole('link', { name: 'Go to the agreement to sign' }).count()).toBe(0)
    await expectNoAxeViolations(page, 'meeting: summary, blocked')
    await shot(page, 'summary-blocked-1280')

    // Resolve the discussion item from the summary, then leave the last one open explicitly.
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Gathering classroom data with a teacher')
    await page.keyboard.press('Enter')
    await expectCurrentTask(page, 'Gathering classroom data with a teacher')
    await page.keyboard.press('w')
    await page.locator('.hours-input:focus').waitFor()
    await page.keyboard.type('1')
    await page.keyboard.press('Enter')
    await expect.poll(() => progress(page).textContent()).toBe(`${TASK_CATALOG.length - 1} of ${TASK_CATALOG.length} decided`)
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Summary')
    await page.keyboard.press('Enter')
    await expect.poll(() => readiness.textContent()).toContain('1 task undecided: resolve it before signing.')
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.startsWith('Leave this task open'))
    await page.keyboard.press('Enter')
    await expect.poll(() => readiness.textContent()).toContain('you chose to leave it open, so the agreement can be signed')
    await page.getByRole('link', { name: 'Go to the agreement to sign' }).waitFor()
    expect(await page.locator('.summary .total').textContent()).toContain('Total: 42 h a week')

    await page.reload()
    await expect.poll(() => readiness.textContent()).toContain('you chose to leave it open')
    await expectNoAxeViolations(page, 'meeting: summary, ready')
    await shot(page, 'summary-ready-1280')
    if (SHOTS) {
      await page.emulateMedia({ media: 'print' })
      await shot(page, 'summary-print')
      await page.emulateMedia({ media: 'screen' })
    }
    expect(s.foreignRequests).toEqual([])
  }, 180_000)

  it('manages custom tasks, warns when the plan misses the targets, and fits a tablet', async () => {
    const { page } = s
    await completeFirstRun(page)
    await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Manage tasks' }).click()
    await page.getByRole('heading', { name: 'Add your own task' }).waitFor()
    await expectNoAxeViolations(page, 'meeting: manage tasks')

    await page.getByRole('button', { name: 'Add task' }).click()
    await expect.poll(() => page.locator('#new-task-title-error').textContent()).toContain('Give the task a title')
    await page.getByLabel('Title', { exact: true }).fill('  leading   PLCs ')
    await page.getByRole('button', { name: 'Add task' }).click()
    await expect.poll(() => page.locator('#new-task-title-error').textContent()).toContain('A task called “Leading PLCs” already exists')
    await expectNoAxeViolations(page, 'meeting: manage tasks with an error')
    await page.getByLabel('Title', { exact: true }).fill('Yearbook advising')
    await page.getByLabel('Counts as', { exact: true }).selectOption('other')
    await page.getByRole('button', { name: 'Add task' }).click()
    await page.getByRole('row', { name: /Yearbook advising/ }).waitFor()
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('')

    await page.getByRole('button', { name: 'Archive Covering classes' }).click()
    await page.getByRole('button', { name: 'Restore Covering classes' }).waitFor()
    await page.getByLabel('Bucket for Designing and leading workshops').selectOption('learning')
    await shot(page, 'manage-tasks-1280')

    await page.reload()
    await page.getByRole('button', { name: 'Restore Covering classes' }).waitFor()
    await page.getByRole('link', { name: 'Decide tasks' }).click()
    await expect.poll(() => progress(page).textContent()).toBe(`0 of ${TASK_CATALOG.length} decided`)
    expect(await page.locator('.jump').textContent()).toContain('Yearbook advising')
    expect(await page.locator('.jump').textContent()).not.toContain('Covering classes')

    // On a tablet: 10 h coaching and 30 h other duties misses both targets, by named hours.
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.locator('.decision h2').focus()
    await page.keyboard.press('w')
    await page.locator('.hours-input:focus').waitFor()
    await page.keyboard.type('10')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /Leading PLCs/ }).click()
    await expectCurrentTask(page, 'Leading PLCs')
    await page.keyboard.press('w')
    await page.locator('.hours-input:focus').waitFor()
    await page.keyboard.type('30')
    await page.keyboard.press('Enter')
    const warnings = page.getByTestId('projection-warnings')
    await expect.poll(() => warnings.textContent()).toContain('Coaching is 14 h a week short of 60%')
    expect(await warnings.textContent()).toContain('Professional learning is 4 h a week short of 10%')
    expect(await warnings.textContent()).toContain('Other duties take 18 h a week more than the 30% left for them')
    await expectNoAxeViolations(page, 'meeting: warnings on a tablet')
    await shot(page, 'meeting-warnings-768')
    if (SHOTS) {
      await page.mouse.wheel(0, 900)
      await page.screenshot({ path: `${SHOTS}/meeting-scrolled-768.png` })
    }
    // Targets are editable per agreement; an impossible pair is refused inline.
    await page.getByRole('button', { name: 'Edit details and targets' }).click()
    await page.getByLabel('Coaching target (%)').fill('95')
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect.poll(() => page.locator('#target-learning-error').textContent()).toContain('cannot exceed 100%')
    await expectNoAxeViolations(page, 'meeting: details form with an error')
    await page.getByLabel('Coaching target (%)').fill('25')
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect.poll(() => page.locator('.details__line').textContent()).toContain('coaching at least 25%')
    await expect.poll(() => warnings.textContent()).not.toContain('Coaching is')
    expect(await warnings.textContent()).toContain('Other duties take 4 h a week more than the 65% left for them')

    await page.getByRole('link', { name: 'Summary' }).click()
    await page.getByTestId('readiness').waitFor()
    await shot(page, 'summary-768')
    expect(s.foreignRequests).toEqual([])
  }, 120_000)
})
