/**
 * A list of names for a refusal message: "A, B and C", or the first few and how many more, so a
 * message stays readable however many records stand in the way.
 */
export function describeList(items: string[], limit = 10): string {
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
