import { describe, expect, it } from 'vitest'
import { buildProgramSection } from '@/domain/report'
import type { CoachingCycle } from '@/domain/schemas/cycle'
import { confidentiality, reportUnder } from '../../support/reportPolicies'

const SECRETS = ['Zelda Quintero-Marsh', 'SECRET reality text', 'SECRET reflection text', 'SECRET reason text']
function cycle(i: number, label: string): CoachingCycle {
  return {
    id: `c${i}`,
    schoolId: 's1',
    schoolYearId: 'y1',
    teacherName: `${SECRETS[0]} ${i}`,
    teacherLabel: label,
    gradeOrSubject: 'Grade 4',
    startDate: `2026-09-0${i}`,
    evidence: [],
    currentReality: SECRETS[1]!,
    goal: `Goal topic ${i}`,
    peers: [],
    measure: { what: 'mastery', kind: 'percent', unitLabel: '%', min: null, max: null },
    baseline: { value: 40, date: '2026-09-07' },
    target: { value: 80, date: '2026-11-01' },
    strategies: [{ playbookId: null, name: 'Wait time' }],
    adaptations: [],
    progressChecks: [{ id: `p${i}`, date: '2026-10-01', value: 61, note: 'SECRET check note' }],
    outcome: { result: 'met', date: '2026-10-05', reason: SECRETS[3]! },
    reflection: SECRETS[2]!,
    createdAt: 0,
    updatedAt: 0,
  }
}
const cycles = [cycle(1, 'T.A.'), cycle(2, ''), cycle(3, ''), cycle(4, 'Pseudo')]
const source = (c: ReturnType<typeof confidentiality> | null) => [{ school: 'North', confidentiality: c }]

function expectNoSecrets(json: string) {
  for (const s of [...SECRETS, 'SECRET check note']) expect(json).not.toContain(s)
}

describe('the program section per policy', () => {
  it('carries counts and rates only when nothing is shared', () => {
    const p = buildProgramSection(cycles, [], source(confidentiality('nothing-shared')))
    const json = JSON.stringify(p)
    expect(p.level).toBe('counts')
    expect(p.teachers).toEqual([])
    expect(p.figures.find((f) => f.label === 'Met')?.value).toBe(4)
    expect(json).not.toContain('T.A.')
    expect(json).not.toContain('Goal topic')
    expectNoSecrets(json)
  })

  it('adds labels and goal topics, nothing evaluative per teacher, under what and with whom', () => {
    const p = buildProgramSection(cycles, [], source(confidentiality('what-and-whom')))
    expect(p.level).toBe('what-and-whom')
    expect(p.teachers).toEqual([
      { label: 'T.A.', topic: 'Goal topic 1' },
      { label: 'Teacher 1', topic: 'Goal topic 2' },
      { label: 'Teacher 2', topic: 'Goal topic 3' },
      { label: 'Pseudo', topic: 'Goal topic 4' },
    ])
    for (const t of p.teachers) expect(Object.keys(t).sort()).toEqual(['label', 'topic'])
    expectNoSecrets(JSON.stringify(p))
  })

  it('treats no policy, and an own policy without a choice for cycles, like nothing shared', () => {
    for (const c of [confidentiality('own', 'all'), null]) {
      const p = buildProgramSection(cycles, [], source(c))
      expect(p.level).toBe('counts')
      expect(p.teachers).toEqual([])
      expectNoSecrets(JSON.stringify(p))
    }
  })

  it('follows what the two chose for cycles under their own policy', () => {
    const own = (cyclesChoice: 'counts' | 'what-and-whom') => ({
      ...confidentiality('own'),
      report: { taskNames: 'none' as const, cycles: cyclesChoice },
    })
    const counts = buildProgramSection(cycles, [], source(own('counts')))
    expect(counts.level).toBe('counts')
    expect(JSON.stringify(counts)).not.toContain('Goal topic')
    const whom = buildProgramSection(cycles, [], source(own('what-and-whom')))
    expect(whom.level).toBe('what-and-whom')
    expect(whom.teachers[0]).toEqual({ label: 'T.A.', topic: 'Goal topic 1' })
    expectNoSecrets(JSON.stringify(whom))
  })

  it('lets the strictest school decide over several schools', () => {
    const p = buildProgramSection(
      cycles,
      [],
      [
        { school: 'North', confidentiality: confidentiality('what-and-whom') },
        { school: 'South', confidentiality: confidentiality('nothing-shared') },
      ],
    )
    expect(p.level).toBe('counts')
  })
})

describe('the smallest group of teachers a figure may describe', () => {
  const three = cycles.slice(0, 3)
  const metOf = (p: ReturnType<typeof buildProgramSection>) => p.figures.find((f) => f.label === 'Met')!

  it('withholds under 4 a figure behind three teachers that 3 shows, and says so in the carried sentence', () => {
    const policy = source(confidentiality('nothing-shared'))
    expect(metOf(buildProgramSection(three, [], policy))).toMatchObject({ value: 3, withheld: false })
    expect(metOf(buildProgramSection(three, [], policy, { minTeachers: 3 }))).toMatchObject({ value: 3, withheld: false })
    const stricter = buildProgramSection(three, [], policy, { minTeachers: 4 })
    expect(metOf(stricter)).toMatchObject({ value: null, withheld: true })
    expect(metOf(stricter).reason).toContain('fewer than 4')
    expect(stricter.carries).toContain('Figures behind fewer than 4 teachers are withheld.')
  })

  it('reaches the report from its input', () => {
    const policy = confidentiality('nothing-shared')
    const shown = reportUnder(policy, [], { cycles: three, cycleSessions: [] }).report.program
    const kept = reportUnder(policy, [], { cycles: three, cycleSessions: [], minTeachers: 4 }).report.program
    expect(metOf(shown).value).toBe(3)
    expect(metOf(kept).withheld).toBe(true)
  })
})
