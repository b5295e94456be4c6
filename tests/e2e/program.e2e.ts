import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { putRecords } from './support/seedDb'
import { seedTerm } from './support/seedTerm'
import { decidedSections } from '../support/decidedSections'
import { seedAgreement } from '../support/dashboardSeed'

const TODAY = '2026-11-20'

/** Three teachers' cycles: the names stay on the device, the labels may leave it under "what and whom". */
const CYCLES = [
  {
    name: 'Dana Whitfield',
    label: 'Room 12',
    goal: 'Students cite text evidence',
    strategy: 'Think-pair-share',
    check: '70',
    result: 'Met',
    reality: 'Private reality seen on video one',
  },
  {
    name: 'Marcus Lee',
    label: 'Room 14',
    goal: 'Students explain their reasoning',
    strategy: 'Think-pair-share',
    check: '75',
    result: 'Met',
    reality: 'Private reality seen in class two',
  },
  {
    name: 'Priya Natarajan',
    label: 'Room 20',
    goal: 'Students revise their drafts',
    strategy: 'Writing conferences',
    check: '50',
    result: 'Not met',
    reality: 'Private reality from student work three',
  },
]
const MEASURE = 'Exit tickets at mastery'
const REFLECTION = 'Private reflection of the teacher'

const normalized = (text: string | null) => (text ?? '').replace(/\s+/g, ' ')

async function runCycle(page: Page, c: (typeof CYCLES)[number]) {
  await page.goto('/cycles')
  await page.getByRole('heading', { level: 1, name: 'Cycles' }).waitFor()
  await page.getByLabel('Teacher’s name').fill(c.name)
  await page.getByLabel('Label (optional)').fill(c.label)
  await page.getByLabel('Grade or subject').fill('Grade 5')
  await page.getByLabel('Start date').fill('2026-09-14')
  await page.getByRole('button', { name: 'Start the cycle' }).click()
  await page.getByRole('heading', { level: 1, name: `Cycle with ${c.name}` }).waitFor()

  // Identify: current reality (private), the goal, its measure, baseline and target.
  await page.locator('#identify-reality').fill(c.reality)
  await page.locator('#identify-goal').fill(c.goal)
  await page.locator('#identify-what').fill(MEASURE)
  await page.locator('#identify-bv').fill('40')
  await page.locator('#identify-bd').fill('2026-09-14')
  await page.locator('#identify-tv').fill('70')
  await page.locator('#identify-td').fill('2026-11-20')
  await page.getByRole('button', { name: 'Save the goal' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('The goal is saved.')

  // Learn: a typed strategy.
  await page.locator('#learn-typed').fill(c.strategy)
  await page.getByRole('button', { name: 'Add the strategy' }).click()
  await page.getByRole('button', { name: 'Remove' }).first().waitFor()

  // Improve: a value outside the percent range is refused at the field; then a real check.
  await page.locator('#check-date').fill('2026-11-02')
  await page.locator('#check-value').fill('140')
  await page.getByRole('button', { name: 'Add the check' }).click()
  await expect.poll(() => page.locator('#check-value-error').textContent()).toBeTruthy()
  expect(await page.locator('#check-value').inputValue()).toBe('140')
  await page.locator('#check-value').fill(c.check)
  await page.getByRole('button', { name: 'Add the check' }).click()
  await expect.poll(() => page.locator('#check-value-error').count()).toBe(0)
  await expect.poll(() => page.locator('#improve-title').locator('..').textContent()).toContain('Nov 2')

  // A two-hour session on Wednesday, November 18.
  await page.locator('#session-date').fill('2026-11-18')
  await page.locator('#session-minutes').fill('120')
  await page.getByRole('button', { name: 'Log the session' }).click()
  await expect.poll(() => page.locator('main').textContent()).toMatch(/120 minutes/)

  // Outcome and the teacher's private reflection.
  await page.locator('#outcome-result').selectOption({ label: c.result })
  await page.locator('#outcome-date').fill('2026-11-19')
  await page.getByRole('button', { name: 'Save the outcome' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('The outcome is saved.')
  await page.locator('#outcome-reflection').fill(REFLECTION)
  await page.getByRole('button', { name: 'Save the reflection' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('The reflection is saved.')
}

async function downloadText(page: Page, button: string, dir: string, file: string, pdf: boolean): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const path = join(dir, file)
  await download.saveAs(path)
  return pdf ? execFileSync('pdftotext', [path, '-']).toString() : await readFile(path, 'utf8')
}

/** Signs the same agreement again with another confidentiality policy (the report reads the signed one). */
async function signWithPolicy(page: Page, ids: { schoolId: string; schoolYearId: string }, confidentiality: Record<string, unknown>) {
  const { agreement, decisions } = seedAgreement(ids.schoolId, ids.schoolYearId, Date.now(), undefined, {
    ...decidedSections(),
    confidentiality,
  })
  await putRecords(page, { agreements: [agreement], decisions })
  await page.reload()
}

describe('coaching cycles and program results', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('runs three cycles to their outcomes; their sessions clear the week’s coaching flag; the program and the report give the goals set and met per policy', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await completeFirstRun(page)
    const ids = await seedTerm(page, '2026-08-17', '2026-11-13', {
      sections: { ...decidedSections(), confidentiality: { policy: 'nothing-shared', ownWording: '' } },
    })
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()

    // This week so far: four hours leading PLCs (other duties), so coaching is below its target.
    await page.goto('/time?week=2026-11-16')
    const other = page.getByRole('textbox', { name: 'Leading PLCs, Monday, November 16', exact: true })
    await other.fill('4')
    await other.press('Enter')
    const coachingFlag = page.getByTestId('week-flags').locator('[data-bucket="coaching"]')
    await expect.poll(async () => normalized(await coachingFlag.textContent())).toMatch(/Coaching 0% \(target 60%\): .* h short/)

    for (const c of CYCLES) await runCycle(page, c)

    // Three two-hour sessions on Wednesday: 6 of 10 hours coaching, the flag clears, each hour counted once.
    await page.goto('/time?week=2026-11-16')
    await expect.poll(async () => normalized(await coachingFlag.textContent())).toContain('Coaching 60% (target 60%)')
    expect(await coachingFlag.textContent()).not.toContain('short')
    expect(await page.getByTestId('week-total').textContent()).toBe('10')
    // The three sessions share Wednesday's coaching-cycles cell: one mark, 6 h from 3 sessions.
    expect(await page.locator('.session-mark').count()).toBe(1)
    expect(normalized(await page.locator('.session-mark').textContent())).toContain('Includes 6 h from 3 cycle sessions')
    await expectNoAxeViolations(page, 'week with cycle sessions')

    // The program view: the goals set and met, as the coach sees them.
    await page.goto('/cycles')
    await page.getByRole('link', { name: 'Program results' }).click()
    await page.getByRole('heading', { level: 1, name: 'Program results' }).waitFor()
    await expect.poll(async () => normalized(await page.locator('main').textContent())).toContain('3 goals set, 2 met')
    await expectNoAxeViolations(page, 'program results')
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/program.png`, fullPage: true })

    // Beside the goal results: how the school supported coaching this term, with the time log's figures.
    await page.getByRole('button', { name: 'Review a term' }).click()
    await page.getByRole('group', { name: 'Coaching time was protected from other duties.' }).getByLabel('Partly done').check()
    await page.getByRole('group', { name: 'The coach’s own professional learning took place.' }).getByLabel('Not yet done').check()
    await page.getByLabel('Note', { exact: true }).fill('State testing took two weeks of coaching time.')
    await page.getByRole('button', { name: 'Save the review' }).click()
    const review = page.getByRole('article')
    await review.waitFor()
    const reviewText = normalized(await review.textContent())
    expect(reviewText).toContain('Fall term')
    expect(reviewText).toMatch(/13 of 13 school weeks so far logged/)
    expect(reviewText).toContain('State testing took two weeks of coaching time.')
    await expectNoAxeViolations(page, 'program results with a support review')
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/program-support.png`, fullPage: true })

    // Reload keeps all of it.
    await page.reload()
    await expect.poll(async () => normalized(await page.locator('main').textContent())).toContain('3 goals set, 2 met')
    await page.getByRole('article').waitFor()
    expect(normalized(await page.getByRole('article').textContent())).toContain('State testing took two weeks')
    await page.goto('/cycles')
    for (const c of CYCLES) await page.getByRole('row', { name: new RegExp(c.name) }).waitFor()
    await expectNoAxeViolations(page, 'cycles list with three finished cycles')

    // The principal's report and CSV under each policy, read back as text.
    const dir = await mkdtemp(join(tmpdir(), 'crp-program-'))
    const never = [...CYCLES.flatMap((c) => [c.name, c.reality]), REFLECTION, MEASURE]
    const outputs = async (policy: string) => {
      await page.goto('/dashboard')
      await page.getByRole('button', { name: 'Report for the principal (PDF)' }).waitFor()
      const pdf = await downloadText(page, 'Report for the principal (PDF)', dir, `report-${policy}.pdf`, true)
      const csv = await downloadText(page, 'Coaching cycles for the principal (CSV)', dir, `cycles-${policy}.csv`, false)
      return { pdf: normalized(pdf), csv: normalized(csv), csvLines: csv.split(/\r?\n/) }
    }

    const nothing = await outputs('nothing-shared')
    for (const text of [nothing.pdf, nothing.csv]) {
      expect(text).toContain('Cycles with a goal and a target.')
      for (const c of CYCLES) {
        expect(text).not.toContain(c.label)
        expect(text).not.toContain(c.goal)
      }
      for (const secret of never) expect(text).not.toContain(secret)
    }
    expect(nothing.pdf).toContain('names no teacher and no goal')
    await expectNoAxeViolations(page, 'dashboard with the program downloads')

    await signWithPolicy(page, ids, { policy: 'what-and-whom', ownWording: '' })
    const whom = await outputs('what-and-whom')
    for (const text of [whom.pdf, whom.csv]) {
      for (const c of CYCLES) {
        expect(text).toContain(c.label)
        expect(text).toContain(c.goal)
      }
      for (const secret of never) expect(text).not.toContain(secret)
    }
    // A teacher's row carries the label and the topic, never a result or a measure.
    const teacherRows = whom.csvLines.filter((line) => line.includes('Room '))
    expect(teacherRows).toHaveLength(3)
    for (const row of teacherRows) expect(row).not.toMatch(/met|%|\d+ h/i)
    expect(whom.pdf).toContain('It shows no measure, progress or outcome for any teacher.')

    // Their own policy: what they chose for the cycles is what the report carries.
    const ownWording = 'We share which teachers I coach and on what, never how they are doing.'
    await signWithPolicy(page, ids, { policy: 'own', ownWording, report: { taskNames: 'none', cycles: 'counts' } })
    const ownCounts = await outputs('own-counts')
    for (const text of [ownCounts.pdf, ownCounts.csv]) {
      expect(text).toContain('Cycles with a goal and a target.')
      for (const c of CYCLES) expect(text).not.toContain(c.label)
      for (const secret of never) expect(text).not.toContain(secret)
    }
    await signWithPolicy(page, ids, { policy: 'own', ownWording, report: { taskNames: 'none', cycles: 'what-and-whom' } })
    const ownWhom = await outputs('own-whom')
    for (const text of [ownWhom.pdf, ownWhom.csv]) {
      for (const c of CYCLES) expect(text).toContain(c.label)
      for (const secret of never) expect(text).not.toContain(secret)
    }
  })
})
