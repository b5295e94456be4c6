import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  fingerprintOf,
  shortFingerprint,
  snapshotMatches,
  snapshotOf,
  versionView,
  withSnapshot,
  type AgreementSnapshot,
} from '@/domain/agreementSnapshot'
import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { readSections } from '@/domain/agreementSections'
import { decidedSections } from '../support/decidedSections'
import { agreementSchema, agreementSnapshotSchema } from '@/domain/schemas'
import { agreement, decision, decisions, school, schoolYear, task, tasks } from '../fixtures/agreement'

const live = { decisions, tasks, school, schoolYear }
const signedAt = Date.UTC(2026, 8, 15, 15)
const signedRecord = agreement({
  status: 'signed',
  signedAt,
  openItemsAccepted: true,
  signatures: { coach: { name: 'Renée Okafor', signedAt }, principal: { name: 'José Martínez', signedAt } },
})

describe('the snapshot of a version', () => {
  it('holds every task the version shows with its words and decision, the targets, sections, names and dates', () => {
    const s = snapshotOf(signedRecord, live)
    expect(agreementSnapshotSchema.safeParse(s).success).toBe(true)
    expect(s).toMatchObject({
      agreementId: 'a-1',
      version: 1,
      status: 'signed',
      school: { name: 'Lincoln Elementary' },
      schoolYear: { label: '2026–27' },
      meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-09-02' },
      targets: { coachingPct: 60, learningPct: 10 },
      openItemsAccepted: true,
      signedAt,
      revises: false,
      signatures: { coach: { name: 'Renée Okafor', signedAt }, principal: { name: 'José Martínez', signedAt } },
    })
    // Sections are stored complete, defaults filled in, so later defaults never change them.
    expect(s.sections).toEqual(readSections(decidedSections()))
    expect(s.tasks).toEqual([
      {
        taskId: 't-cycles',
        title: 'Impact cycles with teachers',
        description: '',
        bucket: 'coaching',
        choice: 'will',
        weeklyHours: 24,
        insteadBy: '',
        note: '',
      },
      {
        taskId: 't-learn',
        title: 'Coach’s own professional learning',
        description: '',
        bucket: 'learning',
        choice: 'will',
        weeklyHours: 4,
        insteadBy: '',
        note: '',
      },
      {
        taskId: 't-plc',
        title: 'Leading PLCs',
        description: '',
        bucket: 'other',
        choice: 'wont',
        weeklyHours: null,
        insteadBy: 'Grade-level team leads — Zoë Lindqvist',
        note: 'Coach joins as a guest “when invited”',
      },
      {
        taskId: 't-testing',
        title: 'Overseeing state testing',
        description: '',
        bucket: 'other',
        choice: 'will',
        weeklyHours: 2,
        insteadBy: '',
        note: '',
      },
    ])
  })

  it('keeps decided tasks even when archived, and open tasks only while active', () => {
    const withArchive = [
      { ...tasks[0]!, archived: true },
      tasks[1]!,
      tasks[2]!,
      task('t-open', 'Walk-throughs', 'other', 5),
      task('t-old', 'Bus duty', 'other', 6, true),
    ]
    const s = snapshotOf(agreement(), {
      ...live,
      tasks: withArchive,
      decisions: [...decisions.slice(0, 3), decision('a-1', 't-old', 'discuss')],
    })
    expect(s.tasks.map((t) => [t.taskId, t.choice])).toEqual([
      ['t-cycles', 'will'],
      ['t-learn', 'will'],
      ['t-plc', 'wont'],
      ['t-open', 'undecided'],
    ])
  })

  it('is a copy: changing the records afterwards changes nothing in it', () => {
    const records = structuredClone(live)
    const s = snapshotOf(signedRecord, records)
    const frozen = structuredClone(s)
    records.tasks[2]!.title = 'Renamed'
    records.tasks[2]!.bucket = 'coaching'
    records.decisions[0]!.weeklyHours = 1
    expect(s).toEqual(frozen)
  })
})

describe('one way to read a version', () => {
  it('reads a signed version from its snapshot only, never its records', () => {
    const snapshot = snapshotOf(signedRecord, live)
    const view = versionView({ ...signedRecord, snapshot, fingerprint: 'f'.repeat(64) }, () => {
      throw new Error('read live records')
    })
    expect(view).toEqual({ snapshot, fingerprint: 'f'.repeat(64) })
  })

  it('builds a draft from its records as they are now, without a fingerprint', () => {
    const renamed = tasks.map((t) => (t.id === 't-plc' ? { ...t, title: 'Leading professional learning communities' } : t))
    const view = versionView(agreement(), () => ({ ...live, tasks: renamed }))
    expect(view.fingerprint).toBeNull()
    expect(view.snapshot.status).toBe('draft')
    expect(view.snapshot.tasks.find((t) => t.taskId === 't-plc')?.title).toBe('Leading professional learning communities')
  })

  it('gives a version signed before snapshots existed the snapshot its records hold', () => {
    const all = { decisions, tasks, schools: [school], schoolYears: [schoolYear] }
    const sealed = withSnapshot(signedRecord, all)
    expect(sealed.snapshot).toEqual(snapshotOf(signedRecord, live, firstEditionDefaults()))
    // What it stored nothing for reads as the first edition had it, never as today's undecided defaults.
    const bare = withSnapshot({ ...signedRecord, sections: {} }, all).snapshot!
    expect(bare.sections.principles.voice.agreed).toBe(true)
    expect(bare.sections.confidentiality.policy).toBe('what-and-whom')
    expect(bare.sections.understanding.edition).toBeUndefined()
    expect(bare.sections.support.commitments.map((c) => c.checked)).toEqual(Array(7).fill(true))
    expect(withSnapshot(agreement(), all)).toEqual(agreement())
    expect(withSnapshot(sealed, { ...all, tasks: [] })).toBe(sealed)
  })

  it('refuses a signed record without a snapshot, and a draft with one', () => {
    const snapshot = snapshotOf(signedRecord, live)
    expect(agreementSchema.safeParse(signedRecord).success).toBe(false)
    expect(agreementSchema.safeParse({ ...signedRecord, snapshot, fingerprint: 'a'.repeat(64) }).success).toBe(true)
    expect(agreementSchema.safeParse({ ...signedRecord, snapshot: { ...snapshot, version: 2 } }).success).toBe(false)
    expect(agreementSchema.safeParse({ ...agreement(), snapshot }).success).toBe(false)
    expect(agreementSchema.safeParse({ ...signedRecord, snapshot, fingerprint: 'not hex' }).success).toBe(false)
  })
})

describe('canonical form and fingerprint', () => {
  const snapshot = snapshotOf(signedRecord, live)

  /** The same object with every key in reverse order, all the way down. */
  function reversed(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reversed)
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversed(v)]),
      )
    return value
  }

  it('is the same text whatever order the keys were written in', async () => {
    const other = reversed(snapshot) as AgreementSnapshot
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(snapshot))
    expect(canonicalJson(other)).toBe(canonicalJson(snapshot))
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}')
    expect(await fingerprintOf(other)).toBe(await fingerprintOf(snapshot))
  })

  it('is the SHA-256 of the canonical form, 64 hex digits, shown short in groups of four', async () => {
    const fp = await fingerprintOf(snapshot)
    expect(fp).toMatch(/^[0-9a-f]{64}$/)
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(snapshot)))
    expect(fp).toBe(Buffer.from(digest).toString('hex'))
    expect(shortFingerprint('0123456789abcdef0123')).toBe('0123 4567 89AB CDEF')
    expect(await snapshotMatches(snapshot, fp)).toBe(true)
  })

  it('changes when any field changes', async () => {
    const base = await fingerprintOf(snapshot)
    const edits: Array<(s: AgreementSnapshot) => void> = [
      (s) => {
        s.tasks[2]!.title = 'Leading PLCs.'
      },
      (s) => {
        s.tasks[2]!.description = 'Weekly'
      },
      (s) => {
        s.tasks[2]!.bucket = 'coaching'
      },
      (s) => {
        s.tasks[2]!.choice = 'will'
      },
      (s) => {
        s.tasks[0]!.weeklyHours = 24.25
      },
      (s) => {
        s.tasks[2]!.insteadBy = 'Team leads'
      },
      (s) => {
        s.tasks[2]!.note = ''
      },
      (s) => {
        s.tasks.reverse()
      },
      (s) => {
        s.tasks.pop()
      },
      (s) => {
        s.targets.coachingPct = 65
      },
      (s) => {
        s.sections.understanding.frequency = 'Every two weeks'
      },
      (s) => {
        s.sections.principles.praxis.agreed = false
      },
      (s) => {
        s.meeting.coachName = 'Renee Okafor'
      },
      (s) => {
        s.meeting.date = '2026-09-03'
      },
      (s) => {
        s.signatures.principal!.name = 'Jose Martinez'
      },
      (s) => {
        s.signedAt = signedAt + 1
      },
      (s) => {
        s.school.name = 'Lincoln Elementary School'
      },
      (s) => {
        s.schoolYear.label = '2026-27'
      },
      (s) => {
        s.openItemsAccepted = false
      },
      (s) => {
        s.version = 2
      },
    ]
    const seen = new Set([base])
    for (const edit of edits) {
      const changed = structuredClone(snapshot)
      edit(changed)
      const fp = await fingerprintOf(changed)
      expect(fp, edit.toString()).not.toBe(base)
      expect(await snapshotMatches(changed, base)).toBe(false)
      seen.add(fp)
    }
    expect(seen.size).toBe(edits.length + 1)
  })
})
