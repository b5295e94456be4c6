import { BackupProblem } from './problems'
import { parseBackupJson } from './safeJson'
import { BACKUP_FORMAT, backupFileSchema, CURRENT_FORMAT_VERSION, type BackupFile } from './format'
import { problemFromZod, upgradeFormat } from './upgrade'
import { checkIntegrity } from './integrity'
import { requireFingerprints } from './seal'
import { ENCRYPTED_FORMAT, encryptedBackupSchema, type EncryptedBackup } from './envelope'

export type ReadResult =
  { kind: 'backup'; backup: BackupFile; upgradedFrom: number | null } | { kind: 'encrypted'; envelope: EncryptedBackup }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads the text of a chosen file all the way to a checked backup, or to the envelope of a
 * passphrase-protected one. Throws a BackupProblem naming the first problem; never anything else
 * for bad input.
 */
export function readBackupText(text: string): ReadResult {
  const value = parseBackupJson(text)
  if (!isObject(value) || (value.format !== BACKUP_FORMAT && value.format !== ENCRYPTED_FORMAT)) {
    throw new BackupProblem(
      'This JSON file was not made by Coach Role Planner (it lacks the “format” marker every backup carries). Choose a file saved with “Download backup”.',
      'format',
      'not-a-backup',
    )
  }
  if (value.format === ENCRYPTED_FORMAT) {
    const envelope = encryptedBackupSchema.safeParse(value)
    if (!envelope.success) throw problemFromZod(envelope.error, 'This protected backup is damaged. ', value)
    return { kind: 'encrypted', envelope: envelope.data }
  }
  return { kind: 'backup', ...readBackupObject(value) }
}

export function checkFormatVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupProblem(
      `The file’s “formatVersion” is ${JSON.stringify(version) ?? 'missing'}; it must be a whole number from 1 to ${CURRENT_FORMAT_VERSION}.`,
      'formatVersion',
      'version',
    )
  }
  if (version > CURRENT_FORMAT_VERSION) {
    throw new BackupProblem(
      `This backup was made by a newer version of Coach Role Planner (file format ${version}); this version reads formats up to ${CURRENT_FORMAT_VERSION}. Reload the app to get the latest version, then try again.`,
      'formatVersion',
      'version',
    )
  }
  return version
}

function readBackupObject(value: Record<string, unknown>): { backup: BackupFile; upgradedFrom: number | null } {
  const version = checkFormatVersion(value.formatVersion)
  const upgraded = upgradeFormat(value, version)
  const parsed = backupFileSchema.safeParse(upgraded)
  if (!parsed.success) throw problemFromZod(parsed.error, '', upgraded)
  checkIntegrity(parsed.data.data)
  if (version === CURRENT_FORMAT_VERSION) requireFingerprints(parsed.data)
  return { backup: parsed.data, upgradedFrom: version < CURRENT_FORMAT_VERSION ? version : null }
}

/** For the decrypted text of a protected backup: it must hold a plain backup, not another envelope. */
export function readDecryptedText(text: string): { backup: BackupFile; upgradedFrom: number | null } {
  const result = readBackupText(text)
  if (result.kind !== 'backup')
    throw new BackupProblem('The protected backup holds another protected backup, which this app never writes.', '', 'not-a-backup')
  return result
}
