import { readBackupFile, restoreBackup } from '@/db/backup'
import { decryptBackup, readDecryptedText, type RestoreMode } from '@/domain/backup'

/** The whole restore path the Data page takes: read, unlock if protected, restore. `text` may be the file's raw bytes. */
export async function importFile(text: string | Uint8Array<ArrayBuffer>, options: { passphrase?: string; mode?: RestoreMode } = {}) {
  const read = await readBackupFile(new Blob([text]))
  const backup =
    read.kind === 'backup' ? read.backup : readDecryptedText(await decryptBackup(read.envelope, options.passphrase ?? '')).backup
  return restoreBackup(backup, options.mode ?? 'replace')
}
