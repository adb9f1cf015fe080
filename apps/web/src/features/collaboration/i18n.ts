/**
 * The strings of this feature, Swedish first; `i18n.en.ts` must have exactly the same keys. Spread into
 * the app's dictionaries by `i18n/sv.ts` and `i18n/en.ts`. Keys start with `collaboration.`.
 */
export const sv = {
  'collaboration.breadcrumb': 'Brödsmulor',
  'collaboration.toSearch': 'Till sökningen',

  'collaboration.count.people.one': '1 person',
  'collaboration.count.people.many': '{count} personer',
  'collaboration.count.organisations.one': '1 organisation',
  'collaboration.count.organisations.many': '{count} organisationer',
  'collaboration.count.posts.one': '1 funktion',
  'collaboration.count.posts.many': '{count} funktioner',
  'collaboration.count.vacancies.one': '1 vakant',
  'collaboration.count.vacancies.many': '{count} vakanta',

  'collaboration.asOf.label': 'Visa läget den',
  'collaboration.asOf.submit': 'Visa',
  'collaboration.asOf.hint': 'Välj ett datum för att se hur det såg ut då, eller hur det blir.',
  'collaboration.asOf.hintToday':
    'Du ser läget i dag, {date}. Välj ett annat datum för att se hur det såg ut då.',
  'collaboration.asOf.invalid': 'Skriv datumet som år-månad-dag, till exempel 2024-02-15.',
  'collaboration.asOf.showing': 'Du ser läget den {date}.',
  'collaboration.asOf.today': 'Visa läget i dag',

  'collaboration.counterparts.title': 'Hitta motpart',
  'collaboration.counterparts.lead':
    'Se vem du ska kontakta i de andra organisationerna: de som har motsvarande uppdrag i ert upptagningsområde och i samma nätverk, med telefon och e-post ett klick bort.',
  'collaboration.counterparts.choiceTitle': 'Vilken roll och organisation utgår du från?',
  'collaboration.counterparts.roleLabel': 'Roll',
  'collaboration.counterparts.roleHint':
    'Skriv för att filtrera, till exempel ”nvk” eller ”processledare”.',
  'collaboration.counterparts.organisationLabel': 'Organisation',
  'collaboration.counterparts.organisationHint':
    'Skriv för att filtrera, till exempel ”Kullbergska” eller ”Flen”.',
  'collaboration.counterparts.ownPosts': 'Dina uppdrag:',
  'collaboration.counterparts.choose':
    'Välj en roll och en organisation, så visas vilka du samarbetar med i andra organisationer.',
  'collaboration.counterparts.loading': 'Hämtar motparter …',
  'collaboration.counterparts.notFound':
    'Rollen eller organisationen finns inte i katalogen. Välj en annan i listorna ovan.',
  'collaboration.counterparts.resultsTitle': 'Motparter för rollen {role} på {organisation}',
  'collaboration.counterparts.rolesTitle': 'Roller att samarbeta med',
  'collaboration.counterparts.noRoles': 'Rollen {role} har inga motpartsroller i katalogen än.',
  'collaboration.counterparts.none':
    'Det finns inga motparter i de organisationer som hör ihop med {organisation}.',
  'collaboration.counterparts.summary': '{people} i {organisations}.',
  'collaboration.counterparts.vcard': 'Spara alla som kontakter (vCard)',
  'collaboration.counterparts.linkedTitle': 'Upptagningsområde och samarbetspartner',
  'collaboration.counterparts.linkedIntro':
    'Organisationer som {organisation} har en direkt koppling till.',
  'collaboration.counterparts.networkTitle': 'I samma nätverk',
  'collaboration.counterparts.networkIntro':
    'Andra organisationer som ingår i samma nätverk som {organisation}.',
  'collaboration.counterparts.more': 'Visar {shown} av {total} funktioner.',
  'collaboration.counterparts.allOnOrganisation': 'Se alla på organisationens sida',

  'collaboration.relation.servesOutgoing': 'Ingår i upptagningsområdet för {organisation}',
  'collaboration.relation.servesIncoming': 'Har {organisation} i sitt upptagningsområde',
  'collaboration.relation.partner': 'Samarbetspartner till {organisation}',
  'collaboration.relation.networks': 'Samma nätverk:',
  'collaboration.relation.networksThrough': 'Samma nätverk som {organisation}:',

  'collaboration.networks.title': 'Nätverk',
  'collaboration.networks.lead':
    'Nätverket Nära vård i Sörmland med sina länsprogramområden, forum och projekt. Välj ett nätverk för att se vilka som är med och vem som har vilken roll.',
  'collaboration.networks.loading': 'Hämtar nätverk …',
  'collaboration.networks.empty': 'Det finns inga nätverk att visa.',
  'collaboration.networks.toList': 'Till alla nätverk',

  'collaboration.network.loading': 'Hämtar nätverket …',
  'collaboration.network.notFound': 'Nätverket finns inte',
  'collaboration.network.notFoundBody': 'Det kan ha avslutats, eller så är länken fel.',
  'collaboration.network.shortName': 'Kallas {name}',
  'collaboration.network.searchPeople': 'Sök bland nätverkets personer',
  'collaboration.network.website': 'Webbplats: {site}',
  'collaboration.network.topics': 'Fokusområden',
  'collaboration.network.children': 'Delnätverk, forum och projekt',
  'collaboration.network.members': 'Medlemsorganisationer ({count})',
  'collaboration.network.noMembers': 'Inga organisationer är registrerade som medlemmar.',
  'collaboration.network.memberUntil': 'Till och med {date}',

  'collaboration.coverage.title': 'Vem har vilken roll?',
  'collaboration.coverage.intro':
    'Nätverkets funktioner i varje medlemsorganisation. Vakanta funktioner är markerade med en varningssymbol och texten ”Vakant”.',
  'collaboration.coverage.loading': 'Hämtar täckningen …',
  'collaboration.coverage.caption': 'Funktioner i {network} per organisation och roll, {date}',
  'collaboration.coverage.organisation': 'Organisation',
  'collaboration.coverage.noPost': 'Ingen funktion',
  'collaboration.coverage.scrollHint':
    'Tabellen är bredare än skärmen. Svep i sidled, eller markera den och använd piltangenterna, för att se fler roller.',
  'collaboration.coverage.more': 'och {count} till',
  'collaboration.coverage.summary': 'Den {date}: {posts}, varav {vacant}.',
  'collaboration.coverage.vacancies': 'Vakanta funktioner',
  'collaboration.coverage.empty': 'Nätverket har inga funktioner i sina medlemsorganisationer.',
  'collaboration.coverage.outside':
    'Dessutom {posts} i organisationer som inte är medlemmar i nätverket.',

  'collaboration.role.title': 'Roll',
  'collaboration.role.eyebrow': 'Roll i nätverket',
  'collaboration.role.loading': 'Hämtar rollen …',
  'collaboration.role.loadingHolders': 'Hämtar vilka som har rollen …',
  'collaboration.role.notFound': 'Rollen finns inte',
  'collaboration.role.notFoundBody': 'Den kan ha tagits bort ur katalogen, eller så är länken fel.',
  'collaboration.role.inSwedish': 'På svenska:',
  'collaboration.role.noDescription': 'Det finns ingen beskrivning av rollen än.',
  'collaboration.role.synonyms': 'Kallas också:',
  'collaboration.role.findCounterparts': 'Hitta motparter för rollen',
  'collaboration.role.search': 'Sök personer med rollen',
  'collaboration.role.counterparts': 'Samarbetar med',
  'collaboration.role.noCounterparts': 'Inga motpartsroller är registrerade.',
  'collaboration.role.peers': '{role} i andra organisationer',
  'collaboration.role.vacancies': 'Vakanta funktioner',
  'collaboration.role.noVacancies': 'Inga funktioner med rollen är vakanta.',
  'collaboration.role.holders': 'Vilka har rollen?',
  'collaboration.role.holdersSummary': '{people} i {organisations}.',
  'collaboration.role.noPosts': 'Ingen organisation har en funktion med den här rollen.',

  'collaboration.post.title': 'Funktion',
  'collaboration.post.eyebrow': 'Funktion',
  'collaboration.post.loading': 'Hämtar funktionen …',
  'collaboration.post.notFound': 'Funktionen finns inte',
  'collaboration.post.notFoundBody': 'Den kan ha tagits bort ur katalogen, eller så är länken fel.',
  'collaboration.post.open': 'Om funktionen',
  'collaboration.post.openLabel': 'Om funktionen {role}, {organisation}',
  'collaboration.post.required': 'Ska alltid vara tillsatt',
  'collaboration.post.archived': 'Avslutad {date}',
  'collaboration.post.current': 'Vem har funktionen nu?',
  'collaboration.post.onDate': 'Vem hade funktionen den {date}?',
  'collaboration.post.nobody': 'Ingen har funktionen.',
  'collaboration.post.history': 'Historik',
  'collaboration.post.handovers': 'Överlämningar',
  'collaboration.post.handedOverTo': 'lämnade över till',
  'collaboration.post.noHistory': 'Ingen har haft funktionen än.',
  'collaboration.post.facts': 'Om funktionen',
  'collaboration.post.role': 'Roll',
  'collaboration.post.organisation': 'Organisation',
  'collaboration.post.network': 'Nätverk',
  'collaboration.post.findCounterparts': 'Hitta motparter till funktionen',

  'collaboration.timeline.upcoming': 'Kommande',
  'collaboration.timeline.current': 'Aktuell',
  'collaboration.timeline.ended': 'Avslutad',
} as const;
