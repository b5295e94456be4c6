import { describe, expect, it } from 'vitest'
import { BackupProblem, decryptBackup, encryptBackup, readBackupText, readDecryptedText, fromBase64, toBase64 } from '@/domain/backup'
import { backupText, sampleData } from '../../support/backupData'

const meta = { appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z' }
const FAST = 2_000 // iterations for tests; the app uses 600,000

describe('passphrase protection', () => {
  it('round-trips a backup through AES-GCM with a PBKDF2 key', async () => {
    const envelope = await encryptBackup(backupText(), 'correct horse battery', meta, FAST)
    expect(envelope.ciphertext).not.toContain('Lincoln')
    const read = readBackupText(JSON.stringify(envelope))
    expect(read.kind).toBe('encrypted')
    if (read.kind !== 'encrypted') return
    const plain = await decryptBackup(read.envelope, 'correct horse battery')
    expect(readDecryptedText(plain).backup.data).toEqual(sampleData())
  })

  it('uses a fresh salt and nonce each time', async () => {
    const a = await encryptBackup('same', 'passphrase1', meta, FAST)
    const b = await encryptBackup('same', 'passphrase1', meta, FAST)
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.kdf.iterations).toBe(FAST)
    expect((await encryptBackup('x', 'passphrase1', meta)).kdf.iterations).toBe(600_000)
  })

  it('gives a clear message for a wrong passphrase', async () => {
    const envelope = await encryptBackup(backupText(), 'correct horse battery', meta, FAST)
    await expect(decryptBackup(envelope, 'Correct horse battery')).rejects.toThrow(/That passphrase does not open this backup/)
    await expect(decryptBackup(envelope, '')).rejects.toBeInstanceOf(BackupProblem)
  })

  it('detects a changed header or ciphertext', async () => {
    const envelope = await encryptBackup(backupText(), 'correct horse battery', meta, FAST)
    await expect(decryptBackup({ ...envelope, appVersion: '9.9.9' }, 'correct horse battery')).rejects.toThrow(/does not open/)
    const bytes = fromBase64(envelope.ciphertext)
    bytes[10] = bytes[10]! ^ 1
    await expect(decryptBackup({ ...envelope, ciphertext: toBase64(bytes) }, 'correct horse battery')).rejects.toThrow(/does not open/)
  })

  it('refuses a short passphrase and a damaged envelope', async () => {
    await expect(encryptBackup('x', 'short', meta)).rejects.toThrow(/at least 8 characters/)
    const envelope = await encryptBackup('x', 'long enough', meta, FAST)
    expect(() => readBackupText(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }))).toThrow(
      /protected backup is damaged. In “kdf.iterations”/,
    )
    expect(() => readBackupText(JSON.stringify({ ...envelope, cipher: { name: 'AES-GCM', iv: '###' } }))).toThrow(/12-byte nonce/)
  })
})
