import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db, DERIVED_TABLES, DEVICE_ONLY_TABLES } from '@/db/database'
import { createBackup, dumpDatabase, previewRestore, readBackupFile, restoreBackup, backupFileName, APP_VERSION } from '@/db/backup'
import { describeStorageError } from '@/db/errors'
import { saveSchool } from '@/db/repository'
import {
  BackupProblem,
  decryptBackup,
  readBackupText,
  readDecryptedText,
  TABLE_NAMES,
  totalRecords,
  type BackupFile,
} from '@/domain/backup'
import { backupObject, backupText, loadData, sampleData } from '../support/backupData'
import { resetDatabase } from '../support/database'

function fileOf(data = sampleData()): BackupFile {
  const read = readBackupText(backupText(data))
  if (read.kind !== 'backup') throw new Error('fixture is not a plain backup')
  return read.backup
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

describe('backup and restore against the database', () => {
  beforeEach(async () => {
    await resetDatabase()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('covers every table of the database', () => {
    // Every table is backed up except the derived ones, which a restore works out again.
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, ...DERIVED_TABLES, ...DEVICE_ONLY_TABLES].sort())
  })

  it('backs up everything, stamps lastBackupAt and restores it exactly after the data is gone', async () => {
    await loadData(db, sampleData())
    const now = new Date('2026-11-25T19:30:00Z')
    const backup = await createBackup({ now })
    expect(backup.fileName).toBe('coach-role-planner-backup-2026-11-25.json')
    expect(backup.records).toBe(totalRecords(sampleData()))
    const before = await dumpDatabase()
    expect(before.settings[0]!.lastBackupAt).toBe(now.getTime())

    const parsed = JSON.parse(backup.text)
    expect(parsed).toMatchObject({
      format: 'coach-role-planner-backup',
      formatVersion: 4,
      appVersion: APP_VERSION,
      exportedAt: now.toISOString(),
    })

    await resetDatabase()
    const read = await readBackupFile(new Blob([backup.text]))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    await restoreBackup(read.backup, 'replace')
    expect(await dumpDatabase()).toEqual(before)
  })

  it('round-trips a passphrase-protected backup', async () => {
    await loadData(db, sampleData())
    const backup = await createBackup({ passphrase: 'a long passphrase', iterations: 2_000, now: new Date('2026-11-25T10:00:00Z') })
    expect(backup.fileName).toBe(backupFileName(new Date('2026-11-25T10:00:00Z'), true))
    expect(backup.text).not.toContain('Lincoln')
    const before = await dumpDatabase()
    await resetDatabase()
    const read = await readBackupFile(new Blob([backup.text]))
    if (read.kind !== 'encrypted') throw new Error('expected a protected backup')
    await expect(decryptBackup(read.envelope, 'the wrong one')).rejects.toThrow(/does not open/)
    const { backup: file } = readDecryptedText(await decryptBackup(read.envelope, 'a long passphrase'))
    await restoreBackup(file, 'replace')
    expect(await dumpDatabase()).toEqual(before)
  })

  it('refuses to back up before setup', async () => {
    await expect(createBackup()).rejects.toThrow(/first-run setup/)
  })

  it('replace-all removes what the file does not hold', async () => {
    await loadData(db, sampleData())
    await saveSchool({ name: 'Only on this device', principalName: 'Pat Doe' })
    const file = fileOf()
    const preview = await previewRestore(file, 'replace')
    expect(preview.changes.schools.removed).toBe(1)
    await restoreBackup(file, 'replace')
    expect(await dumpDatabase()).toEqual(sampleData())
  })

  it('merge adds, updates and keeps by id with the newer updatedAt winning, reporting progress', async () => {
    const here = sampleData()
    await loadData(db, here)
    const local = await saveSchool({ name: 'Only on this device', principalName: 'Pat Doe' })
    const data = sampleData()
    data.schools[0] = { ...data.schools[0]!, name: 'Lincoln Elementary School', updatedAt: data.schools[0]!.updatedAt + 5 }
    data.tasks.push({ ...data.tasks[0]!, id: 'from-the-file', title: 'Instructional playbook work' })
    const progress: number[] = []
    const plan = await restoreBackup(fileOf(data), 'merge', { onProgress: (p) => progress.push(p.done / p.total) })
    expect(plan.changes.schools).toEqual({ added: 0, updated: 1, kept: 1, removed: 0, onlyHere: 1 })
    expect(plan.changes.tasks.added).toBe(1)
    expect(progress.at(-1)).toBe(1)
    const after = await dumpDatabase()
    expect(after.schools.map((s) => s.name).sort()).toEqual([
      'Lincoln Elementary School',
      'Only on this device',
      'Washington Middle School',
    ])
    expect(after.schools.find((s) => s.id === local.id)).toEqual(local)
    expect(after.tasks).toHaveLength(here.tasks.length + 1)
  })

  it('reports progress in chunks for a large file', async () => {
    const data = sampleData()
    const school = data.schools[0]!.id
    for (let i = 0; i < 1800; i++) {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      data.timeEntries.push({
        id: `bulk-${i}`,
        schoolId: school,
        date,
        taskId: null,
        bucket: 'learning',
        rowKey: 'bucket:learning',
        hours: 1,
        createdAt: 1,
        updatedAt: 1,
      })
    }
    const calls: { done: number; total: number }[] = []
    await restoreBackup(fileOf(data), 'replace', { onProgress: (p) => calls.push(p) })
    expect(calls.length).toBeGreaterThan(5)
    expect(calls.at(-1)).toEqual({ done: totalRecords(data), total: totalRecords(data) })
    expect(await db.timeEntries.count()).toBe(data.timeEntries.length)
  })

  it('changes nothing when storage runs out in the middle of a restore', async () => {
    await loadData(db, sampleData())
    await saveSchool({ name: 'Only on this device', principalName: 'Pat Doe' })
    const before = await dumpDatabase()
    vi.spyOn(db.timeEntries, 'bulkAdd').mockImplementation((() => Promise.reject(quotaError())) as never)
    const other = sampleData()
    other.schools[0]!.name = 'Something else'
    let error: unknown
    try {
      await restoreBackup(fileOf(other), 'replace')
    } catch (e) {
      error = e
    }
    expect(describeStorageError(error)).toMatch(/run out of storage space/)
    vi.restoreAllMocks()
    expect(await dumpDatabase()).toEqual(before)
  })

  it('keeps everything saved before when one save hits the quota', async () => {
    await loadData(db, sampleData())
    const before = await dumpDatabase()
    vi.spyOn(db.schools, 'put').mockImplementation((() => Promise.reject(quotaError())) as never)
    let error: unknown
    try {
      await saveSchool({ name: 'New school', principalName: 'Pat Doe' })
    } catch (e) {
      error = e
    }
    expect(describeStorageError(error)).toMatch(/run out of storage space, so the last change was not saved/)
    vi.restoreAllMocks()
    expect(await dumpDatabase()).toEqual(before)
  })

  it('changes nothing when a merge meets a conflict', async () => {
    await loadData(db, sampleData())
    const before = await dumpDatabase()
    const data = sampleData()
    const draft = data.agreements[1]!
    data.agreements[1] = { ...draft, id: 'another-draft', updatedAt: draft.updatedAt + 1 }
    data.decisions = data.decisions.map((d) => (d.agreementId === draft.id ? { ...d, agreementId: 'another-draft' } : d))
    await expect(restoreBackup(fileOf(data), 'merge')).rejects.toBeInstanceOf(BackupProblem)
    expect(await dumpDatabase()).toEqual(before)
  })

  it('reads the size of a file before reading the file', async () => {
    const big = { size: 60 * 1024 * 1024, text: vi.fn() } as unknown as Blob
    await expect(readBackupFile(big)).rejects.toThrow(/The file is 60\.0 MB/)
    expect((big as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled()
    await expect(readBackupFile(new Blob([]))).rejects.toThrow(/empty/)
    expect(backupObject().formatVersion).toBe(4)
  })
})
