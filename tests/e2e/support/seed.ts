import type { Page } from 'playwright-core'

export interface SeedTask { id: string; title: string; bucket: 'coaching' | 'learning' | 'other'; choice?: 'will' | 'wont' | 'discuss'; weeklyHours?: number }

/**
 * Writes tasks and a signed agreement for the active school straight into the app's IndexedDB,
 * standing in for the meeting screens (built separately). Records follow the stored schemas.
 */
export async function seedAgreement(page: Page, tasks: SeedTask[], targets = { coachingPct: 60, learningPct: 10 }): Promise<void> {
  await page.evaluate(async ({ tasks, targets }) => {
    const open = () => new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('coach-role-planner')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const idb = await open()
    const settings = await new Promise<{ activeSchoolId: string; activeSchoolYearId: string }>((resolve, reject) => {
      const req = idb.transaction('settings').objectStore('settings').get('app')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const now = Date.now()
    const agreementId = `agreement-${now}`
    const tx = idb.transaction(['tasks', 'agreements', 'decisions'], 'readwrite')
    tasks.forEach((t, i) => {
      tx.objectStore('tasks').put({ id: t.id, title: t.title, description: '', bucket: t.bucket, origin: 'catalog', archived: false, sortOrder: i + 1, createdAt: now, updatedAt: now })
      if (t.choice) {
        tx.objectStore('decisions').put({ id: `decision-${t.id}`, agreementId, taskId: t.id, choice: t.choice, note: '', insteadBy: '', weeklyHours: t.weeklyHours ?? null, decidedAt: now, createdAt: now, updatedAt: now })
      }
    })
    tx.objectStore('agreements').put({
      id: agreementId, schoolId: settings.activeSchoolId, schoolYearId: settings.activeSchoolYearId, version: 1, status: 'signed',
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-08-20' }, targets, openItemsAccepted: false,
      sections: {}, signatures: { coach: { name: 'Renée Okafor', signedAt: now }, principal: { name: 'José Martínez', signedAt: now } },
      signedAt: now, basedOnId: null, createdAt: now, updatedAt: now,
    })
    await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error) })
    idb.close()
  }, { tasks, targets })
}
