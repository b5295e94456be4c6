import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { openDraftAgreementPage, seedMeetingDecisions, decidePrinciplesAndPolicy } from './support/agreementSeed'

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 })

/** Everything version 1 shows: its bar line, the document, its compare with itself, and its PDF's text. */
interface SignedCopy {
  bar: string
  document: string
  compareWithItself: string
  pdf: string
  fingerprint: string
}

describe('a signed version never changes', () => {
  let s: Session
  let dir: string
  beforeEach(async () => {
    s = await openSession({ acceptDownloads: true })
    dir = await mkdtemp(join(tmpdir(), 'crp-snapshot-'))
  })
  afterEach(async () => {
    await s.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function openVersion(page: Page, version: number) {
    await page.goto(`/agreement?version=${version}`)
    await poll(() => page.locator('.agreement-bar__title strong').textContent()).toBe(`Version ${version}`)
    await page.locator('.agreement-document').waitFor()
  }

  async function pdfText(page: Page, name: string): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    const file = join(dir, name)
    await download.saveAs(file)
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  }

  async function readSignedCopy(page: Page, label: string): Promise<SignedCopy> {
    await openVersion(page, 1)
    const bar = (await page.locator('.agreement-bar p.small').first().textContent()) ?? ''
    const document = (await page.locator('.agreement-document').textContent()) ?? ''
    const fingerprint = (await page.getByTestId('bar-fingerprint').textContent()) ?? ''
    const pdf = await pdfText(page, `${label}.pdf`)
    await page.getByRole('button', { name: 'Compare versions' }).click()
    const compare = page.getByRole('region', { name: 'Compare versions' })
    await compare.getByLabel('From').selectOption({ label: 'Version 1 (signed)' })
    await compare.getByLabel('To').selectOption({ label: 'Version 1 (signed)' })
    await poll(() => compare.textContent()).toContain('Choose two different versions.')
    const compareWithItself = (await compare.textContent()) ?? ''
    return { bar, document, compareWithItself, pdf, fingerprint }
  }

  it('shows the same page, comparison and PDF after every kind of edit, and its fingerprint on both', async () => {
    const { page } = s
    await completeFirstRun(page)
    await openDraftAgreementPage(page)
    await seedMeetingDecisions(page)
    await page.getByRole('cell', { name: 'Lunch and bus duty' }).first().waitFor()
    await decidePrinciplesAndPolicy(page)
    await page.getByLabel('Coach types their name').fill('Renée Okafor')
    await page.getByLabel('Principal types their name').fill('José Martínez')
    await page.getByRole('checkbox', { name: /We agree to sign with 1 task still open/ }).check()
    await page.getByRole('button', { name: 'Sign version 1' }).click()
    await poll(() => page.getByTestId('agreement-status').textContent()).toContain('Signed')

    // Manage tasks offers no editable form while version 1 is the only one.
    await page.goto('/meeting?view=tasks')
    await page.getByTestId('tasks-locked').waitFor()
    expect(await page.locator('.manage').locator('input, textarea, select').count()).toBe(0)
    await expectNoAxeViolations(page, 'manage tasks, signed')

    // Revise from the meeting's Manage tasks; then edit every field of tasks the signed version names.
    await page.goto('/meeting?view=tasks')
    await page.getByRole('button', { name: 'Revise version 1' }).click()
    await page.locator('#new-task-title').waitFor()

    // What version 1 shows now, with a draft beside it to compare with.
    const before = await readSignedCopy(page, 'before')
    expect(before.fingerprint).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/)
    expect(before.document).toContain(`Fingerprint of the signed text: ${before.fingerprint}`)
    expect(before.pdf).toContain(`Fingerprint ${before.fingerprint}`)
    expect(before.pdf).toContain('Leading PLCs')
    expect(before.pdf).toContain('Covering classes')
    await expectNoAxeViolations(page, 'signed agreement with fingerprint')

    await page.goto('/meeting?view=tasks')
    await page.locator('#new-task-title').waitFor()
    // A task the coach added reads "<title> Your own".
    const row = (title: string) =>
      page
        .locator('.tasks tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title}( Your own)?$`) }) })
        .first()
    await row('Leading PLCs').getByRole('button', { name: /^Edit/ }).click()
    await page.locator('input[id^="edit-title-"]').fill('Leading professional learning communities')
    await page.locator('textarea[id^="edit-description-"]').fill('Reworded after signing.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('rowheader', { name: 'Leading professional learning communities' }).waitFor()
    await row('Covering classes').getByRole('combobox').selectOption({ label: 'Coaching' })
    await poll(() => page.locator('.status-region').textContent()).toContain('now counts as Coaching')
    await row('Lunch and bus duty')
      .getByRole('button', { name: /^Archive/ })
      .click()
    await poll(() => page.getByRole('heading', { name: /Archived tasks \(\d+\)/ }).textContent()).not.toContain('(0)')
    await page.locator('#new-task-title').fill('Cafeteria supervision')
    await page.getByRole('button', { name: 'Add task' }).click()
    await page.getByRole('rowheader', { name: /Cafeteria supervision/ }).waitFor()
    await expectNoAxeViolations(page, 'manage tasks, draft')

    // Settings: the coach's name and the default targets.
    await page.goto('/settings')
    await page.getByLabel('Your name (the coach)').fill('Renée Okafor-Smith')
    await page.getByLabel('Coaching target (%)').fill('70')
    await page.getByLabel('Professional learning target (%)').fill('15')
    await page.getByRole('button', { name: 'Save', exact: true }).first().click()
    await poll(() => page.locator('.status-region').textContent()).toMatch(/saved/i)

    // Merge a backup from "another device" in which tasks were renamed later still.
    await page.goto('/data')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()])
    const exported = join(dir, 'exported.json')
    await download.saveAs(exported)
    const file = JSON.parse(await readFile(exported, 'utf8'))
    for (const t of file.data.tasks) {
      if (t.title === 'Impact cycles with teachers')
        Object.assign(t, { title: 'Coaching cycles', bucket: 'learning', updatedAt: t.updatedAt + 60_000 })
    }
    const other = join(dir, 'other-device.json')
    await writeFile(other, JSON.stringify(file))
    await page.locator('#restore-file').setInputFiles(other)
    await page.getByTestId('restore-preview').waitFor()
    await page.getByLabel('Merge with the data on this device').check()
    await page.getByRole('button', { name: 'Merge into this device' }).click()
    await poll(() => page.getByRole('status').first().textContent()).toContain('Restored')

    // A file whose signed version was edited after signing is refused, and nothing changes.
    const signed = file.data.agreements.find((a: { status: string }) => a.status === 'signed')
    signed.snapshot.tasks[0].title = 'Edited by hand'
    const tampered = join(dir, 'tampered.json')
    await writeFile(tampered, JSON.stringify(file))
    await page.locator('#restore-file').setInputFiles(tampered)
    await poll(() => page.getByTestId('restore-problem').textContent()).toContain('does not match its fingerprint')
    await expectNoAxeViolations(page, 'restore refused: fingerprint')

    const after = await readSignedCopy(page, 'after')
    expect(after).toEqual(before)
    expect(after.document).not.toContain('Leading professional learning communities')
    expect(after.pdf).not.toContain('Coaching cycles')

    // The comparison with the draft names the task both ways, each version as it reads.
    await page.getByLabel('From').selectOption({ label: 'Version 1 (signed)' })
    await page.getByLabel('To').selectOption({ label: 'Version 2 (draft)' })
    const compare = page.getByRole('region', { name: 'Compare versions' })
    await poll(() => compare.textContent()).toContain('Leading professional learning communities (Other duties)')
    const compared = (await compare.textContent()) ?? ''
    expect(compared).toContain('Leading PLCs (Other duties): “Facilitating professional learning community meetings')
    expect(compared).toContain('Leading professional learning communities (Other duties): “Reworded after signing.” — Won’t do')
    expect(compared).toContain('Covering classes (Coaching)')

    // And once more after a reload, from what is stored.
    await page.reload()
    const reloaded = await readSignedCopy(page, 'reloaded')
    expect(reloaded.document).toBe(before.document)
    expect(reloaded.pdf).toBe(before.pdf)
    expect(s.foreignRequests).toEqual([])
  })
})
