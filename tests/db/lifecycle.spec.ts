import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CoachDatabase, SCHEMA_V1 } from '@/db/database'
import { openDatabase, watchDatabase } from '@/db/lifecycle'
import { describeStorageError, STORAGE_MESSAGES } from '@/db/errors'
import { saveSchool } from '@/db/repository'
import { RecordValidationError } from '@/domain/validation'

const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c()
  vi.unstubAllGlobals()
})

function rawOpen(name: string, version: number, keepOpen = false): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version)
    req.onsuccess = () => {
      const conn = req.result
      if (!keepOpen) conn.onversionchange = () => conn.close()
      cleanup.push(() => conn.close())
      resolve(conn)
    }
    req.onerror = () => reject(req.error)
  })
}

describe('database lifecycle', () => {
  it('tells this tab to reload when another tab upgrades the database, and closes it', async () => {
    const database = new CoachDatabase('lifecycle-upgrade')
    cleanup.push(() => Dexie.delete('lifecycle-upgrade'))
    const report = vi.fn()
    watchDatabase(database, report)
    await database.open()
    await database.schools.count()
    // Dexie stores version N as native version N*10; a newer app in another tab asks for more.
    await rawOpen('lifecycle-upgrade', (database.verno + 1) * 10)
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(STORAGE_MESSAGES.upgradedElsewhere))
    expect(database.isOpen()).toBe(false)
  })

  it('tells this tab when another tab deletes the data', async () => {
    const database = new CoachDatabase('lifecycle-delete')
    const report = vi.fn()
    watchDatabase(database, report)
    await database.open()
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase('lifecycle-delete').onsuccess = () => resolve()
    })
    expect(report).toHaveBeenCalledWith(STORAGE_MESSAGES.deletedElsewhere)
  })

  it('says so when its own upgrade is blocked by an older tab that will not close, then carries on', async () => {
    await rawOpen('lifecycle-blocked', 10, true).then((old) => {
      class NextVersion extends CoachDatabase {
        constructor() {
          super('lifecycle-blocked')
          this.version(2).stores({ ...SCHEMA_V1, timeEntries: `${SCHEMA_V1.timeEntries}, bucket` })
        }
      }
      const next = new NextVersion()
      cleanup.push(() => Dexie.delete('lifecycle-blocked'))
      cleanup.push(() => next.close())
      const report = vi.fn()
      watchDatabase(next, report)
      const opening = next.open()
      return vi
        .waitFor(() => expect(report).toHaveBeenCalledWith(STORAGE_MESSAGES.blocked))
        .then(async () => {
          old.close()
          await opening
          expect(next.verno).toBe(5)
        })
    })
  })

  it('explains when IndexedDB is unavailable instead of failing silently', async () => {
    vi.stubGlobal('indexedDB', undefined)
    expect(await openDatabase(new CoachDatabase('nowhere'))).toBe(STORAGE_MESSAGES.unavailable)
    vi.unstubAllGlobals()
    const refusing = new CoachDatabase('refusing')
    vi.spyOn(refusing, 'open').mockRejectedValue(
      new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
    )
    expect(await openDatabase(refusing)).toBe(STORAGE_MESSAGES.unavailable)
    const fine = new CoachDatabase('fine')
    cleanup.push(() => Dexie.delete('fine'))
    cleanup.push(() => fine.close())
    expect(await openDatabase(fine)).toBeNull()
  })
})

describe('storage error messages', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), /run out of storage space/],
    [
      Object.assign(new Error('bulk'), { name: 'BulkError', failures: [new DOMException('full', 'QuotaExceededError')] }),
      /run out of storage space/,
    ],
    [Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }), /run out of storage space/],
    [Object.assign(new Error('open'), { name: 'OpenFailedError', inner: { name: 'VersionError' } }), /another tab with an older version/],
    [Object.assign(new Error('x'), { name: 'MissingAPIError' }), /will not let the app store data/],
    [Object.assign(new Error('x'), { name: 'DatabaseClosedError' }), /Reload the page/],
    [Object.assign(new Error('x'), { name: 'ConstraintError' }), /already exists/],
    [new Error('Disk on fire'), /^The change was not saved\. Disk on fire\.$/],
    ['???', /Could not save the change/],
  ])('%s', (error, message) => {
    expect(describeStorageError(error)).toMatch(message)
  })

  it('passes validation messages through', async () => {
    let error: unknown
    try {
      await saveSchool({ name: '', principalName: 'X' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RecordValidationError)
    expect(describeStorageError(error)).toMatch(/^The school was not saved\. Enter the school’s name\.$/)
  })
})
