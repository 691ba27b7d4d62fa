import type { IsoDate, SeedSource } from '../types';

/**
 * The sources of public-record.md (a copy of the file is prisma/seed-data/public-record.md), each as
 * an external Source: publisher, title as read (null where no headline was read; `details` then
 * describes the page), the date with the precision the page prints, language, address, and the
 * file's kind of publisher and reliability note, kept as the curators' text.
 *
 * Dates: only a date the file gives as read ("2019-06", "23 Sep 2018", "2026") becomes a date. A
 * date the file infers ("~2020 (30 years on)", "i.e. 2010", a URL's date, an anniversary's year) is
 * kept as `dateNote` and never as a date. The sources the file rules out (the stihi.ru poem, pages
 * that were not found, pages that only name people the file says not to add) are not here.
 */

type Options = Partial<Pick<SeedSource, 'author' | 'details' | 'dateNote' | 'editorialNote' | 'quotedAt'>>;

/** "2018-09-23" → DAY, "2019-06" → MONTH, "2026" → YEAR, null → no date. */
function dated(date: string | null): Pick<SeedSource, 'date' | 'datePrecision'> {
  if (date === null) return { date: null, datePrecision: 'UNKNOWN' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date: date as IsoDate, datePrecision: 'DAY' };
  if (/^\d{4}-\d{2}$/.test(date)) return { date: `${date}-01` as IsoDate, datePrecision: 'MONTH' };
  if (/^\d{4}$/.test(date)) return { date: `${date}-01-01` as IsoDate, datePrecision: 'YEAR' };
  throw new Error(`Not a date as read: ${date}`);
}

function source(
  key: string,
  url: string,
  publisher: string,
  title: string | null,
  date: string | null,
  language: string,
  publisherKind: string,
  reliabilityNote: string | null,
  options: Options = {},
): SeedSource {
  return {
    key: `record-${key}`,
    kind: 'EXTERNAL',
    releaseSlug: null,
    title,
    author: options.author ?? null,
    publisher,
    ...dated(date),
    dateSeason: null,
    details: options.details ?? null,
    url,
    quotedAt: options.quotedAt ?? null,
    language,
    publisherKind,
    reliabilityNote,
    dateNote: options.dateNote ?? null,
    editorialNote: options.editorialNote ?? null,
  };
}

const NO_HEADLINE = 'No headline in the text read';

/** The editorial note next to a source whose parts (82 + 20 + 21 + 8 = 131) do not make its total. */
const partsDoNotAddUp = (total: number) =>
  `The memorial’s note: this source gives the parts 82 + 20 + 21 + 8, which add up to 131, and a total of ${total}. Both are shown as the source gives them; neither is corrected.`;

export const recordSources: SeedSource[] = [
  // Victims, Part A
  source('anarim-ilham-ferize', 'https://wikipedia.anarim.az?q=F%C9%99riz%C9%99_Allahverdiyeva', 'anarim.az (az.wikipedia mirror)', 'İlham və Fərizə Allahverdiyevlər', null, 'az', 'encyclopedia mirror', 'Wikipedia mirror — cite with care. Lead and infobox disagree on Fərizə’s death date.'),
  source('anarim-ilqar-ibrahimov', 'https://wikipedia.anarim.az?q=%C4%B0lqar_%C4%B0brahimov_(%C5%9F%C9%99hid)', 'anarim.az (az.wikipedia mirror)', 'İlqar İbrahimov', null, 'az', 'encyclopedia mirror', 'Wikipedia mirror; the only source for İlqar — corroborate.'),
  source('ka-wikipedia-ilham-fariza', 'https://ka.m.wikipedia.org/wiki/%E1%83%98%E1%83%9A%E1%83%B0%E1%83%90%E1%83%9B%E1%83%98_%E1%83%93%E1%83%90_%E1%83%A4%E1%83%90%E1%83%A0%E1%83%98%E1%83%96%E1%83%90', 'Georgian Wikipedia', null, null, 'ka', 'encyclopedia', 'Page marked unreviewed; likely translated from az-wiki, so not independent.', { details: 'Georgian title (Ilham and Fariza)' }),
  source('wiki-org-ilham-fariza', 'http://wiki-org.ru/wiki/%D0%98%D0%BB%D1%8C%D1%85%D0%B0%D0%BC_%D0%B8_%D0%A4%D0%B0%D1%80%D0%B8%D0%B7%D0%B0', 'wiki-org.ru (ru-wiki mirror)', 'Ильхам и Фариза', null, 'ru', 'encyclopedia mirror', 'Wikipedia mirror — cite with care.'),
  source('perceptiopt-ilham-fariza', 'https://perceptiopt.com/Ильхам_и_Фариза', 'perceptiopt.com', 'Ilham e Fariza', null, 'pt', 'machine-translated mirror', 'Machine translation of ru-wiki — spellings only; do not cite for facts.'),
  source('anydayguide-lovers-day', 'https://anydayguide.com/calendar/4602', 'AnydayGuide', "Lovers' Day in Azerbaijan", null, 'en', 'calendar website', 'Secondary, popular — corroborate.', { dateNote: 'page for 2024' }),
  source('news-az-lovers-day', 'https://news.az/news/baku-residents-hail-national-lovers-day-poll', 'News.az', null, null, 'en', 'news site', 'Secondary.', { details: 'Poll article' }),
  source('metbuat-2019-lovers-day', 'https://metbuat.az/news/1216468/milli-sevgililer-gunu.html', 'Metbuat.az', null, '2019-06', 'az', 'news aggregator', 'Aggregator; text repeated by asayis.az — corroborate.', { details: `${NO_HEADLINE} (URL slug "milli-sevgililer-gunu")` }),
  source('asayis-lovers-day', 'https://asayis.az/news/11125/index.html', 'Asayiş.az', null, null, 'az', 'news site', 'Same text as metbuat; not independent.', { details: NO_HEADLINE }),
  source('metbuat-2023-ilham-ferize', 'https://metbuat.az/news/1458783/ilham-ve-ferize-hekayesi.html', 'Metbuat.az', null, '2023-02', 'az', 'news aggregator', 'Corroborate.', { details: `${NO_HEADLINE} (URL slug "ilham-ve-ferize-hekayesi")` }),
  source('turkustan-ulvi-bunyadzade', 'https://turkustan.info/2020/09/23/q%C9%99nir%C9%99-pasayeva-s%C9%99hid-sairimiz-ulvi-bunyadzad%C9%99ni-bu-sozl%C9%99rl%C9%99-yad-etdi/', 'Turkustan.info', 'Qənirə Paşayeva şəhid şairimiz Ülvi Bünyadzadəni bu sözlərlə yad etdi', null, 'az', 'news / culture site', 'Quotes a politician’s post; the biography matches other sources.', { dateNote: 'URL date 2020/09/23 (page header shows 27 Noyabr 2020)' }),
  source('azkurs-ulvi-bunyadzade', 'http://azkurs.org/kbt-ya25-uot-059-bas-redaktor.html?page=321', 'azkurs.org', null, null, 'az', 'book (library calendar) reproduced by a document host', 'Reproduces a library calendar; good detail (grave No. 40) — ideally cite the original calendar.', { details: 'Library calendar page "Ülvi Bünyadzadə 1969-1990"' }),
  source('atesh-ulvi-bunyadzade', 'https://atesh.az/sehidzirvesi/333-anim-shehid-ulvi-bunyadzade-ateshaz.html', 'Atəş.az', 'Anım: Şəhid Ülvi Bünyadzadə - ATƏŞ.AZ', null, 'az', 'memorial / literary site', 'Decree number matches the school-site wording for another victim; otherwise corroborate.'),
  source('femida-ulvi-bunyadzade', 'http://femida.az/az/news/90544', 'Femida.az', 'İkinci Mikayıl Müşfiqimiz - Ülvi Bünyadzadənin doğum günüdür', '2018-09-23', 'az', 'news site', 'Secondary.'),
  source('folklor-ulvi-bunyadzade', 'https://folklor.az/az/news/139', 'folklor.az', 'Ülvi Bünyadzadənin həyat və yaradıcılıq yolu', '2024-01-20', 'az', 'institutional site', 'Secondary.'),
  source('anl-respublika-2020-ulvi-bunyadzade', 'http://www.anl.az/down/meqale/respublika/2020/yanvar/697067.htm', 'Respublika (clipping at the National Library, anl.az)', 'Milli azadlıq mücahidi Ülvi Bünyadzadə', '2020-01', 'az', 'newspaper article via library archive', 'Good.'),
  source('anl-xalq-qazeti-2011', 'http://anl.az/down/meqale/xalqqazeti/2011/yanvar/152049.htm', 'Xalq qazeti (clipping at the National Library, anl.az)', null, '2011-01', 'az', 'newspaper article via library archive', 'Good.', { details: 'Title as read begins "Ukraynada 20 Yanvar şəhidlərinin xatirəsi …"' }),
  source('sia-ulvi-bunyadzade', 'https://sia.az/az/news/politics/63172.html', 'SİA news agency', 'ADU-da 20 Yanvar şəhidi Ülvi Bünyadzadənin xatirəsi yad edilib', null, 'az', 'news agency', 'Good.', { dateNote: 'not stated (41st birthday, i.e. 2010)' }),
  source('legalacts-decree-695', 'https://legalacts.az/az/document/7362/6730', 'legalacts.az', '«20 Yanvar Şəhidi» fəxri adının təsis edilməsi haqqında', '1998-03-31', 'az', 'legal-acts database', 'Official text; confirms the decree date (not individual awards).'),
  source('qafqazinfo-larisa', 'https://qafqazinfo.az/news/detail/cagirdim-qizim-qalxmadi-valideynleri-larisani-xatirlayirvideo-275315', 'Qafqazinfo (reproducing a BBC Azerbaijani interview)', '“Çağırdım, qızım qalxmadı” - Valideynləri Larisanı xatırlayır+Video', null, 'az', 'news site reproducing BBC Azerbaijani', 'Good (parents’ interview).', { dateNote: '~2020 (30 years on)' }),
  source('metbuat-2021-larisa', 'https://metbuat.az/news/1398463/larisa-anasinin-yuxusuna-girib-ne-dedi.html', 'Metbuat.az (citing kulis.az)', null, '2021-01', 'az', 'news aggregator', 'Contradicts itself on birthplace — treat biographical dates with caution.', { details: `${NO_HEADLINE} (URL slug "larisa-anasinin-yuxusuna-girib-ne-dedi")` }),
  source('metbuat-2022-larisa', 'https://metbuat.az/news/1428638/larisa-memmedovanin-anasi.html', 'Metbuat.az (citing Sputnik Azərbaycan)', null, '2022-01', 'az', 'news aggregator', 'Secondary.', { details: `${NO_HEADLINE} (URL slug "larisa-memmedovanin-anasi")` }),
  source('school-132-134', 'https://132-134.edu.az/archives/13252', 'Education Complex 132-134 (school site)', null, null, 'en', 'school / government education site', 'Good for school and grade.', { details: 'A commemoration event', dateNote: '32nd anniversary (2022)' }),
  source('icma-ru-larisa', 'https://icma.az/ru/news/larisa-kotoroj-bylo-vsego-13-istoriya-yunoj-zhertvy-chernogo-yanvarya-1390104', 'Icma.az (citing Media.az / AZERTAC)', 'Лариса, которой было всего 13: История юной жертвы Черного января', '2026', 'ru', 'news aggregator', 'Secondary.'),
  source('icma-bir-qesebenin-2-sehidi', 'https://icma.az/story/bir-qesebenin-2-sehidi-1394561', 'Icma.az (republishing Xalq qazeti)', 'Bir qəsəbənin 2 şəhidi', null, 'az', 'aggregator of a state newspaper', 'Ages ambiguous by design of the text.', { dateNote: '2026 (36 years on)' }),
  source('azertag-mehman-muradov', 'https://special.azertag.az/az/xeber/1391648', 'AZƏRTAC', '20 Yanvar şəhidinin qardaşı: Mehman yanvarın 20-si günorta saatlarında öldürülüb FOTO VİDEO', null, 'az', 'state news agency', 'Good; text read cut off before the burial detail.', { dateNote: 'dateline "Göyçay, 20 yanvar" (year not shown)' }),
  source('metbuat-2021-goycay', 'https://metbuat.az/news/1398403/sehidlerimiz-goycayda-da-anildi.html', 'Metbuat.az', null, '2021-01', 'az', 'news aggregator', 'Secondary.', { details: `${NO_HEADLINE} (URL slug "sehidlerimiz-goycayda-da-anildi")` }),
  source('realnews-ge-2026', 'https://realnews.ge/index/2026/13369/', 'RealNews.ge', '20 yanvar şəhidlərinin xatirəsi anılıb – VİDEO', '2026', 'az', 'news site (Georgia)', 'Minimal facts.'),
  source('azerbaijan-news-georgia-2021', 'http://www.azerbaijan-news.az/posts/detail/20-yanvar-sehidlerinin-eziz-xatiresi-gurcustanda-da-ehtiramla-anilib-1611149120', 'Azərbaycan newspaper site (AZƏRTAC text)', '20 Yanvar şəhidlərinin əziz xatirəsi Gürcüstanda da ehtiramla anılıb', '2021-01-20', 'az', 'state newspaper / agency', 'Good; cut off after "İsmayılov Rəş…".'),
  source('jpost-2021', 'https://www.jpost.com/diaspora/azeri-jews-host-charity-event-to-honor-victims-of-black-january-656114', 'The Jerusalem Post', null, '2021-01-20', 'en', 'newspaper', 'Good; its "some 170" figure is rounded.', { details: `${NO_HEADLINE} (URL slug "azeri-jews-host-charity-event-to-honor-victims-of-black-january")` }),
  source('jewish-news-2021', 'https://www.jewishnews.co.uk/jews-of-azerbaijan-remember-victims-of-soviet-intervention-black-january/amp/', 'Jewish News (UK)', 'Jews of Azerbaijan remember victims of Soviet intervention ‘Black January’', '2021', 'en', 'newspaper', 'Same wire story as JPost — not independent.'),
  source('algemeiner-2021', 'https://www.algemeiner.com/2021/01/21/azeri-jews-pay-tribute-to-victims-of-black-january-with-charity-event/', 'The Algemeiner (JNS.org)', null, '2021-01-21', 'en', 'newspaper (wire)', 'Same JNS wire — not independent.', { details: NO_HEADLINE }),
  source('azertag-920883', 'https://special.azertag.az/en/xeber/920883', 'AZERTAC', 'Jewish Journal publishes article about Black January', null, 'en', 'state news agency quoting an op-ed', 'Op-ed by a community leader; gives age 16 and "20 bullets".', { details: 'An op-ed by Milikh Yevdayev', dateNote: 'dateline "Baku, January 22" (year not shown)' }),
  source('azernews-63676', 'https://www.azernews.az/nation/63676.html', 'AzerNews', 'Black January victims commemorated in Israel', '2014-01-23', 'en', 'news site', 'Secondary.'),
  source('vestikavkaza-en-unforgettable-january', 'https://en.vestikavkaza.ru/articles/Unforgettable-January.html', 'Vestnik Kavkaza', 'Unforgettable January', null, 'en', 'news site', 'Spellings differ ("Marchevka", "Bisantina").'),
  source('vestikavkaza-ru-nezabyvaemyy-yanvar', 'http://vestikavkaza.ru/articles/Nezabyvaemyy-yanvar.html', 'Вестник Кавказа', 'Незабываемый январь', null, 'ru', 'news site', 'Russian version of "Unforgettable January".'),
  source('newsland-markhevka', 'https://newsland.com/post/1775029-kto-ubil-russkogo-vracha-skoroi-sashu-markhevku', 'Newsland', 'Кто убил русского врача "скорой" Сашу Мархевку ?', null, 'ru', 'aggregator / blog platform', 'Low; source of the ethnicity conflict.'),
  source('proza-eta-strashnaya-noch', 'https://proza.ru/2017/03/18/762', 'Proza.ru', 'Эта страшная ночь', null, 'ru', 'literary memoir (self-published)', 'Memoir — corroborate.', { author: 'Наиля Балакишиева', dateNote: 'URL date 2017/03/18' }),
  source('newsland-eta-strashnaya-noch', 'https://newsland.com/post/6495566-eta-strashnaia-noch', 'Newsland', 'Эта страшная ночь', null, 'ru', 'aggregator copy of the memoir', 'Same text as proza.ru — not independent.', { author: 'Наиля Балакишиева' }),
  source('az-wikipedia-lenkeran-hadiseleri', 'https://az.m.wikipedia.org/wiki/L%C9%99nk%C9%99ran_hadis%C9%99l%C9%99ri', 'Azerbaijani Wikipedia', 'Lənkəran hadisələri', null, 'az', 'encyclopedia', 'Wikipedia — cite with care; its infobox date (19–20 Jan) conflicts with news sources.'),
  source('anl-azerbaycan-2019-qanla-yazilan-tarix', 'http://anl.az/down/meqale/azerbaycan/2019/yanvar/629229.htm', 'Azərbaycan newspaper (clipping at the National Library, anl.az)', 'Qanla yazılan tarix', '2019-01', 'az', 'newspaper article via library archive', 'Good; gives 5 Haftoni names and "1 killed in Neftçala".'),
  source('sonxeber-lenkeran-35', 'https://www.sonxeber.az/355733/lenkeranda-toredilen-igtisaslardan-35-il-otur-onlar-musteqilliyimizin-esasini-qoydular', 'Sonxeber.az (citing oxu.az)', 'Lənkəranda törədilən iğtişaşlardan 35 il ötür: "Onlar müstəqilliyimizin əsasını qoydular"', '2025-01-26', 'az', 'news aggregator', 'Secondary.'),
  source('oxu-ru-lenkeran-35', 'https://oxu.az/ru/politika/35-let-so-dnya-tragicheskih-sobytij-v-lyankyarane-oni-zalozhili-osnovu-nashej-nezavisimosti', 'Oxu.az', '35 лет со дня трагических событий в Лянкяране…', '2025', 'ru', 'news site', 'Secondary.'),
  source('xalqcebhesi-yaddasin-xatiresi', 'http://xalqcebhesi.az/news/accident/67635.html', 'Xalq Cəbhəsi newspaper site', 'YADDAŞIN XATİRƏSİ', null, 'az', 'party newspaper / memoir', 'Opinion/memoir — corroborate; dates Lənkəran to the night of 25–26 Jan.', { dateNote: '31 years on (2021)' }),
  source('report-neftcala-2026', 'https://report.az/daxili-siyaset/neftcalada-yanvar-faciesinin-sahidi-sovet-esgerlerinin-vehsiliyini-sozle-ifade-etmek-cetindir', 'Report', 'Neftçalada yanvar faciəsinin şahidi: Sovet əsgərlərinin vəhşiliyini sözlə ifadə etmək çətindir', '2026-01-24', 'az', 'news agency', 'Good (witness testimony).'),
  source('icma-azertac-neftcala', 'https://icma.az/news/herbciler-qardasimin-barmagini-kesib-nisan-uzuyunu-goturmusduler-neftcalanin-qara-yanvari-azertac-445109', 'Icma.az (AZƏRTAC text)', '“Hərbçilər qardaşımın barmağını kəsib nişan üzüyünü götürmüşdülər” Neftçalanın Qara Yanvarı AZƏRTAC', null, 'az', 'aggregator of the state agency', 'Good.', { dateNote: 'dateline "Neftçala, 25 yanvar" (year not shown)' }),
  source('caliber-agahuseynov', 'https://caliber.az/post/20-yanvarya-vdova-i-doch-shehida-agagusejnova-vspominayut-tragicheskij-den-ego-gibeli', 'Caliber.az (citing Report)', '20 января: вдова и дочь шехида Агагусейнова вспоминают трагический день его гибели ФОТО', null, 'ru', 'news site', 'Good (widow’s account).'),
  source('uluyol-neftcala-27', 'http://uluyol.info/index.php?newsid=7206', 'Uluyol.info', null, null, 'az', 'local news site', 'Award list useful; corroborate.', { details: `${NO_HEADLINE}; the text opens "25 yanvar Neftçala qırğını"ndan 27 il ötdü`, dateNote: '27th anniversary (2017)' }),
  source('yenicag-ebulfez', 'https://yenicag.az/sovet-herbcisi-ebulfezin-barmagini-kesib/', 'Yeniçağ (citing Report)', '“Sovet hərbçisi Əbülfəzin barmağını kəsib…”', null, 'az', 'news site', 'Brother’s account.', { dateNote: '33rd anniversary (2023)' }),
  source('cls-banke-library', 'http://cls.az/front/2338/az/more/text/20470', 'cls.az (Bankə village library branch No. 2)', '2 saylı Bankə qəsəbə kitabxana filialı', '2015-09-01', 'az', 'local library memorial page', 'Local memory text — conflicts with Report on place of death.'),

  // Victims, Part B
  source('icma-vefadar-eminov', 'https://icma.az/news/eslen-gurcustandan-olan-20-yanvar-sehidi-yaralilara-qan-vermeye-getmisdi-dusmen-gullesine-tus-geldi-425721', 'Icma.az (citing Report)', 'Əslən Gürcüstandan olan 20 Yanvar şəhidi Yaralılara qan verməyə getmişdi, düşmən gülləsinə tuş gəldi', '2025', 'az', 'aggregator', 'Good.'),
  source('aqreqator-vefadar-eminov', 'https://aqreqator.az/az/hadise/1214408', 'Aqreqator.az (citing oxu.az)', 'Əslən Gürcütandan olan 20 Yanvar şəhidi Vəfadar Eminov - VİDEO', null, 'az', 'aggregator', 'Secondary.', { dateNote: '2021 (31 years on)' }),
  source('icma-azertac-elcin-imanov', 'https://icma.az/news/20-yanvar-sehidinin-atasi-oglum-emisinin-yolu-ile-gedib-xalqina-xidmet-etmek-isteyirdi-azertac-427710', 'Icma.az (AZƏRTAC text)', '20 Yanvar şəhidinin atası: Oğlum əmisinin yolu ilə gedib, xalqına xidmət etmək istəyirdi AZƏRTAC', null, 'az', 'aggregator of the state agency', 'Good.', { dateNote: 'dateline "Salyan, 20 yanvar"' }),
  source('icma-firuz-cabbarov', 'https://icma.az/news/kelbecerin-yegane-20-yanvar-sehidi-firuz-cabbarov-1390529', 'Icma.az (citing Turkstan.az / Modern.az)', 'Kəlbəcərin yeganə 20 Yanvar şəhidi Firuz Cabbarov', '2026-01-20', 'az', 'aggregator', 'Secondary.'),
  source('school-31-fexrimiz', 'https://bakimektebleri.edu.az/31/az/ourpride/', 'School No. 31 (Baku education)', 'FƏXRİMİZ', null, 'az', 'school / government education site', 'Good; gives law and decree numbers.'),
  source('xeberle-sumqayit-2021', 'http://xeberle.com/cemiyyet/77529-sumqayitda-20-yanvar-faciesinin-ildonumu-qeyd-olunub-fotolar.html', 'Xeberle.com', null, '2021', 'az', 'news site', 'Single source — corroborate.', { details: `${NO_HEADLINE} (Sumqayıtda 20 Yanvar faciəsinin ildönümü qeyd olunub)` }),
  source('shamaxi-ih-2017', 'http://shamaxi-ih.gov.az/az/news/386.html', 'Şamaxı District Executive Authority', '20 Yanvar faciəsinin 27-ci ildönümü ilə əlaqədar Şamaxıdakı Şəhidlər Xiyabanında anım mərasimi keçirilib', '2017-01-20', 'az', 'government site', 'Good.'),
  source('agstafa-ih-2024', 'http://agstafa-ih.gov.az/az/news/qanli-20-yanvar-faciesinin-34-cu-ildonumunde-sehidlerimizin-xatiresi-ehtiramla-yad-edilib.html', 'Ağstafa District Executive Authority', 'Qanlı 20 Yanvar faciəsinin 34-cü ildönümündə şəhidlərimizin xatirəsi ehtiramla yad edilib', '2024', 'az', 'government site', 'Good (minimal).'),
  source('yapsebail-2018-catalogue', 'http://yapsebail.az/2018/01/19/yap-s%c9%99bail-az%c9%99rbaycan-tarixcil%c9%99ri-milli-az%c9%99rbaycan-tarixi-muzeyi-%c9%99razi-ilk-partiya-t%c9%99skilatinda-20-yanvar-kataloqunun-t%c9%99qdimati-kecirildi', 'YAP Səbail (party branch site)', 'YAP Səbail “Azərbaycan tarixçiləri” … “20 Yanvar kataloqunun” təqdimatı keçirildi', '2018-01-19', 'az', 'party site', 'Secondary; also describes the museum catalogue (210 pp.).'),
  source('report-ru-mchs-2026', 'https://report.az/ru/vnutrennyaya-politika/v-mchs-azerbajdzhana-pochtili-pamyat-zhertv-tragedii-20-yanvarya', 'Report', 'В МЧС Азербайджана почтили память жертв трагедии 20 Января', '2026-01-19', 'ru', 'news agency', 'Good.'),
  source('icma-unidentified-graves-2025', 'https://icma.az/news/20-yanvar-faciesinin-35-illik-namelum-qehremanlari-foto-426992', 'Icma.az (citing Report)', '20 Yanvar faciəsinin 35 illik naməlum qəhrəmanları FOTO', '2025', 'az', 'aggregator', 'Good.'),

  // Figures
  source('iran-project-tehran-2014', 'https://theiranproject.com/blog/2014/01/21/azerbaijan-embassy-in-tehran-commemorates-anniversary-of-1990-tragedy/', 'The Iran Project (reprinting MNA; reports the Azerbaijani embassy in Tehran)', 'Azerbaijan Embassy in Tehran commemorates anniversary of 1990 tragedy', '2014-01-21', 'en', 'news aggregator reporting an embassy statement', 'An official (embassy) figure, but via a reprint.'),
  source('bestref-hrw-communal-card', 'https://bestref.net/wikipedia/ru/История_Нагорного_Карабаха', 'bestref.net (ru-wiki mirror)', null, null, 'en', 'encyclopedia mirror quoting an NGO', 'Cite the HRW report itself where possible.', { details: 'Quoting Human Rights Watch, "Playing the \'Communal Card\'"' }),
  source('report-en-2026', 'https://report.az/en/domestic-politics/azerbaijani-people-honoring-memory-of-january-20-martyrs', 'Report', null, '2026-01-20', 'en', 'news agency', 'Official formula; internal arithmetic issue.', { details: `${NO_HEADLINE} (Azerbaijani people honoring memory of January 20 martyrs)`, editorialNote: partsDoNotAddUp(147) }),
  source('report-ru-2026', 'https://report.az/ru/vnutrennyaya-politika/azerbajdzhanskij-narod-chtit-pamyat-shehidov-20-yanvarya', 'Report', 'Азербайджанский народ чтит память шехидов 20 Января', '2026-01-20', 'ru', 'news agency', 'As the English page of the same day (official formula).'),
  source('docslib-bloody-memory', 'https://docslib.org/doc/11506965/bloody-memory', 'docslib.org (document host; original publisher not shown)', 'Bloody Memory', null, 'en', 'document host (publisher unknown)', 'Unknown original publisher — corroborate; same formula as the official one with total 131.'),
  source('south-caucasus-news-2024', 'https://southcaucasusnews.com/2024/01/21/page/33', 'South Caucasus News (reposting Azerbaijan in Focus / Trend)', 'Day: January 21, 2024', '2024-01-21', 'en', 'aggregator archive page', 'Secondary.'),
  source('iha-black-january', 'https://iha.news/black-january-martyrs-commemorated-in-azerbaijan/', 'İhlas News Agency (IHA)', 'Black January Martyrs Commemorated in Azerbaijan', null, 'en', 'news agency', 'Secondary.'),
  source('preslib-2020-e-publication', 'https://www.preslib.az/press.php?view=gqoweyj', 'Presidential Library of Azerbaijan', 'Tədbirdə “20 Yanvar. Təcavüz 1990” adlı elektron nəşrin yenilənmiş versiyasının təqdim edilib', null, 'az', 'government site', 'Official; figure quoted from the director.', { details: 'The director, M. Əhmədov, is quoted', dateNote: '17 Jan (30th anniversary, 2020)' }),
  source('piglix-black-january', 'http://piglix.com/piglix/Black_January', 'piglix (en-wiki mirror)', 'Black January', null, 'en', 'encyclopedia mirror', 'Wikipedia mirror — cite with care.'),
  source('ru-wikipedia-2015-archive', 'http://web.archive.org/web/20150906042345/https://ru.wikipedia.org/wiki/%D0%A7%D1%91%D1%80%D0%BD%D1%8B%D0%B9_%D1%8F%D0%BD%D0%B2%D0%B0%D1%80%D1%8C', 'Russian Wikipedia (Wayback archive)', 'Чёрный январь', null, 'ru', 'encyclopedia (archived)', 'Cite with care.', { dateNote: 'archived 2015-09-06' }),
  source('wiki7-svart-januari', 'https://sv.wiki7.org/wiki/%D0%A7%D1%91%D1%80%D0%BD%D1%8B%D0%B9_%D1%8F%D0%BD%D0%B2%D0%B0%D1%80%D1%8C', 'wiki7', 'Svart januari', null, 'sv', 'machine-translated mirror', 'Low; use only together with the underlying ru-wiki citations.'),
  source('current-time-2020', 'https://en.currenttime.tv/a/remembering-baku-s-black-january-tanks-were-crushing-and-shooting-at-everyone-/30404670.html', 'Current Time (RFE/RL)', null, null, 'en', 'international broadcaster', 'Good.', { details: `${NO_HEADLINE} (Remembering Baku's Black January)`, dateNote: '2020 ("thirty years on")' }),
  source('vestikavkaza-photogallery', 'https://en.vestikavkaza.ru/photogallery/Black-January.html', 'Vestnik Kavkaza', '"Black January"', null, 'en', 'news site', 'Secondary.', { dateNote: '2016 ("26 years ago")' }),
  source('radio-svoboda-2003', 'https://www.svoboda.org/amp/24161963.html', 'Radio Svoboda (RFE/RL)', null, null, 'ru', 'international broadcaster', 'Good (dated).', { details: NO_HEADLINE, dateNote: '2003 ("13 years ago")' }),
  source('abc-az-2018', 'http://abc.az/ru/news/5068', 'ABC.az', 'В Азербайджане сегодня отмечается День всенародной скорби', '2018-01-20', 'ru', 'news site', 'Secondary.'),
  source('salamnews-2016', 'https://www.salamnews.org/az/infografik/show/498/20-yanvar--milli-huzn-gunu', 'Salamnews', '20 yanvar - Milli hüzn günü', '2016-01-19', 'az', 'news agency (infographic)', 'Secondary.'),
  source('aliyev-heritage-de', 'http://lib.aliyev-heritage.org/de/5670516.html', 'Heydar Aliyev Heritage International Online Library', 'Der 20. Januar 1990', null, 'de', 'state-affiliated library site', 'Secondary.'),
  source('metbuat-2021-sukut', 'https://metbuat.az/news/1398362/sehidlerin-xatiresi-bir-deqiqelik-sukutla-yad-edildi.html', 'Metbuat.az', null, null, 'az', 'news aggregator', 'Secondary.', { details: `${NO_HEADLINE} (URL slug "sehidlerin-xatiresi-bir-deqiqelik-sukutla-yad-edildi")`, dateNote: '31st anniversary (2021)' }),
  source('uz-wikipedia-qora-yanvar', 'https://uz.m.wikipedia.org./wiki/Qora_yanvar', 'Uzbek Wikipedia', 'Qora yanvar', null, 'uz', 'encyclopedia', 'Cite with care (total 146).', { editorialNote: partsDoNotAddUp(146) }),
  source('geocities-azerbaijan-online', 'http://www.geocities.ws/fanthom_2000/Black_January.html', 'personal site (reproducing "Azerbaijan Online")', 'Black January-The tragedy that will never be forgotten.', null, 'en', 'personal web page', 'Low.'),
  source('krym-realii-2015', 'https://ua.krymr.com/amp/azerbaijan-black-january-anniversary/26805724.html', 'Krym.Realii (RFE/RL)', '«Чорний січень» в Азербайджані. 25 років тому', null, 'uk', 'international broadcaster (photo story)', 'Figure (200+) is high compared with others — cite with attribution.', { dateNote: '2015 ("25 years ago")' }),
  source('azvision-fr-2020', 'https://fr.azvision.az/news/86234/--20-janvier--%C2%A0des--photos--du-c%C3%A9l%C3%A8bre-photographe-boris-dobin-prises-%C3%A0-bakou-.html', 'AzVision (FR)', '20 Janvier: des photos du célèbre photographe Boris Dobin prises à Bakou', '2020-01-20', 'fr', 'news site', 'Secondary.'),
  source('world-tourism-info-alley', 'http://worldtourisminfo.com/azerbaijan/4670-Alley-Of-Martyrs.html', 'World Tourism Info', 'Alley Of Martyrs', null, 'en', 'tourism site (machine-translated)', 'Low.'),
  source('azertag-1394724', 'https://special.azertag.az/en/xeber/1394724', 'AZERTAC', 'Black January – The start of Azerbaijan’s independence', null, 'en', 'state news agency (guest text)', 'A guest text.', { author: 'G. Rahimli', dateNote: 'dateline "Baku, January 23" (30th-anniversary context, 2020)' }),
  source('justice-for-khojaly-1992', 'https://justiceforkhojaly.org/en/international-reports/report/poisk-s-bolyu-v-serdtsax-30', 'Justice for Khojaly (reprint of an international press report)', null, null, 'en', 'campaign site reprinting press', 'Corroborate against the original newspaper.', { details: `${NO_HEADLINE} (a reprint of a press report)`, dateNote: '1992 (original article)' }),
  source('hans-lucas-baghirova', 'https://hanslucas.com/mbaghirova/photo/51823', 'Hans Lucas (photographer M. Baghirova)', 'Janvier Noir / Black January', null, 'fr/en', 'photo-agency caption', 'Secondary.'),
  source('agenzia-nova-2021', 'https://www.agenzianova.com/a/6007eadb427f13.46175181/3277524/2021-01-20/azerbaigian-presidente-aliyev-commemora-le-vittime-del-gennaio-nero', 'Agenzia Nova', null, '2021-01-20', 'it', 'news agency', 'Troop figure conflicts with 26,000.', { details: NO_HEADLINE }),
  source('azernews-188257', 'https://www.azernews.az/nation/188257.html', 'AzerNews', null, '2022-01-21', 'en', 'news site', 'Secondary.', { details: NO_HEADLINE }),
  source('today-az-214675', 'http://www.today.az/news/politics/214675.html', 'Today.az (Trend)', null, '2022-01-21', 'en', 'news site', 'Secondary.', { details: NO_HEADLINE }),
  source('caspian-post', 'https://caspianpost.com/azerbaijan/azerbaijani-people-commemorates-january-20-martyrs', 'The Caspian Post', null, null, 'en', 'news site', 'Copies the Report formula.', { details: NO_HEADLINE, editorialNote: partsDoNotAddUp(147) }),

  // Where fuller lists are said to be kept (the about page).
  source('preslib-e-publication-lead', 'https://preslib.az/press.php?view=ejhygkc', 'Presidential Library of Azerbaijan', 'Prezident kitabxanası tərəfindən hazırlanmış elektron nəşr sayəsində', null, 'az', 'government site', 'Lead only (e-publication contains a general list of şəhids).'),
  source('history-museum-catalogue-2020', 'http://azhistorymuseum.gov.az/index.php?mod=5&id=3584', 'National Museum of History of Azerbaijan (ANAS)', '“Azərbaycan” qəzetində Muzeyin “20 Yanvar şəhidləri” kataloqu haqqında məqalə nəşr olunub', '2020', 'az', 'museum (government) site', 'Lead to a full catalogue (not read).'),
  source('anl-azerbaycan-2020-catalogue', 'http://anl.az/down/meqale/azerbaycan/2020/yanvar/695396.htm', 'Azərbaycan newspaper (clipping at the National Library, anl.az)', '“20 Yanvar şəhidləri” kataloqu', '2020-01', 'az', 'newspaper via library archive', 'Lead.'),
  source('national-library-2024-database', 'http://millikitabxana.az/news/milli-kitabxana-20-yanvar-tedbir', 'National Library of Azerbaijan', 'Milli Kitabxanada 20 Yanvar hadisəsinə həsr olunan tədbir keçirilib', '2024-01-18', 'az', 'library (government) site', 'Lead ("20 Yanvar – Qan yaddaşımızdır" e-database).'),
];

/** The source keys, by their short name (without the "record-" prefix). */
export const R = Object.fromEntries(recordSources.map((entry) => [entry.key.replace(/^record-/, ''), entry.key])) as Record<string, string>;

/** The key of a public-record source by its short name; an unknown name stops the seed at load. */
export function recordSource(name: string): string {
  const key = R[name];
  if (!key) throw new Error(`public-record source ${name} does not exist`);
  return key;
}
