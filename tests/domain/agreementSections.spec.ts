import { describe, expect, it } from 'vitest'
import { defaultSections, policyStatement, readSections, SECTION_IDS, SECTION_SCHEMAS } from '@/domain/agreementSections'

describe('agreement sections', () => {
  it('defaults cover all seven sections and each fits its own schema', () => {
    const d = defaultSections()
    expect(Object.keys(d).sort()).toEqual([...SECTION_IDS].sort())
    for (const id of SECTION_IDS) expect(SECTION_SCHEMAS[id].safeParse(d[id]).success, id).toBe(true)
    expect(d.confidentiality.policy).toBe('what-and-whom')
    expect(d.support.commitments.length).toBeGreaterThanOrEqual(4)
  })

  it('reads an empty draft as the defaults', () => {
    expect(readSections({})).toEqual(defaultSections())
  })

  it('keeps stored values and fills fields an older version did not store', () => {
    const read = readSections({
      confidentiality: { policy: 'nothing-shared' },
      principles: { choice: { agreed: false } },
      learning: { coachOfCoaches: 'Zoë Lindqvist' },
    })
    expect(read.confidentiality).toEqual({ policy: 'nothing-shared', ownWording: '' })
    expect(read.principles.choice).toEqual({ agreed: false, note: '' })
    expect(read.principles.voice.agreed).toBe(true)
    expect(read.learning.coachOfCoaches).toBe('Zoë Lindqvist')
    expect(read.learning.playbookPlan).toBe(defaultSections().learning.playbookPlan)
  })

  it('falls back to the default for a section that is damaged', () => {
    const read = readSections({ confidentiality: { policy: 'tell-everyone' }, evaluation: 'yes', support: [] })
    expect(read.confidentiality).toEqual(defaultSections().confidentiality)
    expect(read.evaluation).toEqual(defaultSections().evaluation)
    expect(read.support).toEqual(defaultSections().support)
  })

  it('states each policy plainly, and an own policy in its own words', () => {
    expect(policyStatement({ policy: 'what-and-whom', ownWording: '' })).toMatch(/never shares anything evaluative/)
    expect(policyStatement({ policy: 'nothing-shared', ownWording: 'ignored' })).toMatch(/stays between the coach and the teacher/)
    expect(policyStatement({ policy: 'own', ownWording: '  Our words.  ' })).toBe('Our words.')
  })

  it('refuses a commitment with no words', () => {
    const bad = { commitments: [{ id: 'x', text: '   ', checked: true, custom: true }] }
    expect(SECTION_SCHEMAS.support.safeParse(bad).success).toBe(false)
  })
})
