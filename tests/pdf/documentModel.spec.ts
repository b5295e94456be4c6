import { describe, expect, it } from 'vitest'
import { withoutEmptyColumns, type PdfDocumentModel } from '@/pdf/document/model'
import { describeReplaced, REPLACEMENT_MARK, replaceUndrawable } from '@/pdf/document/glyphs'
import { fitToWidth } from '@/pdf/document/fitText'

const model = (text: string): PdfDocumentModel => ({
  title: text,
  author: 'A',
  subject: 'S',
  header: { left: text, right: 'R' },
  footer: 'F',
  blocks: [
    { kind: 'paragraph', text },
    { kind: 'table', columns: [{ header: 'Task' }], rows: [{ cells: [text] }] },
    { kind: 'keepTogether', blocks: [{ kind: 'signatures', signers: [{ role: 'Coach', name: text, line: 'l', signed: false }] }] },
  ],
})

// Draws Latin-1, curly quotes, the dash and ✓ only.
const canDraw = (cp: number) => cp < 0x100 || [0x201c, 0x201d, 0x2014, 0x2713].includes(cp)

describe('the PDF document model', () => {
  it('leaves out columns that are empty in every row, never the first', () => {
    const table = withoutEmptyColumns({
      columns: [{ header: 'Task' }, { header: 'Hours' }, { header: 'Note' }],
      rows: [{ cells: ['A', '2', ''] }, { cells: ['B', '', '  '] }],
    })
    expect(table.columns.map((c) => c.header)).toEqual(['Task', 'Hours'])
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['A', '2'],
      ['B', ''],
    ])
    expect(withoutEmptyColumns({ columns: [{ header: 'Task' }], rows: [{ cells: [''] }] }).columns).toHaveLength(1)
  })

  it('swaps each character the font cannot draw for a visible mark everywhere in the model, and lists them once', () => {
    const { model: out, replaced } = replaceUndrawable(model('Zoë ✓ 🎉 and 👍🏽 and ❤️ 中'), canDraw)
    // A skin-tone emoji and a heart with its variation selector are one character each.
    expect(replaced).toEqual(['🎉', '👍🏽', '❤️', '中'])
    const expected = `Zoë ✓ ${REPLACEMENT_MARK} and ${REPLACEMENT_MARK} and ${REPLACEMENT_MARK} ${REPLACEMENT_MARK}`
    expect(out.title).toBe(expected)
    expect(out.header.left).toBe(expected)
    expect(out.blocks[0]).toEqual({ kind: 'paragraph', text: expected })
    expect(out.blocks[1]).toMatchObject({ rows: [{ cells: [expected] }] })
    expect(out.blocks[2]).toMatchObject({ blocks: [{ signers: [{ name: expected }] }] })
  })

  it('keeps text it can draw exactly as typed', () => {
    const text = 'Renée “Okafor” — 60%\nline two'
    const { model: out, replaced } = replaceUndrawable(model(text), canDraw)
    expect(replaced).toEqual([])
    expect(out).toEqual(model(text))
  })

  it('tells the user in a sentence which characters were replaced', () => {
    expect(describeReplaced([])).toBe('')
    expect(describeReplaced(['🎉'])).toBe(`The PDF font cannot draw 🎉, so it shows as ${REPLACEMENT_MARK} in the file.`)
    expect(describeReplaced(['🎉', '📚', '中'])).toBe(
      `The PDF font cannot draw 🎉, 📚 and 中, so they show as ${REPLACEMENT_MARK} in the file.`,
    )
  })

  it('shortens a running header with an ellipsis only when it does not fit', () => {
    const width = (s: string) => [...s].length * 5
    expect(fitToWidth('Lincoln Elementary', 200, width)).toBe('Lincoln Elementary')
    const short = fitToWidth('Lincoln Elementary School of the Arts', 100, width)
    expect(short).toBe('Lincoln Elementary…')
    expect(width(short)).toBeLessThanOrEqual(100)
  })
})
