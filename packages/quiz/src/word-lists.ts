/** Small word lists kept in the repo: titles, organisation words, regions and extra place names. */

/** Capitalised words that start a title before a person's name ("President Yoon Suk Yeol"). */
export const TITLE_WORDS = new Set([
  "President", "Vice", "Prime", "Minister", "Secretary", "General", "Ambassador", "Professor", "Emeritus", "Dr", "Dr.",
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame", "Lord", "Lady", "Senator", "Sen.", "Governor", "Gov.", "Mayor",
  "King", "Queen", "Prince", "Princess", "Pope", "Chairman", "Chairwoman", "Chair", "Director", "Judge", "Justice",
  "Chancellor", "Major", "Captain", "Colonel", "Col.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Maj.", "Gen.", "Capt.", "Adm.", "Cpl.", "Pvt.", "Rev.", "Sheriff", "Detective",
  "Officer", "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Co-founder", "Founder", "CEO", "Editor", "Coach",
  "Reverend", "Rev.", "Rabbi", "Imam", "Bishop", "Cardinal", "Father", "Archbishop", "Representative", "Rep.",
  "Commissioner", "Superintendent", "Inspector", "Prosecutor", "Broadcaster", "Presenter", "Journalist", "Chief", "Admiral", "Marshal", "Sheikh", "Emir", "Crown", "Deputy",
  "Foreign", "Defence", "Defense", "Interior", "Finance", "Attorney", "Speaker", "Premier", "Councillor", "Councilor",
]);

/** Lower-case role nouns that mark the next name as a person ("team member Rodaba Noori", "actor Jason Beghe"). */
/** The nouns a textbook names a scholar by ("anthropologist Franz Boas"): thinkers for whose-view questions (who-said.ts). */
export const SCHOLAR_NOUNS = [
  "philosopher", "anthropologist", "sociologist", "psychologist", "economist", "scientist", "thinker", "theorist",
  "historian", "scholar", "researcher", "biologist", "naturalist", "physicist", "astronomer", "mathematician", "linguist",
  "archaeologist", "archeologist", "primatologist", "geographer", "ethicist", "theologian", "psychiatrist", "psychoanalyst",
  "neuroscientist", "chemist", "geologist", "ethnographer",
] as const;

export const ROLE_WORDS = new Set([
  "member", "creator", "founder", "co-founder", "illustrator", "musician", "actor", "actress", "writer", "author",
  "director", "spokesperson", "spokesman", "spokeswoman", "president", "professor", "coach", "minister", "leader",
  "editor", "chairman", "chairwoman", "chief", "official", "officer", "lawyer", "attorney", "solicitor", "barrister", "detective",
  "representative", "student", "teacher", "artist", "photographer", "singer", "player", "captain", "manager", "host",
  "journalist", "reporter", "analyst", "scientist", "researcher", "economist", "mayor", "governor", "senator", "judge",
  "general", "secretary", "ambassador", "boss", "head", "founder", "designer", "producer", "poet", "novelist",
  "historian", "curator", "scholar", "activist", "campaigner", "candidate", "politician", "lawmaker", "diplomat",
  "commander", "soldier", "cosplayer", "golfer", "footballer", "athlete", "champion", "winner", "survivor", "victim",
  "witness", "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "friend", "colleague",
  "academic", "psychologist", "doctor", "surgeon", "nurse", "engineer", "pilot", "priest", "pastor", "cleric",
  "blogger", "critic", "inventor", "entrepreneur", "investor", "businessman", "businesswoman", "executive", "adviser",
  "advisor", "aide",
  // scholars as textbooks name them ("Sociologist Charles Horton Cooley (1864–1929) suggested …": a role opening the
  // sentence is no given name)
  ...SCHOLAR_NOUNS,
  // sport's positions: "Former Arsenal keeper Sol Campbell" reads false at a glance (reading N); a titled person is
  // swapped only with someone the article gives the same words
  "keeper", "goalkeeper", "defender", "midfielder", "striker", "forward", "winger", "full-back", "fly-half",
  "scrum-half", "centre", "flanker", "prop", "hooker", "lock", "batsman", "bowler", "wicketkeeper", "pitcher",
  "quarterback", "seed", "rider", "driver", "sprinter", "runner", "jumper", "swimmer", "boxer",
]);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = new Set([
  "Agency", "Service", "Services", "Council", "Department", "Authority", "Foundation", "Association", "University",
  "College", "School", "Church", "Ministry", "Laboratory", "Laboratories", "Organization", "Organisation", "Committee",
  "Party", "Navy", "Army", "Force", "Forces", "Corporation", "Corp.", "Company", "Co.", "Inc.", "Inc", "Ltd", "Ltd.",
  "Group", "Society", "Research",
  "Institute", "Bank", "Fund", "Union", "Nations", "Times", "News", "Herald", "Post", "Gazette", "Weekly", "Magazine",
  "Journal", "Office", "Project", "Court", "Police", "District", "Commission", "Legion", "Corps", "Assembly",
  // ("President of the Philippine Chamber of Commerce" made a person "Philippine Chamber" to swap, reading ZZG)
  "Chamber", "Exchange",
  "Parliament", "Government", "Administration", "Bureau", "Board", "Team", "Club", "League", "Federation",
  "Alliance", "Coalition", "Network", "Broadcasting", "Television", "Radio", "Press", "Airlines", "Airways",
  "Museum", "Gallery", "Library", "Hospital", "Prison", "Jail", "Centre", "Center", "Trust", "Tribunal", "Senate", "Congress",
  "Cabinet", "Guard", "Brigade", "Regiment", "Battalion", "Squad", "Studios", "Records", "Games", "Motors",
  "Enterprises", "Holdings", "Industries", "Systems", "Technologies", "Labs", "Laboratories", "Review", "Tribune",
  "Chronicle", "Telegraph", "Guardian", "Observer", "Daily", "Channel", "Relations", "Affairs", "Initiative", "Forum",
  "Consortium", "Partnership", "Unit", "Exchange", "Secretariat", "Directorate", "Inspectorate", "Academy",
  // events: "said at the Motor Show" is no one's name (reading AN)
  "Show", "Expo", "Festival", "Fair", "Summit", "Conference", "Championship", "Championships", "Tournament",
]);

/** Organisation words of news media: their distractors should be media too. */
export const MEDIA_WORDS = new Set([
  "Times", "News", "Herald", "Post", "Gazette", "Weekly", "Magazine", "Journal", "Broadcasting", "Television",
  "Radio", "Press", "Review", "Tribune", "Chronicle", "Telegraph", "Guardian", "Observer", "Daily", "Channel",
]);

/** Capitalised words that begin sentences or phrases but are never part of a name. */
export const STOP_CAPS = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "After", "Before", "According", "Following",
  "Once", "Additionally", "Citing", "Even", "His", "Her", "Their", "Its", "Our", "My", "Both", "Some", "Many", "Other",
  "Every", "Next", "Last", "Of", "For", "From", "With", "By", "To", "As", "When", "While", "Although", "Though", "But",
  "And", "Or", "If", "Yesterday", "Today", "Tomorrow", "Here", "There", "Recent", "Several", "Such", "It", "He", "She",
  "They", "We", "I", "You", "Instead", "However", "Also", "Meanwhile", "Despite", "During", "Since", "Until", "Under",
  "Over", "Among", "Between", "Why", "What", "Who", "How", "Where", "Which", "Then", "Now", "Later", "Earlier", "Each",
  "All", "No", "Not", "Most", "More", "Few", "One", "Two", "Three", "Four", "Five", "Estimates", "Discussing",
  "Along", "Displays", "Volunteer", "Various", "Hundreds", "Thousands", "Millions", "Dozens", "Crossing", "Posts",
  "Critics", "Traffic", "Writing", "Co-founder", "Psychology", "Executive", "Images", "Photos", "Members", "Teams",
  "Voters", "People", "Names", "Construction", "Gameplay", "Ex", "Former", "Late", "Current", "Scientologist",
  "Emeritus", "Major", "Cool", "Want",
]);

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
/** A month's name in a text. */
export const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})\\b`);
export const WEEKDAYS = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/** Regions: a place class of their own (distractors are other regions). */
export const REGIONS = [
  "North America", "South America", "Latin America", "Central America", "Europe", "Asia", "Africa", "Oceania",
  "Middle East", "Far East", "South East Asia", "Southeast Asia", "East Asia", "South Asia", "Central Asia",
  "Western Europe", "Eastern Europe", "Scandinavia", "Caribbean", "Balkans", "Antarctica", "the Pacific",
];

export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
  "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
  "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
];

/** Extra names of countries not in countries-list's names/aliases, by ISO code. */
export const COUNTRY_EXTRA: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "United States"],
  GB: ["Britain", "Great Britain", "U.K.", "United Kingdom", "England", "Scotland", "Wales"],
  KP: ["North Korea", "N. Korea"],
  KR: ["South Korea", "S. Korea", "Republic of Korea"],
  RU: ["Russia"],
  SY: ["Syria"],
  IR: ["Iran"],
  TW: ["Taiwan"],
  NL: ["Holland", "Netherlands"],
  MM: ["Myanmar", "Burma"],
  VA: ["Vatican"],
  CZ: ["Czech Republic", "Czechia"],
  CD: ["Congo"],
  PS: ["Palestine"],
};

/** Large cities that are not capitals, with their country code (a gazetteer would be bigger than this engine). */
export const MAJOR_CITIES: Record<string, string> = {
  "New York": "US", "Los Angeles": "US", Chicago: "US", Houston: "US", Dallas: "US", "San Francisco": "US",
  Boston: "US", Seattle: "US", Miami: "US", Atlanta: "US", "Las Vegas": "US", Philadelphia: "US", Denver: "US",
  Detroit: "US", "New Orleans": "US", "Mountain View": "US", Irving: "US", Pittsburgh: "US",
  Toronto: "CA", Montreal: "CA", Vancouver: "CA", Calgary: "CA", Sydney: "AU", Melbourne: "AU", Brisbane: "AU",
  Perth: "AU", Adelaide: "AU", Auckland: "NZ", Christchurch: "NZ", Dunedin: "NZ", Hamilton: "NZ",
  Manchester: "GB", Birmingham: "GB", Liverpool: "GB", Glasgow: "GB", Edinburgh: "GB", Leeds: "GB",
  Marseille: "FR", Lyon: "FR", Nice: "FR", Munich: "DE", Hamburg: "DE", Frankfurt: "DE", Cologne: "DE",
  Milan: "IT", Naples: "IT", Venice: "IT", Florence: "IT", Barcelona: "ES", Seville: "ES", Valencia: "ES",
  "St. Petersburg": "RU", Vladivostok: "RU", Novosibirsk: "RU", Khabarovsk: "RU",
  Ussuriysk: "RU", Blagoveshchensk: "RU", Yekaterinburg: "RU", Kazan: "RU", Sochi: "RU", Murmansk: "RU",
  Chongjin: "KP", Hamhung: "KP", Musudan: "KP", Wonsan: "KP", Sinuiju: "KP", Kaesong: "KP", Nampo: "KP",
  Busan: "KR", Incheon: "KR", Daegu: "KR", Gwangju: "KR", Osaka: "JP", Kyoto: "JP", Yokohama: "JP", Hiroshima: "JP",
  Shanghai: "CN", "Hong Kong": "CN", Guangzhou: "CN", Shenzhen: "CN", Wuhan: "CN", Chengdu: "CN",
  Mumbai: "IN", Kolkata: "IN", Chennai: "IN", Bangalore: "IN", Hyderabad: "IN", Karachi: "PK", Lahore: "PK",
  Peshawar: "PK", Herat: "AF", Kandahar: "AF", "Mazar-i-Sharif": "AF", Jalalabad: "AF", Istanbul: "TR",
  Izmir: "TR", Dubai: "AE", Jeddah: "SA", Mecca: "SA", Medina: "SA", Dammam: "SA", Mina: "SA", Aleppo: "SY",
  Homs: "SY", Basra: "IQ", Mosul: "IQ", Alexandria: "EG", Giza: "EG", Lagos: "NG", Kano: "NG",
  Johannesburg: "ZA", "Cape Town": "ZA", Durban: "ZA", "São Paulo": "BR", "Rio de Janeiro": "BR",
  Salvador: "BR", "Buenos Aires": "AR", Cordoba: "AR", Rosario: "AR", Guadalajara: "MX", Monterrey: "MX",
  Tijuana: "MX", Cancun: "MX", Kharkiv: "UA", Odesa: "UA", Lviv: "UA", Donetsk: "UA", Mariupol: "UA",
  Thessaloniki: "GR", Patras: "GR", Heraklion: "GR", Kaohsiung: "TW", Taichung: "TW", Tainan: "TW",
  Surabaya: "ID", Medan: "ID", "Banda Aceh": "ID", Bandung: "ID", Penang: "MY", "Ho Chi Minh City": "VN",
  "Chiang Mai": "TH", Phuket: "TH", Geneva: "CH", Zurich: "CH", Antwerp: "BE", Rotterdam: "NL", Porto: "PT",
  Krakow: "PL", Gdansk: "PL", Gothenburg: "SE", Bergen: "NO", Salzburg: "AT", "Tel Aviv": "IL",
  Haifa: "IL", Gaza: "PS", Casablanca: "MA", Marrakesh: "MA", Mombasa: "KE", Benghazi: "LY",
};

/** Ordinals in words that make questions ("the second lowest grade"), from "second"; "first" is too often not a fact. */
export const ORDINAL_WORDS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** Words too common to say what a sentence is about (sentence centrality, the guesser's prompt words). */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each even ever few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just like made make many may me might more most much
must my myself new no nor not now of off on once one only or other our ours ourselves out over own said same say says
she should since so some still such than that the their theirs them themselves then there these they this those though
through to too two under until up upon us very was we were what when where which while who whom whose why will with
within without would yet you your yours yourself also according told tell mr mrs ms dr`.split(/\s+/),
);

/**
 * Events a well-read reader dates without the article, with their years: a year asked beside one of them is world
 * knowledge (reading VA: "at the end of the Napoleonic Wars" → 1815, "as a result of the Glorious Revolution" → 1689).
 */
export const FAMOUS_EVENTS: readonly (readonly [RegExp, number, number])[] = [
  [/\bNapoleonic Wars?\b/, 1803, 1815],
  [/\bGlorious Revolution\b/, 1688, 1689],
  [/\bWar of 1812\b/, 1812, 1815],
  [/\b(?:American|US|U\.S\.) Revolution(?:ary War)?\b|\bRevolutionary War\b|\bWar of Independence\b/, 1775, 1783],
  [/\bDeclaration of Independence\b/, 1776, 1776],
  [/\bFrench Revolution\b/, 1789, 1799],
  // (the Confederacy or the Union beside it say which: "during the _____ Civil War, in the Confederate states", reading WF)
  [/\b(?:American|US|U\.S\.) Civil War\b|\bCivil War\b[^.;]{0,60}\b(?:Confedera\p{L}+|Union)\b|\b(?:Confedera\p{L}+|Union)\b[^.;]{0,60}\bCivil War\b/u, 1861, 1865],
  [/\b(?:World War (?:I|One|1)|First World War|Great War)\b(?! ?II)/, 1914, 1918],
  [/\b(?:World War (?:II|Two|2)|Second World War)\b/, 1939, 1945],
  [/\bGreat Depression\b|\bWall Street Crash\b|\bstock market crash of\b/, 1929, 1939],
  [/\bPearl Harbor\b/, 1941, 1941],
  // (Clinton's impeachment and the fall of Saddam Hussein, reading YH)
  [/\bimpeach\p{L}*\b[^.;]{0,160}\bClinton\b|\bClinton\b[^.;]{0,80}\bimpeach/iu, 1998, 1999],
  [/\bSaddam\b|\binvasion of Iraq\b|\bIraq War\b/, 2003, 2003],
  // (bin Laden's death, reading YM)
  [/\bbin Laden\b|\bOsama\b/, 2011, 2011],
  // (China's joining the World Trade Organisation, reading ZJ — a source wrote 2002)
  [/\bChina\b[^.;]{0,80}\b(?:World Trade Organi[sz]ation|WTO)\b|\b(?:World Trade Organi[sz]ation|WTO)\b[^.;]{0,80}\bChina\b/, 2001, 2001],
  // (the Hillsborough disaster's 1989, reading ZC)
  [/\bHillsborough\b/, 1989, 1989],
  // (Iran's revolution and the hostages of the US embassy, reading YK)
  [/\bIran(?:ian)?\b[^.;]{0,80}\b(?:revolution\p{L}*|hostages?|embassy)\b|\b(?:revolution\p{L}*|hostages?|embassy)\b[^.;]{0,80}\bIran/iu, 1979, 1981],
  [/\bCrimean War\b/, 1853, 1856],
  // Fleming's penicillin, the first Earth Day (reading XL)
  [/\bFleming\b[^.;]{0,120}\b(?:penicillin|staphylococc\p{L}*|mou?ld)\b|\b(?:penicillin|mou?ld)\b[^.;]{0,120}\bFleming\b|\bFleming\b[^.;]{0,80}\breturned from holiday\b/u, 1928, 1929],
  [/\bEarth Day\b/, 1970, 1970],
  // the West African Ebola epidemic (reading XN)
  [/\bEbola\b[^.;]{0,100}\b(?:western|West) Africa\b|\b(?:western|West) Africa\b[^.;]{0,100}\bEbola\b/, 2014, 2016],
  // Hooke naming the cells of cork (reading XU)
  [/\bHooke\b[^.;]{0,120}\bcells?\b|\bcells?\b[^.;]{0,120}\bHooke\b/, 1665, 1665],
  // Jenner's cowpox test, the first vaccine (reading XI)
  [/\bJenner\b[^.;]{0,120}\b(?:cowpox|smallpox|vaccin\p{L}*|inocul\p{L}*)\b|\b(?:cowpox|smallpox|vaccin\p{L}*|inocul\p{L}*)\b[^.;]{0,120}\bJenner\b/u, 1796, 1798],
  [/\bD-Day\b/, 1944, 1944],
  [/\bKorean War\b/, 1950, 1953],
  [/\bVietnam War\b/, 1955, 1975],
  [/\bRussian Revolution\b|\bBolshevik Revolution\b/, 1917, 1917],
  [/\bLouisiana Purchase\b/, 1803, 1803],
  [/\bMexican[- ]American War\b/, 1846, 1848],
  [/\bSpanish[- ]American War\b/, 1898, 1898],
  [/\bSeven Years'? War\b/, 1756, 1763],
  [/\bBerlin Wall\b/, 1989, 1989],
  [/\b(?:end of the Cold War|Cold War (?:ended|came to an end))\b/, 1989, 1991],
  [/\bSeptember 11(?:th)? attacks?\b|\b9\/11\b/, 2001, 2001],
  [/\bmoon landing\b|\bApollo 11\b/, 1969, 1969],
  [/\bMagna Carta\b/, 1215, 1215],
  [/\bBattle of Hastings\b/, 1066, 1066],
  [/\bColumbus\b[^.;]{0,60}\b(?:reached|landed|arrived|voyage|sailed)\b|\b(?:reached|landed|arrived|voyage|sailed)\b[^.;]{0,60}\bColumbus\b/, 1492, 1492],
  // US civics (reading VC: "The Constitution as drafted in 1787", "Reconstruction (1865–1877)", judicial review's 1803)
  [/\bConstitutional Convention\b|\b[Cc]onstitution\b[^.;]{0,40}\b(?:drafted|written|signed|framed)\b/, 1787, 1787],
  [/\bBill of Rights\b[^.;]{0,40}\b(?:ratified|adopted|added)\b|\b(?:ratified|adopted|added)\b[^.;]{0,40}\bBill of Rights\b/, 1789, 1791],
  [/\bReconstruction\b/, 1865, 1877],
  [/\bMarbury v\. Madison\b|\bjudicial review\b/, 1803, 1803],
  [/\bBrown v\. Board of Education\b/, 1954, 1954],
  [/\bPlessy v\. Ferguson\b/, 1896, 1896],
  [/\bcotton gin\b/, 1793, 1793],
  [/\bLeague of Nations\b/, 1919, 1920],
  [/\bNew Deal\b/, 1933, 1939],
  [/\bRoe v\. Wade\b/, 1973, 1973],
  [/\bWatergate\b/, 1972, 1974],
  // (reading VD: "The trailblazing Seneca Falls Convention … was held in _____", "In _____, Congress passed the Indian
  // Removal Act", "the Armistice in _____ that ended that war", "grounds for his impeachment in _____" of Andrew Johnson)
  [/\bSeneca Falls\b/, 1848, 1848],
  [/\bIndian Removal Act\b/, 1830, 1830],
  [/\bArmistice\b/, 1918, 1918],
  // (reading VE: "the convention that met in Philadelphia in _____", "the bicameral Congress established by the convention
  // of _____", "not allowed to enter into legal marriage with a member of the same sex … until _____")
  [/\b[Cc]onvention\b[^.;]{0,80}\b(?:Philadelphia|Constitution|delegates)\b|\b(?:Philadelphia|Constitution|delegates)\b[^.;]{0,80}\b[Cc]onvention\b/, 1787, 1787],
  [/\bsame[- ]sex\b/, 2015, 2015],
  // (reading VF: "when Lincoln issued the Emancipation Proclamation in _____")
  [/\bEmancipation Proclamation\b/, 1862, 1863],
  // (reading VG: "the ratification of the 13th Amendment in _____ and the 19th Amendment in 1920", "the Voting Rights Act
  // (VRA) of _____", "The Jim Crow era … lasted from 1877 to _____")
  [/\b(?:13th|Thirteenth) Amendment\b/, 1865, 1865],
  [/\b(?:14th|Fourteenth) Amendment\b/, 1868, 1868],
  [/\b(?:15th|Fifteenth) Amendment\b/, 1870, 1870],
  [/\b(?:19th|Nineteenth) Amendment\b/, 1920, 1920],
  [/\bVoting Rights Act\b/, 1965, 1965],
  [/\bCivil Rights Act\b/, 1964, 1964],
  // (reading VX: "Karl Marx and Friedrich Engels published The Communist Manifesto in _____", "a U.S. law called the Equal
  // Pay Act, passed in _____")
  [/\bCommunist Manifesto\b/, 1848, 1848],
  [/\bEqual Pay Act\b/, 1963, 1963],
  // (reading WA: "Adam Smith (1723–1790) published his famous book The Wealth of Nations in _____")
  [/\bWealth of Nations\b/, 1776, 1776],
  // (reading WC: "The World Trade Organization (WTO) was officially born in _____", "In _____, countries across eastern
  // Asia … experienced a sharp depreciation of their currencies"; and Hurricane Harvey's August 2017, of reading WA)
  [/\b(?:World Trade Organization|WTO)\b[^.;]{0,60}\b(?:born|founded|created|established|formed|set up)\b|\b(?:GATT|General Agreement on Tariffs and Trade)\b[^.;]{0,60}\b(?:WTO|World Trade Organization)\b/, 1995, 1995],
  [/\b(?:[Ee]ast(?:ern)? Asia|Asian)\b[^.;]{0,80}\b(?:crisis|depreciation|devaluation)\b|\b(?:crisis|depreciation|devaluation)\b[^.;]{0,80}\b(?:[Ee]ast(?:ern)? Asia|Asian)\b/, 1997, 1998],
  [/\bHurricane Harvey\b/, 2017, 2017],
  // (reading WE: "one might well choose _____, the year in which both the Suez Canal and the Union Pacific railroad were
  // completed")
  [/\bSuez Canal\b|\b(?:Union Pacific|transcontinental) railroad\b/, 1869, 1869],
  // (reading VZ: "Zimbabwe had hyperinflation, … to a rate of several million percent in _____")
  [/\bZimbabwe\b[^.;]*\bhyperinflation\b|\bhyperinflation\b[^.;]*\bZimbabwe\b/, 2007, 2009],
  // (reading VJ, world history: "Since the end of the Russo-Japanese War in _____", "the high-casualty Somme campaign in
  // _____", "Joseph Stalin died in _____", the Budapest uprising of 1956, the wall across Berlin in 1961, "the recession
  // of _____", Britain's leaving the EU)
  // (reading VK: Hidalgo's declaration of 16 September 1810, Britain's vote for women over thirty in 1918 and the
  // American women's vote of 1920, Iraq's invasion of Kuwait, the annexation of Crimea)
  [/\bHidalgo\b|\bMexican (?:War of )?Independence\b/, 1810, 1810],
  [/\bwom[ae]n\b[^.;]{0,40}\b(?:over thirty|over 30)\b/i, 1918, 1918],
  [/\bwom[ae]n\b[^.;]{0,30}\b(?:right to vote|suffrage)\b[^.;]{0,30}\bUnited States\b/i, 1920, 1920],
  [/\bKuwait\b/, 1990, 1991],
  [/\bCrimea\b/, 2014, 2014],
  [/\bRusso-Japanese War\b/, 1904, 1905],
  [/\bSomme\b/, 1916, 1916],
  [/\bStalin\b[^.;]{0,30}\b(?:died|death)\b|\bdeath of (?:Joseph )?Stalin\b/, 1953, 1953],
  [/\bBudapest\b|\bHungarian (?:uprising|revolution|revolt)\b/i, 1956, 1956],
  [/\bBerlin\b[^.;]{0,80}\b(?:wall|fence)\b/i, 1961, 1961],
  [/\b(?:recession|financial crisis|credit crunch)\b/i, 2008, 2008],
  // (and the referendum on it: "In _____, the United Kingdom held a referendum on whether to remain part of the European
  // Union", reading YD)
  [/\bBrexit\b|\bvoted to leave the (?:EU|European Union)\b|\bleft the (?:EU|European Union)\b|\breferendum\b[^.;]{0,80}\b(?:EU|European Union)\b|\b(?:EU|European Union)\b[^.;]{0,80}\breferendum\b/, 2016, 2016],
  [/\bBrexit\b|\bvoted to leave the (?:EU|European Union)\b|\bcut its ties with\b/, 2020, 2020],
  // (reading VL: "Tsar Alexander II abolished serfdom in Russia in _____", "The takeover of Russia in _____ by a small but
  // determined Bolshevik force", "punishing Germany for backing Austria-Hungary in _____", "In _____ after Napoléon
  // Bonaparte’s fall")
  [/\bserf(?:s|dom)\b[^.;]{0,60}\b(?:abolish|emancipat|freed|liberat)|\b(?:abolish|emancipat|freed|liberat)\w*\b[^.;]{0,60}\bserf(?:s|dom)\b/, 1861, 1861],
  [/\bBolsheviks?\b/, 1917, 1917],
  [/\bAustria-Hungary\b|\bFranz Ferdinand\b|\bSarajevo\b/, 1914, 1914],
  [/\bNapol[eé]on(?: Bonaparte)?[’']s (?:fall|defeat|final defeat|exile|abdication)\b|\bWaterloo\b/, 1815, 1815],
  // (reading VM: "a state that was founded only in _____" of Israel, "the victorious Allies met in Potsdam in the summer of
  // _____")
  [/\bIsrael\b[^.;]{0,60}\b(?:founded|established|created|independence|proclaimed)\b|\b(?:founding|creation|establishment) of (?:the state of )?Israel\b/i, 1948, 1948],
  [/\bPotsdam\b|\bYalta\b/, 1945, 1945],
  [/\bJim Crow\b/, 1877, 1877],
  [/\bJim Crow\b/, 1965, 1965],
  [/\bAndrew Johnson\b[^.;]{0,80}\bimpeach|\bimpeach[^.;]{0,80}\bAndrew Johnson\b/, 1868, 1868],
  // (reading VR: "The Protestant Reformation began in _____", "In _____, Facebook was launched", "The telephone, patented
  // by American inventor Alexander Graham Bell in _____", "the invention of the incandescent light bulb, by Joseph Swan in
  // 1878 and Thomas Edison in _____")
  [/\bReformation\b[^.;]{0,40}\b(?:began|begun|started|start|beginning)\b|\b(?:began|start|beginning)\b[^.;]{0,40}\bReformation\b|\b(?:Ninety-[Ff]ive|95) Theses\b|\bMartin Luther\b(?! King)/, 1517, 1517],
  [/\bFacebook\b[^.;]{0,40}\b(?:launched|founded|created|started|began)\b|\b(?:launched|founded|created|started)\b[^.;]{0,40}\bFacebook\b/, 2004, 2004],
  [/\bBell\b[^.;]{0,80}\btelephone\b|\btelephone\b[^.;]{0,80}\bBell\b/, 1876, 1876],
  [/\b(?:incandescent )?light ?bulb\b/, 1878, 1880],
  // (the anthropology tuning modules: "In _____, the COVID-19 pandemic swept across the globe", "Following the death of
  // George Floyd in _____")
  [/\bCOVID(?:-19)?\b[^.;]{0,40}\bpandemic\b|\bcoronavirus pandemic\b|\bpandemic\b[^.;]{0,40}\bCOVID(?:-19)?\b/, 2020, 2020],
  [/\bGeorge Floyd\b/, 2020, 2020],
  // (reading VV: "Sputnik, the first artificial Earth satellite, was launched … on _____")
  [/\bSputnik\b/, 1957, 1957],
  // (reading WR: "the New York Stock Exchange (NYSE), which has existed since _____")
  [/\bNew York Stock Exchange\b/, 1792, 1792],
  // (reading WU: "Congress has debated the issue of tariffs since _____": the first Congress met in 1789)
  [/\bCongress\b/, 1789, 1789],
  // (reading WX: "from when the Federal Reserve System was established in _____")
  [/\bFederal Reserve\b/, 1913, 1913],
  // (reading WM: "The Voyagers, launched in _____, have audio and video records attached")
  [/\bVoyagers?(?: [12])?\b/, 1977, 1977],
  // The figures and turns of ancient history a reader dates to the century, years BCE written negative (no year fact is
  // negative: these serve `remoteCentury`, make-quiz.ts). Readings VO, VP and VK failed "In the _____ century BCE,
  // Alexander the Great … came to what is today Afghanistan", "Herodotus in the _____ century BCE" and "the life of the
  // prophet Muhammad at the beginning of the _____ century CE" as world knowledge, every line.
  [/\bAlexander the Great\b/, -336, -323],
  [/\bHerodotus\b/, -484, -425],
  [/\bMuhammad\b/, 570, 632],
  [/\bJulius Caesar\b/, -100, -44],
  [/\bJesus\b/, -4, 33],
  [/\bConfucius\b/, -551, -479],
  [/\bCharlemagne\b/, 768, 814],
  // ("from the time of the emperor Constantine in the _____ century": reading VR)
  [/\bConstantine\b/, 306, 337],
  [/\bJustinian\b/, 527, 565],
  [/\bSocrates\b/, -470, -399],
  [/\bPlato\b/, -428, -348],
  [/\bAristotle\b/, -384, -322],
  // ("the city-state (polis) of Athens in the _____ century BCE drew people from far afield": Athens' golden age, reading VW)
  [/\bAthens\b|\bAthenians?\b|\bPericles\b/, -480, -404],
];

/** What follows the count of the Group of Seven or Five: "seven major industrial democracies". */
const GROUP_OF_NATIONS = /^\s+(?:(?:major|leading|big|main|largest|western|wealthy|rich|richest|wealthiest)\s+){0,2}(?:industriali[sz]ed|industrial)\s+(?:nations|countries|democracies|powers|economies)\b/i;

/**
 * Counts of US civics a reader knows without the article, with what they count: "the House, with _____ members" (435),
 * "representing the _____ states" (fifty) — reading VD failed both as world knowledge. The count, then the words that
 * must follow it (within a few words) for it to be that count.
 */
export const FAMOUS_COUNTS: readonly (readonly [number, RegExp])[] = [
  // ("cut the circle in _____ dimensions": three or four is the stock guess, reading VS)
  [3, /^\s+dimension(?:s|al)\b/],
  [4, /^\s+dimension(?:s|al)\b/],
  [435, /^\s+(?:voting\s+)?(?:members|representatives|seats|districts)\b/],
  [50, /^\s+(?:U\.S\.\s+|American\s+)?states\b/],
  [100, /^\s+(?:U\.S\.\s+)?senators\b/],
  [9, /^\s+(?:Supreme Court\s+)?justices\b/],
  [13, /^\s+(?:original\s+|British\s+|American\s+)?colonies\b/],
  [538, /^\s+electoral\b/],
  // (reading VF: "a candidate must get _____ electoral votes", "Of the 535 members of the House and Senate", "led _____
  // southern states to secede")
  [270, /^\s+electoral\b/],
  [535, /^\s+(?:voting\s+)?(?:members|seats)\b/],
  [11, /^\s+(?:southern\s+|Southern\s+|slave\s+|Confederate\s+)?states\b[^.;]{0,30}\bsecede/],
  // (reading VG: "to prevent _____ Black students from entering Central High School in Little Rock")
  [9, /^\s+(?:Black\s+|African American\s+)?students\b[^.;]{0,80}\bLittle Rock\b/],
  // and of ancient history and religion (reading VO: "lived as members of _____ tribes" of the Hebrews, "led to _____ long
  // and exhaustive conflicts known as the Punic Wars")
  // ("twelve Indian tribes signed the treaty" is the text's own count: the bare "twelve tribes" only)
  [12, /^\s+(?:tribes|apostles|disciples)\b/],
  [3, /^\s+[^.;]{0,50}\bPunic Wars\b/],
  [10, /^\s+[Cc]ommandments\b/],
  [5, /^\s+[Pp]illars\b[^.;]{0,20}\bIslam\b/],
  [4, /^\s+[Nn]oble [Tt]ruths\b/],
  // (reading WQ: "Earth is only one of _____ planets that revolve around the Sun")
  [8, /^\s+(?:major\s+)?planets\b/],
  // (reading ZZA and ZZC: "the finance ministers from the group of _____ industrial countries", "Finance ministers from
  // _____ major industrialized nations" — the Group of Seven, and of Five before it)
  [7, GROUP_OF_NATIONS],
  [5, GROUP_OF_NATIONS],
  // (reading WR: "to have access to the other _____ member countries" of the EU)
  [27, /^\s+(?:EU\s+|European\s+)?member (?:countries|states|nations)\b/],
  [28, /^\s+(?:EU\s+|European\s+)?member (?:countries|states|nations)\b/],
];

/**
 * Figures of physics and astronomy a school leaver knows, with the words that name them: a figure in the range beside
 * them is known without the article (readings WN–WQ: the speed of light's 299,792,458 meters per second, Earth's escape
 * velocity of 11 kilometers per second, its diameter of 12,760 kilometers, the astronomical unit's 150 million
 * kilometers, dark energy's 68 % and dark matter's 27 % of the universe). `[low, high, words]`, the figure's value as
 * written with its scale.
 */
const LIGHT_WORDS = /\b(?:speed of light|light[- ]seconds?)\b|\blight\b[^.;]{0,40}\b(?:travels?|moves?)\b/i;
/** Light the eye sees, named as such. */
const VISIBLE_LIGHT = /\bvisible (?:light|spectrum|band|range|region)\b|\bhuman (?:vision|eyes?)\b/;

export const FAMOUS_FIGURES: readonly (readonly [number, number, RegExp])[] = [
  [299_000_000, 300_000_000, LIGHT_WORDS],
  [299_000, 300_000, LIGHT_WORDS],
  [186_000, 186_300, LIGHT_WORDS],
  [149_000_000, 150_000_000, /\b(?:astronomical units?|AU|Earth['’]s (?:average |mean )?distance from the Sun|between Earth and the Sun|from the Sun to Earth)\b/],
  [92_900_000, 93_000_000, /\b(?:astronomical units?|AU|Earth['’]s (?:average |mean )?distance from the Sun|between Earth and the Sun|from the Sun to Earth)\b/],
  [12_700, 12_800, /\bEarth\b[^.;]{0,60}\bdiameter\b|\bdiameter of (?:the )?Earth\b/],
  [6_350, 6_400, /\bEarth\b[^.;]{0,60}\bradius\b|\bradius of (?:the )?Earth\b/],
  [11, 11.2, /\bescape (?:velocity|speed)\b|\bfall back to Earth\b/],
  // the Saffir–Simpson scale's first step: a category 1 hurricane's 74 mph (reading YD)
  [74, 74, /\b[Cc]ategory (?:1|one) hurricanes?\b|\bSaffir/],
  [68, 73, /\bdark energy\b/i],
  [23, 27, /\bdark matter\b/i],
  // the visible band, the GPS constellation, a large galaxy's size (reading WZ)
  [380, 400, VISIBLE_LIGHT],
  [700, 760, VISIBLE_LIGHT],
  [24, 24, /\bGPS\b|\bGlobal Positioning System\b/],
  // one atmosphere in millimeters of mercury (reading XC)
  [760, 760, /\b(?:atm|atmospheres?|atmospheric pressure)\b/],
  // the age of the solar system, its Sun, Earth and Moon and its oldest meteorites (reading XE)
  [4_500_000_000, 4_600_000_000, /\b(?:solar system|Earth|Sun|meteorites?|Moon)\b[^.;]{0,80}\b(?:ages?|old|formed|formation)\b|\b(?:ages?|old|formed|formation)\b[^.;]{0,80}\b(?:solar system|Earth|Sun|meteorites?|Moon)\b/],
  [100_000, 100_000, /\b(?:Milky Way|[Gg]alax(?:y|ies))\b[^.;]{0,80}\b(?:diameter|across|wide)\b|\b(?:diameter|across|wide)\b[^.;]{0,80}\b(?:Milky Way|[Gg]alax(?:y|ies))\b/],
  // the natural elements, and the protons of the commonest (reading XG: "the 92 fundamental substances called elements",
  // "Carbon … contain six protons")
  [92, 92, /\belements\b/],
  [118, 118, /\belements\b/],
  [1, 1, /\bhydrogen\b[^.;]{0,60}\b(?:protons?|atomic number)\b|\b(?:protons?|atomic number)\b[^.;]{0,60}\bhydrogen\b/i],
  [6, 6, /\bcarbon\b[^.;]{0,60}\b(?:protons?|atomic number)\b|\b(?:protons?|atomic number)\b[^.;]{0,60}\bcarbon\b/i],
  // the six carbons of the common sugars (reading XK: "Like glucose, fructose is a _____ carbon-containing sugar")
  [6, 6, /\b(?:glucose|fructose|galactose|hexoses?)\b[^.;]{0,60}\bcarbons?\b|\bcarbons?\b[^.;]{0,60}\b(?:glucose|fructose|galactose|hexoses?)\b/i],
  // air's oxygen, the body's water, hemoglobin's four oxygen molecules, a scanner's full turn (reading XM)
  [20, 21, /\b(?:air|atmosphere|atmospheric)\b[^.;]{0,60}\boxygen\b|\boxygen\b[^.;]{0,60}\b(?:air|atmosphere)\b/i],
  // (and its nitrogen: "The atmosphere consists of _____ nitrogen by volume", typed since 2.14.21)
  // (the hydrogen that nine in ten atoms of the universe are, reading YO)
  [90, 90, /\bhydrogen\b[^.;]{0,60}\buniverse\b|\buniverse\b[^.;]{0,60}\bhydrogen\b/i],
  // (the age at which US men register for the draft, reading YM)
  [18, 18, /\bSelective Service\b/],
  // (the Rwandan genocide's 800,000 dead, reading ZG)
  [800_000, 800_000, /\b(?:Tutsis?|Hutus?|Rwanda\p{L}*)\b/u],
  // (Hillsborough's 96 dead; the rich countries' aid target of 0.7 % of national income, readings ZC and ZD)
  [96, 97, /\bHillsborough\b/],
  [0.7, 0.7, /\b(?:gross national (?:income|product)|GNI|GNP|national income)\b[^;]{0,60}\baid\b|\baid\b[^;]{0,100}\b(?:gross national (?:income|product)|GNI|GNP|national income)\b/],
  [78, 78.1, /\b(?:air|atmosphere|atmospheric)\b[^.;]{0,60}\bnitrogen\b|\bnitrogen\b[^.;]{0,60}\b(?:air|atmosphere)\b/i],
  [60, 70, /\bwater\b[^.;]{0,80}\b(?:body|bodies|body mass|body weight)\b|\b(?:body|bodies|body mass|body weight)\b[^.;]{0,80}\bwater\b/i],
  [4, 4, /\bhemoglobin\b[^.;]{0,80}\boxygen\b|\boxygen\b[^.;]{0,80}\bhemoglobin\b/i],
  // the 20 amino acids of proteins (reading XN)
  [20, 20, /\bamino acids\b/i],
  // a gamete's 23 chromosomes and a body cell's 46, the codon's three bases (reading XQ, XP)
  [23, 23, /\bchromosomes?\b/i],
  [46, 46, /\bchromosomes?\b/i],
  [3, 3, /\bcodons?\b|\breading frame\b|\btriplets?\b/i],
  [360, 360, /\b(?:rotates?|rotating|rotation|turns?|circle|around)\b[^.;]{0,40}\bdegrees\b|\bdegrees\s+(?:around|round)\b/i],
  [8, 8, /\boxygen\b[^.;]{0,60}\b(?:protons?|atomic number)\b|\b(?:protons?|atomic number)\b[^.;]{0,60}\boxygen\b/i],
  // the adult skeleton's 206 bones, the four parathyroid glands (reading XS)
  [206, 206, /\bbones\b/i],
  [4, 4, /\bparathyroid glands\b/i],
  // a pregnancy's 40 weeks, the hand's 14 phalanges and five metacarpals, counted on a reader's own hand (reading XV)
  [40, 40, /\bweeks\b[^.;]{0,60}\bpregnan\p{L}*|\bpregnan\p{L}*[^.;]{0,60}\bweeks\b/iu],
  [14, 14, /\bphalan(?:x|ges)\b/i],
  [5, 5, /\bmetacarpals?\b/i],
  // the 70 % of the Earth water covers, the 90 elements found in nature (reading YC, YB)
  [70, 71, /\b(?:earth|planet)\b[^.;]{0,60}\b(?:covered|water|oceans?)\b/i],
  [90, 90, /\belements\b[^.;]{0,60}\bnatural\p{L}*|\bnatural\p{L}*[^.;]{0,60}\belements\b/iu],
  // the embryo's three germ layers (reading YA)
  [3, 3, /\bgerm layers?\b|\bcell lineages\b/i],
  // argon, the third gas of the air; units every reader converts (reading XX)
  [3, 3, /\bargon\b[^.;]{0,60}\bair\b|\bair\b[^.;]{0,60}\bargon\b/i],
  [2.2, 2.2, /\bkilograms?\b(?:[^.;]|\.(?=\d)){0,40}\bpounds\b|\bpounds\b(?:[^.;]|\.(?=\d)){0,40}\bkilograms?\b/i],
  [0.5, 0.5, /\bpints?\b(?:[^.;]|\.(?=\d)){0,40}\bquarts?\b|\bquarts?\b(?:[^.;]|\.(?=\d)){0,40}\bpints?\b/i],
];

/**
 * US presidents and their terms. A span within the term of a president the sentence names is the term itself ("During the
 * presidency of Democrat Jimmy Carter (_____)": 1977–1980, reading VC), and the year before it or of his election or
 * taking office is known (make-quiz.ts `famousYear`); another year within it is asked with options and swaps within the
 * term (`outsideTerm`, distractors.ts: "When President John Adams signed the Sedition Act in _____" passed reading VF).
 * Full names ("Carter" alone names many), or a surname with "administration" or "presidency"; Reagan alone.
 */
export const PRESIDENT_TERMS: readonly (readonly [RegExp, number, number])[] = [
  [/\bGeorge Washington\b/, 1789, 1797], [/\bJohn Adams\b/, 1797, 1801], [/\bThomas Jefferson\b/, 1801, 1809],
  [/\bJames Madison\b/, 1809, 1817], [/\bAndrew Jackson\b/, 1829, 1837], [/\bAbraham Lincoln\b/, 1861, 1865],
  [/\bUlysses S\. Grant\b/, 1869, 1877], [/\bTheodore Roosevelt\b/, 1901, 1909], [/\bWoodrow Wilson\b/, 1913, 1921],
  [/\bHerbert Hoover\b/, 1929, 1933], [/\bFranklin (?:D\. |Delano )?Roosevelt\b|\bFDR\b/, 1933, 1945],
  [/\bHarry (?:S\. )?Truman\b/, 1945, 1953], [/\bDwight (?:D\. )?Eisenhower\b/, 1953, 1961],
  [/\bJohn F\. Kennedy\b|\bJFK\b/, 1961, 1963], [/\bLyndon (?:B\. )?Johnson\b/, 1963, 1969],
  [/\bRichard (?:M\. )?Nixon\b/, 1969, 1974], [/\bGerald Ford\b/, 1974, 1977], [/\bJimmy Carter\b/, 1977, 1981],
  [/\bGeorge H\. ?W\. Bush\b/, 1989, 1993], [/\bBill Clinton\b/, 1993, 2001],
  [/\bGeorge W\. Bush\b/, 2001, 2009], [/\bBarack Obama\b/, 2009, 2017],
  // (reading VE: "Reagan’s “devolution revolution” … to fourteen in _____", "during the Clinton administration")
  [/\bReagan\b/, 1981, 1989],
  [/\bClinton(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 1993, 2001],
  [/\bObama(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 2009, 2017],
  [/\bNixon(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 1969, 1974],
  [/\bCarter(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 1977, 1981],
  [/\bTruman(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 1945, 1953],
  [/\bEisenhower(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b/, 1953, 1961],
  // (a first term only, as these dates are the first's: "In _____, President Trump increased tariffs on Chinese-manufactured
  // goods" offered 2022 and 2023, reading WI)
  [/\bTrump(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b|\b(?:President|Donald) Trump\b(?![^.;]*\b202[5-9]\b)/, 2017, 2021],
  [/\bBiden(?:['’]s)? (?:[Aa]dministration|[Pp]residency|White House)\b|\b(?:President|Joe) Biden\b/, 2021, 2025],
];
