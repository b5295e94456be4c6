/** The signature block at the end of the agreement: one column per signer. */
import type { Layout } from './layout'
import { COLORS, LINE_GAP, MARGIN_X, SIZE } from './style'

export function signatureGeometry(l: Layout, signers: Array<{ name: string }>) {
  const gap = 28
  const colWidth = (l.width - gap * (signers.length - 1)) / signers.length
  // Names wrap rather than run into the next column: a name is always shown whole.
  const nameHeight = Math.max(...signers.map((s) => l.textHeight(s.name || ' ', false, 13, colWidth)))
  return { gap, colWidth, nameHeight, height: 18 + nameHeight + 6 + 28 }
}

/** Two signature blocks side by side; read as coach, then principal. */
export function signatures(l: Layout, signers: Array<{ role: string; name: string; line: string; signed: boolean }>) {
  const { gap, colWidth, nameHeight, height } = signatureGeometry(l, signers)
  l.room(height)
  const top = l.doc.y
  const lineY = top + 18 + nameHeight + 2
  signers.forEach((s, i) => {
    const x = MARGIN_X + i * (colWidth + gap)
    const sect = l.doc.struct('Div')
    l.root.add(sect)
    sect.add(
      l.doc.struct('P', {}, () => {
        l.font(true, SIZE.small, COLORS.muted).text(s.role, x, top, { width: colWidth, lineGap: LINE_GAP })
      }),
    )
    sect.add(
      l.doc.struct('P', {}, () => {
        l.font(false, 13, COLORS.ink).text(s.name || ' ', x, top + 16, { width: colWidth, lineGap: LINE_GAP })
      }),
    )
    l.artifact(() => {
      l.doc
        .moveTo(x, lineY)
        .lineTo(x + colWidth, lineY)
        .lineWidth(0.6)
        .strokeColor(COLORS.ink)
        .stroke()
    })
    sect.add(
      l.doc.struct('P', {}, () => {
        l.font(false, SIZE.small, s.signed ? COLORS.muted : COLORS.alert).text(s.line, x, lineY + 5, {
          width: colWidth,
          lineGap: LINE_GAP,
        })
      }),
    )
    sect.end()
  })
  l.doc.x = MARGIN_X
  l.doc.y = top + height + 6
}
