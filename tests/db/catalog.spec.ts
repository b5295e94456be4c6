import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCatalog, upgradeCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { saveAgreement, saveDecision, saveTask } from '@/db/repository'
import { versionView } from '@/domain/agreementSnapshot'
import type { Agreement, Task } from '@/domain/schemas'
import { BUCKETS } from '@/domain/buckets'
import { RETIRED_CATALOG, TASK_CATALOG } from '@/domain/taskCatalog'
import { CATALOG_V1, catalogV1SortOrder } from '../fixtures/catalogV1'
import { markSigned } from '../support/signed'
import { resetDatabase } from '../support/database'
import { draftAgreement, seedFirstRun } from '../support/seed'

const meetingOrder = (tasks: Task[]) =>
  [...tasks].sort((a, b) => BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket) || a.sortOrder - b.sortOrder)

/** A device that installed the earlier release: its 59 built-in tasks, as that release stored them. */
async function seedV1Catalog(at = 1_000) {
  await db.tasks.bulkAdd(
    CATALOG_V1.map((t, i) => ({
      ...t,
      origin: 'catalog' as const,
      archived: false,
      sortOrder: catalogV1SortOrder(i),
      createdAt: at,
      updatedAt: at,
    })),
  )
}

describe('ensureCatalog', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('adds every catalog task once, in the meeting’s order, and is idempotent', async () => {
    expect(await ensureCatalog()).toBe(TASK_CATALOG.length)
    expect(await ensureCatalog()).toBe(0)
    const tasks = meetingOrder(await db.tasks.toArray())
    expect(tasks.map((t) => t.id)).toEqual(TASK_CATALOG.map((t) => t.id))
    expect(tasks.every((t) => t.origin === 'catalog' && !t.archived)).toBe(true)
    expect(await db.tasks.get('cat-learning-online-courses')).toBeUndefined()
  })

  it('never overwrites a stored task and restores only what is missing', async () => {
    await ensureCatalog()
    const plcs = (await db.tasks.get('cat-other-leading-plcs'))!
    await saveTask({ ...plcs, bucket: 'coaching', archived: true })
    await db.tasks.delete('cat-coaching-goal-setting')
    expect(await ensureCatalog()).toBe(1)
    expect(await db.tasks.get('cat-other-leading-plcs')).toMatchObject({ bucket: 'coaching', archived: true })
    expect(await db.tasks.get('cat-coaching-goal-setting')).toMatchObject({ title: 'Goal-setting conversations' })
  })

  it('is safe when two tabs run it at the same time', async () => {
    const [a, b] = await Promise.all([ensureCatalog(), ensureCatalog()])
    expect(a + b).toBe(TASK_CATALOG.length)
    expect(await db.tasks.count()).toBe(TASK_CATALOG.length)
  })
})

describe('upgrading a device from the earlier catalog', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('adds the new tasks, rewords untouched ones and archives the merged task, in the same order a new device gets', async () => {
    await seedV1Catalog()
    const result = await upgradeCatalog(5_000)
    expect(result).toEqual({ added: TASK_CATALOG.length - CATALOG_V1.length + RETIRED_CATALOG.length, reworded: 21, archived: 1 })
    const active = meetingOrder((await db.tasks.toArray()).filter((t) => !t.archived))
    expect(active.map((t) => [t.id, t.title, t.description, t.bucket])).toEqual(
      TASK_CATALOG.map((t) => [t.id, t.title, t.description, t.bucket]),
    )
    expect(await db.tasks.get('cat-learning-online-courses')).toMatchObject({ archived: true, title: 'Online courses and webinars' })
    expect(await upgradeCatalog(6_000)).toEqual({ added: 0, reworded: 0, archived: 0 })
  })

  it('leaves the coach’s own wording, buckets, custom tasks and every decision as they were', async () => {
    const { schoolId, schoolYearId } = await seedFirstRun()
    await seedV1Catalog()
    const plcs = (await db.tasks.get('cat-other-leading-plcs'))!
    await saveTask({ ...plcs, description: 'Our PLCs, as we run them.', bucket: 'coaching' })
    const custom = await saveTask({
      title: 'Reading buddies',
      description: 'Our own.',
      bucket: 'other',
      origin: 'custom',
      archived: false,
      sortOrder: 100_010,
    })
    const draft = await saveAgreement({
      schoolId: schoolId,
      schoolYearId: schoolYearId,
      version: 1,
      status: 'draft',
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-09-02' },
      targets: { coachingPct: 60, learningPct: 10 },
      openItemsAccepted: false,
      sections: {},
      signatures: { coach: null, principal: null },
      signedAt: null,
      basedOnId: null,
    })
    for (const [taskId, choice] of [
      ['cat-other-evaluating-teachers', 'wont'],
      ['cat-learning-online-courses', 'will'],
      [custom.id, 'discuss'],
    ] as const) {
      await saveDecision({
        agreementId: draft.id,
        taskId,
        choice,
        note: 'n',
        insteadBy: '',
        weeklyHours: choice === 'will' ? 1 : null,
        decidedAt: 1,
      })
    }
    const before = { decisions: await db.decisions.toArray(), custom: await db.tasks.get(custom.id), plcs: await db.tasks.get(plcs.id) }
    await upgradeCatalog()
    expect(await db.decisions.toArray()).toEqual(before.decisions)
    expect(await db.tasks.get(custom.id)).toEqual(before.custom)
    expect(await db.tasks.get(plcs.id)).toEqual(before.plcs)
    // Decided on, so the merged task stays in the meeting with its decision.
    expect(await db.tasks.get('cat-learning-online-courses')).toMatchObject({ archived: false })
    expect(await db.tasks.get('cat-other-evaluating-teachers')).toMatchObject({
      description: 'Formally evaluating or rating teachers, or taking part in their formal evaluation.',
    })
  })

  it('never archives a merged task the coach edited or logged time on', async () => {
    const { schoolId } = await seedFirstRun()
    await seedV1Catalog()
    await db.timeEntries.add({
      id: 'e1',
      schoolId: schoolId,
      date: '2026-09-01',
      taskId: 'cat-learning-online-courses',
      bucket: 'learning',
      rowKey: 'cat-learning-online-courses',
      hours: 1,
      createdAt: 1,
      updatedAt: 1,
    })
    await upgradeCatalog()
    expect(await db.tasks.get('cat-learning-online-courses')).toMatchObject({ archived: false })
    await db.timeEntries.clear()
    const online = (await db.tasks.get('cat-learning-online-courses'))!
    await saveTask({ ...online, bucket: 'learning' }) // touched by the coach: updatedAt moves on
    await upgradeCatalog()
    expect(await db.tasks.get('cat-learning-online-courses')).toMatchObject({ archived: false })
  })

  it('a version signed before the upgrade still reads the wording it was signed with', async () => {
    const { schoolId, schoolYearId } = await seedFirstRun()
    await seedV1Catalog()
    const draft = await saveAgreement(draftAgreement(schoolId, schoolYearId, { openItemsAccepted: true }))
    await saveDecision({
      agreementId: draft.id,
      taskId: 'cat-other-state-testing',
      choice: 'wont',
      note: '',
      insteadBy: 'Assistant principal',
      weeklyHours: null,
      decidedAt: 1,
    })
    const signed = await markSigned(draft, {
      signatures: { coach: { name: 'Renée Okafor', signedAt: 2 }, principal: { name: 'José Martínez', signedAt: 2 } },
    })
    const storedBefore = structuredClone(await db.agreements.get(signed.id))
    await upgradeCatalog()
    const stored = (await db.agreements.get(signed.id)) as Agreement
    expect(stored).toEqual(storedBefore)
    const view = versionView(stored, () => {
      throw new Error('a signed version reads no live records')
    })
    expect(view.snapshot.tasks.find((t) => t.taskId === 'cat-other-state-testing')?.description).toBe(
      'Organising state tests: schedules, materials, training proctors, accommodations and make-up sessions.',
    )
    expect((await db.tasks.get('cat-other-state-testing'))?.description).toMatch(/proctoring/)
  })
})
