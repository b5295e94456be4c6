import { describe, expect, it } from 'vitest'
import { exportPublicKey, generateCoachKeyPair, keyIdOf } from '@/domain/evaluation/coachKeys'
import {
  openResponseFiles,
  RESPONSE_MESSAGES,
  sealResponse,
  upgradeResponseEnvelope,
  type OpenOptions,
} from '@/domain/evaluation/responseFile'

const enc = new TextEncoder()
const answers = { items: { listening: 4, trust: 'na' }, keepDoing: 'Listening closely.' }

async function coach() {
  const pair = await generateCoachKeyPair()
  const publicText = await exportPublicKey(pair.publicKey)
  const options: OpenOptions = {
    roundId: 'round-2026',
    privateKey: pair.privateKey,
    keyId: await keyIdOf(publicText),
    seenFingerprints: new Set(),
  }
  return { publicText, options }
}

const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) })
const edit = (text: string, change: (e: Record<string, unknown>) => void) => {
  const e = JSON.parse(text) as Record<string, unknown>
  change(e)
  return JSON.stringify(e)
}

describe('response files', () => {
  it('round-trips answers with a date-only header and a fingerprint', async () => {
    const { publicText, options } = await coach()
    const text = await sealResponse(answers, { roundId: 'round-2026', coachPublicKey: publicText, now: new Date(2026, 11, 3, 14, 5) })
    expect(text).not.toContain('Listening')
    const envelope = JSON.parse(text) as Record<string, unknown>
    expect(envelope.createdOn).toBe('2026-12-03')
    const result = await openResponseFiles([file('a.json', text)], options)
    expect(result.refused).toEqual([])
    expect(result.accepted[0]!.payload).toEqual(answers)
    expect(result.accepted[0]!.fingerprint).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses changed, cut-short and misdirected files, each on its own', async () => {
    const { publicText, options } = await coach()
    const other = await coach()
    const text = await sealResponse(answers, { roundId: 'round-2026', coachPublicKey: publicText })
    const flipped = edit(text, (e) => {
      const c = e.ciphertext as string
      e.ciphertext = (c[5] === 'A' ? 'B' : 'A').padStart(6, c.slice(0, 5)) + c.slice(6)
    })
    const result = await openResponseFiles(
      [
        file('flipped.json', flipped),
        file(
          'round-edited.json',
          edit(text, (e) => (e.roundId = 'round-2025')),
        ),
        file(
          'cut-ciphertext.json',
          edit(text, (e) => (e.ciphertext = (e.ciphertext as string).slice(0, -8))),
        ),
        file('truncated.json', text.slice(0, text.length - 20)),
        file('other-round.json', await sealResponse(answers, { roundId: 'round-2025', coachPublicKey: publicText })),
        file('other-coach.json', await sealResponse(answers, { roundId: 'round-2026', coachPublicKey: other.publicText })),
        file(
          'key-id-edited.json',
          edit(text, (e) => (e.keyId = other.options.keyId)),
        ),
        file('good.json', text),
      ],
      options,
    )
    expect(result.accepted.map((a) => a.name)).toEqual(['good.json'])
    expect(result.refused).toEqual([
      { name: 'flipped.json', message: RESPONSE_MESSAGES.changed },
      { name: 'round-edited.json', message: RESPONSE_MESSAGES.otherRound },
      { name: 'cut-ciphertext.json', message: RESPONSE_MESSAGES.changed },
      { name: 'truncated.json', message: RESPONSE_MESSAGES.notResponse },
      { name: 'other-round.json', message: RESPONSE_MESSAGES.otherRound },
      { name: 'other-coach.json', message: RESPONSE_MESSAGES.otherCoach },
      { name: 'key-id-edited.json', message: RESPONSE_MESSAGES.otherCoach },
    ])
  })

  it('refuses a changed header the coach would accept (round edited to match)', async () => {
    const { publicText, options } = await coach()
    const text = await sealResponse(answers, { roundId: 'round-2025', coachPublicKey: publicText })
    const result = await openResponseFiles(
      [
        file(
          'x.json',
          edit(text, (e) => (e.roundId = 'round-2026')),
        ),
      ],
      options,
    )
    expect(result.refused[0]!.message).toBe(RESPONSE_MESSAGES.changed)
  })

  it('refuses the same file twice, in the batch or already imported', async () => {
    const { publicText, options } = await coach()
    const text = await sealResponse(answers, { roundId: 'round-2026', coachPublicKey: publicText })
    const first = await openResponseFiles([file('a.json', text), file('copy.json', text)], options)
    expect(first.accepted).toHaveLength(1)
    expect(first.refused).toEqual([{ name: 'copy.json', message: RESPONSE_MESSAGES.duplicateInBatch }])
    const seen = new Set([first.accepted[0]!.fingerprint])
    const again = await openResponseFiles([file('a.json', text)], { ...options, seenFingerprints: seen })
    expect(again.refused).toEqual([{ name: 'a.json', message: RESPONSE_MESSAGES.duplicate }])
  })

  it('refuses empty, huge, non-JSON, foreign and newer files', async () => {
    const { publicText, options } = await coach()
    const text = await sealResponse(answers, { roundId: 'round-2026', coachPublicKey: publicText })
    const started = performance.now()
    const result = await openResponseFiles(
      [
        { name: 'empty.json', bytes: new Uint8Array(0) },
        { name: 'huge.json', bytes: new Uint8Array(20 * 1024 * 1024) },
        file('notes.txt', 'Dear coach, thank you.'),
        file('backup.json', JSON.stringify({ format: 'coach-role-planner-backup', formatVersion: 1 })),
        file(
          'newer.json',
          edit(text, (e) => (e.formatVersion = 2)),
        ),
        file(
          'broken.json',
          edit(text, (e) => delete e.iv),
        ),
      ],
      options,
    )
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(result.accepted).toEqual([])
    expect(result.refused.map((r) => r.message)).toEqual([
      RESPONSE_MESSAGES.empty,
      RESPONSE_MESSAGES.tooLarge,
      RESPONSE_MESSAGES.notResponse,
      RESPONSE_MESSAGES.notResponse,
      RESPONSE_MESSAGES.newer,
      RESPONSE_MESSAGES.damaged,
    ])
    expect(RESPONSE_MESSAGES.newer).toMatch(/made by a newer version of the app/)
    expect(RESPONSE_MESSAGES.tooLarge).toMatch(/256 KB/)
  })

  it('refuses answers the round does not accept, with the check’s message', async () => {
    const { publicText, options } = await coach()
    const text = await sealResponse({ items: { listening: 9 } }, { roundId: 'round-2026', coachPublicKey: publicText })
    const parsePayload = (v: unknown) =>
      (v as { items: { listening: number } }).items.listening <= 5
        ? ({ ok: true, value: v } as const)
        : ({ ok: false, message: 'An answer is outside the scale.' } as const)
    const result = await openResponseFiles([file('a.json', text)], { ...options, parsePayload })
    expect(result.refused).toEqual([{ name: 'a.json', message: 'An answer is outside the scale.' }])
  })

  it('has an upgrade hook that passes version 1 through', () => {
    expect(upgradeResponseEnvelope({ formatVersion: 1 })).toEqual({ ok: true, envelope: { formatVersion: 1 } })
    expect(upgradeResponseEnvelope({ formatVersion: 3 })).toEqual({ ok: false, reason: 'newer' })
    expect(upgradeResponseEnvelope({ formatVersion: 'one' })).toEqual({ ok: false, reason: 'unknown' })
  })
})
