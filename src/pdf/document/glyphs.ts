/**
 * No character is dropped silently: every character the embedded font cannot draw (emoji,
 * most CJK) is swapped for a visible mark, and the caller learns which ones were swapped so it
 * can tell the user before the download.
 */
import { mapModelText, type PdfDocumentModel } from './model'

/** The replacement character, drawn by DejaVu Sans as a black diamond with a question mark. */
export const REPLACEMENT_MARK = '\uFFFD'

// Invisible joiners and variation selectors only shape the character before them.
const isShaping = (cp: number) => cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)
const isLayout = (cp: number) => cp === 0x0a || cp === 0x0d || cp === 0x09 || cp === 0x20

export interface GlyphCheck {
  model: PdfDocumentModel
  replaced: string[]
}

/** Replaces each user-perceived character (grapheme) the font cannot draw with REPLACEMENT_MARK. */
export function replaceUndrawable(model: PdfDocumentModel, canDraw: (codePoint: number) => boolean): GlyphCheck {
  const replaced = new Set<string>()
  const segmenter = new Intl.Segmenter('en-US', { granularity: 'grapheme' })
  const fix = (text: string): string => {
    let out = ''
    for (const { segment } of segmenter.segment(text)) {
      const points = [...segment].map((ch) => ch.codePointAt(0) ?? 0)
      if (points.every((cp) => isLayout(cp) || isShaping(cp) || canDraw(cp)))
        out += String.fromCodePoint(...points.filter((cp) => !isShaping(cp)))
      else {
        out += REPLACEMENT_MARK
        replaced.add(segment)
      }
    }
    return out
  }
  return { model: mapModelText(model, fix), replaced: [...replaced] }
}

/** "The PDF font cannot draw 🎉 and 📚; they show as � in the file." */
export function describeReplaced(replaced: readonly string[]): string {
  if (!replaced.length) return ''
  const list = replaced.length === 1 ? replaced[0] : `${replaced.slice(0, -1).join(', ')} and ${replaced[replaced.length - 1]}`
  return `The PDF font cannot draw ${list}, so ${replaced.length === 1 ? 'it shows' : 'they show'} as ${REPLACEMENT_MARK} in the file.`
}
