import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { askedItems, defaultForm } from '@/domain/evaluation/itemBank'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { shotAtBothSizes } from './support/shots'

const PASSPHRASE = 'maple grove 2027'

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

/** In the respondent's own browser: opens the link, answers every question with `point`, downloads the file. */
async function answerInvitation(page: Page, link: string, point: number, keepDoing: string, path: string) {
  // Another person opening the link: a fresh load, not a jump within the page already open.
  await page.goto('about:blank')
  await page.goto(link)
  // Teachers read "Your coach’s evaluation"; the administrator "The coach’s evaluation".
  await page.getByRole('heading', { level: 1, name: /coach’s evaluation/ }).waitFor()
  for (const item of askedItems(defaultForm()))
    await page
      .locator(`input[type="radio"][name="q-${item.id}"]`)
      .nth(point - 1)
      .check()
  await page.locator('#keep-doing').fill(keepDoing)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[type="submit"]').click()])
  await download.saveAs(path)
}

/** The coach's first steps: the key and a round, ending on the round's page. */
async function startRound(page: Page, label: string) {
  await completeFirstRun(page)
  await page.goto('/evaluation')
  await page.locator('#coach-passphrase').fill(PASSPHRASE)
  await page.locator('#coach-passphrase-again').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Make my coach key' }).click()
  await page.locator('#round-label').fill(label)
  await page.getByRole('button', { name: 'Start the round' }).click()
  await page.getByRole('heading', { level: 1, name: label }).waitFor()
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

  it('makes the coach key, starts a round, takes sheets and the self-evaluation, holds teacher results back below 3, and runs respondent mode', async () => {
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
    await shotAtBothSizes(page, 'evaluation-round')

    // Respondent mode: a teacher answers on this device; nothing leads back without the passphrase.
    await page.getByText('Answers on this device (respondent mode)').click()
    await page.getByRole('button', { name: 'Start respondent mode' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your coach’s evaluation' }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
    await expectNoAxeViolations(page, 'respondent mode')
    for (const item of askedItems(defaultForm())) await page.locator(`input[type="radio"][name="q-${item.id}"]`).nth(1).check()
    await page.getByRole('button', { name: 'Submit my answers' }).click()
    await page.getByTestId('respondent-thanks').waitFor()
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0)
    // Typing another address, or reloading, lands on the form again.
    await page.goto('/evaluation')
    await page.getByRole('heading', { level: 1, name: 'Your coach’s evaluation' }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/evaluation\/[^/]+\/answer$/)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Your coach’s evaluation' }).waitFor()
    await page.getByRole('button', { name: 'End respondent mode (coach only)' }).click()
    await page.locator('#respondent-passphrase').fill('not the passphrase')
    await page.getByRole('button', { name: 'End respondent mode', exact: true }).click()
    await expect.poll(() => page.locator('#respondent-passphrase-error').textContent()).toContain('Only the coach can end it')
    await page.locator('#respondent-passphrase').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'End respondent mode', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring 2027' }).waitFor()
    await expect.poll(() => counts(page)).toBe('Answers so far: Self-evaluation 1 · Administrator 1 · Teachers 4')

    // The results as a PDF for the coach: the teachers' figures, a gap and their comments are in it.
    const dir = await mkdtemp(join(tmpdir(), 'evaluation-pdf-'))
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the results (PDF)' }).click(),
      ])
      expect(download.suggestedFilename()).toBe('evaluation-results-spring-2027.pdf')
      const file = join(dir, 'results.pdf')
      await download.saveAs(file)
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      for (const t of ['360° evaluation: Spring 2027', 'Listening closely', 'Clear goals with teachers', 'Blind spot', '4 answers'])
        expect(text).toContain(t)
      expect(text).not.toContain('more answer is needed')
      await expect.poll(() => page.locator('main').textContent()).toContain('Downloaded evaluation-results-spring-2027.pdf.')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('invites teachers and the administrator, who answer in their own browsers, and imports their files once each', async () => {
    const { page } = s
    await startRound(page, 'Fall 2026')
    await page.getByText('Invite teachers', { exact: true }).click()
    const teacherLink = await page.locator('#invitation-link-teacher').inputValue()
    expect(teacherLink).toContain('/respond#i=')
    await expectNoAxeViolations(page, 'round with the teachers’ invitation')
    await shotAtBothSizes(page, 'evaluation-invitation')
    await page.getByText('Invite your administrator', { exact: true }).click()
    const adminLink = await page.locator('#invitation-link-administrator').inputValue()

    // Another browser profile, one that never ran the app: three teachers and the administrator answer there.
    const dir = await mkdtemp(join(tmpdir(), 'crp-evaluation-'))
    const other = await openSession()
    try {
      const files = ['t1', 't2', 't3', 'admin'].map((n) => join(dir, `${n}.json`))
      await answerInvitation(other.page, teacherLink, 4, 'Listening closely', files[0]!)
      await answerInvitation(other.page, teacherLink, 3, 'Modeling first', files[1]!)
      await answerInvitation(other.page, teacherLink, 5, '', files[2]!)
      await answerInvitation(other.page, adminLink, 4, 'Clear goals', files[3]!)
      expect(other.foreignRequests).toEqual([])

      // Two teachers' files first: teacher results stay hidden.
      await page.locator('#response-files').setInputFiles(files.slice(0, 2))
      await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('2 answer files imported.')
      await expect.poll(() => counts(page)).toBe('Answers so far: Self-evaluation 0 · Administrator 0 · Teachers 2')
      await expect.poll(() => page.getByTestId('round-results').textContent()).toContain('1 more answer is needed')
      expect(await page.getByTestId('round-results').textContent()).not.toContain('Listening closely')

      // Then all four again, a changed file and a file that is not a response: only the new two are taken.
      const changed = join(dir, 'changed.json')
      const text = JSON.parse(await (await import('node:fs/promises')).readFile(files[2]!, 'utf8'))
      text.ciphertext = text.ciphertext.startsWith('A') ? `B${text.ciphertext.slice(1)}` : `A${text.ciphertext.slice(1)}`
      await writeFile(changed, JSON.stringify(text))
      const notes = join(dir, 'notes.json')
      await writeFile(notes, '{"hello": "world"}')
      await page.locator('#response-files').setInputFiles([...files, changed, notes])
      const result = page.getByTestId('import-result')
      await expect.poll(() => result.textContent()).toContain('2 answer files imported. 4 files were refused:')
      const refused = await result.locator('li').allTextContents()
      expect(refused.join('\n')).toMatch(/t1\.json: This response file has already been imported\./)
      expect(refused.join('\n')).toMatch(/changed\.json: This response file was changed or cut short/)
      expect(refused.join('\n')).toMatch(/notes\.json: This file is not a response file from this app/)
      await expect.poll(() => counts(page)).toBe('Answers so far: Self-evaluation 0 · Administrator 1 · Teachers 3')
      await expect.poll(() => page.getByTestId('round-results').textContent()).toContain('Listening closely')
      await expectNoAxeViolations(page, 'round after importing files')
      await shotAtBothSizes(page, 'evaluation-imported')
    } finally {
      await other.close()
      await rm(dir, { recursive: true, force: true })
    }
    expect(s.foreignRequests).toEqual([])
  })
})
