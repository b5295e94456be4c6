import { describe, expect, it } from 'vitest'
import { agreementFileName, documentFileName, periodFileName } from '@/domain/fileNames'

describe('file names', () => {
  it('writes every file the same way: school, year, what it is, what it covers, in plain lowercase words', () => {
    expect(agreementFileName('Lincoln Elementary', '2026–27', 2, true)).toBe('lincoln-elementary-2026-27-role-agreement-v2.pdf')
    expect(agreementFileName('Lincoln Elementary', '2026–27', 3, false)).toBe('lincoln-elementary-2026-27-role-agreement-v3-draft.pdf')
    const scope = { schoolName: 'Lincoln Elementary', yearLabel: '2026–27', from: '2026-09-01', to: '2026-09-30' }
    expect(periodFileName('time-report', scope, 'pdf')).toBe('lincoln-elementary-2026-27-time-report-2026-09-01-to-2026-09-30.pdf')
    expect(periodFileName('time-for-principal', scope, 'csv')).toBe(
      'lincoln-elementary-2026-27-time-for-principal-2026-09-01-to-2026-09-30.csv',
    )
    expect(periodFileName('time-entries', { ...scope, schoolName: null }, 'csv')).toBe(
      'all-schools-2026-27-time-entries-2026-09-01-to-2026-09-30.csv',
    )
  })

  it('drops accents and anything a file system or mail client could choke on', () => {
    expect(documentFileName(['École Saint-Joseph', '2026–27', 'role agreement'], 'pdf')).toBe(
      'ecole-saint-joseph-2026-27-role-agreement.pdf',
    )
    expect(agreementFileName('Escuela Año Nuevo', '2026–27', 3, true)).toBe('escuela-ano-nuevo-2026-27-role-agreement-v3.pdf')
    expect(agreementFileName('***', '2026–27', 1, true)).toBe('school-2026-27-role-agreement-v1.pdf')
    expect(documentFileName(['a/b\\c:d', '', '  '], 'csv')).toBe('a-b-c-d.csv')
  })
})
