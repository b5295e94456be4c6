/** Text blocks of the PDF: headings (kept with what follows), paragraphs and bulleted lists. */
import type { Tone } from './model'
import type { Layout } from './layout'
import { BODY_TOP, COLORS, LINE_GAP, MARGIN_X, SIZE, TONE } from './style'

export function headingStyle(level: 1 | 2 | 3) {
  return level === 1
    ? { size: SIZE.h1, color: COLORS.accent, before: 0, after: 6 }
    : level === 2
      ? { size: SIZE.h2, color: COLORS.accent, before: 16, after: 8 }
      : { size: SIZE.h3, color: COLORS.ink, before: 8, after: 4 }
}

export function heading(l: Layout, level: 1 | 2 | 3, text: string, keepWithNext: () => number) {
  const s = headingStyle(level)
  const height = l.textHeight(text, true, s.size)
  l.room(s.before + height + s.after + keepWithNext())
  if (l.doc.y > BODY_TOP + 1) l.doc.y += s.before
  l.tag(`H${level}`, () => {
    l.font(true, s.size, s.color).text(text, MARGIN_X, l.doc.y, { width: l.width, lineGap: LINE_GAP })
  })
  if (level === 2) {
    const y = l.doc.y + 2
    l.artifact(() => {
      l.doc
        .moveTo(MARGIN_X, y)
        .lineTo(MARGIN_X + l.width, y)
        .lineWidth(0.8)
        .strokeColor(COLORS.rule)
        .stroke()
    })
    l.doc.y = y
  }
  l.doc.y += s.after
}

export function paragraphSize(b: { small?: boolean; lead?: boolean }) {
  return b.lead ? SIZE.lead : b.small ? SIZE.small : SIZE.body
}

export function paragraph(l: Layout, b: { text: string; tone?: Tone; small?: boolean; bold?: boolean; lead?: boolean }) {
  const size = paragraphSize(b)
  l.room(size * 1.6)
  l.tag('P', () => {
    l.font(!!b.bold, size, TONE[b.tone ?? 'body']).text(b.text, MARGIN_X, l.doc.y, { width: l.width, lineGap: LINE_GAP })
  })
  l.doc.y += 6
}

/** A list with a hanging indent; each item is LI > Lbl (the bullet) + LBody (the text). */
export function list(l: Layout, items: string[], tone: Tone, small: boolean) {
  const size = small ? SIZE.small : SIZE.body
  const list = l.doc.struct('L')
  l.root.add(list)
  for (const item of items) {
    l.room(size * 1.6)
    const li = l.doc.struct('LI')
    list.add(li)
    const top = l.doc.y
    li.add(
      l.doc.struct('Lbl', {}, () => {
        l.doc
          .circle(MARGIN_X + 6, top + size * 0.62, 1.8)
          .fillColor(TONE[tone])
          .fill()
      }),
    )
    li.add(
      l.doc.struct('LBody', {}, () => {
        l.font(false, size, TONE[tone]).text(item, MARGIN_X + 16, top, { width: l.width - 16, lineGap: LINE_GAP })
      }),
    )
    li.end()
    l.doc.y += 3
  }
  list.end()
  l.doc.y += 4
}
