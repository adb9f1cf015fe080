/**
 * The strings of this feature, Swedish first; `en` must have exactly the same keys. Spread into
 * the app's dictionaries by `i18n/sv.ts` and `i18n/en.ts`. Keys start with `onboarding.`.
 * The main menu and the start page's entry points live here too.
 */
export const sv = {
  // Main menu
  'onboarding.nav.search': 'Sök',
  'onboarding.nav.counterparts': 'Hitta motpart',
  'onboarding.nav.networks': 'Nätverk',
  'onboarding.nav.onboarding': 'Ny i nätverket',
  'onboarding.nav.admin': 'Administration',

  // Start page
  'onboarding.home.entryPoints': 'Kom igång',
  'onboarding.home.counterparts.title': 'Hitta motpart',
  'onboarding.home.counterparts.body':
    'Vem ska du ringa i en annan organisation? Välj roll och organisation, så ser du vilka som är dina motparter.',
  'onboarding.home.onboarding.title': 'Ny i nätverket',
  'onboarding.home.onboarding.body':
    'Vad nätverket arbetar med, vilka roller som finns och vilka dina första kontakter är.',
  'onboarding.home.networks.title': 'Nätverk',
  'onboarding.home.networks.body':
    'Nätverket Nära vård med länsprogramområden, forum och projekt, och vilka som är med i dem.',
  'onboarding.home.organisations.title': 'Organisationer',
  'onboarding.home.organisations.body':
    'Region Sörmland, kommunerna och de andra organisationerna, med funktioner och kontaktpersoner.',
  'onboarding.home.map.title': 'Nätverkskarta',
  'onboarding.home.map.body':
    'Se hur organisationer, nätverk och funktioner hänger ihop, som karta eller tabell.',
  'onboarding.home.vacancies.title': 'Vakanta funktioner',
  'onboarding.home.vacancies.intro': 'Funktioner som nätverket behöver men som saknar innehavare.',
  'onboarding.home.vacancies.loading': 'Laddar vakanta funktioner …',
  'onboarding.home.vacancies.none': 'Alla funktioner som nätverket behöver är tillsatta.',
  'onboarding.home.vacancies.vacant': 'Vakant',
  'onboarding.home.vacancies.vacantSince': 'Vakant sedan {date}',
  'onboarding.home.recent.title': 'Senast ändrat',
  'onboarding.home.recent.intro': 'Personer vars uppgifter har ändrats de senaste 30 dagarna.',
  'onboarding.home.recent.loading': 'Laddar senaste ändringar …',
  'onboarding.home.recent.none': 'Inga uppgifter har ändrats de senaste 30 dagarna.',
  'onboarding.home.recent.changed': 'Ändrad {date}',

  // Onboarding page
  'onboarding.title': 'Ny i nätverket',
  'onboarding.lead':
    'Välkommen! Här får du en överblick över Nätverket Nära vård i Sörmland: vad det arbetar med, vilka roller som finns och vilka du behöver lära känna först.',
  'onboarding.toc': 'På den här sidan',
  'onboarding.loading': 'Laddar …',

  'onboarding.about.title': 'Vad är nätverket?',
  'onboarding.about.p1':
    'Nätverket Nära vård i Sörmland är samverkansstrukturen för omställningen till en god och nära vård i länet. Här arbetar Region Sörmland med sina sjukhus och divisioner, länets nio kommuner, FoU Sörmland och allt oftare civilsamhället tillsammans. Det som började som ett projekt är i dag en ordinarie samverkansstruktur.',
  'onboarding.about.p2':
    'Arbetet utgår från den gemensamma målbilden för Nära vård i Sörmland 2035. Den antogs i mars 2022 och är beslutad av länets samtliga huvudmän:',
  'onboarding.about.goal1': 'Tillsammans – genom delaktighet och samordning med individens fokus.',
  'onboarding.about.goal2': 'Nära – genom tillgänglighet och kontinuitet.',
  'onboarding.about.goal3':
    'God hälsa, vård och omsorg – genom hälsofrämjande, förebyggande och rehabiliterande insatser.',
  'onboarding.about.p3':
    'För invånaren ska det vara lätt att komma i kontakt med vården, och den vård som behövs ofta ska finnas nära. För dig som medarbetare innebär det att arbeta i team över huvudmannagränserna, tillsammans med patienten, och att ta vara på patientens egna resurser.',

  'onboarding.focus.title': 'Färdplanens fokusområden',
  'onboarding.focus.intro':
    'Färdplan Nära vård och hälsa antogs den 9 februari 2024. Den samlar det gemensamma arbetet i fem fokusområden:',
  'onboarding.focus.missions': 'Nationella uppdrag',
  'onboarding.focus.missionsIntro': 'Färdplanen bygger på tre nationella uppdrag:',
  'onboarding.focus.loading': 'Laddar fokusområden …',

  'onboarding.results.title': 'Det här har nätverket gjort',
  'onboarding.results.intro': 'Några av resultaten från 2023:',
  'onboarding.results.r1': 'Målbild, fokusområden och projektrapport är framtagna.',
  'onboarding.results.r2': 'Nätverket för samverkan Nära vård i Sörmland är uppbyggt.',
  'onboarding.results.r3':
    'En samverkansöverenskommelse om egenvård under korttidsvistelse inom LSS för barn och unga under 18 år är klar.',
  'onboarding.results.r4':
    'Riktlinjen Trygg hemgång och effektiv samverkan är reviderad och har fått en processkarta.',
  'onboarding.results.r5': 'En gemensam digitaliseringsstrategi är klar.',
  'onboarding.results.r6': 'Yrkesresan Barn och unga är i drift.',
  'onboarding.results.next':
    'Framåt ligger fokus på det gemensamma: färdplanen följs upp, och gemensamma utvecklingsarbeten pågår i LPO Äldres hälsa, LPO Psykisk hälsa och Trygg och effektiv utskrivning.',

  'onboarding.roles.title': 'Rollerna i nätverket',
  'onboarding.roles.intro':
    'Varje roll har sin uppgift i samverkan. Välj en roll för att se vilka som har den i dag.',
  'onboarding.roles.loading': 'Laddar roller …',
  'onboarding.roles.none': 'Inga roller är registrerade.',
  'onboarding.roles.noDescription': 'Rollen saknar beskrivning.',

  'onboarding.contacts.title': 'Dina första kontakter',
  'onboarding.contacts.loading': 'Laddar dina kontakter …',
  'onboarding.contacts.noPerson':
    'Ditt konto är inte kopplat till en person i katalogen, så här kan vi inte visa dina kontakter. Under Hitta motpart kan du välja roll och organisation själv.',
  'onboarding.contacts.noPosts':
    'Du har inget uppdrag i nätverket just nu. När du får ett visas dina motparter här. Under Hitta motpart kan du välja roll och organisation själv.',
  'onboarding.contacts.intro':
    'Utifrån ditt uppdrag som {posts} är det här de personer du troligen behöver först. Spara dem i telefonen eller skriv ut listan.',
  'onboarding.contacts.postOf': '{role} på {organisation}',
  'onboarding.contacts.and': 'och',
  'onboarding.contacts.vcard': 'Spara alla som kontakter (vCard, {count})',
  'onboarding.contacts.print': 'Skriv ut kontaktlistan',
  'onboarding.contacts.findMore': 'Hitta fler motparter',
  'onboarding.contacts.counterparts': 'Dina motparter som {role}',
  'onboarding.contacts.counterpartsNone':
    'Inga motparter är registrerade för rollen i de organisationer som hör till din.',
  'onboarding.contacts.whenYouTalk': 'När ni hörs',
  'onboarding.contacts.linked': 'Organisationer ni samarbetar direkt med',
  'onboarding.contacts.sameNetwork': 'I samma nätverk',
  'onboarding.contacts.forum': 'Andra i forumet {name}',
  'onboarding.contacts.forumIntro':
    'De här personerna möter du i forumet, utöver dina motparter ovan.',
  'onboarding.contacts.support': 'Stöd i {organisation}',
  'onboarding.contacts.supportIntro':
    'Katalogen visar inte vilka som förvaltar uppgifterna om {organisation}. Frågor om nätverket, och om något i katalogen är fel, tar du i första hand med processledaren:',
  'onboarding.contacts.supportNone':
    'Ingen processledare är registrerad för {organisation}. Använd ”Rapportera fel” på en profil om något i katalogen inte stämmer.',
  'onboarding.contacts.vacant': 'Vakant',
  'onboarding.contacts.vacantSince': 'Vakant sedan {date}',
  'onboarding.contacts.interim': 'Tillförordnad',
  'onboarding.contacts.deputy': 'Ersättare',
  'onboarding.contacts.phone': 'Telefon',
  'onboarding.contacts.mobile': 'Mobil',
  'onboarding.contacts.email': 'E-post',
  'onboarding.contacts.sharedPhone': 'Gemensam telefon',
  'onboarding.contacts.sharedEmail': 'Gemensam brevlåda',
  'onboarding.contacts.printTitle': 'Kontaktlista för {name}',
  'onboarding.contacts.printDate': 'Utskriven {date} från Nätverkskatalogen.',
  'onboarding.contacts.col.name': 'Namn',
  'onboarding.contacts.col.post': 'Funktion och organisation',
  'onboarding.contacts.col.phone': 'Telefon',
  'onboarding.contacts.col.email': 'E-post',
  'onboarding.contacts.col.section': 'Varför',
  'onboarding.contacts.reason.counterpart': 'Motpart',
  'onboarding.contacts.reason.forum': 'Forum',
  'onboarding.contacts.reason.support': 'Processledare',

  'onboarding.mapLink.title': 'Se hela nätverket',
  'onboarding.mapLink.body':
    'Nätverkskartan visar organisationer, nätverk och funktioner och hur de hänger ihop.',
  'onboarding.mapLink.action': 'Öppna nätverkskartan',

  // Network map
  'onboarding.map.title': 'Nätverkskarta',
  'onboarding.map.lead':
    'Organisationerna i nätverket, hur de hänger ihop och vilka nätverk och funktioner de har. Välj en punkt för att öppna dess sida.',
  'onboarding.map.loading': 'Laddar nätverkskartan …',
  'onboarding.map.view': 'Visa som',
  'onboarding.map.view.graph': 'Karta',
  'onboarding.map.view.table': 'Tabell',
  'onboarding.map.tableHint':
    'Tabellen innehåller samma uppgifter som kartan och fungerar bäst med tangentbord och skärmläsare.',
  'onboarding.map.graphLabel':
    'Karta över nätverket: {organisations} organisationer, {networks} nätverk och {posts} funktioner',
  'onboarding.map.layers': 'Visa på kartan',
  'onboarding.map.showPosts': 'Funktioner',
  'onboarding.map.showNetworks': 'Nätverk',
  'onboarding.map.zoomIn': 'Zooma in',
  'onboarding.map.zoomOut': 'Zooma ut',
  'onboarding.map.reset': 'Återställ vyn',
  'onboarding.map.help':
    'Dra för att flytta kartan. Zooma med knapparna, med Ctrl och scrollhjulet eller genom att nypa. När kartan har fokus flyttar piltangenterna och + och − zoomar.',
  'onboarding.map.legend': 'Teckenförklaring',
  'onboarding.map.legend.organisation': 'Organisation',
  'onboarding.map.legend.network': 'Nätverk',
  'onboarding.map.legend.post': 'Funktion',
  'onboarding.map.legend.vacant': 'Vakant funktion',
  'onboarding.map.legend.parent': 'Ingår i',
  'onboarding.map.legend.serves': 'Betjänar (upptagningsområde)',
  'onboarding.map.legend.partner': 'Samverkar med',
  'onboarding.map.legend.member': 'Deltar i nätverk',
  'onboarding.map.selected': 'Markerad',
  'onboarding.map.open': 'Öppna sidan',
  'onboarding.map.connections': '{count} kopplingar',
  'onboarding.map.hoverHint':
    'Peka på eller flytta fokus till en punkt för att se dess kopplingar.',
  'onboarding.map.node.organisation': '{name}, {kind}',
  'onboarding.map.node.network': '{name}, {kind}',
  'onboarding.map.node.post': '{role} på {organisation}: {holders}',
  'onboarding.map.node.vacant': 'vakant',
  'onboarding.map.linksMissing':
    'Kopplingarna mellan organisationerna kunde inte hämtas för alla organisationer; kartan kan sakna några.',
  'onboarding.map.empty': 'Det finns inga organisationer att visa.',

  'onboarding.table.organisations': 'Organisationer i nätverket',
  'onboarding.table.networks': 'Nätverk, forum och projekt',
  'onboarding.table.organisation': 'Organisation',
  'onboarding.table.kind': 'Typ',
  'onboarding.table.partOf': 'Ingår i',
  'onboarding.table.links': 'Upptagningsområde och samverkan',
  'onboarding.table.networksCol': 'Nätverk',
  'onboarding.table.posts': 'Funktioner',
  'onboarding.table.network': 'Nätverk',
  'onboarding.table.members': 'Organisationer',
  'onboarding.table.serves': 'Betjänar {names}',
  'onboarding.table.servedBy': 'Betjänas av {names}',
  'onboarding.table.partners': 'Samverkar med {names}',
  'onboarding.table.none': '–',
  'onboarding.table.vacant': 'vakant',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'onboarding.nav.search': 'Search',
  'onboarding.nav.counterparts': 'Find a counterpart',
  'onboarding.nav.networks': 'Networks',
  'onboarding.nav.onboarding': 'New to the network',
  'onboarding.nav.admin': 'Administration',

  'onboarding.home.entryPoints': 'Get started',
  'onboarding.home.counterparts.title': 'Find a counterpart',
  'onboarding.home.counterparts.body':
    'Whom should you call in another organisation? Choose a role and an organisation to see your counterparts.',
  'onboarding.home.onboarding.title': 'New to the network',
  'onboarding.home.onboarding.body':
    'What the network works on, which roles there are and who your first contacts are.',
  'onboarding.home.networks.title': 'Networks',
  'onboarding.home.networks.body':
    'The Nära vård network with its county programme areas, forums and projects, and who takes part.',
  'onboarding.home.organisations.title': 'Organisations',
  'onboarding.home.organisations.body':
    'Region Sörmland, the municipalities and the other organisations, with their posts and contact people.',
  'onboarding.home.map.title': 'Network map',
  'onboarding.home.map.body':
    'See how organisations, networks and posts are connected, as a map or as a table.',
  'onboarding.home.vacancies.title': 'Vacant posts',
  'onboarding.home.vacancies.intro': 'Posts the network needs that have nobody holding them.',
  'onboarding.home.vacancies.loading': 'Loading vacant posts …',
  'onboarding.home.vacancies.none': 'Every post the network needs is filled.',
  'onboarding.home.vacancies.vacant': 'Vacant',
  'onboarding.home.vacancies.vacantSince': 'Vacant since {date}',
  'onboarding.home.recent.title': 'Recently changed',
  'onboarding.home.recent.intro': 'People whose details have changed in the last 30 days.',
  'onboarding.home.recent.loading': 'Loading recent changes …',
  'onboarding.home.recent.none': 'No details have changed in the last 30 days.',
  'onboarding.home.recent.changed': 'Changed {date}',

  'onboarding.title': 'New to the network',
  'onboarding.lead':
    'Welcome! This page gives you an overview of the Nära vård network in Sörmland: what it works on, which roles there are and whom you need to get to know first.',
  'onboarding.toc': 'On this page',
  'onboarding.loading': 'Loading …',

  'onboarding.about.title': 'What is the network?',
  'onboarding.about.p1':
    'The Nära vård network in Sörmland is the collaboration structure for the shift to good, close care in the county. Region Sörmland with its hospitals and divisions, the nine municipalities of the county, FoU Sörmland and, increasingly, civil society work together in it. What started as a project is now a permanent collaboration structure.',
  'onboarding.about.p2':
    'The work starts from the shared vision for close care in Sörmland 2035. It was adopted in March 2022 and has been decided by every responsible authority in the county:',
  'onboarding.about.goal1':
    'Together – through participation and coordination centred on the individual.',
  'onboarding.about.goal2': 'Close – through accessibility and continuity.',
  'onboarding.about.goal3':
    'Good health and care – through health-promoting, preventive and rehabilitative work.',
  'onboarding.about.p3':
    'For residents, care should be easy to reach, and the care that is needed often should be close at hand. For you as a member of staff, it means working in teams across organisational boundaries, together with the patient, and building on the patient’s own resources.',

  'onboarding.focus.title': 'The roadmap’s focus areas',
  'onboarding.focus.intro':
    'The roadmap for close care and health (Färdplan Nära vård och hälsa) was adopted on 9 February 2024. It gathers the joint work in five focus areas:',
  'onboarding.focus.missions': 'National missions',
  'onboarding.focus.missionsIntro': 'The roadmap builds on three national missions:',
  'onboarding.focus.loading': 'Loading focus areas …',

  'onboarding.results.title': 'What the network has done',
  'onboarding.results.intro': 'Some of the results from 2023:',
  'onboarding.results.r1': 'A shared vision, focus areas and a project report have been produced.',
  'onboarding.results.r2': 'The Nära vård collaboration network in Sörmland has been built up.',
  'onboarding.results.r3':
    'A joint agreement on self-care during short stays under LSS for children and young people under 18 is in place.',
  'onboarding.results.r4':
    'The guideline for safe discharge and effective collaboration has been revised and given a process map.',
  'onboarding.results.r5': 'A joint digitalisation strategy is in place.',
  'onboarding.results.r6':
    'The career journey for children and young people (Yrkesresan) is running.',
  'onboarding.results.next':
    'Looking ahead, the focus is on what is shared: the roadmap is followed up, and joint development work goes on in the programme areas for older people’s health and mental health and in the safe discharge forum.',

  'onboarding.roles.title': 'The roles in the network',
  'onboarding.roles.intro':
    'Each role has its own task in the collaboration. Choose a role to see who holds it today.',
  'onboarding.roles.loading': 'Loading roles …',
  'onboarding.roles.none': 'No roles are recorded.',
  'onboarding.roles.noDescription': 'The role has no description.',

  'onboarding.contacts.title': 'Your first contacts',
  'onboarding.contacts.loading': 'Loading your contacts …',
  'onboarding.contacts.noPerson':
    'Your account is not linked to a person in the directory, so your contacts cannot be shown here. Under Find a counterpart you can choose a role and an organisation yourself.',
  'onboarding.contacts.noPosts':
    'You hold no post in the network at the moment. When you do, your counterparts are shown here. Under Find a counterpart you can choose a role and an organisation yourself.',
  'onboarding.contacts.intro':
    'Based on your post as {posts}, these are the people you are likely to need first. Save them to your phone or print the list.',
  'onboarding.contacts.postOf': '{role} at {organisation}',
  'onboarding.contacts.and': 'and',
  'onboarding.contacts.vcard': 'Save all as contacts (vCard, {count})',
  'onboarding.contacts.print': 'Print the contact list',
  'onboarding.contacts.findMore': 'Find more counterparts',
  'onboarding.contacts.counterparts': 'Your counterparts as {role}',
  'onboarding.contacts.counterpartsNone':
    'No counterparts are recorded for the role in the organisations related to yours.',
  'onboarding.contacts.whenYouTalk': 'When you talk',
  'onboarding.contacts.linked': 'Organisations you work with directly',
  'onboarding.contacts.sameNetwork': 'In the same network',
  'onboarding.contacts.forum': 'Others in the forum {name}',
  'onboarding.contacts.forumIntro':
    'You will meet these people in the forum, besides your counterparts above.',
  'onboarding.contacts.support': 'Support in {organisation}',
  'onboarding.contacts.supportIntro':
    'The directory does not show who maintains the details of {organisation}. Take questions about the network, and anything wrong in the directory, to the process lead first:',
  'onboarding.contacts.supportNone':
    'No process lead is recorded for {organisation}. Use “Report an error” on a profile if something in the directory is not right.',
  'onboarding.contacts.vacant': 'Vacant',
  'onboarding.contacts.vacantSince': 'Vacant since {date}',
  'onboarding.contacts.interim': 'Interim',
  'onboarding.contacts.deputy': 'Deputy',
  'onboarding.contacts.phone': 'Phone',
  'onboarding.contacts.mobile': 'Mobile',
  'onboarding.contacts.email': 'E-mail',
  'onboarding.contacts.sharedPhone': 'Shared phone',
  'onboarding.contacts.sharedEmail': 'Shared mailbox',
  'onboarding.contacts.printTitle': 'Contact list for {name}',
  'onboarding.contacts.printDate': 'Printed on {date} from Nätverkskatalogen.',
  'onboarding.contacts.col.name': 'Name',
  'onboarding.contacts.col.post': 'Post and organisation',
  'onboarding.contacts.col.phone': 'Phone',
  'onboarding.contacts.col.email': 'E-mail',
  'onboarding.contacts.col.section': 'Why',
  'onboarding.contacts.reason.counterpart': 'Counterpart',
  'onboarding.contacts.reason.forum': 'Forum',
  'onboarding.contacts.reason.support': 'Process lead',

  'onboarding.mapLink.title': 'See the whole network',
  'onboarding.mapLink.body':
    'The network map shows organisations, networks and posts and how they are connected.',
  'onboarding.mapLink.action': 'Open the network map',

  'onboarding.map.title': 'Network map',
  'onboarding.map.lead':
    'The organisations in the network, how they are connected and which networks and posts they have. Choose a point to open its page.',
  'onboarding.map.loading': 'Loading the network map …',
  'onboarding.map.view': 'Show as',
  'onboarding.map.view.graph': 'Map',
  'onboarding.map.view.table': 'Table',
  'onboarding.map.tableHint':
    'The table holds the same information as the map and works best with a keyboard and screen readers.',
  'onboarding.map.graphLabel':
    'Map of the network: {organisations} organisations, {networks} networks and {posts} posts',
  'onboarding.map.layers': 'Show on the map',
  'onboarding.map.showPosts': 'Posts',
  'onboarding.map.showNetworks': 'Networks',
  'onboarding.map.zoomIn': 'Zoom in',
  'onboarding.map.zoomOut': 'Zoom out',
  'onboarding.map.reset': 'Reset the view',
  'onboarding.map.help':
    'Drag to move the map. Zoom with the buttons, with Ctrl and the scroll wheel, or by pinching. When the map has focus, the arrow keys move it and + and − zoom.',
  'onboarding.map.legend': 'Legend',
  'onboarding.map.legend.organisation': 'Organisation',
  'onboarding.map.legend.network': 'Network',
  'onboarding.map.legend.post': 'Post',
  'onboarding.map.legend.vacant': 'Vacant post',
  'onboarding.map.legend.parent': 'Part of',
  'onboarding.map.legend.serves': 'Serves (catchment area)',
  'onboarding.map.legend.partner': 'Works with',
  'onboarding.map.legend.member': 'Takes part in network',
  'onboarding.map.selected': 'Selected',
  'onboarding.map.open': 'Open the page',
  'onboarding.map.connections': '{count} connections',
  'onboarding.map.hoverHint': 'Point at a node or move focus to it to see its connections.',
  'onboarding.map.node.organisation': '{name}, {kind}',
  'onboarding.map.node.network': '{name}, {kind}',
  'onboarding.map.node.post': '{role} at {organisation}: {holders}',
  'onboarding.map.node.vacant': 'vacant',
  'onboarding.map.linksMissing':
    'The links between organisations could not be loaded for every organisation; the map may miss some.',
  'onboarding.map.empty': 'There are no organisations to show.',

  'onboarding.table.organisations': 'Organisations in the network',
  'onboarding.table.networks': 'Networks, forums and projects',
  'onboarding.table.organisation': 'Organisation',
  'onboarding.table.kind': 'Type',
  'onboarding.table.partOf': 'Part of',
  'onboarding.table.links': 'Catchment area and partners',
  'onboarding.table.networksCol': 'Networks',
  'onboarding.table.posts': 'Posts',
  'onboarding.table.network': 'Network',
  'onboarding.table.members': 'Organisations',
  'onboarding.table.serves': 'Serves {names}',
  'onboarding.table.servedBy': 'Served by {names}',
  'onboarding.table.partners': 'Works with {names}',
  'onboarding.table.none': '–',
  'onboarding.table.vacant': 'vacant',
};
