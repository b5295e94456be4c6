import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { createBackup, dumpDatabase, readBackupFile } from '@/db/backup'
import { BackupProblem, type BackupData } from '@/domain/backup'
import { loadData, sampleData, smallData } from '../support/backupData'
import { importFile } from '../support/importFile'
import { resetDatabase } from '../support/database'

/**
 * A backup cut off while being saved or copied must be reported as cut off, wherever the cut
 * falls: inside `true`, `false` or `null`, after a decimal point, inside a string, an escape or
 * a multi-byte character. The files are the app's own, written by createBackup from a device
 * holding a slice of the realistic sample, and each cut goes the whole way the Data page takes it.
 */

/** One of everything, plus an archived task (a `true`) and a title with curly quotes (multi-byte UTF-8). */
function deviceData(): BackupData {
  const data = smallData()
  const archived = sampleData().tasks.find((t) => t.archived)!
  data.tasks.push({ ...archived, title: `${archived.title} (“old” list)` })
  return data
}

const CUT_OFF = /^The file stops in the middle of the data: it was probably cut off while being saved or copied\./

/** Cuts the file's bytes at every position and returns the distinct messages, with one example cut each. */
async function refusalsOfEveryCut(bytes: Uint8Array<ArrayBuffer>, passphrase?: string): Promise<Map<string, number>> {
  const messages = new Map<string, number>()
  for (let at = 1; at < bytes.length; at++) {
    try {
      await importFile(bytes.slice(0, at), { passphrase, mode: 'replace' })
      throw new Error(`the file cut after byte ${at} was restored`)
    } catch (e) {
      if (!(e instanceof BackupProblem)) throw e
      expect(e.kind, `cut after byte ${at}`).toBe('not-json')
      if (!messages.has(e.message)) messages.set(e.message, at)
    }
  }
  return messages
}

describe('a backup cut off at any point', () => {
  let device: BackupData
  let plain: Uint8Array<ArrayBuffer>
  let protectedFile: Uint8Array<ArrayBuffer>

  beforeAll(async () => {
    await resetDatabase()
    await loadData(db, deviceData())
    const encoder = new TextEncoder()
    plain = encoder.encode((await createBackup({ now: new Date('2026-11-25T19:30:00Z') })).text)
    protectedFile = encoder.encode(
      (await createBackup({ passphrase: 'a long passphrase', iterations: 1_000, now: new Date('2026-11-25T19:31:00Z') })).text,
    )
    device = await dumpDatabase()
  })

  it('is a real backup, read whole, holding every kind of value a cut can fall inside', async () => {
    const text = new TextDecoder().decode(plain)
    for (const token of [': true', ': false', ': null', '“']) expect(text, token).toContain(token)
    expect(text).toMatch(/: \d+\.\d+,?\n/)
    expect(plain.length).toBeGreaterThan(text.length) // multi-byte characters (é, “) as well
    expect((await readBackupFile(new Blob([plain]))).kind).toBe('backup')
    expect((await readBackupFile(new Blob([protectedFile]))).kind).toBe('encrypted')
  })

  it('reports every cut of a plain backup as a cut-off file and changes nothing', async () => {
    const messages = await refusalsOfEveryCut(plain)
    expect([...messages.keys()], `first cut per message: ${JSON.stringify([...messages])}`).toHaveLength(1)
    expect([...messages.keys()][0]).toMatch(CUT_OFF)
    expect(await dumpDatabase()).toEqual(device)
  }, 120_000)

  it('reports every cut of a passphrase-protected backup as a cut-off file and changes nothing', async () => {
    const messages = await refusalsOfEveryCut(protectedFile, 'a long passphrase')
    expect([...messages.keys()], `first cut per message: ${JSON.stringify([...messages])}`).toHaveLength(1)
    expect([...messages.keys()][0]).toMatch(CUT_OFF)
    expect(await dumpDatabase()).toEqual(device)
  }, 120_000)

  it('calls a file cut before its first byte empty', async () => {
    await expect(importFile(new Uint8Array(0))).rejects.toThrow(/The file is empty/)
  })
})
