import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatHours,
  formatHoursWithUnit,
  fromQuarters,
  parseHours,
  parseWeeklyHours,
  quartersOf,
  sumHours,
  toQuarters,
} from '@/domain/hours'

const hoursOf = (text: string) => {
  const r = parseHours(text)
  if (!r.ok) throw new Error(`expected ${text} to parse, got: ${r.message}`)
  return r.hours
}
const messageOf = (text: string) => {
  const r = parseHours(text)
  if (r.ok) throw new Error(`expected ${text} to fail, got ${r.hours}`)
  return r.message
}

describe('parseHours', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['.75', 0.75],
    ['2', 2],
    ['0.25', 0.25],
    ['1.5h', 1.5],
    ['2 hours', 2],
    ['1 hr', 1],
    ['1:30', 1.5],
    ['0:45', 0.75],
    [':15', 0.25],
    ['8:00', 8],
    ['90m', 1.5],
    ['90 min', 1.5],
    ['45 minutes', 0.75],
    ['15m', 0.25],
    ['1.5m', 0],
    ['1h30', 1.5],
    ['1h 30m', 1.5],
    ['1 h 30 min', 1.5],
    ['1h30min', 1.5],
    ['2h15', 2.25],
    ['1h', 1],
    ['  1.5  ', 1.5],
    ['1H 30M', 1.5],
    ['24', 24],
    ['23:45', 23.75],
  ])('reads %s as %d hours', (text, hours) => {
    if (hours === 0) expect(messageOf(text)).toContain('quarter hour')
    else expect(hoursOf(text)).toBe(hours)
  })

  it('an empty cell or zero means nothing logged', () => {
    expect(hoursOf('')).toBe(0)
    expect(hoursOf('   ')).toBe(0)
    expect(hoursOf('0')).toBe(0)
    expect(hoursOf('0:00')).toBe(0)
  })

  // Issue 12: a value between two quarters used to be rounded silently (1.52 saved as 1.5).
  it('refuses a value that is not a whole quarter hour, naming the two nearest quarters', () => {
    expect(messageOf('1.52')).toBe('Hours are kept to the quarter hour (15 minutes): type 1.5 or 1.75.')
    expect(messageOf('1.1')).toBe('Hours are kept to the quarter hour (15 minutes): type 1 or 1.25.')
    expect(messageOf('1.3')).toBe('Hours are kept to the quarter hour (15 minutes): type 1.25 or 1.5.')
    expect(messageOf('1:20')).toBe('Hours are kept to the quarter hour (15 minutes): type 1.25 or 1.5.')
    expect(messageOf('50m')).toBe('Hours are kept to the quarter hour (15 minutes): type 0.75 or 1.')
    expect(messageOf('23:59')).toBe('Hours are kept to the quarter hour (15 minutes): type 23.75 or 24.')
    for (const text of ['1.13', '1.125', '1.4', '20m', '1h10', '0:20']) expect(messageOf(text), text).toContain('kept to the quarter hour')
  })

  it('accepts every quarter hour exactly, however it is written', () => {
    expect(hoursOf('1.25')).toBe(1.25)
    expect(hoursOf('1,75')).toBe(1.75)
    expect(hoursOf('0:15')).toBe(0.25)
    expect(hoursOf('75m')).toBe(1.25)
    expect(hoursOf('2h45')).toBe(2.75)
    expect(hoursOf('1.50')).toBe(1.5)
    for (let q = 0; q <= 96; q++) expect(hoursOf(String(q / 4))).toBe(q / 4)
  })

  it('refuses negative hours', () => {
    expect(messageOf('-1')).toBe('Hours cannot be negative.')
    expect(messageOf('−2')).toBe('Hours cannot be negative.')
    expect(messageOf('-0:30')).toBe('Hours cannot be negative.')
  })

  it('refuses anything that is not a number of hours, naming what was typed', () => {
    for (const text of ['abc', '1.5.5', 'one', '1:75', '1h75', '1:5:0', 'h', '1 2', '1e3', 'NaN', 'Infinity', '0x10']) {
      expect(messageOf(text), text).toContain('is not a number of hours')
    }
    expect(messageOf('abc')).toBe('“abc” is not a number of hours. Type hours like 1.5, 1:30, 90m or 1h 30m.')
  })

  it('refuses more than 24 hours', () => {
    expect(messageOf('24.25')).toBe('A day has at most 24 hours.')
    expect(messageOf('25:00')).toBe('A day has at most 24 hours.')
    expect(messageOf('1500m')).toBe('A day has at most 24 hours.')
    expect(messageOf('90')).toBe('A day has at most 24 hours.')
  })

  it('refuses a positive amount too small to round to a quarter hour', () => {
    expect(messageOf('5m')).toContain('at least a quarter hour')
    expect(messageOf('0.1')).toContain('at least a quarter hour')
  })
})

describe('formatHours', () => {
  it('drops trailing zeros', () => {
    expect(formatHours(1.5)).toBe('1.5')
    expect(formatHours(2)).toBe('2')
    expect(formatHours(0.25)).toBe('0.25')
    expect(formatHours(12.75)).toBe('12.75')
  })

  it('shows every quarter hour exactly, never rounded to a tenth', () => {
    expect(formatHours(1.25)).toBe('1.25')
    expect(formatHours(0.75)).toBe('0.75')
    expect(formatHours(0.25 + 0.5)).toBe('0.75')
    for (let q = 0; q <= 400; q++) expect(Number(formatHours(q / 4))).toBe(q / 4)
    expect(formatHoursWithUnit(1.25)).toBe('1.25 h')
  })

  it('keeps two decimals for figures worked out from hours, and never writes -0', () => {
    expect(formatHours(10 / 3)).toBe('3.33')
    expect(formatHours(-0.001)).toBe('0')
  })
})

describe('parseWeeklyHours', () => {
  it('accepts quarter hours exactly', () => {
    expect(parseWeeklyHours('1.25')).toEqual({ ok: true, value: 1.25 })
    expect(parseWeeklyHours('0,75')).toEqual({ ok: true, value: 0.75 })
    expect(parseWeeklyHours('+2')).toEqual({ ok: true, value: 2 })
  })

  // Issue 12: 1.234 used to be saved as 1.23 without a word.
  it('refuses an estimate between two quarter hours instead of rounding it', () => {
    expect(parseWeeklyHours('1.234')).toEqual({
      ok: false,
      message: 'Estimates are kept to the quarter hour (15 minutes): type 1 or 1.25.',
    })
    expect(parseWeeklyHours('2.6')).toEqual({
      ok: false,
      message: 'Estimates are kept to the quarter hour (15 minutes): type 2.5 or 2.75.',
    })
  })
})

describe('quartersOf', () => {
  it('counts whole quarters, allowing for float noise', () => {
    expect(quartersOf(0.1 + 0.15)).toBe(1)
    expect(quartersOf(1.3)).toBeNull()
  })
})

describe('quarter-hour sums', () => {
  it('turns hours into whole quarters and back', () => {
    expect(toQuarters(1.5)).toBe(6)
    expect(toQuarters(0.25)).toBe(1)
    expect(toQuarters(0.1 + 0.2)).toBe(1)
    expect(fromQuarters(7)).toBe(1.75)
  })

  it('sums hours exactly where a float sum drifts', () => {
    const items = Array.from({ length: 10 }, () => ({ hours: 0.1 * 2.5 }))
    expect(sumHours(items)).toBe(2.5)
    expect(sumHours([])).toBe(0)
    expect(sumHours([{ hours: 0.75 }, { hours: 1.25 }, { hours: 8 }])).toBe(10)
  })

  it('the sum of quarter-hour values is the exact quarter sum, with no float drift', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 96 }), { maxLength: 200 }), (quarters) => {
        const items = quarters.map((q) => ({ hours: q * 0.25 }))
        const exact = quarters.reduce((a, b) => a + b, 0)
        expect(sumHours(items)).toBe(exact / 4)
        expect(toQuarters(sumHours(items))).toBe(exact)
      }),
    )
  })

  it('sums do not depend on order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 96 }), { maxLength: 50 }), (quarters) => {
        const items = quarters.map((q) => ({ hours: q / 4 }))
        expect(sumHours([...items].reverse())).toBe(sumHours(items))
      }),
    )
  })
})
