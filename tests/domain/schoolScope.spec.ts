import { describe, expect, it } from 'vitest'
import {
  ALL_SCHOOLS,
  dashboardSchool,
  entriesOfSchool,
  requestedScope,
  schoolsInScope,
  scopeLabel,
  scopeValue,
  timeLogSchool,
} from '@/domain/schoolScope'

const one = [{ id: 'lincoln', name: 'Lincoln Elementary' }]
const two = [...one, { id: 'washington', name: 'Washington Middle' }]

describe('school scope values', () => {
  it('writes and reads the address value', () => {
    expect(scopeValue(null)).toBe(ALL_SCHOOLS)
    expect(scopeValue('lincoln')).toBe('lincoln')
    expect(requestedScope(ALL_SCHOOLS)).toBeNull()
    expect(requestedScope(undefined)).toBeNull()
    expect(requestedScope(null)).toBeNull()
    expect(requestedScope('lincoln')).toBe('lincoln')
  })
})

describe('timeLogSchool', () => {
  it('means all schools only when there are several', () => {
    expect(timeLogSchool(ALL_SCHOOLS, two, 'washington')).toBeNull()
    expect(timeLogSchool(ALL_SCHOOLS, one, null)).toBe('lincoln')
  })
  it('takes a known requested school, else the active one, else the first', () => {
    expect(timeLogSchool('washington', two, 'lincoln')).toBe('washington')
    expect(timeLogSchool('gone', two, 'washington')).toBe('washington')
    expect(timeLogSchool(null, two, 'gone')).toBe('lincoln')
    expect(timeLogSchool(null, [], 'lincoln')).toBeNull()
  })
})

describe('dashboardSchool', () => {
  it('is every school for all, and the only school when there is one', () => {
    expect(dashboardSchool(ALL_SCHOOLS, one, 'lincoln')).toBeNull()
    expect(dashboardSchool('gone', one, null)).toBe('lincoln')
    expect(dashboardSchool(undefined, [], null)).toBeNull()
  })
  it('takes the requested school, else the active one, and falls back to all schools', () => {
    expect(dashboardSchool('washington', two, 'lincoln')).toBe('washington')
    expect(dashboardSchool(undefined, two, 'washington')).toBe('washington')
    expect(dashboardSchool('gone', two, 'lincoln')).toBeNull()
    expect(dashboardSchool(undefined, two, null)).toBeNull()
  })
})

describe('filtering and labels', () => {
  it('covers one school or all of them', () => {
    expect(schoolsInScope(two, null)).toEqual(two)
    expect(schoolsInScope(two, 'washington')).toEqual([two[1]])
    const entries = [{ schoolId: 'lincoln' }, { schoolId: 'washington' }]
    expect(entriesOfSchool(entries, 'lincoln')).toEqual([{ schoolId: 'lincoln' }])
    expect(entriesOfSchool(entries, null)).toEqual(entries)
    expect(entriesOfSchool(entries, null)).not.toBe(entries)
  })
  it('names the scope', () => {
    expect(scopeLabel(two, null)).toBe('All schools: Lincoln Elementary, Washington Middle')
    expect(scopeLabel([two[1]!], 'washington')).toBe('Washington Middle')
    expect(scopeLabel([], 'gone')).toBe('Unknown school')
  })
})

describe('the sample school in the school scope', () => {
  const schools = [
    { id: 'a', name: 'Lincoln Elementary' },
    { id: 's', name: 'Maple Grove Elementary', sample: true },
    { id: 'b', name: 'Washington Middle' },
  ]
  it('leaves the sample school out of every school combined, not out of itself', async () => {
    const { schoolsInScope, scopeLabel, entriesOfRealSchools, sampleSchoolIds } = await import('@/domain/schoolScope')
    expect(schoolsInScope(schools, null).map((s) => s.id)).toEqual(['a', 'b'])
    expect(schoolsInScope(schools, 's').map((s) => s.id)).toEqual(['s'])
    expect(scopeLabel(schoolsInScope(schools, null), null)).toBe('All schools: Lincoln Elementary, Washington Middle')
    expect(scopeLabel(schoolsInScope(schools, 's'), 's')).toBe('Maple Grove Elementary (Sample school)')
    expect(sampleSchoolIds(schools)).toEqual(new Set(['s']))
    const entries = [{ schoolId: 'a' }, { schoolId: 's' }, { schoolId: 'b' }]
    expect(entriesOfRealSchools(entries, schools)).toEqual([{ schoolId: 'a' }, { schoolId: 'b' }])
    // Kept as a real school: counted like any other.
    const kept = schools.map((s) => ({ id: s.id, name: s.name }))
    expect(schoolsInScope(kept, null)).toHaveLength(3)
    expect(entriesOfRealSchools(entries, kept)).toHaveLength(3)
  })
})
