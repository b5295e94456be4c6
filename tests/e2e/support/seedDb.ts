import type { Page } from 'playwright-core'

/**
 * Writes records straight into the app's IndexedDB from the page. Only for journeys and the
 * benchmark, and only with records already checked against the app's zod schemas.
 */
export async function putRecords(page: Page, stores: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(async (payload) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('coach-role-planner')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      for (const [store, records] of Object.entries(payload)) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite')
          const os = tx.objectStore(store)
          for (const r of records) os.put(r)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        })
      }
    } finally {
      db.close()
    }
  }, stores)
}

export async function getRecord<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    async ({ store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('coach-role-planner')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      try {
        return await new Promise<unknown>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).get(key)
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      } finally {
        db.close()
      }
    },
    { store, key },
  ) as Promise<T | undefined>
}
