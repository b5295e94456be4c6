import type { ChartPalette, ChartSettings } from './chartBase'

const TOKENS: Record<keyof ChartPalette, string> = {
  coaching: '--color-coaching',
  learning: '--color-learning',
  other: '--color-other',
  ink: '--color-ink',
  inkMuted: '--color-ink-muted',
  border: '--color-border',
  surface: '--color-surface',
  surfaceMuted: '--color-surface-muted',
  warning: '--color-warning',
  accent: '--color-accent',
}

/** Chart colours from the design tokens, so charts and the rest of the app never disagree. */
export function readPalette(root: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(root)
  const entries = Object.entries(TOKENS).map(([key, token]) => [key, style.getPropertyValue(token).trim()])
  return Object.fromEntries(entries) as ChartPalette
}

/** Animation follows the reader's motion preference (and is off where motion is reduced, as in tests). */
export function chartSettings(): ChartSettings {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
  return { palette: readPalette(), animation: !reduce }
}
