import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountWithRouter } from '../../support/mountWithRouter'
import RespondView from '@/views/RespondView.vue'
import { exportPublicKey, generateCoachKeyPair, keyIdOf } from '@/domain/evaluation/coachKeys'
import { encodeInvitation, INVITATION_MESSAGES, type Invitation } from '@/domain/evaluation/invitation'
import { defaultForm, ITEM_BANK } from '@/domain/evaluation/itemBank'
import { MISSING_ANSWER } from '@/domain/evaluation/answers'
import { openResponseFiles } from '@/domain/evaluation/responseFile'
import { todayIso } from '@/domain/dates'

const download = vi.hoisted(() => vi.fn<(name: string, text: string, type: string) => void>())
vi.mock('@/export/download', () => ({ downloadText: download }))

const pair = await generateCoachKeyPair()
const publicKey = await exportPublicKey(pair.publicKey)

function invitation(over: Partial<Invitation> = {}): Invitation {
  return {
    roundId: 'round-spring',
    roundLabel: 'Spring 2027',
    closingDate: '2099-06-30',
    group: 'teacher',
    coachPublicKey: publicKey,
    form: defaultForm(),
    ...over,
  }
}

let wrapper: VueWrapper | undefined
async function open(inv: Invitation | string) {
  const hash = typeof inv === 'string' ? inv : `#i=${encodeInvitation(inv)}`
  ;({ wrapper } = await mountWithRouter(RespondView, `/respond${hash}`, { real: { respond: RespondView } }))
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  download.mockClear()
  sessionStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function answerAll(w: VueWrapper, skip: string[] = []) {
  for (const [i, item] of ITEM_BANK.entries()) {
    if (skip.includes(item.id)) continue
    await w.get(`input[name="q-${item.id}"][value="${i % 2 ? 'na' : String((i % 5) + 1)}"]`).setValue(true)
  }
}

describe('the respond page', () => {
  it('asks every item by domain in the teacher wording, with the scale and “Not able to judge”', async () => {
    const w = await open(invitation())
    expect(w.get('h1').text()).toBe('Your coach’s evaluation')
    expect(w.text()).toContain('Spring 2027')
    expect(w.text()).toContain('Open until Jun 30, 2099')
    expect(w.findAll('h2').map((h) => h.text())).toContain('Partnership in practice')
    const first = w.get('[data-question="choice"]')
    expect(first.get('legend').text()).toBe(ITEM_BANK[0]!.wording.teacher)
    expect(first.findAll('label').map((l) => l.text())).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      'Not able to judge',
    ])
    expect(w.findAll('textarea')).toHaveLength(2)
  })

  it('refuses a missing answer at its field, moves focus there and makes no file', async () => {
    const w = await open(invitation())
    await answerAll(w, ['listens'])
    await w.get('form').trigger('submit')
    await flushPromises()
    const field = w.get('[data-question="listens"]')
    expect(field.attributes('aria-invalid')).toBe('true')
    expect(field.attributes('aria-describedby')).toBe('q-listens-error')
    expect(w.get('#q-listens-error').text()).toBe(MISSING_ANSWER)
    expect(w.findAll('.field-error')).toHaveLength(1)
    expect(document.activeElement).toBe(field.get('input').element)
    expect(w.get('[data-testid="respond-problems"]').text()).toContain('1 answer needs your attention')
    expect(download).not.toHaveBeenCalled()
    // Answering it clears its message.
    await field.get('input[value="4"]').setValue(true)
    expect(w.find('#q-listens-error').exists()).toBe(false)
  })

  it('seals a complete response to the coach, downloads it, says what to do and clears the form', async () => {
    const w = await open(invitation())
    await answerAll(w)
    await w.get('#keep-doing').setValue('The video of my lesson helped.')
    expect(sessionStorage.length).toBe(1)
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1))
    const [name, text, type] = download.mock.calls[0]!
    expect(name).toBe(`evaluation-response-spring-2027-${todayIso()}.json`)
    expect(type).toBe('application/json')
    expect(text).not.toContain('The video')
    const opened = await openResponseFiles([{ name, bytes: new TextEncoder().encode(text) }], {
      roundId: 'round-spring',
      privateKey: pair.privateKey,
      keyId: await keyIdOf(publicKey),
      seenFingerprints: new Set(),
    })
    expect(opened.refused).toEqual([])
    const payload = opened.accepted[0]!.payload as { group: string; answers: Record<string, unknown>; keepDoing: string }
    expect(payload.group).toBe('teacher')
    expect(payload.keepDoing).toBe('The video of my lesson helped.')
    expect(payload.answers.choice).toBe(1)
    expect(payload.answers.equal).toBe('na')
    expect(Object.keys(payload.answers)).toHaveLength(ITEM_BANK.length)
    await flushPromises()
    expect(w.get('[data-testid="respond-done"]').text()).toContain(name)
    expect(w.get('[data-testid="respond-done"]').text()).toContain('Send this file to your coach')
    expect(sessionStorage.length).toBe(0)
    await w.get('[data-testid="respond-done"] button').trigger('click')
    expect(w.findAll('input[type="radio"]:checked')).toHaveLength(0)
    expect((w.get('#keep-doing').element as HTMLTextAreaElement).value).toBe('')
  })

  it('keeps answers in progress for the round through a reload', async () => {
    let w = await open(invitation())
    await w.get('input[name="q-choice"][value="5"]').setValue(true)
    await w.get('#do-differently').setValue('More time to plan.')
    w.unmount()
    w = await open(invitation())
    expect((w.get('input[name="q-choice"][value="5"]').element as HTMLInputElement).checked).toBe(true)
    expect((w.get('#do-differently').element as HTMLTextAreaElement).value).toBe('More time to plan.')
    // Another round starts empty.
    w.unmount()
    w = await open(invitation({ roundId: 'round-fall' }))
    expect(w.findAll('input[type="radio"]:checked')).toHaveLength(0)
  })

  it('shows a comment over 2,000 characters as too long, and refuses it', async () => {
    const w = await open(invitation())
    await answerAll(w)
    expect(w.get('#keep-doing-limit').text()).toBe('Up to 2,000 characters.')
    await w.get('#keep-doing').setValue('x'.repeat(2003))
    expect(w.get('#keep-doing-limit').text()).toBe('At most 2,000 characters: this answer is 3 over. Shorten it to submit.')
    expect(w.get('#keep-doing').attributes('aria-describedby')).toBe('keep-doing-limit')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#keep-doing').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(w.get('#keep-doing').element)
    expect(download).not.toHaveBeenCalled()
  })

  it('after the closing date says the round is closed and offers no form', async () => {
    const w = await open(invitation({ closingDate: '2020-05-01' }))
    expect(w.get('[data-testid="round-closed"]').text()).toContain('This evaluation is closed')
    expect(w.text()).toContain('Closed on May 1, 2020')
    expect(w.find('form').exists()).toBe(false)
    expect(w.find('button[type="submit"]').exists()).toBe(false)
  })

  it('shows why a damaged link cannot open', async () => {
    const encoded = encodeInvitation(invitation())
    const w = await open(`#i=${encoded.slice(0, 60)}`)
    expect(w.get('[data-testid="invitation-problem"]').text()).toContain(INVITATION_MESSAGES.damaged)
    expect(w.find('form').exists()).toBe(false)
  })

  it('speaks to the administrator in the administrator wording', async () => {
    const w = await open(invitation({ group: 'administrator' }))
    expect(w.get('h1').text()).toBe('The coach’s evaluation')
    expect(w.get('[data-question="choice"] legend').text()).toBe(ITEM_BANK[0]!.wording.administrator)
    expect(w.text()).not.toContain('anonymous')
  })
})
