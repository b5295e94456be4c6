import type { Page } from 'playwright-core'
import type { Decision, Task } from '@/domain/schemas'
import { decidedSections } from '../../support/decidedSections'
import { sealedForTest } from '../../support/sealed'

export interface SeedTask {
  id: string
  title: string
  bucket: 'coaching' | 'learning' | 'other'
  choice?: 'will' | 'wont' | 'discuss'
  weeklyHours?: number
}

/**
 * Writes tasks and a signed agreement for the active school straight into the app's IndexedDB,
 * standing in for the meeting screens (built separately). Records follow the stored schemas: the
 * signed version carries its snapshot and fingerprint, as signing makes them (keys in the order the
 * app stores them, since the backup journey compares records as JSON).
 */
export async function seedAgreement(page: Page, tasks: SeedTask[], targets = { coachingPct: 60, learningPct: 10 }): Promise<void> {
  const context = await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('coach-role-planner')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const get = <T>(store: string, key: string) =>
      new Promise<T>((resolve, reject) => {
        const req = idb.transaction(store).objectStore(store).get(key)
        req.onsuccess = () => resolve(req.result as T)
        req.onerror = () => reject(req.error)
      })
    const settings = await get<{ activeSchoolId: string; activeSchoolYearId: string }>('settings', 'app')
    const school = await get<{ name: string }>('schools', settings.activeSchoolId)
    const schoolYear = await get<{ label: string }>('schoolYears', settings.activeSchoolYearId)
    idb.close()
    return { schoolId: settings.activeSchoolId, schoolYearId: settings.activeSchoolYearId, school, schoolYear }
  })
  const now = Date.now()
  const agreementId = `agreement-${now}`
  const taskRecords: Task[] = tasks.map((t, i) => ({
    id: t.id,
    title: t.title,
    description: '',
    bucket: t.bucket,
    origin: 'catalog',
    archived: false,
    sortOrder: i + 1,
    createdAt: now,
    updatedAt: now,
  }))
  const decisions: Decision[] = tasks
    .filter((t) => t.choice)
    .map((t) => ({
      id: `decision-${t.id}`,
      agreementId,
      taskId: t.id,
      choice: t.choice!,
      note: '',
      insteadBy: '',
      weeklyHours: t.weeklyHours ?? null,
      decidedAt: now,
      createdAt: now,
      updatedAt: now,
    }))
  const agreement = sealedForTest(
    {
      id: agreementId,
      schoolId: context.schoolId,
      schoolYearId: context.schoolYearId,
      version: 1,
      status: 'signed',
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-08-20' },
      targets,
      openItemsAccepted: false,
      sections: decidedSections(),
      signatures: { coach: { name: 'Renée Okafor', signedAt: now }, principal: { name: 'José Martínez', signedAt: now } },
      signedAt: now,
      basedOnId: null,
      createdAt: now,
      updatedAt: now,
    },
    { decisions, tasks: taskRecords, school: context.school, schoolYear: context.schoolYear },
  )
  await page.evaluate(
    async ({ taskRecords, decisions, agreement }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('coach-role-planner')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const tx = idb.transaction(['tasks', 'agreements', 'decisions'], 'readwrite')
      for (const t of taskRecords) tx.objectStore('tasks').put(t)
      for (const d of decisions) tx.objectStore('decisions').put(d)
      tx.objectStore('agreements').put(agreement)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      idb.close()
    },
    { taskRecords, decisions, agreement },
  )
}
