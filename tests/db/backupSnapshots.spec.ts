import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { createBackup, dumpDatabase, previewRestore, readBackupFile, restoreBackup } from '@/db/backup'
import { loadAgreementDetail } from '@/db/agreementQueries'
import { fingerprintOf, snapshotOf } from '@/domain/agreementSnapshot'
import { BACKUP_FORMAT, BackupProblem, readBackupText, type BackupData, type RestoreMode } from '@/domain/backup'
import { backupText, loadData, sampleData, sampleDataV1, sampleDataV2, sampleDataV3 } from '../support/backupData'
import { importFile } from '../support/importFile'
import { resetDatabase } from '../support/database'

const SIGNED_ID = 'agr1-0017-0000-4000-8000-00000000000'

/** The sample with its signed version's snapshot edited after signing, fingerprint left as it was. */
function tampered(
  edit: (data: BackupData) => void = (d) => {
    d.agreements[0]!.snapshot!.tasks[6]!.title = 'Leading PLCs (changed)'
  },
): BackupData {
  const data = sampleData()
  edit(data)
  return data
}

async function refusal(promise: Promise<unknown>): Promise<BackupProblem> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(BackupProblem)
  return error as BackupProblem
}

describe('restoring signed versions', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('keeps the snapshot and fingerprint through a backup and a restore', async () => {
    await loadData(db, sampleData())
    const before = (await db.agreements.get(SIGNED_ID))!
    expect(before.fingerprint).toBe(await fingerprintOf(before.snapshot!))
    const { text } = await createBackup()
    await resetDatabase()
    await importFile(text)
    expect(await db.agreements.get(SIGNED_ID)).toEqual(before)
  })

  it.each<RestoreMode>(['replace', 'merge'])(
    'refuses a file whose signed version does not match its fingerprint (%s), and changes nothing',
    async (mode) => {
      await loadData(db, mode === 'merge' ? { ...sampleData(), agreements: [], decisions: [] } : sampleData())
      const before = await dumpDatabase()
      const text = backupText(tampered())
      const problem = await refusal(importFile(text, { mode }))
      expect(problem.message).toBe(
        'Version 1 of the agreement for Lincoln Elementary (2026–27) in this file does not match its fingerprint: what it says was changed after it was signed. ' +
          'A signed version never changes, so nothing was restored. Use a backup made by the app and not edited since.',
      )
      expect(problem.where).toBe('data.agreements[0].snapshot')
      expect(await dumpDatabase()).toEqual(before)
      // The same refusal when the file is handed to restore directly, and before any preview.
      const read = readBackupText(text)
      if (read.kind !== 'backup') throw new Error('expected a plain backup')
      await refusal(restoreBackup(read.backup, mode))
      await refusal(previewRestore(read.backup, mode))
      expect(await dumpDatabase()).toEqual(before)
    },
  )

  it('refuses a fingerprint that was changed, as well as a snapshot', async () => {
    const problem = await refusal(
      importFile(
        backupText(
          tampered((d) => {
            d.agreements[0]!.fingerprint = '0'.repeat(64)
          }),
        ),
      ),
    )
    expect(problem.kind).toBe('integrity')
    expect(await db.agreements.count()).toBe(0)
  })

  it('refuses a file in the current format whose signed version carries no fingerprint', async () => {
    const problem = await refusal(
      importFile(
        backupText(
          tampered((d) => {
            delete d.agreements[0]!.fingerprint
          }),
        ),
      ),
    )
    expect(problem.message).toMatch(/^Version 1 of the agreement for Lincoln Elementary \(2026–27\) is signed but carries no fingerprint/)
    expect(await db.agreements.count()).toBe(0)
  })

  it('upgrades a format 1 file: its signed version gets the snapshot its records give, and a fingerprint', async () => {
    const v1 = sampleDataV1()
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-25T19:30:00.000Z',
      data: v1,
    })
    const read = await readBackupFile(new Blob([text]))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    expect(read.upgradedFrom).toBe(1)
    const signed = read.backup.data.agreements.find((a) => a.id === SIGNED_ID)!
    const source = v1.agreements.find((a) => a.id === SIGNED_ID)!
    const school = v1.schools.find((s) => s.id === source.schoolId)
    const schoolYear = v1.schoolYears.find((y) => y.id === source.schoolYearId)
    // Signed under the first edition: what it stored nothing for reads as that edition had it.
    expect(signed.snapshot).toEqual(
      snapshotOf(
        source,
        { decisions: v1.decisions.filter((d) => d.agreementId === SIGNED_ID), tasks: v1.tasks, school, schoolYear },
        firstEditionDefaults(),
      ),
    )
    expect(signed.fingerprint).toBe(await fingerprintOf(signed.snapshot!))
    expect(read.backup.data.agreements.find((a) => a.status === 'draft')?.snapshot).toBeUndefined()

    await restoreBackup(read.backup, 'replace')
    const detail = await loadAgreementDetail(SIGNED_ID)
    expect(detail?.view.fingerprint).toBe(signed.fingerprint)
    expect(detail?.view.snapshot.tasks.find((t) => t.title === 'Leading PLCs')).toMatchObject({
      choice: 'wont',
      insteadBy: 'Assistant principal',
    })
  })
})

describe('restoring a format 3 file', () => {
  it('upgrades it to format 4 with no evaluation rounds, answers or coach key, and keeps everything else', async () => {
    const v3 = sampleDataV3()
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 3,
      appVersion: '0.3.0',
      exportedAt: '2026-11-25T19:30:00.000Z',
      data: v3,
    })
    const read = await readBackupFile(new Blob([text]))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    expect(read.upgradedFrom).toBe(3)
    expect(read.backup.formatVersion).toBe(4)
    expect(read.backup.data).toEqual({ ...v3, evaluationRounds: [], evaluationResponses: [], coachKeys: [] })
  })

  it('refuses a format 3 file that already holds an evaluation table', async () => {
    const data = { ...sampleDataV3(), evaluationRounds: [] }
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 3,
      appVersion: '0.3.0',
      exportedAt: '2026-11-25T19:30:00.000Z',
      data,
    })
    await expect(readBackupFile(new Blob([text]))).rejects.toThrow(/This format 3 file is damaged/)
  })
})

describe('restoring a format 2 file', () => {
  it('upgrades it to format 4 with no coaching cycles and no evaluation, and keeps everything else', async () => {
    const v2 = sampleDataV2()
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      appVersion: '0.2.0',
      exportedAt: '2026-11-25T19:30:00.000Z',
      data: v2,
    })
    const read = await readBackupFile(new Blob([text]))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    expect(read.upgradedFrom).toBe(2)
    expect(read.backup.formatVersion).toBe(4)
    expect(read.backup.data).toEqual({
      ...v2,
      cycles: [],
      cycleSessions: [],
      playbook: [],
      supportReviews: [],
      evaluationRounds: [],
      evaluationResponses: [],
      coachKeys: [],
    })
  })

  it('refuses a format 2 file that already holds a cycle table', async () => {
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      appVersion: '0.2.0',
      exportedAt: '2026-11-25T19:30:00.000Z',
      data: { ...sampleDataV2(), cycles: [] },
    })
    await expect(readBackupFile(new Blob([text]))).rejects.toThrow(/This format 2 file is damaged/)
  })
})
