// Trimming of header field values, in one pass from each end. The obvious regex, `/^[ \t]+|[ \t]+$/g`,
// is quadratic: its `[ \t]+$` branch is retried from every blank of a run inside the value, and scans to
// the run's end each time, so `1` + 7,000 × `" \t"` + `1` blocked the event loop for 0.3-0.8 s per
// response (issue 13). A loop over the ends cannot backtrack.

const SP = 0x20
const HTAB = 0x09

/** Strips OWS (`*( SP / HTAB )`, RFC 9110 §5.6.3) from both ends; `String#trim` would also strip NBSP and line breaks. */
export function trimOws(text: string): string {
  return trimEnds(text, true)
}

/** Strips SP only, as RFC 9651 §4.2 does before and after a Structured Field (HTAB there is an error). */
export function trimSp(text: string): string {
  return trimEnds(text, false)
}

function trimEnds(text: string, tabs: boolean): string {
  const blank = (code: number): boolean => code === SP || (tabs && code === HTAB)
  let start = 0
  let end = text.length
  while (start < end && blank(text.charCodeAt(start))) start++
  while (end > start && blank(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}
