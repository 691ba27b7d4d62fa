/** The name a victim is listed under: the recorded name, or the source's description of an unidentified person. */
export function victimDisplayName(victim: {
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  description: string | null;
}): { name: string; identified: boolean } {
  const name = victim.nameLatin ?? victim.nameCyrillic ?? victim.nameRussian;
  if (name) return { name, identified: true };
  return { name: victim.description ? `Unidentified: ${victim.description}` : 'Unidentified person', identified: false };
}
