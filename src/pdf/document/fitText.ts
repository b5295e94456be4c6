/** Shortens text with an ellipsis so it fits a width (for running headers and footers). */
export function fitToWidth(text: string, maxWidth: number, widthOf: (s: string) => number): string {
  if (widthOf(text) <= maxWidth) return text
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  // The longest prefix that still fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (widthOf(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`
}
