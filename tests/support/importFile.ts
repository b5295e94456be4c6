import { readBackupFile, restoreBackup } from '@/db/backup'
import { decryptBackup, readDecryptedText, type RestoreMode } from '@/domain/backup'

/** The whole restore path the Data page takes: read, unlock if protected, restore. */
export async function importFile(text: string, options: { passphrase?: string; mode?: RestoreMode } = {}) {
  const read = await readBackupFile(new Blob([text]))
  const backup = read.kind === 'backup' ? read.backup : readDecryptedText(await decryptBackup(read.envelope, options.passphrase ?? '')).backup
  return restoreBackup(backup, options.mode ?? 'replace')
}
