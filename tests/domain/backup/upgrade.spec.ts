import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BackupProblem, CURRENT_FORMAT_VERSION, FORMAT_UPGRADES, upgradeFormat, type FormatUpgrade } from '@/domain/backup'

// These steps stand in for any chain to prove it runs in order and checks each step's input;
// the app's own step (format 1 to 2) is tested in tests/db/backupSnapshots.spec.ts.
const formatA = z.object({ formatVersion: z.literal(1), items: z.array(z.string()) })
const formatB = z.object({ formatVersion: z.literal(2), entries: z.array(z.object({ title: z.string() })) })
const chain: FormatUpgrade[] = [
  {
    from: 2,
    schema: formatB,
    upgrade: (f) => ({
      ...(f as z.infer<typeof formatB>),
      formatVersion: 3,
      entries: (f as z.infer<typeof formatB>).entries.map((e) => ({ ...e, archived: false })),
    }),
  },
  {
    from: 1,
    schema: formatA,
    upgrade: (f) => ({ formatVersion: 2, entries: (f as z.infer<typeof formatA>).items.map((title) => ({ title })) }),
  },
]

describe('the format upgrade chain', () => {
  it('has three steps, from formats 1, 2 and 3, while format 4 is current', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(4)
    expect(FORMAT_UPGRADES.map((u) => u.from)).toEqual([1, 2, 3])
    const file = { formatVersion: 4 }
    expect(upgradeFormat(file, 4)).toBe(file)
  })

  it('upgrades an old file step by step to the current format', () => {
    expect(upgradeFormat({ formatVersion: 1, items: ['PLCs'] }, 1, chain, 3)).toEqual({
      formatVersion: 3,
      entries: [{ title: 'PLCs', archived: false }],
    })
    expect(upgradeFormat({ formatVersion: 2, entries: [{ title: 'Duty' }] }, 2, chain, 3)).toEqual({
      formatVersion: 3,
      entries: [{ title: 'Duty', archived: false }],
    })
  })

  it('refuses a damaged old file before upgrading it, naming the field', () => {
    expect(() => upgradeFormat({ formatVersion: 1, items: [3] }, 1, chain, 3)).toThrow(/This format 1 file is damaged. In “items\[0\]”/)
  })

  it('refuses a version it has no step for', () => {
    expect(() => upgradeFormat({}, 0, chain, 3)).toThrow(BackupProblem)
  })
})
