import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { ensureAgreement, listVersions, reviseAgreement, saveSection, signAgreement, SignRefusedError } from '@/db/agreements'
import { saveAgreement, saveDecision, saveSettings } from '@/db/repository'
import { defaultSections, readSections } from '@/domain/agreementSections'
import { RecordValidationError } from '@/domain/validation'
import { resetDb, seedDraft, seedSchool } from '../fixtures/db'

const names = { coachName: 'Renée Okafor', principalName: 'José Martínez', openItemsAccepted: false }

describe('agreement storage', () => {
  let ids: Awaited<ReturnType<typeof seedSchool>>
  beforeEach(async () => {
    await resetDb()
    ids = await seedSchool()
  })

  it('ensureAgreement creates version 1 once, with the default targets and both names', async () => {
    await saveSettings({ defaultTargets: { coachingPct: 65, learningPct: 12 } })
    const [a, b] = await Promise.all([ensureAgreement(ids.schoolId, ids.schoolYearId), ensureAgreement(ids.schoolId, ids.schoolYearId)])
    expect(a.id).toBe(b.id)
    expect(await db.agreements.count()).toBe(1)
    expect(a).toMatchObject({ version: 1, status: 'draft', sections: {}, targets: { coachingPct: 65, learningPct: 12 },
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: null } })
    expect((await ensureAgreement(ids.schoolId, ids.schoolYearId)).id).toBe(a.id)
  })

  it('ensureAgreement returns an existing draft made by the meeting', async () => {
    const draft = await seedDraft(ids)
    expect((await ensureAgreement(ids.schoolId, ids.schoolYearId)).id).toBe(draft.id)
  })

  it('saves a section on a draft, validated, and reads it back', async () => {
    const draft = await seedDraft(ids)
    await saveSection(draft.id, 'confidentiality', { policy: 'nothing-shared', ownWording: '' })
    const stored = await db.agreements.get(draft.id)
    expect(readSections(stored?.sections).confidentiality.policy).toBe('nothing-shared')
    await expect(saveSection(draft.id, 'support', { commitments: [{ id: 'x', text: ' ', checked: true, custom: true }] }))
      .rejects.toBeInstanceOf(RecordValidationError)
  })

  it('signs with both names and a date, then refuses every write to that version', async () => {
    const draft = await seedDraft(ids)
    const signed = await signAgreement(draft.id, { ...names, coachName: '  Renée Okafor ' }, 1_790_000_000_000)
    expect(signed).toMatchObject({ status: 'signed', signedAt: 1_790_000_000_000,
      signatures: { coach: { name: 'Renée Okafor', signedAt: 1_790_000_000_000 }, principal: { name: 'José Martínez' } } })

    await expect(saveSection(draft.id, 'learning', defaultSections().learning)).rejects.toThrow(/signed and cannot be changed/)
    await expect(saveAgreement({ ...signed, targets: { coachingPct: 10, learningPct: 10 } })).rejects.toThrow(/signed/)
    const d = await db.decisions.where('agreementId').equals(draft.id).first()
    await expect(saveDecision({ ...d!, choice: 'wont' })).rejects.toThrow(/signed/)
    await expect(signAgreement(draft.id, names)).rejects.toThrow(/already signed/)
    expect((await db.agreements.get(draft.id))?.signedAt).toBe(1_790_000_000_000)
  })

  it('refuses to sign with an empty name or open tasks, and changes nothing', async () => {
    const draft = await seedDraft(ids)
    const error = await signAgreement(draft.id, { ...names, principalName: '' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SignRefusedError)
    expect((error as SignRefusedError).problems.map((p) => p.field)).toEqual(['principalName'])

    const open = await db.decisions.where('agreementId').equals(draft.id).last()
    await saveDecision({ ...open!, choice: 'discuss', weeklyHours: null })
    await expect(signAgreement(draft.id, names)).rejects.toThrow(/1 task is still undecided/)
    expect((await db.agreements.get(draft.id))?.status).toBe('draft')
    const signed = await signAgreement(draft.id, { ...names, openItemsAccepted: true })
    expect(signed.openItemsAccepted).toBe(true)
  })

  it('revises a signed version into draft n+1 with copied decisions, only once', async () => {
    const draft = await seedDraft(ids)
    await saveSection(draft.id, 'learning', { ...defaultSections().learning, coachOfCoaches: 'Zoë Lindqvist' })
    await signAgreement(draft.id, names)
    const v2 = await reviseAgreement(draft.id)
    expect(v2).toMatchObject({ version: 2, status: 'draft', basedOnId: draft.id, signatures: { coach: null, principal: null } })
    expect(readSections(v2.sections).learning.coachOfCoaches).toBe('Zoë Lindqvist')
    const [from, to] = await Promise.all([
      db.decisions.where('agreementId').equals(draft.id).sortBy('taskId'),
      db.decisions.where('agreementId').equals(v2.id).sortBy('taskId'),
    ])
    expect(to.map((d) => [d.taskId, d.choice, d.weeklyHours])).toEqual(from.map((d) => [d.taskId, d.choice, d.weeklyHours]))
    expect(to.every((d) => !from.some((f) => f.id === d.id))).toBe(true)

    // Revising again while a draft is open returns that draft rather than a third version.
    expect((await reviseAgreement(draft.id)).id).toBe(v2.id)
    await expect(reviseAgreement(v2.id)).rejects.toThrow(/Only a signed version/)
    expect((await listVersions(ids.schoolId, ids.schoolYearId)).map((v) => [v.version, v.status])).toEqual([[1, 'signed'], [2, 'draft']])

    // The draft is editable; the signed one is untouched.
    await saveSection(v2.id, 'confidentiality', { policy: 'own', ownWording: 'Our words' })
    expect(readSections((await db.agreements.get(draft.id))?.sections).confidentiality.policy).toBe('what-and-whom')
  })
})
