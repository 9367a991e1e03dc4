// Generated sections inside hand-written files, between `<!-- name:start -->` and
// `<!-- name:end -->` comment lines.

function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** The text between the markers, or undefined when they are missing or out of order. */
export function sectionBetweenMarkers(text: string, name: string): string | undefined {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) return undefined;
  return text.slice(from + start.length, to);
}

/** Replaces the text between the markers; throws when they are missing. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`missing ${start} … ${end} markers.`);
  return text.slice(0, from + start.length) + content + text.slice(to);
}
