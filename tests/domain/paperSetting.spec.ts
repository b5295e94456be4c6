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
