import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { ensureAgreement, listVersions, reviseAgreement, saveSection, signAgreement, SignRefusedError } from '@/db/agreements'
import { loadAgreementDetail } from '@/db/agreementQueries'
import { addCustomTask, setTaskArchived, updateTask } from '@/db/meeting'
import { saveAgreement, saveDecision, saveSchool, saveSettings } from '@/db/repository'
import { fingerprintOf } from '@/domain/agreementSnapshot'
import { defaultSections, readSections } from '@/domain/agreementSections'
import { RecordValidationError } from '@/domain/validation'
import { seedDraft, seedSchool, seedSignedVersion } from '../support/seed'
import { resetDatabase } from '../support/database'

const names = { coachName: 'Renée Okafor', principalName: 'José Martínez', openItemsAccepted: false }

describe('agreement storage', () => {
  let ids: Awaited<ReturnType<typeof seedSchool>>
  beforeEach(async () => {
    await resetDatabase()
    ids = await seedSchool()
  })

  it('ensureAgreement creates version 1 once, with the default targets and both names', async () => {
    await saveSettings({ defaultTargets: { coachingPct: 65, learningPct: 12 } })
    const [a, b] = await Promise.all([ensureAgreement(ids.schoolId, ids.schoolYearId), ensureAgreement(ids.schoolId, ids.schoolYearId)])
    expect(a.id).toBe(b.id)
    expect(await db.agreements.count()).toBe(1)
    expect(a).toMatchObject({
      version: 1,
      status: 'draft',
      sections: {},
      targets: { coachingPct: 65, learningPct: 12 },
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: null },
    })
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
    await expect(
      saveSection(draft.id, 'support', { commitments: [{ id: 'x', text: ' ', checked: true, custom: true }] }),
    ).rejects.toBeInstanceOf(RecordValidationError)
  })

  it('signs with both names and a date, then refuses every write to that version', async () => {
    const draft = await seedDraft(ids)
    const signed = await signAgreement(draft.id, { ...names, coachName: '  Renée Okafor ' }, 1_790_000_000_000)
    expect(signed).toMatchObject({
      status: 'signed',
      signedAt: 1_790_000_000_000,
      signatures: { coach: { name: 'Renée Okafor', signedAt: 1_790_000_000_000 }, principal: { name: 'José Martínez' } },
    })

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
    expect((await listVersions(ids.schoolId, ids.schoolYearId)).map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ])

    // The draft is editable; the signed one is untouched.
    await saveSection(v2.id, 'confidentiality', { policy: 'own', ownWording: 'Our words' })
    expect(readSections((await db.agreements.get(draft.id))?.sections).confidentiality.policy).toBe('what-and-whom')
  })

  it('stores with the signed version the snapshot of everything it shows, and its fingerprint', async () => {
    const draft = await seedDraft(ids)
    await saveDecision({
      ...(await db.decisions.where('[agreementId+taskId]').equals([draft.id, ids.tasks[2]!.id]).first())!,
      note: 'By invitation only',
    })
    const before = await loadAgreementDetail(draft.id)
    const signed = await signAgreement(draft.id, names, 1_790_000_000_000)
    const stored = (await db.agreements.get(draft.id))!
    expect(stored.snapshot).toEqual({
      ...before!.view.snapshot,
      status: 'signed',
      signedAt: 1_790_000_000_000,
      signatures: {
        coach: { name: 'Renée Okafor', signedAt: 1_790_000_000_000 },
        principal: { name: 'José Martínez', signedAt: 1_790_000_000_000 },
      },
    })
    expect(stored.snapshot!.tasks.map((t) => [t.title, t.bucket, t.choice, t.weeklyHours, t.insteadBy, t.note])).toEqual([
      ['Impact cycles with teachers', 'coaching', 'will', 24, '', ''],
      ['Coach’s own professional learning', 'learning', 'will', 4, '', ''],
      ['Leading PLCs', 'other', 'wont', null, 'Team leads', 'By invitation only'],
      ['Overseeing state testing', 'other', 'will', 2, '', ''],
    ])
    expect(stored.snapshot).toMatchObject({
      school: { name: 'Lincoln Elementary' },
      schoolYear: { label: '2026–27' },
      meeting: { date: '2026-09-02' },
    })
    expect(stored.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.fingerprint).toBe(await fingerprintOf(stored.snapshot!))
    expect(signed.fingerprint).toBe(stored.fingerprint)
  })

  it('shows a signed version as signed after every task is renamed, re-bucketed, reworded or archived, tasks are added and the school renamed', async () => {
    const draft = await seedSignedVersion(ids)
    const before = await loadAgreementDetail(draft.id)
    await reviseAgreement(draft.id)
    for (const [i, t] of ids.tasks.entries()) {
      await updateTask(t.id, { title: `${t.title} (renamed)`, description: 'Changed later', bucket: i === 2 ? 'coaching' : t.bucket })
    }
    await setTaskArchived(ids.tasks[3]!.id, true)
    await addCustomTask({ title: 'Lunch duty', description: '', bucket: 'other' })
    const school = (await db.schools.get(ids.schoolId))!
    await saveSchool({ ...school, name: 'Lincoln Academy', principalName: 'Someone Else' })
    await saveSettings({ coachName: 'Another Coach', defaultTargets: { coachingPct: 70, learningPct: 15 } })

    const after = await loadAgreementDetail(draft.id)
    expect(after!.view).toEqual(before!.view)
    expect(after!.view.snapshot.tasks.map((t) => t.title)).toEqual([
      'Impact cycles with teachers',
      'Coach’s own professional learning',
      'Leading PLCs',
      'Overseeing state testing',
    ])
    // The draft, by contrast, reads the tasks as they are now.
    const v2 = (await listVersions(ids.schoolId, ids.schoolYearId))[1]!
    const draftView = (await loadAgreementDetail(v2.id))!.view
    expect(draftView.snapshot.tasks.find((t) => t.taskId === ids.tasks[2]!.id)).toMatchObject({
      title: 'Leading PLCs (renamed)',
      bucket: 'coaching',
    })
    expect(draftView.snapshot.school.name).toBe('Lincoln Academy')
    expect(draftView.fingerprint).toBeNull()
  })
})
