import { describe, expect, it } from 'vitest'
import { BackupProblem, MAX_BACKUP_BYTES, readBackupText, checkIntegrity, type BackupData } from '@/domain/backup'
import { backupObject, backupText, sampleData } from '../../support/backupData'

function refusal(text: string): BackupProblem {
  try {
    readBackupText(text)
  } catch (e) {
    expect(e).toBeInstanceOf(BackupProblem)
    return e as BackupProblem
  }
  throw new Error('expected the file to be refused')
}

function withData(change: (data: BackupData & Record<string, unknown[]>) => void): string {
  const data = sampleData()
  change(data as BackupData & Record<string, unknown[]>)
  return backupText(data)
}

describe('reading a backup file', () => {
  it('accepts a valid backup and keeps every record exactly', () => {
    const result = readBackupText(backupText())
    expect(result.kind).toBe('backup')
    if (result.kind !== 'backup') return
    expect(result.backup.data).toEqual(sampleData())
    expect(result.upgradedFrom).toBeNull()
  })

  it('refuses an empty file and one of blank space', () => {
    expect(refusal('').message).toMatch(/empty/)
    expect(refusal('  \n ').message).toMatch(/empty/)
  })

  it('refuses text that is not JSON, naming the line and column', () => {
    const p = refusal('{\n "format": coach }')
    expect(p.kind).toBe('not-json')
    expect(p.message).toMatch(/not valid JSON \(the first error is at line 2, column \d+\)/)
  })

  it('says a truncated file was cut off', () => {
    const text = backupText()
    const p = refusal(text.slice(0, Math.floor(text.length / 2)))
    expect(p.message).toMatch(/cut off/)
  })

  it('refuses another app’s JSON', () => {
    expect(refusal('{"name":"my-package","version":"1.0.0"}').message).toMatch(/not made by Coach Role Planner/)
    expect(refusal('[1,2,3]').kind).toBe('not-a-backup')
    expect(refusal('"just a string"').kind).toBe('not-a-backup')
  })

  it('refuses unknown and future format versions', () => {
    const future = refusal(JSON.stringify({ ...backupObject(), formatVersion: 7 }))
    expect(future.message).toMatch(/newer version of Coach Role Planner \(file format 7\)/)
    expect(future.where).toBe('formatVersion')
    expect(refusal(JSON.stringify({ ...backupObject(), formatVersion: 0 })).message).toMatch(/must be a whole number from 1/)
    expect(refusal(JSON.stringify({ ...backupObject(), formatVersion: '1' })).message).toMatch(/“formatVersion” is "1"/)
    expect(refusal(JSON.stringify({ ...backupObject(), formatVersion: undefined })).message).toMatch(/is missing/)
  })

  it('refuses wrong types, naming the record and field', () => {
    const p = refusal(
      withData((d) => {
        ;(d.schools[1] as Record<string, unknown>).name = 42
      }),
    )
    expect(p.where).toBe('data.schools[1].name')
    expect(p.message).toMatch(/^In school 2, field “name”: .*expected string/)
  })

  it('refuses missing required fields', () => {
    const p = refusal(
      withData((d) => {
        delete (d.timeEntries[3] as Partial<Record<string, unknown>>).hours
      }),
    )
    expect(p.where).toBe('data.timeEntries[3].hours')
    expect(p.message).toMatch(/time entry 4, field “hours”: This value is missing \(expected number\)\./)
    const table = refusal(
      withData((d) => {
        delete (d as Partial<Record<string, unknown>>).weekNotes
      }),
    )
    expect(table.where).toBe('data.weekNotes')
  })

  it('refuses a file with no settings or unknown tables', () => {
    expect(
      refusal(
        withData((d) => {
          d.settings = []
        }),
      ).message,
    ).toMatch(/In the list “settings”: The settings list must hold exactly one record\./)
    expect(
      refusal(
        withData((d) => {
          d.extra = []
        }),
      ).where,
    ).toBe('data')
  })

  it('refuses a huge file and a huge string with a clear size message', () => {
    const huge = refusal(backupText().replace('"Lincoln Elementary"', `"${'x'.repeat(50 * 1024 * 1024)}"`))
    expect(huge.kind).toBe('too-large')
    expect(huge.message).toMatch(/The file is 50\.\d MB, larger than any backup this app writes \(at most 20\.0 MB/)
    const long = refusal(backupText().replace('"Lincoln Elementary"', `"${'x'.repeat(200_000)}"`))
    expect(long.message).toMatch(/A text value at “data\.schools\[0\]\.name” is 200,000 characters long/)
    expect(MAX_BACKUP_BYTES).toBe(20 * 1024 * 1024)
  }, 20_000)

  it('refuses duplicate ids', () => {
    const p = refusal(
      withData((d) => {
        d.tasks[5]!.id = d.tasks[2]!.id
      }),
    )
    expect(p.kind).toBe('integrity')
    expect(p.where).toBe('data.tasks[5].id')
    expect(p.message).toMatch(/Task 6 has the id “.+”, already used by task 3/)
  })

  it('refuses two records in one unique slot', () => {
    const p = refusal(
      withData((d) => {
        d.timeEntries[1]!.rowKey = d.timeEntries[0]!.rowKey
        d.timeEntries[1]!.taskId = d.timeEntries[0]!.taskId
      }),
    )
    expect(p.message).toMatch(/Time entry 2 has the same schoolId, date, rowKey as time entry 1/)
  })

  it('refuses references to records that do not exist', () => {
    expect(
      refusal(
        withData((d) => {
          d.decisions[0]!.agreementId = 'nope'
        }),
      ).message,
    ).toMatch(
      /Task decision 1 refers to agreement version “nope” \(field “agreementId”\), but there is no such agreement version in the file/,
    )
    expect(
      refusal(
        withData((d) => {
          d.decisions[2]!.taskId = 'gone'
        }),
      ).where,
    ).toBe('data.decisions[2].taskId')
    expect(
      refusal(
        withData((d) => {
          d.timeEntries[4]!.schoolId = 'gone'
        }),
      ).where,
    ).toBe('data.timeEntries[4].schoolId')
    expect(
      refusal(
        withData((d) => {
          d.timeEntries[0]!.taskId = 'gone'
        }),
      ).where,
    ).toBe('data.timeEntries[0].taskId')
    expect(
      refusal(
        withData((d) => {
          d.agreements[0]!.schoolYearId = 'gone'
        }),
      ).where,
    ).toBe('data.agreements[0].schoolYearId')
    expect(
      refusal(
        withData((d) => {
          d.agreements[1]!.schoolId = 'gone'
        }),
      ).where,
    ).toBe('data.agreements[1].schoolId')
    expect(
      refusal(
        withData((d) => {
          d.settings[0]!.activeSchoolId = 'gone'
        }),
      ).where,
    ).toBe('data.settings[0].activeSchoolId')
  })

  it('refuses dates that are not dates', () => {
    const p = refusal(
      withData((d) => {
        d.timeEntries[2]!.date = '2026-02-30'
      }),
    )
    expect(p.message).toMatch(/time entry 3, field “date”: The date must be a real date \(yyyy-mm-dd\)\./)
    expect(
      refusal(
        withData((d) => {
          d.schoolYears[0]!.startDate = 'next Monday'
        }),
      ).where,
    ).toBe('data.schoolYears[0].startDate')
    expect(refusal(JSON.stringify({ ...backupObject(), exportedAt: 'yesterday' })).message).toMatch(
      /“exportedAt”: The export time must be a date and time/,
    )
  })

  it('refuses NaN, negative and missing hours', () => {
    // JSON has no NaN: a file holding it is not JSON at all, and JSON.stringify writes null.
    expect(refusal(backupText().replace('"hours": 3.5', '"hours": NaN').replace('"hours":3.5', '"hours":NaN')).kind).toBe('not-json')
    expect(
      refusal(
        withData((d) => {
          d.timeEntries[0]!.hours = NaN
        }),
      ).message,
    ).toMatch(/field “hours”: Enter hours as a number/)
    expect(
      refusal(
        withData((d) => {
          d.timeEntries[0]!.hours = -2
        }),
      ).message,
    ).toMatch(/field “hours”: Hours must be more than zero/)
    expect(
      refusal(
        withData((d) => {
          d.decisions[0]!.weeklyHours = -1
        }),
      ).message,
    ).toMatch(/field “weeklyHours”: Hours cannot be negative/)
  })

  it('refuses prototype-pollution keys wherever they are, and nothing is polluted', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = backupText().replace('"principalName":', `"${key}": {"polluted": true, "isAdmin": true}, "principalName":`)
      const p = refusal(text)
      expect(p.kind).toBe('unsafe')
      expect(p.where).toBe(`data.schools[0].${key}`)
      expect(p.message).toContain(`the key “${key}”`)
    }
    const top = refusal(`{"__proto__": {"polluted": true}, ${backupText().slice(1)}`)
    expect(top.where).toBe('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    expect(refusal(`{"format":"coach-role-planner-backup","x":${deep}}`).message).toMatch(/nested more than 32 levels/)
  })

  it('checks integrity of a valid data set without complaint', () => {
    expect(() => checkIntegrity(sampleData())).not.toThrow()
  })
})

describe('messages for choices', () => {
  it('uses a union’s own message when it has one', () => {
    const data = sampleData() as unknown as { schoolYears: Record<string, unknown>[] }
    data.schoolYears[0]!.firstDayOfWeek = 'Monday'
    expect(() => readBackupText(backupText(data as never))).toThrow(
      'In school year 1, field “firstDayOfWeek”: The week must start on Sunday (0) or Monday (1).',
    )
  })
})
