import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import {
  addCustomTask,
  agreementVersions,
  earlierInsteadAnswers,
  openMeetingAgreement,
  recordDecision,
  saveMeetingDetails,
  setOpenItemsAccepted,
  setTaskArchived,
  updateTask,
} from '@/db/meeting'
import { saveSettings } from '@/db/repository'
import { RecordValidationError } from '@/domain/validation'
import { freshSetup } from './support'
import { markSigned } from '../support/signed'
import { seedRevisionDraft } from '../support/seed'

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
  await ensureCatalog()
})

describe('openMeetingAgreement', () => {
  it('creates draft version 1 with the coach, the principal, default targets and no sections', async () => {
    await saveSettings({ defaultTargets: { coachingPct: 65, learningPct: 12 } })
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId, new Date('2026-09-03T15:00:00').getTime())
    expect(a).toMatchObject({
      version: 1,
      status: 'draft',
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-09-03' },
      targets: { coachingPct: 65, learningPct: 12 },
      sections: {},
      openItemsAccepted: false,
      basedOnId: null,
    })
  })

  it('opens the same agreement again, and only one even when asked twice at once', async () => {
    const [a, b] = await Promise.all([
      openMeetingAgreement(ids.schoolId, ids.schoolYearId),
      openMeetingAgreement(ids.schoolId, ids.schoolYearId),
    ])
    expect(a.id).toBe(b.id)
    expect((await openMeetingAgreement(ids.schoolId, ids.schoolYearId)).id).toBe(a.id)
    expect(await db.agreements.count()).toBe(1)
  })

  it('opens the latest version, signed or draft', async () => {
    const v1 = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const signed = await markSigned(v1, { signedAt: 5 })
    expect((await openMeetingAgreement(ids.schoolId, ids.schoolYearId)).status).toBe('signed')
    const v2 = await seedRevisionDraft(signed, 'v2')
    expect((await openMeetingAgreement(ids.schoolId, ids.schoolYearId)).id).toBe(v2.id)
    expect((await agreementVersions(ids.schoolId, ids.schoolYearId)).map((a) => a.version)).toEqual([2, 1])
  })

  it('refuses a school that does not exist', async () => {
    await expect(openMeetingAgreement('nope', ids.schoolYearId)).rejects.toThrow('Choose a school')
  })
})

describe('decisions', () => {
  it('creates, changes and keeps fields; decidedAt follows the choice', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const first = await recordDecision(a.id, 'cat-other-leading-plcs', { choice: 'will' }, 100)
    expect(first.before.choice).toBe('undecided')
    expect(first.after).toMatchObject({ choice: 'will', decidedAt: 100, weeklyHours: null })
    await recordDecision(a.id, 'cat-other-leading-plcs', { weeklyHours: 3 }, 200)
    const wont = await recordDecision(a.id, 'cat-other-leading-plcs', { choice: 'wont', insteadBy: 'Team leads' }, 300)
    expect(wont.before).toEqual({ choice: 'will', note: '', insteadBy: '', weeklyHours: 3 })
    expect(wont.after).toMatchObject({ choice: 'wont', weeklyHours: 3, insteadBy: 'Team leads', decidedAt: 300 })
    const back = await recordDecision(a.id, 'cat-other-leading-plcs', { choice: 'undecided' }, 400)
    expect(back.after.decidedAt).toBeNull()
    expect(await db.decisions.count()).toBe(1)
    expect(await earlierInsteadAnswers()).toEqual(['Team leads'])
  })

  it('refuses bad hours and saves nothing', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    await recordDecision(a.id, 'cat-coaching-co-teaching', { choice: 'will', weeklyHours: 2 })
    for (const bad of [-1, 61, Number.NaN]) {
      await expect(recordDecision(a.id, 'cat-coaching-co-teaching', { weeklyHours: bad })).rejects.toBeInstanceOf(RecordValidationError)
    }
    expect((await db.decisions.toArray())[0]?.weeklyHours).toBe(2)
  })

  it('refuses unknown tasks and signed agreements', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    await expect(recordDecision(a.id, 'no-such-task', { choice: 'will' })).rejects.toThrow('no longer exists')
    await markSigned(a, { signedAt: 1 })
    await expect(recordDecision(a.id, 'cat-coaching-co-teaching', { choice: 'will' })).rejects.toThrow('signed')
    await expect(setOpenItemsAccepted(a.id, true)).rejects.toThrow('signed')
    expect(await db.decisions.count()).toBe(0)
  })
})

describe('meeting details', () => {
  it('saves names, date and targets, and refuses targets over 100% together', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const saved = await saveMeetingDetails(a.id, {
      coachName: 'R. Okafor',
      principalName: 'J. Martínez',
      date: '2026-09-10',
      targets: { coachingPct: 70, learningPct: 15 },
    })
    expect(saved).toMatchObject({ meeting: { coachName: 'R. Okafor', date: '2026-09-10' }, targets: { coachingPct: 70, learningPct: 15 } })
    const error = await saveMeetingDetails(a.id, { ...saved.meeting, targets: { coachingPct: 95, learningPct: 10 } }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RecordValidationError)
    expect((error as RecordValidationError).byField['targets.learningPct']).toContain('cannot exceed 100%')
    expect((await setOpenItemsAccepted(a.id, true)).openItemsAccepted).toBe(true)
  })
})

describe('leaving items open', () => {
  const accepted = async (id: string) => (await db.agreements.get(id))!.openItemsAccepted

  it('is taken back when a decided task is opened again, not when an open one changes or a task is decided', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const [first, second] = await db.tasks.orderBy('sortOrder').limit(2).toArray()
    await recordDecision(a.id, first!.id, { choice: 'will' })
    await setOpenItemsAccepted(a.id, true)
    await recordDecision(a.id, second!.id, { choice: 'discuss' }) // was undecided: already open
    await recordDecision(a.id, second!.id, { choice: 'wont' })
    await recordDecision(a.id, first!.id, { note: 'with the grade 3 team' })
    expect(await accepted(a.id)).toBe(true)
    await recordDecision(a.id, first!.id, { choice: 'discuss' })
    expect(await accepted(a.id)).toBe(false)
  })

  it('is taken back in every draft when a new task joins the list, or an undecided one comes back from the archive', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    await setOpenItemsAccepted(a.id, true)
    await addCustomTask({ title: 'Lunch duty', description: '', bucket: 'other' })
    expect(await accepted(a.id)).toBe(false)

    const [decided, open] = await db.tasks.orderBy('sortOrder').limit(2).toArray()
    await recordDecision(a.id, decided!.id, { choice: 'wont' })
    await setTaskArchived(decided!.id, true)
    await setTaskArchived(open!.id, true)
    await setOpenItemsAccepted(a.id, true)
    await setTaskArchived(decided!.id, false)
    expect(await accepted(a.id)).toBe(true)
    await setTaskArchived(open!.id, false)
    expect(await accepted(a.id)).toBe(false)
  })
})

describe('custom tasks', () => {
  it('adds a task after the catalog and refuses empty and duplicate titles', async () => {
    const task = await addCustomTask({ title: '  Yearbook advising ', description: '', bucket: 'other' })
    expect(task).toMatchObject({ title: 'Yearbook advising', origin: 'custom', archived: false })
    expect(task.sortOrder).toBeGreaterThanOrEqual(100_000)
    const empty = await addCustomTask({ title: '   ', description: '', bucket: 'other' }).catch((e: unknown) => e)
    expect((empty as RecordValidationError).byField.title).toBe('Give the task a title.')
    const dup = await addCustomTask({ title: 'leading  plcs', description: '', bucket: 'coaching' }).catch((e: unknown) => e)
    expect((dup as RecordValidationError).byField.title).toBe('A task called “Leading PLCs” already exists. Choose a different title.')
    expect(
      await db.tasks
        .where('bucket')
        .equals('coaching')
        .filter((t) => t.origin === 'custom')
        .count(),
    ).toBe(0)
  })

  it('edits, re-buckets and archives, keeping decisions; an archived title is still taken', async () => {
    const a = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
    const task = await addCustomTask({ title: 'Yearbook', description: '', bucket: 'other' })
    await recordDecision(a.id, task.id, { choice: 'wont', insteadBy: 'Art teacher' })
    expect(await updateTask(task.id, { title: 'Yearbook advising', bucket: 'learning' })).toMatchObject({
      title: 'Yearbook advising',
      bucket: 'learning',
    })
    await expect(updateTask(task.id, { title: 'Covering classes' })).rejects.toThrow('already exists')
    await setTaskArchived(task.id, true)
    expect((await db.decisions.where('taskId').equals(task.id).first())?.insteadBy).toBe('Art teacher')
    await expect(addCustomTask({ title: 'yearbook advising', description: '', bucket: 'other' })).rejects.toThrow('archived task')
    expect((await setTaskArchived(task.id, false)).archived).toBe(false)
  })
})
