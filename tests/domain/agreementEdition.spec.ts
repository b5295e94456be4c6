import { describe, expect, it } from 'vitest'
import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { defaultSections, SECTION_IDS } from '@/domain/agreementSections'
import { describeSection } from '@/domain/agreementText'

/** The lines a first-edition version showed, as that release worded them. */
const FIRST_EDITION_LINES = {
  understanding: [
    ['cycle', 'Coaching cycle', 'The impact cycle: identify a goal, learn a strategy, improve until the goal is met'],
    ['frequency', 'How often', 'Each teacher in a cycle meets the coach every week; a full cycle usually takes six to ten weeks.'],
    ['note', 'Notes', ''],
  ],
  roleAndTime: [['priorities', 'Priorities', 'When time is short, the tasks that most affect student learning and well-being come first.']],
  confidentiality: [['policy', 'Policy', 'The coach shares what they work on and with whom, but nothing evaluative']],
}

describe('a version signed under the first edition', () => {
  const first = firstEditionDefaults()

  it('reads in the words it was signed with: no new lines, the old cycle wording, the old evaluation wording', () => {
    for (const [id, expected] of Object.entries(FIRST_EDITION_LINES)) {
      const lines = describeSection(id as keyof typeof FIRST_EDITION_LINES, first).map((l) => [l.key, l.label, l.value])
      expect(lines.slice(0, expected.length), id).toEqual(expected)
      if (id !== 'confidentiality') expect(lines, id).toHaveLength(expected.length)
    }
    expect(describeSection('confidentiality', first).map((l) => l.key)).toEqual(['policy', 'statement'])
    expect(describeSection('learning', first).map((l) => l.key)).toEqual(['coachOfCoaches', 'activities', 'playbookPlan'])
    expect(describeSection('evaluation', first).find((l) => l.key === 'raters')?.value).toBe(
      'Teachers the coach has coached; the coach’s administrator; the coach (self-evaluation)',
    )
    expect(describeSection('principles', first).every((l) => l.value === 'Agreed')).toBe(true)
  })

  it('a current draft reads in the current words and shows every addition', () => {
    const now = defaultSections()
    expect(describeSection('understanding', now).map((l) => l.key)).toEqual(['cycle', 'frequency', 'skills', 'note'])
    expect(describeSection('roleAndTime', now).map((l) => l.key)).toEqual(['priorities', 'newRequests', 'reviewDate'])
    expect(describeSection('confidentiality', now).map((l) => [l.key, l.value.slice(0, 14)])).toEqual([
      ['policy', 'Not chosen yet'],
      ['statement', ''],
      ['toldTeachers', 'Principal and '],
      ['exceptions', 'The coach shar'],
      ['videoOwnership', 'Video of a les'],
    ])
    expect(describeSection('principles', now).every((l) => l.value === 'Not decided yet')).toBe(true)
    expect(describeSection('evaluation', now).find((l) => l.key === 'program')?.value).toMatch(/reported in aggregate/)
    for (const id of SECTION_IDS) expect(describeSection(id, now).length, id).toBeGreaterThan(0)
  })
})

describe('the report choices of an own policy', () => {
  const own = (report: { taskNames: 'none' | 'all'; cycles?: 'counts' | 'what-and-whom' }) => ({
    ...defaultSections(),
    confidentiality: { ...defaultSections().confidentiality, policy: 'own' as const, ownWording: 'Ours.', report },
  })
  const lines = (report: Parameters<typeof own>[0]) => describeSection('confidentiality', own(report)).map((l) => l.key)

  it('lists the choice about coaching cycles only once one is made, so an older signed version reads as signed', () => {
    expect(lines({ taskNames: 'all' })).not.toContain('reportCycles')
    const chosen = describeSection('confidentiality', own({ taskNames: 'all', cycles: 'what-and-whom' }))
    expect(chosen.find((l) => l.key === 'reportCycles')?.value).toContain('teacher label and goal topic')
  })
})
