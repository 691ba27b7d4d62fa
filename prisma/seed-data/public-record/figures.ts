import { SOURCE_KEYS } from '../sources';
import type { SeedFigure } from '../types';
import { recordSource } from './sources';

/**
 * The figures of public-record.md: every row whose status begins with VERIFIED, one figure per value
 * (a row "132 / 612 / 841" is three figures). Rows NOT FOUND are left out, and so is a value whose
 * meaning its row leaves unclear (the infobox's "90 injured"). A range is a range (value–valueMax).
 *
 * The file gives no source's words for most rows, only what each number counts; so `quote` is the
 * memorial's short summary of that (quoteIsVerbatim false: shown as a summary, never in quotation
 * marks), the row's parenthesis is kept as the note, and the scope and period are the row's own.
 * Only an English source's own words that the file quotes are kept as words (verbatim).
 */

type Row = {
  key: string;
  kind: SeedFigure['kind'];
  value: number | null;
  valueMax?: number;
  qualifier?: SeedFigure['qualifier'];
  scope?: SeedFigure['scope'];
  scopeNote?: string;
  period?: string;
  /** What the number counts, in the memorial's words (a summary of the row). */
  text: string;
  note?: string;
  /** The source's own English words, where the file quotes them. */
  verbatim?: boolean;
};

/** The figures one source gives, in the order of the file's rows. */
function from(source: string, rows: Row[]): Omit<SeedFigure, 'position'>[] {
  const sourceKey = source.startsWith('external-') ? source : recordSource(source);
  return rows.map((row) => ({
    key: `${sourceKey}-${row.key}`,
    kind: row.kind,
    value: row.value,
    valueMax: row.valueMax ?? null,
    qualifier: row.qualifier ?? 'EXACT',
    scope: row.scope ?? 'NOT_STATED',
    scopeNote: row.scopeNote ?? null,
    asOf: null,
    period: row.period ?? null,
    quote: row.text,
    ...(row.verbatim ? {} : { verbatim: false as const }),
    page: null,
    note: row.note ?? null,
    sourceKey,
  }));
}

const NIGHT = 'the night of 19–20 January';
const NEFTCALA_LANKARAN = 'Neftchala (25 January) and Lankaran (26 January)';

const rows: Omit<SeedFigure, 'position'>[] = [
  ...from('iran-project-tehran-2014', [
    { key: 'killed-that-night', kind: 'KILLED', value: 121, scope: 'BAKU', period: NIGHT, text: 'Killed that night' },
    { key: 'injured-that-night', kind: 'WOUNDED', value: 700, qualifier: 'MORE_THAN', scope: 'BAKU', period: NIGHT, text: 'Injured that night' },
    { key: 'killed-including-following-days', kind: 'KILLED', value: 132, scopeNote: 'Baku context', period: 'including the subsequent days', text: 'Killed, including the following days, in total' },
    { key: 'males-among-132', kind: 'OTHER', value: 123, text: 'Males among the 132 killed' },
    { key: 'females-among-132', kind: 'OTHER', value: 5, text: 'Females among the 132 killed' },
    { key: 'infants-among-132', kind: 'OTHER', value: 4, text: 'Infants among the 132 killed' },
    { key: 'russians-among-killed', kind: 'OTHER', value: 6, scopeNote: 'inhabitants of Baku', text: 'Russians among the killed' },
    { key: 'tatars-among-killed', kind: 'OTHER', value: 3, scopeNote: 'inhabitants of Baku', text: 'Tatars among the killed' },
    { key: 'jews-among-killed', kind: 'OTHER', value: 3, scopeNote: 'inhabitants of Baku', text: 'Jews among the killed', note: 'CONFLICT with zerbaijan.com’s "7 Jews", which was NOT FOUND' },
    { key: 'policemen-among-killed', kind: 'OTHER', value: 4, text: 'Policemen among the killed', note: 'CONFLICT with wiki7’s "5 police"' },
    { key: 'doctor-among-killed', kind: 'OTHER', value: 1, text: 'Doctors among the killed' },
    { key: 'scholars-among-killed', kind: 'OTHER', value: 4, text: 'Scholars (PhD) among the killed' },
    { key: 'registered-injured', kind: 'REGISTERED_INJURED', value: 700, text: 'Registered injured', note: 'exactly ("registered 700")' },
    { key: 'females-among-injured', kind: 'OTHER', value: 25, text: 'Females among the injured' },
    { key: 'infants-among-injured', kind: 'OTHER', value: 20, text: 'Infants among the injured' },
  ]),
  ...from('bestref-hrw-communal-card', [
    { key: 'killed', kind: 'KILLED', value: 100, qualifier: 'MORE_THAN', scope: 'BAKU', period: 'January 1990', text: 'Civilians killed, mostly Azeri (Human Rights Watch, as quoted)' },
    {
      key: 'interior-ministry-troops',
      kind: 'TROOPS',
      value: 12000,
      scope: 'BAKU',
      scopeNote: 'during the anti-Armenian pogroms, before the assault',
      text: 'USSR Interior Ministry troops in Baku (Human Rights Watch, as quoted)',
      note: 'context: pogrom period, not the 19–20 Jan assault force',
    },
  ]),
  ...from('report-en-2026', [
    { key: 'killed-before-state-of-emergency', kind: 'KILLED', value: 82, scope: 'BAKU', period: '19–20 January', text: 'Killed before the announcement of the state of emergency' },
    { key: 'fatally-wounded-before-announcement', kind: 'FATALLY_WOUNDED', value: 20, scope: 'BAKU', period: '19–20 January', text: 'Fatally wounded before the announcement' },
    { key: 'killed-in-baku-after-declaration', kind: 'KILLED', value: 21, scope: 'BAKU', period: 'within a few days after the declaration', text: 'Killed in Baku within a few days after the declaration' },
    { key: 'killed-where-no-state-of-emergency', kind: 'KILLED', value: 8, scope: 'OTHER', scopeNote: NEFTCALA_LANKARAN, period: '25–26 January', text: 'Killed where no state of emergency was declared' },
    { key: 'killed-total', kind: 'KILLED', value: 147, scope: 'AZERBAIJAN', scopeNote: 'Baku and its surrounding regions', text: 'Killed in total', note: 'parts add up to 131; see warning' },
    { key: 'injured', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and its surrounding regions', text: 'Injured' },
  ]),
  ...from('report-ru-2026', [
    { key: 'killed', kind: 'KILLED', value: 82, scope: 'BAKU', text: 'Killed before the announcement of the state of emergency' },
    { key: 'severely-wounded', kind: 'FATALLY_WOUNDED', value: 20, scope: 'BAKU', text: 'Severely wounded ("тяжело ранили") before the announcement' },
    {
      key: 'killed-after-declaration',
      kind: 'KILLED',
      value: 21,
      scope: 'BAKU',
      text: 'Killed after the declaration',
      note: 'the sentence on 8 more killed is readable; the places and dates after it are cut off in the part read',
    },
  ]),
  ...from('docslib-bloody-memory', [
    { key: 'killed-before-curfew', kind: 'KILLED', value: 82, scope: 'BAKU', period: 'before the curfew was announced', text: 'Killed before the curfew' },
    { key: 'severely-wounded-before-curfew', kind: 'FATALLY_WOUNDED', value: 20, scope: 'BAKU', period: 'before the curfew was announced', text: 'Severely wounded before the curfew' },
    { key: 'killed-in-baku-after-curfew', kind: 'KILLED', value: 21, scope: 'BAKU', period: 'several days after the curfew', text: 'Killed in Baku after the curfew', note: 'exactly ("21 more")' },
    { key: 'killed-where-no-curfew', kind: 'KILLED', value: 8, scope: 'OTHER', scopeNote: NEFTCALA_LANKARAN, period: '25–26 January', text: 'Killed where no curfew was imposed' },
    { key: 'civilians-killed', kind: 'KILLED', value: 131, scope: 'AZERBAIJAN', scopeNote: 'Baku and nearby regions', text: 'Civilians killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and nearby regions', text: 'Wounded' },
    { key: 'arrested', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku and other cities and regions', text: 'Arrested, a total of' },
    { key: 'sent-to-prisons', kind: 'SENT_TO_PRISONS', value: 112, text: 'Of the arrested, sent to prisons in other USSR cities' },
    { key: 'homes-fired-on', kind: 'HOMES_FIRED_ON', value: 200, text: 'Homes fired on' },
    { key: 'cars-fired-on', kind: 'VEHICLES_FIRED_ON', value: 80, text: 'Cars fired on', note: 'note: "including ambulances" is attached to the property set on fire, not to the 80 cars' },
  ]),
  ...from('south-caucasus-news-2024', [
    { key: 'civilians-killed', kind: 'KILLED', value: 149, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgayit, Lankaran and Neftchala', text: 'Civilians killed' },
    { key: 'seriously-injured', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgayit, Lankaran and Neftchala', text: 'Seriously injured' },
    { key: 'missing', kind: 'MISSING', value: 4, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgayit, Lankaran and Neftchala', text: 'Missing' },
  ]),
  ...from('iha-black-january', [
    { key: 'deaths', kind: 'KILLED', value: 149, text: 'Deaths' },
    { key: 'heavily-injured', kind: 'WOUNDED', value: 744, text: 'Heavily injured' },
  ]),
  ...from('preslib-2020-e-publication', [
    { key: 'martyred', kind: 'KILLED', value: 150, scope: 'AZERBAIJAN', scopeNote: 'Baku and some districts', period: 'January 1990', text: 'Martyred (killed)' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and some districts', period: 'January 1990', text: 'Wounded' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku and some districts', period: 'January 1990', text: 'Illegally arrested' },
    {
      key: 'taken-to-ussr-cities',
      kind: 'SENT_TO_PRISONS',
      value: 112,
      scope: 'AZERBAIJAN',
      scopeNote: 'Baku and some districts',
      period: 'January 1990',
      text: 'Of the arrested, taken to various USSR cities',
      note: 'sentence cut off after "SSRİ-nin müxtəlif şəhərlərin…"',
    },
  ]),
  ...from('piglix-black-january', [
    { key: 'died-official-estimates', kind: 'KILLED', value: 133, valueMax: 137, qualifier: 'ESTIMATED', scopeNote: 'Azerbaijani civilians', text: 'Died, in official estimates, between 133 and 137', verbatim: false },
    { key: 'injured', kind: 'WOUNDED', value: 800, text: 'Injured' },
    { key: 'missing', kind: 'MISSING', value: 5, text: 'Missing' },
    { key: 'dead-unofficial', kind: 'KILLED', value: 300, text: 'Dead, an unofficial number', note: 'exactly ("unofficial number")' },
    { key: 'civilians-killed-infobox', kind: 'KILLED', value: 131, valueMax: 170, scope: 'BAKU', period: '19–20 January', text: 'Civilians killed (infobox)' },
    { key: 'injured-infobox', kind: 'WOUNDED', value: 700, valueMax: 800, scope: 'BAKU', period: '19–20 January', text: 'Injured (infobox)' },
    { key: 'soldiers-killed-infobox', kind: 'SOLDIERS_KILLED', value: 21, valueMax: 29, text: 'Soldiers killed (infobox)', note: 'the "90 injured" listed right after it is not added: the infobox does not say whether these are soldiers' },
    { key: 'troops-infobox', kind: 'TROOPS', value: 26000, scope: 'BAKU', text: 'Troops (infobox "Strength")' },
  ]),
  ...from(SOURCE_KEYS.wikipedia, [
    { key: 'funeral-attendance', kind: 'FUNERAL_ATTENDANCE', value: null, scope: 'BAKU', period: '22 January 1990', text: 'almost the whole population of Baku', verbatim: true, note: 'Funeral attendance, in words, not a number.' },
  ]),
  ...from('ru-wikipedia-2015-archive', [
    { key: 'killed', kind: 'KILLED', value: 131, valueMax: 170, scope: 'BAKU', period: '20 January 1990', text: 'Killed', note: 'between ("от 131 до 170")' },
    { key: 'injured-affected', kind: 'WOUNDED', value: 700, valueMax: 800, scope: 'BAKU', period: '20 January 1990', text: 'Injured or affected ("пострадавших")' },
  ]),
  ...from('wiki7-svart-januari', [
    { key: 'civilians-killed', kind: 'KILLED', value: 131, valueMax: 170, scope: 'BAKU', period: '20 January 1990', text: 'Civilians killed' },
    { key: 'injured', kind: 'WOUNDED', value: 744, scope: 'BAKU', period: '20 January 1990', text: 'Injured' },
    { key: 'police-died', kind: 'OTHER', value: 5, text: 'Police who died', note: 'CONFLICT with Tehran embassy’s 4' },
    { key: 'soviet-soldiers-killed', kind: 'SOLDIERS_KILLED', value: 29, text: 'Soviet soldiers killed' },
    { key: 'troops', kind: 'TROOPS', value: 26000, qualifier: 'ABOUT', scope: 'BAKU', text: 'Troops', note: 'about ("≈")' },
  ]),
  ...from('current-time-2020', [
    { key: 'dead', kind: 'KILLED', value: 133, qualifier: 'ESTIMATED', scope: 'BAKU', period: NIGHT, text: 'Dead, an estimated' },
    { key: 'injured', kind: 'WOUNDED', value: 611, qualifier: 'ESTIMATED', scope: 'BAKU', period: NIGHT, text: 'Injured, estimated' },
  ]),
  ...from('vestikavkaza-photogallery', [
    { key: 'killed', kind: 'KILLED', value: 132, scope: 'BAKU', scopeNote: 'residents of Baku', text: 'Killed' },
    { key: 'injured', kind: 'WOUNDED', value: 612, scope: 'BAKU', scopeNote: 'residents of Baku', text: 'Injured' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'BAKU', scopeNote: 'residents of Baku', text: 'Illegally arrested' },
  ]),
  ...from('radio-svoboda-2003', [
    { key: 'killed-official-data', kind: 'KILLED', value: 132, scope: 'BAKU', text: 'Killed, by official data' },
    { key: 'wounded', kind: 'WOUNDED', value: 700, qualifier: 'MORE_THAN', scope: 'BAKU', text: 'Wounded' },
  ]),
  ...from('abc-az-2018', [
    { key: 'killed', kind: 'KILLED', value: 137, scope: 'BAKU', text: 'Killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'BAKU', text: 'Wounded' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'BAKU', text: 'Illegally arrested' },
  ]),
  ...from('salamnews-2016', [
    { key: 'killed', kind: 'KILLED', value: 137, scope: 'AZERBAIJAN', scopeNote: 'Baku and several districts', text: 'Killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and several districts', text: 'Wounded' },
    { key: 'arrested', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku and several districts', text: 'Arrested' },
  ]),
  ...from('aliyev-heritage-de', [
    { key: 'civilians-killed', kind: 'KILLED', value: 134, scope: 'AZERBAIJAN', scopeNote: 'Baku and some other districts', text: 'Civilians killed' },
    { key: 'injured', kind: 'WOUNDED', value: 700, qualifier: 'ABOUT', scope: 'AZERBAIJAN', scopeNote: 'Baku and some other districts', text: 'Injured', note: 'about ("ca.")' },
  ]),
  ...from('metbuat-2021-sukut', [
    { key: 'martyred', kind: 'KILLED', value: 131, scope: 'BAKU', period: NIGHT, text: 'Martyred' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'BAKU', period: NIGHT, text: 'Wounded' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'BAKU', period: NIGHT, text: 'Illegally arrested' },
  ]),
  ...from('uz-wikipedia-qora-yanvar', [
    { key: 'killed', kind: 'KILLED', value: 146, scope: 'AZERBAIJAN', scopeNote: 'Baku and districts of Azerbaijan', text: 'Killed', note: 'parts 82/20/21/8 add up to 131' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and districts of Azerbaijan', text: 'Wounded' },
    { key: 'illegally-detained', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku and districts of Azerbaijan', text: 'Illegally detained' },
    { key: 'houses-and-buildings', kind: 'HOMES_FIRED_ON', value: 200, text: 'Houses and buildings damaged by the military' },
    { key: 'vehicles', kind: 'VEHICLES_FIRED_ON', value: 80, text: 'Vehicles, including ambulances, damaged by the military' },
    { key: 'victims-infobox', kind: 'VICTIMS', value: 131, valueMax: 170, scope: 'BAKU', period: '19–20 January', text: 'Victims (infobox)' },
    { key: 'wounded-infobox', kind: 'WOUNDED', value: 700, valueMax: 800, scope: 'BAKU', period: '19–20 January', text: 'Wounded (infobox)' },
  ]),
  ...from('geocities-azerbaijan-online', [
    { key: 'killed', kind: 'KILLED', value: 121, scope: 'BAKU', text: 'Killed', note: '"presently the official statistics"' },
    { key: 'injured', kind: 'WOUNDED', value: 700, scope: 'BAKU', text: 'Injured', note: '"presently the official statistics"' },
    { key: 'funeral-attendance', kind: 'FUNERAL_ATTENDANCE', value: null, scope: 'BAKU', text: 'a million-strong crowd', verbatim: true, note: 'low reliability' },
  ]),
  ...from('krym-realii-2015', [
    { key: 'killed', kind: 'KILLED', value: 200, qualifier: 'MORE_THAN', text: 'Killed', note: 'more than ("Більше 200")' },
    { key: 'wounded', kind: 'WOUNDED', value: 700, text: 'Wounded' },
  ]),
  ...from('azvision-fr-2020', [
    { key: 'killed', kind: 'KILLED', value: 147, scope: 'BAKU', period: NIGHT, text: 'Killed that night' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'BAKU', period: NIGHT, text: 'Wounded that night' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'BAKU', period: NIGHT, text: 'Illegally arrested' },
    { key: 'women-among-wounded', kind: 'OTHER', value: 25, scope: 'BAKU', period: NIGHT, text: 'Women among the wounded' },
    { key: 'children-among-wounded', kind: 'OTHER', value: 20, scope: 'BAKU', period: NIGHT, text: 'Children among the wounded' },
  ]),
  ...from('world-tourism-info-alley', [
    { key: 'buried-alley-of-martyrs', kind: 'BURIED', value: 150, qualifier: 'ABOUT', scope: 'BAKU', period: 'after 19–20 January', text: 'Bodies buried at the Alley of Martyrs', note: 'low reliability' },
    {
      key: 'buried-22-january',
      kind: 'BURIED',
      value: 51,
      scope: 'BAKU',
      period: '22 January',
      text: 'Buried on 22 January, including 3 victims of March 1918',
      note: 'wording ambiguous: "22 January was buried 51 people"',
    },
  ]),
  ...from('sonxeber-lenkeran-35', [
    { key: 'lankaran-natives-died', kind: 'KILLED', value: 11, scope: 'OTHER', scopeNote: 'Lankaran natives', text: 'Lankaran natives who died for independence, in all', note: 'exactly ("ümumilikdə")' },
    { key: 'died-in-baku', kind: 'KILLED', value: 5, scope: 'BAKU', scopeNote: 'Lankaran natives', period: NIGHT, text: 'Of them, died in Baku' },
    { key: 'died-26-january', kind: 'KILLED', value: 6, scope: 'OTHER', scopeNote: 'Lankaran', period: '26 January', text: 'Of them, died in the "26 January events"' },
  ]),
  ...from('icma-azertac-neftcala', [
    { key: 'residents-killed', kind: 'KILLED', value: 2, scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Neftçala residents killed', note: 'CONFLICT with anl.az 2019’s "1"' },
    { key: 'gunshot-wounds', kind: 'WOUNDED', value: 10, qualifier: 'MORE_THAN', scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Received gunshot wounds' },
    { key: 'arrested-taken-to-baku', kind: 'DETAINED', value: 50, scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Arrested and taken to Baku' },
  ]),
  // Part B of the figures
  ...from('anl-azerbaycan-2019-qanla-yazilan-tarix', [
    { key: 'killed-in-neftcala', kind: 'KILLED', value: 1, scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Killed in Neftçala', note: 'CONFLICT with 2 (AZƏRTAC; uluyol)' },
    { key: 'lenkeran-young-men', kind: 'KILLED', value: 5, scope: 'OTHER', scopeNote: 'Lənkəran natives (Baku context)', period: '20 January', text: 'Young men from Lənkəran who died in the 20 January events' },
    { key: 'shot-in-haftoni', kind: 'KILLED', value: 5, scope: 'OTHER', scopeNote: 'Lənkəran', text: 'Shot in the Haftoni forest (five names)', note: 'CONFLICT with az.wikipedia’s 6' },
    { key: 'sent-to-ulyanovsk', kind: 'SENT_TO_PRISONS', value: 16, scope: 'OTHER', scopeNote: 'Lənkəran', period: 'after the events', text: 'Young men from Lənkəran sent to Ulyanovsk (Russia)' },
  ]),
  ...from('uluyol-neftcala-27', [
    { key: 'killed-in-neftcala', kind: 'KILLED', value: 2, scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Killed in Neftçala' },
    { key: 'wounded-dozens', kind: 'WOUNDED', value: null, scope: 'OTHER', scopeNote: 'Neftçala', period: '25 January', text: 'Wounded: "dozens" ("onlarla"), not a number' },
  ]),
  ...from('oxu-ru-lenkeran-35', [
    { key: 'lenkeran-natives-died', kind: 'KILLED', value: 11, scope: 'OTHER', scopeNote: 'Lənkəran natives', text: 'Lənkəran natives who died' },
    { key: 'died-in-baku', kind: 'KILLED', value: 5, scope: 'BAKU', scopeNote: 'Lənkəran natives', text: 'Of them, died in Baku' },
    { key: 'died-26-january', kind: 'KILLED', value: 6, scope: 'OTHER', scopeNote: 'Lənkəran natives', period: '26 January', text: 'Of them, died on 26 January' },
  ]),
  ...from('azerbaijan-news-georgia-2021', [
    { key: 'martyrs-from-georgia', kind: 'OTHER', value: 6, scope: 'OTHER', scopeNote: 'Georgia-born compatriots', text: '20 January martyrs from Georgia (the ambassador, quoted)' },
  ]),
  ...from('metbuat-2021-goycay', [{ key: 'martyrs-from-goycay', kind: 'OTHER', value: 2, scope: 'OTHER', scopeNote: 'Göyçay', text: 'Martyrs from Göyçay' }]),
  ...from('icma-unidentified-graves-2025', [
    { key: 'unidentified-graves', kind: 'OTHER', value: 4, scope: 'BAKU', scopeNote: 'Şəhidlər Xiyabanı, Baku', text: 'Graves of unidentified people whose headstones give 20.01.1990 as the date of death' },
    { key: 'killed', kind: 'KILLED', value: 147, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', period: '19–20 January and the following days', text: 'Killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', period: '19–20 January and the following days', text: 'Wounded' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 800, qualifier: 'MORE_THAN', scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', period: '19–20 January and the following days', text: 'Illegally arrested' },
  ]),
  ...from('azertag-1394724', [
    { key: 'killed', kind: 'KILLED', value: 130, qualifier: 'MORE_THAN', scope: 'BAKU', text: 'Killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 800, qualifier: 'ABOUT', scope: 'BAKU', text: 'Wounded' },
  ]),
  ...from('justice-for-khojaly-1992', [
    { key: 'killed', kind: 'KILLED', value: 131, scope: 'BAKU', period: 'January 1990', text: 'Killed, the conclusion of prosecutor Aydın Rəsulov after two years of investigation', note: 'reprint; corroborate' },
    { key: 'wounded', kind: 'WOUNDED', value: 714, scope: 'BAKU', period: 'January 1990', text: 'Wounded, the conclusion of prosecutor Aydın Rəsulov after two years of investigation', note: 'reprint; corroborate' },
  ]),
  ...from('hans-lucas-baghirova', [
    { key: 'troops', kind: 'TROOPS', value: 26000, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Troops' },
    { key: 'killed', kind: 'KILLED', value: 147, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Killed' },
    { key: 'seriously-injured', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Seriously injured' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Illegally arrested' },
    { key: 'women-among-injured', kind: 'OTHER', value: 25, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Women among the injured' },
    { key: 'children-among-injured', kind: 'OTHER', value: 20, scope: 'AZERBAIJAN', scopeNote: 'Baku, Sumgait and other cities', period: '19–20 January', text: 'Children among the injured' },
  ]),
  ...from('agenzia-nova-2021', [
    { key: 'troops', kind: 'TROOPS', value: 30000, qualifier: 'ABOUT', scope: 'BAKU', period: '20 January', text: 'Troops', note: 'CONFLICT with 26,000; about ("circa 30 mila")' },
  ]),
  ...from('azernews-188257', [
    { key: 'killed', kind: 'KILLED', value: 137, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', text: 'Killed' },
    { key: 'wounded', kind: 'WOUNDED', value: 611, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', text: 'Wounded' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', text: 'Illegally arrested' },
    { key: 'missing', kind: 'MISSING', value: 5, scope: 'AZERBAIJAN', scopeNote: 'Baku and other regions', text: 'Missing' },
  ]),
  ...from('today-az-214675', [
    { key: 'killed', kind: 'KILLED', value: 147, scope: 'BAKU', period: NIGHT, text: 'Killed' },
    { key: 'injured', kind: 'WOUNDED', value: 744, scope: 'BAKU', period: NIGHT, text: 'Injured' },
    { key: 'illegally-arrested', kind: 'DETAINED', value: 841, scope: 'BAKU', period: NIGHT, text: 'Illegally arrested' },
    { key: 'apartments-and-houses-destroyed', kind: 'OTHER', value: 200, scope: 'BAKU', period: NIGHT, text: 'Apartments and houses destroyed' },
  ]),
  ...from('caspian-post', [
    { key: 'killed', kind: 'KILLED', value: 147, scope: 'AZERBAIJAN', scopeNote: 'Baku and its surrounding regions (82/20/21/8 breakdown)', text: 'Killed' },
    { key: 'seriously-injured', kind: 'WOUNDED', value: 744, scope: 'AZERBAIJAN', scopeNote: 'Baku and its surrounding regions (82/20/21/8 breakdown)', text: 'Seriously injured' },
  ]),
];

/** Positions continue after the first ledger's, so the public-record figures follow them per kind. */
export const recordFigures: SeedFigure[] = rows.map((row, index) => ({ ...row, position: 10000 + (index + 1) * 10 }));
