import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Download, Page } from 'playwright-core'
import { expectNoAxeViolations, openSession, type Session } from './support/browser'
import { exportPublicKey, generateCoachKeyPair, keyIdOf } from '@/domain/evaluation/coachKeys'
import { invitationLink, INVITATION_MESSAGES, type Invitation } from '@/domain/evaluation/invitation'
import { askedItems, defaultForm } from '@/domain/evaluation/itemBank'
import { MISSING_ANSWER, parseSubmission } from '@/domain/evaluation/answers'
import { openResponseFiles } from '@/domain/evaluation/responseFile'
import type { ScaleAnswer } from '@/domain/schemas/evaluation'

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** With focus on a radio group's first option, checks option `index` (0 = strongly disagree … 5 = not able to judge) by keyboard. */
async function chooseByKeyboard(page: Page, index: number): Promise<void> {
  await page.keyboard.press('Space')
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight')
}

const optionOf = (answer: ScaleAnswer) => (answer === 'na' ? 5 : answer - 1)

describe('answering an invitation on a device that never ran the app', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('asks the form, keeps answers through a reload, refuses a missing answer and downloads a file only the coach opens', async () => {
    const { page } = s
    // The coach's side, in Node: a key pair and the invitation link for teachers.
    const pair = await generateCoachKeyPair()
    const coachPublicKey = await exportPublicKey(pair.publicKey)
    const form = defaultForm()
    const invitation: Invitation = {
      roundId: 'round-e2e-spring',
      roundLabel: 'Spring 2027 · Lincoln',
      closingDate: '2099-06-30',
      group: 'teacher',
      coachPublicKey,
      form,
    }
    const link = invitationLink(s.baseURL, invitation)
    const items = askedItems(form)
    const expected: Record<string, ScaleAnswer> = Object.fromEntries(
      items.map((item, i) => [item.id, i % 6 === 5 ? 'na' : (((i % 5) + 1) as ScaleAnswer)]),
    )
    const skipped = items[3]!.id

    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Your coach’s evaluation' }).waitFor()
    // No redirect to setup, no way into the app, no database.
    expect(new URL(page.url()).pathname).toBe('/respond')
    expect(await page.getByRole('navigation').count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain('Open until Jun 30, 2099')
    await expectNoAxeViolations(page, 'respond page')

    // Everything but one item by keyboard, and a comment.
    await tabTo(page, `input[name="q-${items[0]!.id}"]`)
    for (const [i, item] of items.entries()) {
      if (i > 0) await page.keyboard.press('Tab')
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`q-${item.id}`)
      if (item.id !== skipped) await chooseByKeyboard(page, optionOf(expected[item.id]!))
    }
    await page.keyboard.press('Tab')
    await page.keyboard.type('Modeling the lesson first.')

    // A reload keeps the answers in progress (this tab only).
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Your coach’s evaluation' }).waitFor()
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(items.length - 1)
    expect(await page.locator('#keep-doing').inputValue()).toBe('Modeling the lesson first.')

    // Submitting with the missing answer: refused at its field, focus there, no file.
    const downloads: Download[] = []
    page.on('download', (d) => downloads.push(d))
    await tabTo(page, 'button[type="submit"]')
    await page.keyboard.press('Enter')
    const missing = page.locator(`[data-question="${skipped}"]`)
    await expect.poll(() => missing.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(`#q-${skipped}-error`).textContent()).toBe(MISSING_ANSWER)
    expect(await missing.getAttribute('aria-describedby')).toBe(`q-${skipped}-error`)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`q-${skipped}`)
    await expectNoAxeViolations(page, 'respond page with a missing answer')
    await page.waitForTimeout(300)
    expect(downloads).toEqual([])

    // Answer it from where the focus is, then submit by keyboard and catch the file.
    await chooseByKeyboard(page, optionOf(expected[skipped]!))
    await expect.poll(() => page.locator(`#q-${skipped}-error`).count()).toBe(0)
    await tabTo(page, 'button[type="submit"]')
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/^evaluation-response-spring-2027-lincoln-\d{4}-\d{2}-\d{2}\.json$/)
    const done = page.getByTestId('respond-done')
    await done.waitFor()
    expect(await done.textContent()).toContain(download.suggestedFilename())
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('respond-done')

    // The coach's side again: the file opens with the private key and holds exactly these answers.
    const bytes = new Uint8Array(await readFile((await download.path())!))
    expect(new TextDecoder().decode(bytes)).not.toContain('Modeling')
    const opened = await openResponseFiles([{ name: download.suggestedFilename(), bytes }], {
      roundId: invitation.roundId,
      privateKey: pair.privateKey,
      keyId: await keyIdOf(coachPublicKey),
      seenFingerprints: new Set(),
      parsePayload: (value) => parseSubmission(form, value),
    })
    expect(opened.refused).toEqual([])
    expect(opened.accepted[0]!.payload).toEqual({
      group: 'teacher',
      answers: expected,
      keepDoing: 'Modeling the lesson first.',
      doDifferently: '',
    })

    // Nothing is left on the device: no answers in the tab, no database, nothing in localStorage.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([])
    await page.getByRole('button', { name: 'Fill in the form again' }).click()
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0)

    // A phone: no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(100)
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
    expect(scroll).toBeLessThanOrEqual(inner)
    expect(s.foreignRequests).toEqual([])
  })

  it('says when the round is closed, and when the link is damaged', async () => {
    const { page } = s
    const coachPublicKey = await exportPublicKey((await generateCoachKeyPair()).publicKey)
    const closed = invitationLink(s.baseURL, {
      roundId: 'round-e2e-fall',
      roundLabel: 'Fall 2020',
      closingDate: '2020-12-18',
      group: 'administrator',
      coachPublicKey,
      form: defaultForm(),
    })
    await page.goto(closed)
    await page.getByTestId('round-closed').waitFor()
    expect(await page.locator('main').textContent()).toContain('Closed on Dec 18, 2020')
    expect(await page.locator('form').count()).toBe(0)
    await expectNoAxeViolations(page, 'closed round')

    await page.goto('about:blank')
    await page.goto(closed.slice(0, -20))
    await page.getByTestId('invitation-problem').waitFor()
    expect(await page.getByTestId('invitation-problem').textContent()).toContain(INVITATION_MESSAGES.damaged)
    expect(new URL(page.url()).pathname).toBe('/respond')
  })
})
