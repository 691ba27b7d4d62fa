import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { foldName } from '@/lib/victims/search/search-key';
import { seed } from '@/prisma/seed';
import { resetDatabase } from '@/tests/helpers/database';

/**
 * The seed against prisma/seed-data/public-record.md, checked from outside the seed data: the people
 * by a table written from the file's entries (key facts, sources, publication), the figures by
 * parsing the file's own figure tables (every row whose status begins with VERIFIED, split per value).
 */

const RECORD_FILE = readFileSync(path.join(process.cwd(), 'prisma/seed-data/public-record.md'), 'utf8');
const NOW = new Date('2026-01-01T12:00:00.000Z');

/** A date as the table writes it: "1962-06-12" (day), "1990-01" (month), "1966" (year), null (none). */
type TableDate = string | null;

type Person = {
  slug: string;
  name: string;
  status: 'PUBLISHED' | 'DRAFT';
  born: TableDate;
  died: TableDate;
  age: number | null;
  fate: 'KILLED' | 'DIED_OF_WOUNDS' | 'TOOK_OWN_LIFE' | 'NOT_STATED';
  deathPlace: string | null;
  home: string | null;
  burial: string | null;
  /** Addresses (or their distinctive part) of every source cited, from the entry's Sources lines. */
  sources: string[];
  /** The fields with versions side by side, and how many versions. */
  disputed?: Record<string, number>;
};

const ANARIM_COUPLE = 'wikipedia.anarim.az?q=F%C9%99riz%C9%99';
const GEORGIA_2021 = 'azerbaijan-news.az/posts/detail/20-yanvar-sehidlerinin-eziz-xatiresi-gurcustanda';
const JEWISH_WIRE = ['jpost.com', 'jewishnews.co.uk', 'algemeiner.com', 'azertag.az/en/xeber/920883', 'azernews.az/nation/63676'];
const LENKERAN_WIKI = 'az.m.wikipedia.org/wiki/L%C9%99nk%C9%99ran';
const ANL_2019 = 'anl.az/down/meqale/azerbaycan/2019/yanvar/629229';
const NEFTCALA = ['report.az/daxili-siyaset/neftcalada', 'icma.az/news/herbciler-qardasimin', 'uluyol.info/index.php?newsid=7206'];

const haftoni = (slug: string, name: string, inAnl: boolean, extra: string[] = []): Person => ({
  slug,
  name,
  status: slug === 'tariyel-abdullayev' ? 'DRAFT' : 'PUBLISHED',
  born: null,
  died: '1990-01',
  age: null,
  fate: 'KILLED',
  deathPlace: 'Haftoni forest, near Lənkəran',
  home: inAnl ? 'Lənkəran district' : null,
  burial: 'Şəhidlər Xiyabanı, Lənkəran',
  sources: [LENKERAN_WIKI, ...(inAnl ? [ANL_2019] : []), ...extra],
});
const minimal = (slug: string, name: string, home: string | null, sources: string[], more: Partial<Person> = {}): Person => ({
  slug,
  name,
  status: 'PUBLISHED',
  born: null,
  died: null,
  age: null,
  fate: 'NOT_STATED',
  deathPlace: null,
  home,
  burial: null,
  sources,
  ...more,
});

const PEOPLE: Person[] = [
  {
    slug: 'ilham-allahverdiyev', name: 'İlham Allahverdiyev', status: 'PUBLISHED', born: '1962-06-12', died: '1990-01-20', age: null, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: 'Şəhidlər Xiyabanı (Alley of Martyrs), Baku',
    sources: [ANARIM_COUPLE, 'metbuat.az/news/1216468', 'asayis.az/news/11125', 'metbuat.az/news/1458783', 'wiki-org.ru', 'anydayguide.com/calendar/4602', 'perceptiopt.com', 'news.az/news/baku-residents'],
  },
  {
    slug: 'ferize-allahverdiyeva', name: 'Fərizə Allahverdiyeva', status: 'PUBLISHED', born: '1970-08-11', died: '1990-01', age: null, fate: 'TOOK_OWN_LIFE',
    deathPlace: null, home: null, burial: 'Şəhidlər Xiyabanı, Baku',
    sources: [ANARIM_COUPLE, 'ka.m.wikipedia.org', 'metbuat.az/news/1216468', 'asayis.az/news/11125', 'wiki-org.ru', 'news.az/news/baku-residents', 'anydayguide.com/calendar/4602', 'perceptiopt.com'],
    disputed: { deathDate: 4 },
  },
  {
    slug: 'ilqar-ibrahimov', name: 'İlqar İbrahimov', status: 'PUBLISHED', born: '1976-10-13', died: '1990-01-20', age: 13, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: 'Şəhidlər Xiyabanı', sources: ['wikipedia.anarim.az?q=%C4%B0lqar'],
  },
  {
    slug: 'ulvi-bunyadzade', name: 'Ülvi Bünyadzadə', status: 'PUBLISHED', born: '1969-09-23', died: '1990-01-20', age: 20, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: 'Şəhidlər Xiyabanı, Baku — grave No. 40',
    sources: ['turkustan.info', 'azkurs.org', 'atesh.az', 'femida.az', 'folklor.az', 'anl.az/down/meqale/respublika/2020', 'anl.az/down/meqale/xalqqazeti/2011', 'sia.az', 'legalacts.az'],
  },
  {
    slug: 'larissa-mammadova', name: 'Larissa Mammadova', status: 'PUBLISHED', born: null, died: '1990-01', age: 13, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: null,
    sources: ['qafqazinfo.az', 'azer.com/aiweb', 'metbuat.az/news/1398463', 'metbuat.az/news/1428638', '132-134.edu.az', 'icma.az/ru/news/larisa'],
    disputed: { deathDate: 3 },
  },
  minimal('sakir-agakisiyev', 'Şakir Ağakişiyev', 'Hacı Zeynalabdin settlement, Sumqayıt', ['icma.az/story/bir-qesebenin-2-sehidi']),
  minimal('elcin-baxseliyev', 'Elçin Baxşəliyev', 'Hacı Zeynalabdin settlement, Sumqayıt', ['icma.az/story/bir-qesebenin-2-sehidi']),
  minimal('mehman-muradov', 'Mehman Muradov', 'Göyçay', ['azertag.az/az/xeber/1391648'], { died: '1990-01-20', fate: 'KILLED' }),
  minimal('resid-ismayilov', 'Rəşid İsmayılov', 'Ağtəhlə village, Qardabani, Georgia', ['realnews.ge', GEORGIA_2021]),
  {
    slug: 'alexander-markhevka', name: 'Alexander Markhevka', status: 'PUBLISHED', born: null, died: '1990-01', age: null, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: null, sources: [...JEWISH_WIRE, 'en.vestikavkaza.ru/articles', 'vestikavkaza.ru/articles/Nezabyvaemyy', 'newsland.com/post/1775029'],
  },
  {
    slug: 'vera-bessantina', name: 'Vera Bessantina', status: 'PUBLISHED', born: null, died: null, age: null, fate: 'KILLED',
    deathPlace: 'Baku', home: null, burial: null, sources: [...JEWISH_WIRE, 'en.vestikavkaza.ru/articles', 'vestikavkaza.ru/articles/Nezabyvaemyy'],
    disputed: { age: 5 },
  },
  {
    slug: 'yan-meerovich', name: 'Yan Meerovich', status: 'PUBLISHED', born: null, died: '1990-01', age: null, fate: 'KILLED',
    deathPlace: 'On the road to Baku airport', home: null, burial: null,
    sources: [...JEWISH_WIRE, 'vestikavkaza.ru/articles/Nezabyvaemyy', 'proza.ru/2017/03/18/762', 'newsland.com/post/6495566'],
    disputed: { wounds: 4 },
  },
  {
    slug: 'elchin-mirzoyev', name: 'Эльчин Мирзоев', status: 'DRAFT', born: null, died: '1990-01', age: null, fate: 'KILLED',
    deathPlace: 'On the road to the airport, Baku', home: null, burial: null, sources: ['proza.ru/2017/03/18/762', 'newsland.com/post/6495566'],
  },
  haftoni('tariyel-abdullayev', 'Tariyel Abdullayev', false),
  haftoni('salman-baxsiyev', 'Salman Baxşıyev', true, ['sonxeber.az/355733', 'oxu.az/ru/politika/35-let']),
  haftoni('rovsen-bedelov', 'Rövşən Bədəlov', true),
  haftoni('vaqif-memmedov', 'Vaqif Məmmədov', true),
  haftoni('rahim-memmedov', 'Rahim Məmmədov', true),
  haftoni('sahin-memmedov', 'Şahin Məmmədov', true),
  {
    slug: 'nureddin-agahuseynov', name: 'Nurəddin Ağahüseynov', status: 'PUBLISHED', born: null, died: '1990-01-25', age: 29, fate: 'KILLED',
    deathPlace: 'Neftçala', home: 'Hasanabad settlement', burial: null, sources: [...NEFTCALA, 'caliber.az'],
  },
  {
    slug: 'ebulfez-cefarov', name: 'Əbülfəz Cəfərov', status: 'PUBLISHED', born: '1966', died: null, age: 24, fate: 'NOT_STATED',
    deathPlace: null, home: null, burial: null, sources: [...NEFTCALA, 'yenicag.az', 'cls.az'], disputed: { deathPlace: 3 },
  },
  {
    slug: 'vefadar-eminov', name: 'Vəfadar Eminov', status: 'PUBLISHED', born: null, died: '1990-01', age: 24, fate: 'KILLED',
    deathPlace: null, home: 'Kirəç-Muğanlı village, Marneuli district, Georgia', burial: 'Şəhidlər Xiyabanı',
    sources: ['icma.az/news/eslen-gurcustandan', 'aqreqator.az/az/hadise/1214408', GEORGIA_2021], disputed: { deathDate: 2 },
  },
  minimal('ismayil-mursaqulov', 'Mursaqulov İsmayıl Həsən oğlu', 'Qızılhacılı village, Marneuli district, Georgia', [GEORGIA_2021]),
  minimal('ilqar-ehmedov', 'Əhmədov İlqar Hümbət oğlu', null, [GEORGIA_2021], { burial: 'Faxralı village, Bolnisi district, Georgia' }),
  minimal('tengiz-turabov', 'Turabov Tengiz Məmməd oğlu', 'Kəpənəkçi village, Bolnisi district, Georgia', [GEORGIA_2021]),
  minimal('elcin-imanov', 'Elçin İmanov', null, ['icma.az/news/20-yanvar-sehidinin-atasi'], {
    born: '1967-08-12', fate: 'DIED_OF_WOUNDS', deathPlace: 'Hospital No. 4 (intensive-care unit)',
  }),
  minimal('firuz-cabbarov', 'Firuz Cabbarov', 'Babaşlı village, Kəlbəcər district', ['icma.az/news/kelbecerin-yegane'], { born: '1972' }),
  minimal('aslan-agaverdiyev', 'Aslan Ağaverdiyev', null, ['bakimektebleri.edu.az/31'], { born: '1952-08-24', died: '1990-01-21', fate: 'DIED_OF_WOUNDS' }),
  ...['İbrahim İbrahimov', 'İsmayıl Mirsaqulov', 'Svetlana Məmmədova'].map((name, index) =>
    minimal(['ibrahim-ibrahimov', 'ismayil-mirsaqulov', 'svetlana-memmedova'][index]!, name, null, ['xeberle.com'], {
      died: '1990-01', fate: 'KILLED', deathPlace: 'Km 24 of the Sumqayıt–Baku highway, Ceyranbatan settlement area',
    }),
  ),
  minimal('vidadi-memmedov', 'Məmmədov Vidadi Üzeyir oğlu', 'Şamaxı district', ['shamaxi-ih.gov.az']),
  minimal('aganezer-israyilov', 'İsrayılov Ağanəzər Araz oğlu', 'Şamaxı district', ['shamaxi-ih.gov.az']),
  minimal('habil-ezizov', 'Habil Əzizov', 'Vurğun settlement, Ağstafa district', ['agstafa-ih.gov.az']),
  ...(
    [
      ['mircamal-ebulfetov', 'Mircamal Əbülfətov'],
      ['telman-bagirov', 'Telman Bağırov'],
      ['asif-esedullayev', 'Asif Əsədullayev'],
      ['eflatun-kazimov', 'Əflatun Kazımov'],
      ['azad-mirzeyev', 'Azad Mirzəyev'],
    ] as const
  ).map(([slug, name]) => minimal(slug, name, 'Lənkəran', [ANL_2019])),
  minimal('cebrayil-xanmemmedov', 'Cəbrayıl Xanməmmədov', null, ['yapsebail.az', 'report.az/ru/vnutrennyaya-politika/v-mchs'], { died: '1990-01-20' }),
];

/** The names of the file's DO NOT ADD entries (and the poem), folded like the search folds names. */
const NOT_TO_ADD = ['Şəmsəddin Orucov', 'Orucov Şəmsəddin', 'Nazim Ələkbərov', 'Назим Алекперов', 'Nariman', 'Nassirov Shirali', 'Shirali Nassirov'];

function tableDate(date: Date | null, precision: string): TableDate {
  if (!date) return null;
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'DAY') return iso;
  if (precision === 'MONTH') return iso.slice(0, 7);
  if (precision === 'YEAR') return iso.slice(0, 4);
  return `${iso} ${precision}`;
}

/** The facts a victim row states, by the names citations use for them. */
function statedFacts(victim: Record<string, unknown>): string[] {
  const facts = ['name'];
  for (const field of ['birthDate', 'birthPlace', 'age', 'deathDate', 'deathPlace', 'home', 'occupation', 'burialPlace', 'circumstances', 'honours']) {
    if (victim[field] !== null) facts.push(field);
  }
  if (victim.fate !== 'NOT_STATED') facts.push('fate');
  if (victim.sex !== 'NOT_STATED') facts.push('sex');
  return facts;
}

type FileFigure = { url: string; value: number | null; valueMax: number | null };

/** Every value of every VERIFIED row of the file's figure tables, with its source's address. */
function verifiedFiguresInFile(): FileFigure[] {
  const start = RECORD_FILE.indexOf('## Figures');
  const end = RECORD_FILE.indexOf('## Sources', start);
  const figures: FileFigure[] = [];
  let url = '';
  for (const line of RECORD_FILE.slice(start, end).split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| kind') || line.startsWith('|---')) continue;
    const cells = line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim());
    const [, valueCell, , , , urlCell] = cells;
    if (urlCell !== '(same)') url = urlCell!;
    if (!cells.at(-1)!.startsWith('VERIFIED')) continue;
    const values = valueCell!.split(/\s*\/\s*|\s*&\s*/);
    values.forEach((token, index) => {
      // The infobox's "90 injured": the row leaves unclear whose; not added.
      if (url.includes('piglix') && valueCell!.startsWith('21–29') && index === 1) return;
      const range = /^([\d,]+)\s*[–-]\s*([\d,]+)$/.exec(token);
      const number = /^([\d,]+)\+?(?:\s|$)/.exec(token);
      if (range) figures.push({ url, value: Number(range[1]!.replace(/,/g, '')), valueMax: Number(range[2]!.replace(/,/g, '')) });
      else if (number) figures.push({ url, value: Number(number[1]!.replace(/,/g, '')), valueMax: null });
      else figures.push({ url, value: null, valueMax: null });
    });
  }
  return figures;
}

const tally = (items: string[]) => items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [item]: (counts[item] ?? 0) + 1 }), {});

beforeAll(async () => {
  await resetDatabase();
  await seed(db, { now: NOW });
});

describe('the public record in the seed', () => {
  it('holds every person of the table, and no one else from the file', async () => {
    const victims = await db.victim.findMany({
      where: { slug: { notIn: ['unidentified-7-year-old-boy', 'unidentified-16-year-old-girl', 'unidentified-80-year-old-man', 'unidentified-young-doctor'] } },
      include: { citations: { include: { source: true } }, disputedValues: { include: { source: true } } },
      orderBy: { slug: 'asc' },
    });
    expect(victims.map((victim) => victim.slug).sort()).toEqual(PEOPLE.map((person) => person.slug).sort());
    for (const person of PEOPLE) {
      const victim = victims.find((row) => row.slug === person.slug)!;
      expect(
        {
          name: victim.nameLatin ?? victim.nameRussian,
          status: victim.status,
          born: tableDate(victim.birthDate, victim.birthDatePrecision),
          died: tableDate(victim.deathDate, victim.deathDatePrecision),
          age: victim.age,
          fate: victim.fate,
          deathPlace: victim.deathPlace,
          home: victim.home,
          burial: victim.burialPlace,
        },
        person.slug,
      ).toEqual({
        name: person.name,
        status: person.status,
        born: person.born,
        died: person.died,
        age: person.age,
        fate: person.fate,
        deathPlace: person.deathPlace,
        home: person.home,
        burial: person.burial,
      });
      const cited = victim.citations.map((citation) => citation.source.url ?? '');
      expect(cited.length, person.slug).toBe(person.sources.length);
      for (const address of person.sources) expect(cited.some((url) => url.includes(address)), `${person.slug} cites ${address}`).toBe(true);
      expect(tally(victim.disputedValues.map((value) => value.field)), person.slug).toEqual(person.disputed ?? {});
    }
  });

  it('cites every stated fact by a source that supports it, and each disputed version by a cited source', async () => {
    const victims = await db.victim.findMany({ where: { slug: { in: PEOPLE.map((person) => person.slug) } }, include: { citations: true, disputedValues: true } });
    for (const victim of victims) {
      for (const citation of victim.citations) expect(citation.supports.length, `${victim.slug}: a citation that supports nothing`).toBeGreaterThan(0);
      const supported = new Set(victim.citations.flatMap((citation) => citation.supports));
      for (const fact of statedFacts(victim)) expect(supported.has(fact), `${victim.slug}: ${fact} has no source`).toBe(true);
      for (const value of victim.disputedValues) {
        const supporting = victim.citations.filter((citation) => citation.sourceId === value.sourceId);
        expect(supporting.length, `${victim.slug}: ${value.field} version from an uncited source`).toBeGreaterThan(0);
        expect(supporting.some((citation) => citation.supports.includes(value.field)), `${victim.slug}: ${value.field}`).toBe(true);
      }
    }
  });

  it('adds no one the file says not to add, nor the poem as a source', async () => {
    const victims = await db.victim.findMany({ select: { nameLatin: true, nameCyrillic: true, nameRussian: true, otherNames: true } });
    const names = victims.flatMap((victim) => [victim.nameLatin, victim.nameCyrillic, victim.nameRussian, ...victim.otherNames]).filter(Boolean).map((name) => foldName(name!));
    for (const name of NOT_TO_ADD) expect(names.some((held) => held.includes(foldName(name))), name).toBe(false);
    // "Elchin Mirzoyev" is only an earlier transliteration: no source spells him in Latin letters.
    expect(victims.some((victim) => [victim.nameLatin, ...victim.otherNames].includes('Elchin Mirzoyev'))).toBe(false);
    expect(await db.source.count({ where: { url: { contains: 'stihi.ru' } } })).toBe(0);
    expect(await db.source.count({ where: { url: { contains: 'karabakhinfo' } } })).toBe(0);
  });

  it('computes no date: Larissa’s 1977 birth date and birthplace are nowhere, the Sumqayıt pair have no birthday', async () => {
    const larissa = await db.victim.findUniqueOrThrow({ where: { slug: 'larissa-mammadova' } });
    expect([larissa.birthDate, larissa.birthPlace]).toEqual([null, null]);
    const publicText = JSON.stringify({ ...larissa, curatorNote: null });
    expect(publicText).not.toMatch(/1977|Ukrain/);
    // A date the file infers is a note, never a date: sources whose date the file infers have none.
    const inferred = await db.source.findMany({ where: { dateNote: { not: null } }, select: { key: true, date: true, dateNote: true } });
    expect(inferred.length).toBeGreaterThan(10);
    for (const source of inferred) expect(source.date, `${source.key}: ${source.dateNote}`).toBeNull();
  });

  it('keeps the two drafts unpublished with the file’s caution for curators', async () => {
    const drafts = await db.victim.findMany({ where: { status: 'DRAFT' }, orderBy: { slug: 'asc' } });
    expect(drafts.map((draft) => draft.slug)).toEqual(['elchin-mirzoyev', 'tariyel-abdullayev']);
    for (const draft of drafts) expect(draft.curatorNote).toMatch(/^Caution from the public record/);
  });

  it('holds every VERIFIED figure value of the file, one figure per value, ranges as ranges, and no other', async () => {
    const figures = await db.figure.findMany({
      where: { OR: [{ source: { key: { startsWith: 'record-' } } }, { source: { key: 'external-wikipedia-black-january-oldid-17057683' } }] },
      include: { source: true },
    });
    const describe = (figure: FileFigure) => `${figure.url} ${figure.value ?? 'words'}${figure.valueMax ? `–${figure.valueMax}` : ''}`;
    const stored = figures.map((figure) => describe({ url: figure.source.url ?? figure.source.quotedAt!, value: figure.value, valueMax: figure.valueMax }));
    expect(tally(stored)).toEqual(tally(verifiedFiguresInFile().map(describe)));
    for (const figure of figures) {
      // The summaries are the memorial's words; only an English source's words the file quotes are quotations.
      if (figure.quoteIsVerbatim && figure.source.key.startsWith('record-')) expect(RECORD_FILE.includes(`"${figure.quote}"`), figure.key).toBe(true);
    }
  });

  it('notes, next to a source, where its parts do not add up to its total', async () => {
    const noted = await db.source.findMany({ where: { editorialNote: { not: null } }, select: { url: true, editorialNote: true } });
    expect(noted.map((source) => source.url!.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]).sort()).toEqual(['caspianpost.com', 'report.az', 'uz.m.wikipedia.org.']);
    for (const source of noted) expect(source.editorialNote).toMatch(/^The memorial’s note: .*131/);
  });

  it('adds the three events, the Haftoni date with each version and its source', async () => {
    const events = await db.event.findMany({
      where: { slug: { in: ['killings-in-neftcala-1990-01-25', 'killings-in-the-haftoni-forest-near-lenkeran-1990-01', 'three-scientists-killed-near-ceyranbatan-1990-01'] } },
      include: { disputedValues: { include: { source: true } } },
      orderBy: { slug: 'asc' },
    });
    expect(events.map((event) => [event.slug, tableDate(event.date, event.datePrecision)])).toEqual([
      ['killings-in-neftcala-1990-01-25', '1990-01-25'],
      ['killings-in-the-haftoni-forest-near-lenkeran-1990-01', '1990-01'],
      ['three-scientists-killed-near-ceyranbatan-1990-01', '1990-01'],
    ]);
    const haftoniDates = events[1]!.disputedValues.map((value) => `${tableDate(value.date, 'DAY')}${value.endDate ? `/${tableDate(value.endDate, 'DAY')}` : ''}`);
    expect(tally(haftoniDates)).toEqual({ '1990-01-19/1990-01-20': 1, '1990-01-26': 4, '1990-01-25/1990-01-26': 1 });
  });

  it('brings the record seeded before the public record, unedited, to the merged facts at the same address', async () => {
    const larissa = await db.victim.findUniqueOrThrow({ where: { slug: 'larissa-mammadova' }, select: { id: true } });
    // The record as the first seed wrote it, never saved by a curator (version 1).
    await db.citation.deleteMany({ where: { victimId: larissa.id } });
    await db.disputedValue.deleteMany({ where: { victimId: larissa.id } });
    await db.victim.update({ where: { id: larissa.id }, data: { otherNames: [], deathDate: null, deathDatePrecision: 'UNKNOWN', deathPlace: null, occupation: null } });
    const report = await seed(db, { now: NOW });
    expect(report.created.refreshed).toBe(1);
    expect(report.created.victims).toBe(0);
    const merged = await db.victim.findUniqueOrThrow({ where: { slug: 'larissa-mammadova' }, include: { citations: true, disputedValues: true } });
    expect([merged.id, merged.version, merged.deathPlace, merged.otherNames.includes('Larisa Məmmədova')]).toEqual([larissa.id, 1, 'Baku', true]);
    expect(merged.citations).toHaveLength(6);
    expect(merged.disputedValues).toHaveLength(3);
    expect((await seed(db, { now: NOW })).created.refreshed).toBe(0);
  });

  it('keeps the first external sources with their reliability notes', async () => {
    const book = await db.source.findUniqueOrThrow({ where: { key: 'external-azerneshr-1990-black-january-documents' } });
    expect(book.reliabilityNote).toMatch(/could not be read again.*volume itself has not been seen/);
    expect(await db.figure.count({ where: { sourceId: book.id } })).toBe(6);
  });
});
