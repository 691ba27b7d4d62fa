/**
 * The language tag of a name form, for its `lang` attribute (so that screen readers pronounce it as
 * written): a Latin form is Azerbaijani; a Cyrillic form with letters only Azerbaijani Cyrillic has
 * (ә ғ ҹ һ ө ү ј ҝ) is az-Cyrl; any other Cyrillic form is Russian.
 */
export function nameLanguage(name: string): 'az' | 'az-Cyrl' | 'ru' {
  if (!/\p{Script=Cyrillic}/u.test(name)) return 'az';
  return /[әғҹһөүјҝ]/iu.test(name) ? 'az-Cyrl' : 'ru';
}

/** Every recorded form of a victim's name, once each, with its language tag. */
export function nameForms(victim: {
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  otherNames: string[];
}): { name: string; lang: string }[] {
  const forms = [
    ...(victim.nameLatin ? [{ name: victim.nameLatin, lang: 'az' }] : []),
    ...(victim.nameCyrillic ? [{ name: victim.nameCyrillic, lang: 'az-Cyrl' }] : []),
    ...(victim.nameRussian ? [{ name: victim.nameRussian, lang: 'ru' }] : []),
    ...victim.otherNames.map((name) => ({ name, lang: nameLanguage(name) })),
  ];
  return forms.filter((form, index) => forms.findIndex((other) => other.name === form.name) === index);
}
