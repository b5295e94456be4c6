import { describe, expect, it } from 'vitest'
import { formatHours, parseHours, roundToQuarterHour } from '@/domain/hours'

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
    ['1.5', 1.5], ['1,5', 1.5], ['.75', 0.75], ['2', 2], ['0.25', 0.25], ['1.5h', 1.5], ['2 hours', 2], ['1 hr', 1],
    ['1:30', 1.5], ['0:45', 0.75], [':15', 0.25], ['8:00', 8],
    ['90m', 1.5], ['90 min', 1.5], ['45 minutes', 0.75], ['15m', 0.25], ['1.5m', 0],
    ['1h30', 1.5], ['1h 30m', 1.5], ['1 h 30 min', 1.5], ['1h30min', 1.5], ['2h15', 2.25], ['1h', 1],
    ['  1.5  ', 1.5], ['1H 30M', 1.5], ['24', 24], ['23:59', 24],
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

  it('rounds to the nearest quarter hour', () => {
    expect(hoursOf('1.1')).toBe(1)
    expect(hoursOf('1.13')).toBe(1.25)
    expect(hoursOf('1.125')).toBe(1.25)
    expect(hoursOf('1.3')).toBe(1.25)
    expect(hoursOf('1.4')).toBe(1.5)
    expect(hoursOf('50m')).toBe(0.75)
    expect(hoursOf('1:20')).toBe(1.25)
    expect(hoursOf('10m')).toBe(0.25)
    expect(roundToQuarterHour(0.125)).toBe(0.25)
  })

  it('refuses negative hours', () => {
    expect(messageOf('-1')).toBe('Hours cannot be negative')
    expect(messageOf('−2')).toBe('Hours cannot be negative')
    expect(messageOf('-0:30')).toBe('Hours cannot be negative')
  })

  it('refuses anything that is not a number of hours, naming what was typed', () => {
    for (const text of ['abc', '1.5.5', 'one', '1:75', '1h75', '1:5:0', 'h', '1 2', '1e3', 'NaN', 'Infinity', '0x10']) {
      expect(messageOf(text), text).toContain('is not a number of hours')
    }
    expect(messageOf('abc')).toBe('“abc” is not a number of hours. Type hours like 1.5, 1:30, 90m or 1h 30m.')
  })

  it('refuses more than 24 hours', () => {
    expect(messageOf('24.25')).toBe('A day has at most 24 hours')
    expect(messageOf('25:00')).toBe('A day has at most 24 hours')
    expect(messageOf('1500m')).toBe('A day has at most 24 hours')
    expect(messageOf('90')).toBe('A day has at most 24 hours')
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
})
