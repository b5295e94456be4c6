import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import {
  addResponse,
  changeRoundForm,
  createCoachKey,
  createRound,
  importResponseFiles,
  passphraseOpensKey,
  SELF_IN_FILE,
  unlockCoachKey,
} from '@/db/evaluation'
import { setItemHidden } from '@/domain/evaluation/formEdits'
import { askedItems } from '@/domain/evaluation/itemBank'
import { RESPONSE_MESSAGES, sealResponse } from '@/domain/evaluation/responseFile'
import type { EvaluationForm } from '@/domain/schemas/evaluation'
import { freshSetup } from './support'

const PASSPHRASE = 'maple grove 2027'
const ITERATIONS = 1_000 // the lowest the schema allows: fast tests, same code path
const TODAY = '2027-03-10'
let setup: { schoolId: string; schoolYearId: string }

const answersFor = (form: EvaluationForm, group: 'teacher' | 'administrator' | 'self' = 'teacher') => ({
  group,
  answers: Object.fromEntries(askedItems(form).map((item, i) => [item.id, i % 4 === 3 ? 'na' : (i % 5) + 1])),
  keepDoing: 'Starting from what I noticed.',
  doDifferently: '',
})
const fileOf = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) })

async function newRound(label = 'Spring 2027') {
  return createRound({ schoolYearId: setup.schoolYearId, schoolIds: [setup.schoolId], label, closingDate: '2027-03-31' }, TODAY)
}

describe('the 360° evaluation on the device', () => {
  beforeEach(async () => {
    setup = await freshSetup()
  })

  it('makes one coach key behind a passphrase, and keeps the opening key on this device only', async () => {
    await expect(createCoachKey('short')).rejects.toThrow(/at least 8 characters/)
    expect(await db.coachKeys.count()).toBe(0)
    const key = await createCoachKey(PASSPHRASE, ITERATIONS)
    expect(key.wrapped.publicKey).toBe(key.publicKey)
    const unlocked = await db.unlockedKeys.get(key.keyId)
    expect(unlocked?.privateKey.extractable).toBe(false)
    await expect(createCoachKey(PASSPHRASE, ITERATIONS)).rejects.toThrow(/already has a coach key/)
    expect(await passphraseOpensKey(PASSPHRASE)).toBe(true)
    expect(await passphraseOpensKey('Maple grove 2027')).toBe(false)
  })

  it('refuses a round that has closed already, and freezes the form with the first answer', async () => {
    await expect(
      createRound({ schoolYearId: setup.schoolYearId, schoolIds: [setup.schoolId], label: 'Late', closingDate: '2027-03-01' }, TODAY),
    ).rejects.toThrow(/closing date has passed/)
    const round = await newRound()
    const first = round.form.items[0]!.id
    const edited = await changeRoundForm(round.id, (r) => setItemHidden(r, first, true))
    expect(edited.form.items[0]!.hidden).toBe(true)

    // A sheet with a missing answer is refused and changes nothing.
    const missing = answersFor(edited.form, 'administrator')
    delete (missing.answers as Record<string, unknown>)[askedItems(edited.form)[0]!.id]
    await expect(addResponse(round.id, missing, 'paper', TODAY)).rejects.toThrow(/do not fit this round’s form \(1 problem\)/)
    expect(await db.evaluationResponses.count()).toBe(0)
    expect((await db.evaluationRounds.get(round.id))!.frozenAt).toBeNull()

    const saved = await addResponse(round.id, answersFor(edited.form, 'administrator'), 'paper', TODAY)
    expect(saved).toMatchObject({ group: 'administrator', source: 'paper', fingerprint: null, receivedOn: TODAY })
    expect((await db.evaluationRounds.get(round.id))!.frozenAt).not.toBeNull()
    await expect(changeRoundForm(round.id, (r) => setItemHidden(r, first, false))).rejects.toThrow(/frozen/)
  })

  it('imports teachers’ response files, refusing another round’s, a duplicate, a changed one and a self-evaluation', async () => {
    const key = await createCoachKey(PASSPHRASE, ITERATIONS)
    const round = await newRound()
    const other = await newRound('Another round')
    const seal = (payload: unknown, roundId = round.id) => sealResponse(payload, { roundId, coachPublicKey: key.publicKey })
    const a = await seal(answersFor(round.form))
    const b = await seal(answersFor(round.form))
    const otherRound = await seal(answersFor(round.form), other.id)
    const self = await seal(answersFor(round.form, 'self'))
    const envelope = JSON.parse(await seal(answersFor(round.form)))
    envelope.ciphertext = `${envelope.ciphertext.slice(0, -2)}${envelope.ciphertext.endsWith('AA') ? 'BB' : 'AA'}`
    const changed = JSON.stringify(envelope)

    const result = await importResponseFiles(
      round.id,
      [
        fileOf('a.json', a),
        fileOf('b.json', b),
        fileOf('other.json', otherRound),
        fileOf('self.json', self),
        fileOf('changed.json', changed),
      ],
      TODAY,
    )
    expect(result.imported).toBe(2)
    expect(result.refused).toEqual([
      { name: 'other.json', message: RESPONSE_MESSAGES.otherRound },
      { name: 'self.json', message: SELF_IN_FILE },
      { name: 'changed.json', message: RESPONSE_MESSAGES.changed },
    ])
    const stored = await db.evaluationResponses.where('roundId').equals(round.id).toArray()
    expect(stored.map((r) => [r.group, r.source])).toEqual([
      ['teacher', 'file'],
      ['teacher', 'file'],
    ])
    // The same file again changes nothing.
    const again = await importResponseFiles(round.id, [fileOf('a copy.json', a)], TODAY)
    expect(again).toEqual({ imported: 0, refused: [{ name: 'a copy.json', message: RESPONSE_MESSAGES.duplicate }] })
    expect(await db.evaluationResponses.count()).toBe(2)
  })

  it('opens files again after a restore elsewhere, once the passphrase unlocks the key', async () => {
    const key = await createCoachKey(PASSPHRASE, ITERATIONS)
    const round = await newRound()
    const file = fileOf('a.json', await sealResponse(answersFor(round.form), { roundId: round.id, coachPublicKey: key.publicKey }))
    await db.unlockedKeys.clear() // as on a device the backup was restored to
    await expect(importResponseFiles(round.id, [file], TODAY)).rejects.toThrow(/Unlock the coach key/)
    await expect(unlockCoachKey('wrong passphrase')).rejects.toThrow(/does not open the coach key/)
    await unlockCoachKey(PASSPHRASE)
    expect((await importResponseFiles(round.id, [file], TODAY)).imported).toBe(1)
  })
})
