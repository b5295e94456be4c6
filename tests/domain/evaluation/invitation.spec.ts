import { describe, expect, it } from 'vitest'
import { exportPublicKey, generateCoachKeyPair } from '@/domain/evaluation/coachKeys'
import { fromBase64Url } from '@/domain/evaluation/base64url'
import { defaultForm, ITEM_BANK } from '@/domain/evaluation/itemBank'
import { answerProblems } from '@/domain/evaluation/answers'
import { addDistrictItem, editItemWording, setItemHidden } from '@/domain/evaluation/formEdits'
import {
  decodeInvitation,
  encodeInvitation,
  invitationLink,
  invitationQuestions,
  isRoundClosed,
  INVITATION_MESSAGES,
  type Invitation,
} from '@/domain/evaluation/invitation'
import { responseFileName } from '@/domain/fileNames'

const publicKey = await exportPublicKey((await generateCoachKeyPair()).publicKey)
const round = { frozenAt: null, form: defaultForm() }

function invitation(over: Partial<Invitation> = {}): Invitation {
  return {
    roundId: '0f8c7a52-3b9e-4c1d-9a6f-2e5b7d8c9a10',
    roundLabel: 'Spring 2027 — Lincoln & Maple Grove, all coached teachers', // 58 characters
    closingDate: '2027-04-30',
    group: 'teacher',
    coachPublicKey: publicKey,
    form: defaultForm(),
    ...over,
  }
}

/** The JSON the link carries, to check what travels and what does not. */
function carried(value: string): string {
  const body = value.split('.')[1]!
  return new TextDecoder().decode(fromBase64Url(body)!)
}

describe('invitation links', () => {
  it('round-trips the round, the group, the key and the asked items', () => {
    const decoded = decodeInvitation(`#i=${encodeInvitation(invitation())}`)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    const { form, ...rest } = decoded.invitation
    expect({ ...rest, form: invitation().form }).toEqual(invitation())
    expect(form.items.map((i) => i.id)).toEqual(ITEM_BANK.map((i) => i.id))
    expect(form.items[0]!.wording).toEqual(ITEM_BANK[0]!.wording)
  })

  it('keeps a default form short enough for a QR code, with bank items by id only', () => {
    const link = invitationLink('https://coach-role-planner.example.org', invitation())
    expect(link.length).toBeLessThan(1500)
    expect(link).toMatch(/^https:\/\/coach-role-planner\.example\.org\/respond#i=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/)
    const json = carried(encodeInvitation(invitation()))
    for (const item of ITEM_BANK) expect(json).not.toContain(item.wording.teacher)
  })

  it('leaves hidden items out and carries a district item in the invited group’s wording only', () => {
    let form = setItemHidden(round, 'choice', true)
    form = addDistrictItem(
      { frozenAt: null, form },
      'impact',
      {
        teacher: 'My coach helps me read our district benchmark data.',
        administrator: 'The coach helps teachers read benchmark data.',
        self: 'I help teachers read benchmark data.',
      },
      'district-benchmarks',
    )
    const encoded = encodeInvitation(invitation({ form, group: 'administrator' }))
    const json = carried(encoded)
    expect(json).not.toContain('"choice"')
    expect(json).toContain('The coach helps teachers read benchmark data.')
    expect(json).not.toContain('My coach helps me read')
    const decoded = decodeInvitation(encoded)
    if (!decoded.ok) throw new Error(decoded.message)
    const sections = invitationQuestions(decoded.invitation)
    const ids = sections.flatMap((s) => s.questions.map((q) => q.id))
    expect(ids).not.toContain('choice')
    expect(ids).toHaveLength(ITEM_BANK.length)
    const impact = sections.find((s) => s.domain === 'impact')!
    expect(impact.heading).toBe('Impact on teaching and on students')
    expect(impact.questions.at(-1)).toEqual({ id: 'district-benchmarks', text: 'The coach helps teachers read benchmark data.' })
    // The administrator reads the administrator's wording of bank items.
    expect(sections[0]!.questions[0]!.text).toBe(ITEM_BANK.find((i) => i.id === 'equal')!.wording.administrator)
    // The decoded form checks answers exactly as the coach's form will.
    expect(Object.keys(answerProblems(decoded.invitation.form, { answers: {}, keepDoing: '', doDifferently: '' }))).toEqual(ids)
  })

  it('carries a bank item the coach reworded with its new wording', () => {
    const bank = ITEM_BANK.find((i) => i.id === 'listens')!
    const form = editItemWording(round, 'listens', { ...bank.wording, teacher: 'My coach listens before suggesting anything.' })
    const decoded = decodeInvitation(encodeInvitation(invitation({ form })))
    if (!decoded.ok) throw new Error(decoded.message)
    const texts = invitationQuestions(decoded.invitation).flatMap((s) => s.questions)
    expect(texts.find((q) => q.id === 'listens')!.text).toBe('My coach listens before suggesting anything.')
  })

  it('refuses a link cut short or changed with the damaged message', () => {
    const encoded = encodeInvitation(invitation())
    const changedAt = 40
    const swapped = encoded.slice(0, changedAt) + (encoded[changedAt] === 'A' ? 'B' : 'A') + encoded.slice(changedAt + 1)
    for (const broken of [
      encoded.slice(0, -1),
      encoded.slice(0, encoded.length / 2),
      encoded.split('.').slice(0, 2).join('.'),
      swapped,
      '1.!!.00000000',
    ])
      expect(decodeInvitation(`#i=${broken}`)).toEqual({ ok: false, message: INVITATION_MESSAGES.damaged })
  })

  it('tells a link from a newer version apart from a damaged one', () => {
    const [, body, sum] = encodeInvitation(invitation()).split('.')
    expect(decodeInvitation(`#i=2.${body}.${sum}`)).toEqual({ ok: false, message: INVITATION_MESSAGES.newer })
    expect(decodeInvitation('#i=7.whatever')).toEqual({ ok: false, message: INVITATION_MESSAGES.newer })
  })

  it('says so when the address has no invitation', () => {
    expect(decodeInvitation('')).toEqual({ ok: false, message: INVITATION_MESSAGES.missing })
    expect(decodeInvitation('#i=')).toEqual({ ok: false, message: INVITATION_MESSAGES.missing })
  })

  it('accepts a link with a trailing full stop from a sentence it was pasted into', () => {
    expect(decodeInvitation(`#i=${encodeInvitation(invitation())}.`).ok).toBe(true)
  })

  it('keeps a round open through its closing date', () => {
    expect(isRoundClosed('2027-04-30', '2027-04-30')).toBe(false)
    expect(isRoundClosed('2027-04-30', '2027-05-01')).toBe(true)
  })

  it('names the response file after the round and the day', () => {
    expect(responseFileName('Spring 2027 — Lincoln', '2027-04-12')).toBe('evaluation-response-spring-2027-lincoln-2027-04-12.json')
    expect(responseFileName('***', '2027-04-12')).toBe('evaluation-response-round-2027-04-12.json')
  })
})
