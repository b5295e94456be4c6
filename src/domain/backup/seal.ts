import { fingerprintOf } from '../agreementSnapshot'
import type { Agreement } from '../schemas'
import type { BackupFile } from './format'
import { BackupProblem } from './problems'

function versionName(a: Agreement): string {
  const s = a.snapshot
  return s?.school.name
    ? `Version ${a.version} of the agreement for ${s.school.name}${s.schoolYear.label ? ` (${s.schoolYear.label})` : ''}`
    : `Version ${a.version} of an agreement`
}

/**
 * A file written in the current format must carry each signed version's fingerprint (files of
 * older formats get theirs in `sealBackup`). Synchronous, so the file reader can say it at once.
 */
export function requireFingerprints(backup: BackupFile): void {
  backup.data.agreements.forEach((a, i) => {
    if (a.status === 'signed' && !a.fingerprint) {
      throw new BackupProblem(
        `${versionName(a)} is signed but carries no fingerprint, so the file cannot show that it holds what was signed. Nothing was restored.`,
        `data.agreements[${i}].fingerprint`,
        'integrity',
      )
    }
  })
}

/**
 * Checks every signed version in the file against its fingerprint before anything is written:
 * one whose snapshot no longer matches was changed after signing, and the whole file is refused
 * (in replace and merge alike). A version from an older format without a fingerprint yet gets
 * it here. Returns the file with every signed version sealed.
 */
export async function sealBackup(backup: BackupFile): Promise<BackupFile> {
  const agreements = await Promise.all(
    backup.data.agreements.map(async (a, i) => {
      if (a.status !== 'signed' || !a.snapshot) return a
      const actual = await fingerprintOf(a.snapshot)
      if (!a.fingerprint) return { ...a, fingerprint: actual }
      if (a.fingerprint !== actual) {
        throw new BackupProblem(
          `${versionName(a)} in this file does not match its fingerprint: what it says was changed after it was signed. ` +
            'A signed version never changes, so nothing was restored. Use a backup made by the app and not edited since.',
          `data.agreements[${i}].snapshot`,
          'integrity',
        )
      }
      return a
    }),
  )
  return { ...backup, data: { ...backup.data, agreements } }
}
