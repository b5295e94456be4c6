import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { openDraftAgreementPage } from './support/agreementSeed'
import { seedAgreement } from './support/seed'

/** Generous waits: the machine running the journeys may be busy; a real failure still fails. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 })

/** Every stored record of one table, read straight from IndexedDB. */
function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (table) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('coach-role-planner')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const r = idb.transaction(table).objectStore(table).getAll()
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    idb.close()
    return rows
  }, table) as Promise<T[]>
}

/** Types text in one go, as a paste does: through the browser's own input path (which honours maxlength). */
async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).fill('')
  await page.locator(selector).focus()
  await page.keyboard.insertText(text)
}

describe('text over a limit is kept, with a message, and never saved', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(10_000)
  })
  afterEach(async () => {
    await s.close()
  })

  it('keeps a 10,000-character decision note in its field, then saves it once it fits', async () => {
    const { page } = s
    await completeFirstRun(page)
    const note = page.locator('textarea[id^="note-"]')
    await note.waitFor()
    const long = 'Only in testing weeks. '.repeat(435).slice(0, 10_000)
    await paste(page, 'textarea[id^="note-"]', long)
    await note.blur()
    const message = page.locator('[id^="note-"][id$="-limit"] [data-testid="field-limit"]')
    await poll(() => message.isVisible()).toBe(true)
    expect(await message.textContent()).toContain('“Note” can be at most 1,000 characters: this text is 9,000 over.')
    expect(await note.inputValue()).toBe(long)
    await expectNoAxeViolations(page, 'meeting, note over its limit')
    expect((await storedRows<{ note: string }>(page, 'decisions')).filter((d) => d.note)).toEqual([])

    // Trimmed to fit, it saves and survives a reload.
    const fits = long.slice(0, 1000)
    await note.fill(fits)
    await note.blur()
    await poll(async () => (await storedRows<{ note: string }>(page, 'decisions')).map((d) => d.note)).toEqual([fits])
    expect(await message.count()).toBe(0)
    await page.reload()
    await poll(() => page.locator('textarea[id^="note-"]').inputValue()).toBe(fits)
  })

  it('does not cut a week-note paste longer than the limit', async () => {
    const { page } = s
    await completeFirstRun(page)
    await seedAgreement(page, [{ id: 'cycles', title: 'Coaching cycles', bucket: 'coaching', choice: 'will' }])
    await page.goto('/time?week=2026-09-16')
    await page.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()
    const pasted = 'PD day on Friday; state testing all week. '.repeat(17).slice(0, 700)
    await paste(page, '#week-note', pasted)
    await page.locator('#week-note').blur()
    expect(await page.locator('#week-note').inputValue()).toBe(pasted)
    await poll(() => page.locator('#week-note-limit').textContent()).toContain(
      '“Note for this week” can be at most 500 characters: this text is 200 over.',
    )
    expect(await page.locator('#week-note-limit [data-testid="field-limit"]').isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'week note over its limit')
    expect(await storedRows(page, 'weekNotes')).toEqual([])

    await page.locator('#week-note').fill(pasted.slice(0, 500))
    await page.locator('#week-note').blur()
    await poll(() => page.locator('#week-note-count').textContent()).toContain('Note saved')
    await page.reload()
    await poll(() => page.locator('#week-note').inputValue()).toBe(pasted.slice(0, 500))
  })
})

describe('two tabs editing the same draft', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
    s.page.setDefaultTimeout(10_000)
  })
  afterEach(async () => {
    await s.close()
  })

  /** Exactly one of the two tabs is told of a conflict; returns it and the other one. */
  async function toldTab(a: Page, b: Page): Promise<[Page, Page]> {
    const conflict = (p: Page) => p.getByTestId('field-conflict')
    await poll(async () => (await conflict(a).count()) + (await conflict(b).count())).toBe(1)
    return (await conflict(a).count()) ? [a, b] : [b, a]
  }

  it('keeps edits of different fields from both tabs, shows each live in the other, and asks the second writer of one field', async () => {
    const a = s.page
    await completeFirstRun(a)
    await openDraftAgreementPage(a)
    const b = await s.context.newPage()
    b.setDefaultTimeout(10_000)
    await b.goto('/agreement')
    await b.getByTestId('agreement-status').waitFor()

    // A edits "How often", B edits that section's notes: both survive, and each tab shows the other's edit live.
    await a.getByLabel('How often').fill('Tab A: every week, cycles of eight weeks.')
    await poll(() => a.getByTestId('save-state-understanding').textContent()).toContain('Saved')
    await poll(() => b.getByLabel('How often').inputValue()).toBe('Tab A: every week, cycles of eight weeks.')
    await b.locator('#understanding-note').fill('Tab B: we review this in January.')
    await poll(() => b.getByTestId('save-state-understanding').textContent()).toContain('Saved')
    await poll(() => a.locator('#understanding-note').inputValue()).toBe('Tab B: we review this in January.')
    for (const p of [a, b]) {
      await p.reload()
      await poll(() => p.getByLabel('How often').inputValue()).toBe('Tab A: every week, cycles of eight weeks.')
      expect(await p.locator('#understanding-note').inputValue()).toBe('Tab B: we review this in January.')
    }

    // Both change the same field at once: the second writer is told, and keeps their own text.
    await Promise.all([a.getByLabel('How often').fill('A’s wording.'), b.getByLabel('How often').fill('B’s wording.')])
    let [told, other] = await toldTab(a, b)
    const mine = await told.getByLabel('How often').inputValue()
    const theirs = await other.getByLabel('How often').inputValue()
    expect(await told.getByTestId('field-conflict').textContent()).toContain(`Their version is “${theirs}”.`)
    await expectNoAxeViolations(told, 'agreement, conflict')
    await told.getByRole('button', { name: 'Keep mine for How often' }).click()
    await poll(() => other.getByLabel('How often').inputValue()).toBe(mine)
    await other.reload()
    await poll(() => other.getByLabel('How often').inputValue()).toBe(mine)

    // Once more, and this time the second writer takes the other text.
    await Promise.all([a.getByLabel('How often').fill('A again.'), b.getByLabel('How often').fill('B again.')])
    ;[told, other] = await toldTab(a, b)
    const kept = await other.getByLabel('How often').inputValue()
    await told.getByRole('button', { name: 'Keep theirs for How often' }).click()
    expect(await told.getByLabel('How often').inputValue()).toBe(kept)
    await told.reload()
    await poll(() => told.getByLabel('How often').inputValue()).toBe(kept)
    expect(await other.getByLabel('How often').inputValue()).toBe(kept)
  })

  it('never loses a week note written in two tabs', async () => {
    const a = s.page
    await completeFirstRun(a)
    await seedAgreement(a, [{ id: 'cycles', title: 'Coaching cycles', bucket: 'coaching', choice: 'will' }])
    await a.goto('/time?week=2026-09-16')
    const b = await s.context.newPage()
    b.setDefaultTimeout(10_000)
    await b.goto('/time?week=2026-09-16')
    for (const p of [a, b]) await p.getByRole('heading', { name: 'Week 5 · Sep 14 – 18, 2026' }).waitFor()

    await a.locator('#week-note').fill('Written in tab A.')
    await a.locator('#week-note').blur()
    await poll(() => b.locator('#week-note').inputValue()).toBe('Written in tab A.')

    await b.locator('#week-note').fill('Written in tab B.')
    await a.locator('#week-note').fill('Tab A again.')
    await b.locator('#week-note').blur()
    await a.locator('#week-note').blur()
    const [told, other] = await toldTab(a, b)
    const theirs = await other.locator('#week-note').inputValue()
    expect(await told.getByTestId('field-conflict').textContent()).toContain(`Their version is “${theirs}”.`)
    const mine = await told.locator('#week-note').inputValue()
    await told.getByRole('button', { name: 'Keep mine for Note for this week' }).click()
    await poll(() => other.locator('#week-note').inputValue()).toBe(mine)
    for (const p of [a, b]) {
      await p.reload()
      await poll(() => p.locator('#week-note').inputValue()).toBe(mine)
    }
  })

  it('never loses a meeting decision note written in two tabs', async () => {
    const a = s.page
    await completeFirstRun(a)
    const b = await s.context.newPage()
    b.setDefaultTimeout(10_000)
    await b.goto('/meeting')
    const note = (p: Page) => p.locator('textarea[id^="note-"]')
    for (const p of [a, b]) await note(p).waitFor()
    expect(await a.locator('h2.decision__title').textContent()).toBe(await b.locator('h2.decision__title').textContent())

    await note(a).fill('Only in testing weeks.')
    await note(a).blur()
    await poll(() => note(b).inputValue()).toBe('Only in testing weeks.')

    await Promise.all([note(a).fill('A: only in May.'), note(b).fill('B: never in May.')])
    await note(a).blur()
    await note(b).blur()
    const [told, other] = await toldTab(a, b)
    const mine = await note(told).inputValue()
    expect(await told.getByTestId('field-conflict').textContent()).toContain(`Their version is “${await note(other).inputValue()}”.`)
    await expectNoAxeViolations(told, 'meeting, conflict')
    await told.getByRole('button', { name: 'Keep mine for Note' }).click()
    await poll(() => note(other).inputValue()).toBe(mine)
    for (const p of [a, b]) {
      await p.reload()
      await poll(() => note(p).inputValue()).toBe(mine)
    }
  })
})
