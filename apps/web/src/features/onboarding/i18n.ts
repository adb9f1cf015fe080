/**
 * The strings of this feature, Swedish first; `i18n.en.ts` must have exactly the same keys. Spread into
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
  'onboarding.map.fitView': 'Visa hela kartan',
  'onboarding.map.controls': 'Zoomknappar',
  'onboarding.map.minimap': 'Översiktskarta',
  'onboarding.map.nodeHint': 'Tryck Enter för att öppna sidan.',
  'onboarding.map.help':
    'Dra för att flytta kartan. Zooma med knapparna, med Ctrl och scrollhjulet eller genom att nypa. Med Tab går du från punkt till punkt, och Enter öppnar sidan.',
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
  'onboarding.map.connections': '{count} kopplingar',
  'onboarding.map.hoverHint':
    'Peka på eller flytta fokus till en punkt för att se dess kopplingar.',
  'onboarding.map.node.organisation': '{name}, {kind}',
  'onboarding.map.node.network': '{name}, {kind}',
  'onboarding.map.node.post': '{role} på {organisation}: {holders}',
  'onboarding.map.node.vacant': 'vakant',
  'onboarding.map.vacant': 'Vakant',
  'onboarding.map.edge': 'koppling',
  'onboarding.map.edge.parent': '{child} ingår i {parent}',
  'onboarding.map.edge.serves': '{from} betjänar {to}',
  'onboarding.map.edge.partner': '{from} samverkar med {to}',
  'onboarding.map.edge.member': '{organisation} deltar i {network}',
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
