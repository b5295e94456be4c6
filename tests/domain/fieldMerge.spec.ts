import { describe, expect, it } from 'vitest'
import { defaultSections, understandingSchema } from '@/domain/agreementSections'
import { changedFields, mergeFieldChanges, sameValue, valueAt, withValueAt, writeAllowed } from '@/domain/fieldMerge'

const understanding = () => defaultSections().understanding

describe('the per-field write rule', () => {
  it('writes when the store still holds the base, or already holds the new value', () => {
    expect(writeAllowed('old', { base: 'old', value: 'mine' })).toBe(true)
    expect(writeAllowed('mine', { base: 'old', value: 'mine' })).toBe(true)
  })

  it('refuses when someone else changed the field since it was read', () => {
    expect(writeAllowed('theirs', { base: 'old', value: 'mine' })).toBe(false)
    expect(writeAllowed([{ id: 'a' }, { id: 'b' }], { base: [{ id: 'a' }], value: [{ id: 'a' }, { id: 'c' }] })).toBe(false)
  })

  it('compares plain data by value', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
  })
})

describe('mergeFieldChanges', () => {
  it('lands two writers who changed different fields of the same section', () => {
    const read = understanding()
    // Tab A saved "How often" first.
    const afterA = mergeFieldChanges(read, [{ path: ['frequency'], base: read.frequency, value: 'Every week.' }], understandingSchema).next
    // Tab B, still holding what it read before, saves its note: A's edit survives.
    const afterB = mergeFieldChanges(afterA, [{ path: ['note'], base: read.note, value: 'From tab B.' }], understandingSchema)
    expect(afterB.conflicts).toEqual([])
    expect(afterB.next).toMatchObject({ frequency: 'Every week.', note: 'From tab B.' })
  })

  it('tells the second writer of the same field, with the first writer’s text, and writes nothing for it', () => {
    const read = understanding()
    const afterA = mergeFieldChanges(read, [{ path: ['frequency'], base: read.frequency, value: 'A: every week.' }]).next
    const b = mergeFieldChanges(afterA, [
      { path: ['frequency'], base: read.frequency, value: 'B: every day.' },
      { path: ['note'], base: '', value: 'B’s note.' },
    ])
    expect(b.conflicts).toEqual([{ path: ['frequency'], theirs: 'A: every week.' }])
    expect(b.applied).toEqual([['note']])
    expect(b.next.frequency).toBe('A: every week.')
    // Keeping mine: the writer now names their text as the base it overrides.
    const kept = mergeFieldChanges(b.next, [{ path: ['frequency'], base: 'A: every week.', value: 'B: every day.' }])
    expect(kept.next.frequency).toBe('B: every day.')
  })

  it('keeps a change the schema refuses apart, so the other fields still save', () => {
    const read = understanding()
    const result = mergeFieldChanges(
      read,
      [
        { path: ['note'], base: '', value: 'x'.repeat(1001) },
        { path: ['frequency'], base: read.frequency, value: 'Weekly.' },
      ],
      understandingSchema,
    )
    expect(result.problems.map((p) => p.field)).toEqual(['note'])
    expect(result.next).toMatchObject({ note: '', frequency: 'Weekly.' })
  })
})

describe('field paths', () => {
  it('lists the changed leaves, reading arrays as one field', () => {
    const base = { a: 'x', nested: { b: true, c: 'y' }, list: [1, 2] }
    const edited = { a: 'x', nested: { b: false, c: 'y' }, list: [1, 2, 3] }
    expect(changedFields(base, edited)).toEqual([['nested', 'b'], ['list']])
    expect(valueAt(edited, ['nested', 'b'])).toBe(false)
    const next = withValueAt(base, ['nested', 'c'], 'z')
    expect(next).toEqual({ a: 'x', nested: { b: true, c: 'z' }, list: [1, 2] })
    expect(base.nested.c).toBe('y')
  })
})
