import { describe, expect, it } from 'vitest'
import { firstEditionDefaults } from '@/domain/agreementLegacy'
import { CYCLE_LABELS, PRINCIPLE_MEANINGS } from '@/domain/agreementMeanings'
import {
  defaultSections,
  policyLabel,
  policyStatement,
  PRINCIPLES,
  readSections,
  reportTaskNamesOf,
  SECTION_IDS,
  SECTION_SCHEMAS,
} from '@/domain/agreementSections'

describe('agreement sections', () => {
  it('defaults cover all seven sections and each fits its own schema', () => {
    const d = defaultSections()
    expect(Object.keys(d).sort()).toEqual([...SECTION_IDS].sort())
    for (const id of SECTION_IDS) expect(SECTION_SCHEMAS[id].safeParse(d[id]).success, id).toBe(true)
    expect(d.support.commitments.length).toBeGreaterThanOrEqual(10)
  })

  it('pre-agrees nothing: principles undecided, commitments unticked, no policy chosen', () => {
    const d = defaultSections()
    for (const p of PRINCIPLES) expect(d.principles[p].agreed, p).toBeNull()
    expect(d.support.commitments.every((c) => !c.checked)).toBe(true)
    expect(d.confidentiality.policy).toBeNull()
    expect(policyStatement(d.confidentiality)).toBe('')
    expect(policyLabel(d.confidentiality)).toBe('Not chosen yet')
    expect(reportTaskNamesOf(d.confidentiality)).toBe('none')
  })

  it('covers what the issue adds to each section', () => {
    const d = defaultSections()
    expect(d.understanding.skills).toMatch(/listening.*questions.*data.*high-impact/)
    expect(d.understanding.frequency).toMatch(/estimate/)
    expect(CYCLE_LABELS.impact).toMatch(/identify \(a clear picture of current reality, a goal and a strategy/)
    expect(d.roleAndTime.newRequests).toMatch(/next coach–principal meeting/)
    expect(d.roleAndTime.reviewDate).toBe('')
    expect(d.support.commitments.map((c) => c.id)).toEqual(
      expect.arrayContaining(['not-a-consequence', 'no-evaluative-questions', 'coaching-training']),
    )
    expect(d.learning).toMatchObject({ protectedTime: '', funding: '' })
    expect(d.confidentiality.exceptions).toMatch(/harm.*mandated reporting/)
    expect(d.confidentiality.videoOwnership).toMatch(/belongs to the teacher/)
    expect(d.confidentiality.toldTeachers).toMatch(/staff meeting/)
    expect(d.understanding.edition).toBe(2)
  })

  it('words the principles accurately, never as if teachers cannot see their own practice', () => {
    expect(PRINCIPLE_MEANINGS.equality).toMatch(/what the teacher knows counts as much as what the coach knows/)
    expect(PRINCIPLE_MEANINGS.choice).toMatch(/what they learn and how/)
    expect(PRINCIPLE_MEANINGS.dialogue).toMatch(/listens and asks more than they tell/)
    expect(PRINCIPLE_MEANINGS.praxis).toMatch(/reshaped to fit the teacher’s own classroom/)
    for (const text of Object.values(PRINCIPLE_MEANINGS))
      expect(text).not.toMatch(/cannot see|help (them|teachers) see|actually happening/i)
  })

  it('reads sections stored by the first edition unchanged: booleans stay decided, the policy stays chosen', () => {
    const stored = {
      principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: p !== 'voice', note: '' }])),
      confidentiality: { policy: 'what-and-whom', ownWording: '' },
    }
    const read = readSections(structuredClone(stored))
    for (const p of PRINCIPLES) expect(read.principles[p].agreed, p).toBe(p !== 'voice')
    expect(read.confidentiality.policy).toBe('what-and-whom')
    // A signed snapshot's sections (complete, first edition) parse to exactly what is stored.
    const firstEdition = firstEditionDefaults()
    for (const id of SECTION_IDS) expect(SECTION_SCHEMAS[id].parse(structuredClone(firstEdition[id])), id).toEqual(firstEdition[id])
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
    expect(read.confidentiality).toMatchObject({ policy: 'nothing-shared', ownWording: '' })
    expect(read.principles.choice).toEqual({ agreed: false, note: '' })
    expect(read.principles.voice.agreed).toBeNull()
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

describe('commitments added since a draft was made', () => {
  it('join an older draft’s list unticked, keeping what it stored; a frozen first-edition reading keeps its list', async () => {
    const { DEFAULT_COMMITMENTS, readSections } = await import('@/domain/agreementSections')
    const { firstEditionDefaults } = await import('@/domain/agreementLegacy')
    const old = DEFAULT_COMMITMENTS.slice(0, 7).map((c, i) => ({ ...c, checked: i % 2 === 0, custom: false }))
    const own = { id: 'own-1', text: 'Cover lunch duty on Fridays', checked: true, custom: true }
    const read = readSections({ support: { commitments: [...old, own] } })
    expect(read.support.commitments.slice(0, 8)).toEqual([...old, own])
    const added = read.support.commitments.slice(8)
    expect(added.map((c) => c.id)).toEqual(DEFAULT_COMMITMENTS.slice(7).map((c) => c.id))
    expect(added.length).toBeGreaterThanOrEqual(3)
    for (const c of added) expect(c).toMatchObject({ checked: false, custom: false })
    expect(readSections({ support: { commitments: old } }, firstEditionDefaults()).support.commitments).toEqual(old)
  })
})
