import { describe, expect, it } from 'vitest'
import { readBackupText } from '@/domain/backup'
import { settingsSchema } from '@/domain/schemas'
import { backupText, sampleData } from '../support/backupData'

describe('the PDF paper size setting', () => {
  it('is optional: settings saved before it existed stay valid and mean US Letter', () => {
    const older: Record<string, unknown> = { ...sampleData().settings[0]! }
    delete older.pdfPaper
    expect(settingsSchema.parse(older).pdfPaper).toBeUndefined()
  })

  it('accepts US Letter and A4 only', () => {
    const settings = sampleData().settings[0]!
    expect(settingsSchema.parse({ ...settings, pdfPaper: 'a4' }).pdfPaper).toBe('a4')
    expect(settingsSchema.safeParse({ ...settings, pdfPaper: 'legal' }).success).toBe(false)
  })

  it('survives a backup and its restore check', () => {
    const data = sampleData()
    data.settings = [{ ...data.settings[0]!, pdfPaper: 'a4' }]
    const read = readBackupText(backupText(data))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    expect(read.backup.data.settings[0]?.pdfPaper).toBe('a4')
  })
})

describe('the smallest group of teachers a program figure may describe', () => {
  const settings = () => sampleData().settings[0]!
  it('is optional (absent means 3) and takes a whole number from 3 to 30', () => {
    expect(settingsSchema.parse(settings()).minTeachers).toBeUndefined()
    expect(settingsSchema.parse({ ...settings(), minTeachers: 3 }).minTeachers).toBe(3)
    expect(settingsSchema.parse({ ...settings(), minTeachers: 30 }).minTeachers).toBe(30)
  })

  it.each([2, 31, 3.5, '5'])('refuses %s with the message at the field', (bad) => {
    const result = settingsSchema.safeParse({ ...settings(), minTeachers: bad })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['minTeachers'], message: 'Enter a whole number of teachers from 3 to 30.' })
  })

  it('survives a backup and its restore check', () => {
    const data = sampleData()
    data.settings = [{ ...settings(), minTeachers: 5 }]
    const read = readBackupText(backupText(data))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    expect(read.backup.data.settings[0]?.minTeachers).toBe(5)
  })
})
