/** Page geometry, print colours and the one type scale both PDFs share. */
import type { PaperSize, Tone } from './model'

export const PAPER: Record<PaperSize, [number, number]> = { letter: [612, 792], a4: [595.28, 841.89] }
export const MARGIN_X = 56
export const BODY_TOP = 74
export const BODY_BOTTOM = 62
export const REGULAR = 'DejaVuSans'
export const BOLD = 'DejaVuSans-Bold'

export const COLORS = { ink: '#1d2a2e', muted: '#4d5b60', accent: '#1f5f5b', rule: '#cfd6d4', headFill: '#e3efec', alert: '#a3261c' }
/** One type scale for both documents. */
export const SIZE = { h1: 20, h2: 13.5, h3: 10.5, lead: 11.5, body: 10, small: 8.5, table: 9, running: 8 }
export const LINE_GAP = 2.5
// Small enough for the report's chart to share page one with the summary.
export const IMAGE_MAX_HEIGHT = 165
/** How far a figure may shrink to stay on its page. */
export const IMAGE_MIN_SCALE = 0.7
export const TONE: Record<Tone, string> = { body: COLORS.ink, muted: COLORS.muted, alert: COLORS.alert }
