/**
 * The strings of this feature, Swedish first; `en` must have exactly the same keys. Spread into
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

  'collaboration.combobox.showAll': 'Visa alla alternativ för {label}',
  'collaboration.combobox.none': 'Inga träffar. Prova att skriva färre bokstäver.',
  'collaboration.combobox.one': '1 alternativ. Välj med Enter.',
  'collaboration.combobox.many': '{count} alternativ. Bläddra med pil upp och ner, välj med Enter.',

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

export const en: Record<keyof typeof sv, string> = {
  'collaboration.breadcrumb': 'Breadcrumb',
  'collaboration.toSearch': 'To the search',

  'collaboration.count.people.one': '1 person',
  'collaboration.count.people.many': '{count} people',
  'collaboration.count.organisations.one': '1 organisation',
  'collaboration.count.organisations.many': '{count} organisations',
  'collaboration.count.posts.one': '1 post',
  'collaboration.count.posts.many': '{count} posts',
  'collaboration.count.vacancies.one': '1 vacant',
  'collaboration.count.vacancies.many': '{count} vacant',

  'collaboration.combobox.showAll': 'Show all options for {label}',
  'collaboration.combobox.none': 'No matches. Try typing fewer letters.',
  'collaboration.combobox.one': '1 option. Press Enter to choose it.',
  'collaboration.combobox.many': '{count} options. Use the up and down arrows, Enter to choose.',

  'collaboration.asOf.label': 'Show the situation on',
  'collaboration.asOf.submit': 'Show',
  'collaboration.asOf.hint': 'Choose a date to see how it was then, or how it will be.',
  'collaboration.asOf.hintToday':
    'You are seeing the situation today, {date}. Choose another date to see how it was then.',
  'collaboration.asOf.invalid': 'Write the date as year-month-day, for example 2024-02-15.',
  'collaboration.asOf.showing': 'You are seeing the situation on {date}.',
  'collaboration.asOf.today': 'Show the situation today',

  'collaboration.counterparts.title': 'Find a counterpart',
  'collaboration.counterparts.lead':
    'See whom to contact in the other organisations: the people with matching posts in your catchment area and in the same networks, with phone and e-mail one click away.',
  'collaboration.counterparts.choiceTitle': 'Which role and organisation do you start from?',
  'collaboration.counterparts.roleLabel': 'Role',
  'collaboration.counterparts.roleHint': 'Type to filter, for example “nvk” or “process lead”.',
  'collaboration.counterparts.organisationLabel': 'Organisation',
  'collaboration.counterparts.organisationHint':
    'Type to filter, for example “Kullbergska” or “Flen”.',
  'collaboration.counterparts.ownPosts': 'Your posts:',
  'collaboration.counterparts.choose':
    'Choose a role and an organisation to see whom you work with in other organisations.',
  'collaboration.counterparts.loading': 'Loading counterparts …',
  'collaboration.counterparts.notFound':
    'The role or organisation is not in the directory. Choose another in the lists above.',
  'collaboration.counterparts.resultsTitle': 'Counterparts of the role {role} at {organisation}',
  'collaboration.counterparts.rolesTitle': 'Roles to work with',
  'collaboration.counterparts.noRoles':
    'The role {role} has no counterpart roles in the directory yet.',
  'collaboration.counterparts.none':
    'There are no counterparts in the organisations related to {organisation}.',
  'collaboration.counterparts.summary': '{people} in {organisations}.',
  'collaboration.counterparts.vcard': 'Save all as contacts (vCard)',
  'collaboration.counterparts.linkedTitle': 'Catchment area and partners',
  'collaboration.counterparts.linkedIntro':
    'Organisations that {organisation} is directly linked to.',
  'collaboration.counterparts.networkTitle': 'In the same networks',
  'collaboration.counterparts.networkIntro':
    'Other organisations that take part in the same networks as {organisation}.',
  'collaboration.counterparts.more': 'Showing {shown} of {total} posts.',
  'collaboration.counterparts.allOnOrganisation': 'See all on the organisation’s page',

  'collaboration.relation.servesOutgoing': 'In the catchment area of {organisation}',
  'collaboration.relation.servesIncoming': 'Has {organisation} in its catchment area',
  'collaboration.relation.partner': 'Partner of {organisation}',
  'collaboration.relation.networks': 'Same networks:',
  'collaboration.relation.networksThrough': 'Same networks as {organisation}:',

  'collaboration.networks.title': 'Networks',
  'collaboration.networks.lead':
    'The Nära vård network of Sörmland with its county programme areas, forums and projects. Choose a network to see who takes part and who holds which role.',
  'collaboration.networks.loading': 'Loading networks …',
  'collaboration.networks.empty': 'There are no networks to show.',
  'collaboration.networks.toList': 'To all networks',

  'collaboration.network.loading': 'Loading the network …',
  'collaboration.network.notFound': 'Network not found',
  'collaboration.network.notFoundBody': 'It may have ended, or the link is wrong.',
  'collaboration.network.shortName': 'Also called {name}',
  'collaboration.network.searchPeople': 'Search the people of the network',
  'collaboration.network.website': 'Website: {site}',
  'collaboration.network.topics': 'Focus areas',
  'collaboration.network.children': 'Sub-networks, forums and projects',
  'collaboration.network.members': 'Member organisations ({count})',
  'collaboration.network.noMembers': 'No organisations are recorded as members.',
  'collaboration.network.memberUntil': 'Until {date}',

  'collaboration.coverage.title': 'Who holds which role?',
  'collaboration.coverage.intro':
    'The network’s posts in each member organisation. Vacant posts are marked with a warning sign and the word “Vacant”.',
  'collaboration.coverage.loading': 'Loading the coverage …',
  'collaboration.coverage.caption': 'Posts in {network} by organisation and role, {date}',
  'collaboration.coverage.organisation': 'Organisation',
  'collaboration.coverage.noPost': 'No post',
  'collaboration.coverage.scrollHint':
    'The table is wider than the screen. Swipe sideways, or select it and use the arrow keys, to see more roles.',
  'collaboration.coverage.more': 'and {count} more',
  'collaboration.coverage.summary': 'On {date}: {posts}, of which {vacant}.',
  'collaboration.coverage.vacancies': 'Vacant posts',
  'collaboration.coverage.empty': 'The network has no posts in its member organisations.',
  'collaboration.coverage.outside':
    'Also {posts} in organisations that are not members of the network.',

  'collaboration.role.title': 'Role',
  'collaboration.role.eyebrow': 'Role in the network',
  'collaboration.role.loading': 'Loading the role …',
  'collaboration.role.loadingHolders': 'Loading who holds the role …',
  'collaboration.role.notFound': 'Role not found',
  'collaboration.role.notFoundBody':
    'It may have been removed from the directory, or the link is wrong.',
  'collaboration.role.inSwedish': 'In Swedish:',
  'collaboration.role.noDescription': 'There is no description of the role yet.',
  'collaboration.role.synonyms': 'Also called:',
  'collaboration.role.findCounterparts': 'Find counterparts for the role',
  'collaboration.role.search': 'Search people with the role',
  'collaboration.role.counterparts': 'Works with',
  'collaboration.role.noCounterparts': 'No counterpart roles are recorded.',
  'collaboration.role.peers': '{role} in other organisations',
  'collaboration.role.vacancies': 'Vacant posts',
  'collaboration.role.noVacancies': 'No posts with this role are vacant.',
  'collaboration.role.holders': 'Who holds the role?',
  'collaboration.role.holdersSummary': '{people} in {organisations}.',
  'collaboration.role.noPosts': 'No organisation has a post with this role.',

  'collaboration.post.title': 'Post',
  'collaboration.post.eyebrow': 'Post',
  'collaboration.post.loading': 'Loading the post …',
  'collaboration.post.notFound': 'Post not found',
  'collaboration.post.notFoundBody':
    'It may have been removed from the directory, or the link is wrong.',
  'collaboration.post.open': 'About the post',
  'collaboration.post.openLabel': 'About the post {role}, {organisation}',
  'collaboration.post.required': 'Must always be filled',
  'collaboration.post.archived': 'Ended {date}',
  'collaboration.post.current': 'Who holds the post now?',
  'collaboration.post.onDate': 'Who held the post on {date}?',
  'collaboration.post.nobody': 'Nobody holds the post.',
  'collaboration.post.history': 'History',
  'collaboration.post.handovers': 'Handovers',
  'collaboration.post.handedOverTo': 'handed over to',
  'collaboration.post.noHistory': 'Nobody has held the post yet.',
  'collaboration.post.facts': 'About the post',
  'collaboration.post.role': 'Role',
  'collaboration.post.organisation': 'Organisation',
  'collaboration.post.network': 'Network',
  'collaboration.post.findCounterparts': 'Find counterparts for the post',

  'collaboration.timeline.upcoming': 'Upcoming',
  'collaboration.timeline.current': 'Current',
  'collaboration.timeline.ended': 'Ended',
};
