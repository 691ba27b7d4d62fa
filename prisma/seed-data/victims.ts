import { SOURCE_KEYS as S } from './sources';
import type { SeedVictim } from './types';

const AMONG_VICTIMS_2007 =
  'Among victims were a 7-year old boy, a 16-year old girl, an 80-year old man, a young doctor shot in ambulance while helping another victim';

/**
 * Victims as the sources describe them, and nothing more: every field no source gives is null or
 * NOT_STATED. The four people of the 2007 release are named by no source, so they are unidentified
 * records described in the release's own words, with no placeholder names; the release calls them
 * "victims" without saying whether they were killed or wounded, so their fate is NOT_STATED.
 */
export const victims: SeedVictim[] = [
  {
    slug: 'larissa-mammadova',
    // Spelled as Azerbaijan International spells it; no other script or form is given.
    nameLatin: 'Larissa Mammadova',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    // "her daughter"
    sex: 'FEMALE',
    age: 13,
    // "died in the Black January massacre": killed in it; nothing says she died later of wounds.
    fate: 'KILLED',
    // The source gives no date or place of death; the Martyrs' Lane line is about victims in general.
    deathPlace: null,
    circumstances:
      'Her father, Farman, a bus driver, was shuttling people to and from the demonstrations in Baku on the night of 19 January 1990; Larissa went out with him that night.',
    occupation: null,
    burialPlace: null,
    biography: null,
    citations: [
      {
        sourceKey: S.azerbaijanInternational1999,
        verbatim: false,
        quote:
          'A mother\'s account of her daughter Larissa Mammadova, who died in the Black January massacre at the age of 13 ("one of the youngest victims").',
      },
      {
        sourceKey: S.azerbaijanInternational1999,
        verbatim: false,
        quote:
          'Her father, Farman, a bus driver, was shuttling people to and from the demonstrations in Baku on the night of 19 January 1990; Larissa went out with him that night.',
      },
    ],
  },
  {
    slug: 'unidentified-7-year-old-boy',
    nameLatin: null,
    nameCyrillic: null,
    nameRussian: null,
    description: 'a 7-year old boy',
    sex: 'MALE',
    age: 7,
    fate: 'NOT_STATED',
    deathPlace: null,
    circumstances: null,
    occupation: null,
    burialPlace: null,
    biography: null,
    citations: [{ sourceKey: S.release2007, quote: AMONG_VICTIMS_2007 }],
  },
  {
    slug: 'unidentified-16-year-old-girl',
    nameLatin: null,
    nameCyrillic: null,
    nameRussian: null,
    description: 'a 16-year old girl',
    sex: 'FEMALE',
    age: 16,
    fate: 'NOT_STATED',
    deathPlace: null,
    circumstances: null,
    occupation: null,
    burialPlace: null,
    biography: null,
    citations: [{ sourceKey: S.release2007, quote: AMONG_VICTIMS_2007 }],
  },
  {
    slug: 'unidentified-80-year-old-man',
    nameLatin: null,
    nameCyrillic: null,
    nameRussian: null,
    description: 'an 80-year old man',
    sex: 'MALE',
    age: 80,
    fate: 'NOT_STATED',
    deathPlace: null,
    circumstances: null,
    occupation: null,
    burialPlace: null,
    biography: null,
    citations: [{ sourceKey: S.release2007, quote: AMONG_VICTIMS_2007 }],
  },
  {
    slug: 'unidentified-young-doctor',
    nameLatin: null,
    nameCyrillic: null,
    nameRussian: null,
    description: 'a young doctor shot in ambulance while helping another victim',
    // "a young doctor" does not say whether a man or a woman.
    sex: 'NOT_STATED',
    // "young" is not an age.
    age: null,
    fate: 'NOT_STATED',
    deathPlace: null,
    circumstances: 'shot in ambulance while helping another victim',
    occupation: 'doctor',
    burialPlace: null,
    biography: null,
    citations: [{ sourceKey: S.release2007, quote: AMONG_VICTIMS_2007 }],
  },
];
