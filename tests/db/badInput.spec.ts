import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { dumpDatabase } from '@/db/backup'
import { saveSchool } from '@/db/repository'
import { BackupProblem, encryptBackup, type BackupData } from '@/domain/backup'
import { backupObject, backupText, loadData, sampleData } from '../support/backupData'
import { importFile } from '../support/importFile'
import { resetDatabase } from '../support/database'

function edit(change: (d: BackupData) => void): string {
  const data = sampleData()
  change(data)
  return backupText(data)
}

let encrypted = ''
beforeAll(async () => {
  encrypted = JSON.stringify(
    await encryptBackup(backupText(), 'the right passphrase', { appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z' }, 2_000),
  )
})

/** Every bad file the issue lists, with the message it must get. */
const cases: [string, () => string, RegExp][] = [
  ['an empty file', () => '', /The file is empty/],
  ['a file that is not JSON', () => 'Coach,Hours\nRenée,3', /not valid JSON \(the first error is at line 1, column 1\)/],
  ['truncated JSON', () => backupText().slice(0, 5000), /cut off/],
  ['another app’s JSON', () => JSON.stringify({ type: 'FeatureCollection', features: [] }), /not made by Coach Role Planner/],
  [
    'wrong types',
    () =>
      edit((d) => {
        ;(d.tasks[0] as unknown as Record<string, unknown>).archived = 'no'
      }),
    /In task 1, field “archived”: .*expected boolean/,
  ],
  [
    'missing required fields',
    () =>
      edit((d) => {
        delete (d.agreements[0] as Partial<BackupData['agreements'][0]>).status
      }),
    /In agreement version 1, field “status”: This value is missing \(expected "draft" or "signed"\)\./,
  ],
  ['a 50 MB string', () => backupText().replace('"Lincoln Elementary"', `"${'x'.repeat(50 * 1024 * 1024)}"`), /The file is 50\.\d MB/],
  ['an unknown format version', () => JSON.stringify({ ...backupObject(), formatVersion: -3 }), /must be a whole number from 1 to 4/],
  [
    'a future format version',
    () => JSON.stringify({ ...backupObject(), formatVersion: 5 }),
    /newer version of Coach Role Planner \(file format 5\)/,
  ],
  [
    'duplicate ids',
    () =>
      edit((d) => {
        d.weekNotes[1]!.id = d.weekNotes[0]!.id
      }),
    /Week note 2 has the id .* already used by week note 1/,
  ],
  [
    'a reference to a record that does not exist',
    () =>
      edit((d) => {
        d.timeEntries[6]!.taskId = 'deleted-task'
      }),
    /Time entry 7 refers to task “deleted-task”/,
  ],
  [
    'a date that is not a date',
    () =>
      edit((d) => {
        d.weekNotes[0]!.weekStart = '2026-13-01'
      }),
    /week note 1, field “weekStart”: The date must be a real date/,
  ],
  ['NaN hours', () => backupText().replace(/"hours":3\.5/, '"hours":NaN'), /not valid JSON/],
  [
    'NaN hours written as null',
    () =>
      edit((d) => {
        d.timeEntries[0]!.hours = Number.NaN
      }),
    /field “hours”: Enter hours as a number/,
  ],
  [
    'negative hours',
    () =>
      edit((d) => {
        d.timeEntries[1]!.hours = -0.5
      }),
    /time entry 2, field “hours”: Hours must be more than zero/,
  ],
  [
    'prototype-pollution keys',
    () => backupText().replace('{"id":"app"', '{"__proto__":{"coachName":"Mallory"},"id":"app"'),
    /the key “__proto__” at “data\.settings\[0\]\.__proto__”/,
  ],
  [
    'constructor keys',
    () => backupText().replace('"sections":{', '"sections":{"constructor":{"prototype":{"polluted":true}},'),
    /the key “constructor”/,
  ],
]

describe('restoring a bad file changes nothing', () => {
  let before: BackupData
  beforeEach(async () => {
    await resetDatabase()
    await loadData(db, sampleData())
    await saveSchool({ name: 'Only on this device', principalName: 'Pat Doe' })
    before = await dumpDatabase()
  })

  it.each(cases)(
    'refuses %s with a clear message',
    async (_name, make, message) => {
      let problem: unknown
      try {
        await importFile(make())
      } catch (e) {
        problem = e
      }
      expect(problem).toBeInstanceOf(BackupProblem)
      expect((problem as BackupProblem).message).toMatch(message)
      expect(await dumpDatabase()).toEqual(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).coachName).toBeUndefined()
    },
    20_000,
  )

  it('refuses a wrong passphrase with a clear message', async () => {
    await expect(importFile(encrypted, { passphrase: 'the wrong passphrase' })).rejects.toThrow(/That passphrase does not open this backup/)
    expect(await dumpDatabase()).toEqual(before)
    // And the right one restores it.
    await importFile(encrypted, { passphrase: 'the right passphrase' })
    expect(await dumpDatabase()).toEqual(sampleData())
  })
})
