import type { Page } from 'playwright-core'

/** Every record of every store, read straight from IndexedDB (not through the app), sorted by key. */
export function dumpIndexedDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('coach-role-planner')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const conn = req.result
          const names = [...conn.objectStoreNames]
          const tx = conn.transaction(names, 'readonly')
          const out: Record<string, unknown[]> = {}
          for (const name of names) {
            const r = tx.objectStore(name).getAll()
            r.onsuccess = () => {
              out[name] = r.result
            }
          }
          tx.oncomplete = () => {
            conn.close()
            resolve(out)
          }
          tx.onerror = () => {
            conn.close()
            reject(tx.error)
          }
        }
      }),
  )
}

/** Deletes the app's database the way clearing site data does; the open app is told and closes its connection. */
export function deleteAppDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('coach-role-planner')
        req.onsuccess = () => resolve('deleted')
        req.onerror = () => reject(req.error)
      }),
  )
}

/** Changes one settings field directly in IndexedDB (test set-up for states that take weeks to reach). */
export function patchSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (p) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('coach-role-planner')
        req.onsuccess = () => {
          const conn = req.result
          const tx = conn.transaction('settings', 'readwrite')
          const store = tx.objectStore('settings')
          const get = store.get('app')
          get.onsuccess = () => {
            store.put({ ...get.result, ...p })
          }
          tx.oncomplete = () => {
            conn.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    patch,
  )
}

type Dump = Record<string, unknown[]>
type Row = { id?: string; createdAt?: number; schoolId?: string; date?: string }

/** A record's key: its id, or for the derived day totals their school and day. */
const keyOf = (r: Row) => r.id ?? `${r.schoolId}|${r.date}`

/**
 * Every record of `before` is back, field for field, and anything else was created after `since`
 * (screens such as the meeting may start a draft for the active school year when first shown).
 */
export function restoredExactly(before: Dump, after: Dump, since: number): { missingOrChanged: unknown[]; unexpected: unknown[] } {
  const missingOrChanged: unknown[] = []
  const unexpected: unknown[] = []
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const now = new Map(((after[table] as Row[] | undefined) ?? []).map((r) => [keyOf(r), r]))
    for (const row of (before[table] as Row[] | undefined) ?? []) {
      if (JSON.stringify(now.get(keyOf(row))) !== JSON.stringify(row))
        missingOrChanged.push({ table, before: row, after: now.get(keyOf(row)) })
      now.delete(keyOf(row))
    }
    for (const row of now.values()) if (!((row.createdAt ?? 0) >= since)) unexpected.push({ table, row })
  }
  return { missingOrChanged, unexpected }
}
