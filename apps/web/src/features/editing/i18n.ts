/**
 * The strings of this feature, Swedish first; `i18n.en.ts` must have exactly the same keys. Spread into
 * the app's dictionaries by `i18n/sv.ts` and `i18n/en.ts`. Keys start with `editing.`.
 */
export const sv = {
  'editing.loading': 'Laddar …',
  'editing.yes': 'Ja',
  'editing.no': 'Nej',

  'editing.link.edit': 'Redigera',
  'editing.link.newPerson': 'Ny person',
  'editing.link.newPost': 'Ny funktion',
  'editing.link.newOrganisation': 'Ny organisation under den här',
  'editing.link.handover': 'Överlämning',
  'editing.link.actions': 'Redigera katalogen',

  'editing.form.required': '(obligatoriskt)',
  'editing.form.requiredNote':
    'Fält märkta (obligatoriskt) måste fyllas i. Övriga kan lämnas tomma.',
  'editing.form.save': 'Spara ändringarna',
  'editing.form.saving': 'Sparar …',
  'editing.form.cancel': 'Avbryt',
  'editing.form.unsaved': 'Du har ändringar som inte är sparade.',
  'editing.form.nothingChanged': 'Du har inte ändrat något, så det finns inget att spara.',
  'editing.form.characters': '{count} av högst {max} tecken',

  'editing.summary.one': 'Det finns 1 fel att rätta',
  'editing.summary.many': 'Det finns {count} fel att rätta',

  'editing.validation.required': 'Fyll i {label}.',
  'editing.validation.choose': 'Välj {label}.',
  'editing.validation.tooLong': '{label} får vara högst {max} tecken. Nu är det {count}.',
  'editing.validation.email': 'Skriv e-postadressen i formen namn@exempel.se.',
  'editing.validation.url': 'Skriv webbadressen i formen www.exempel.se eller https://exempel.se.',
  'editing.validation.hsaId':
    'HSA-id börjar med SE följt av bokstäver, siffror och bindestreck, till exempel SE2321000032-1003.',
  'editing.validation.municipalityCode': 'Kommunkoden är fyra siffror, till exempel 0484.',
  'editing.validation.languages':
    'Skriv språken som koder med två eller tre små bokstäver, till exempel ”sv, en, ar” (högst {max}).',

  'editing.server.duplicate': '{label} används redan av någon annan i katalogen.',
  'editing.server.missing': 'Det du valt som {label} finns inte längre. Välj en annan.',
  'editing.server.archived':
    'Det du valt som {label} är arkiverat. Välj en annan eller återställ det först.',
  'editing.server.notYours': '{label} kan bara ändras av en redaktör för organisationen.',
  'editing.server.belowItself':
    'En organisation kan inte ligga under sig själv eller en av sina egna underorganisationer.',
  'editing.server.tooLong': '{label} får vara högst {max} tecken.',
  'editing.server.after': 'Datumet måste vara efter {date}.',
  'editing.server.pattern': '{label} har fel form.',
  'editing.server.other': '{label}: servern godtog inte värdet ({message})',

  'editing.error.stale':
    'Någon annan har ändrat uppgifterna sedan du öppnade dem. Läs in dem igen.',
  'editing.error.forbidden':
    'Du har inte behörighet att ändra det här. Redaktörer kan bara ändra sina egna organisationer.',
  'editing.error.duplicate': 'Det finns redan en post med samma uppgifter i katalogen.',
  'editing.error.notFound': 'Det du försöker ändra finns inte längre i katalogen.',

  'editing.picker.typeMore': 'Skriv minst två bokstäver för att söka.',
  'editing.picker.searching': 'Söker …',
  'editing.picker.none': 'Inga träffar. Prova ett annat stavsätt eller färre bokstäver.',
  'editing.picker.one': '1 träff. Välj med Enter.',
  'editing.picker.many': '{count} träffar. Bläddra med pil upp och ner, välj med Enter.',

  'editing.unsaved.title': 'Lämna sidan utan att spara?',
  'editing.unsaved.body': 'Du har ändringar som inte är sparade. Lämnar du sidan nu försvinner de.',
  'editing.unsaved.stay': 'Stanna kvar',
  'editing.unsaved.leave': 'Lämna utan att spara',

  'editing.toast.close': 'Stäng meddelandet',

  'editing.conflict.title': 'Någon annan har ändrat uppgifterna medan du redigerade',
  'editing.conflict.body':
    'Inget av det du skrev har sparats ännu, och inget har gått förlorat. Jämför ändringarna nedan. Du kan spara dina ändringar ovanpå den nya versionen med ett klick.',
  'editing.conflict.caption': 'Ändringar sedan du öppnade formuläret',
  'editing.conflict.field': 'Uppgift',
  'editing.conflict.theirs': 'Ändrat av någon annan',
  'editing.conflict.mine': 'Din ändring',
  'editing.conflict.before': 'Före:',
  'editing.conflict.now': 'Nu:',
  'editing.conflict.empty': '(tomt)',
  'editing.conflict.unchanged': 'Oförändrat',
  'editing.conflict.notChangedByYou': 'Du har inte ändrat detta',
  'editing.conflict.both': 'Båda har ändrat',
  'editing.conflict.bothNote':
    'Där ni båda har ändrat samma uppgift blir det din ändring som sparas. Vill du behålla den andras, ändra tillbaka fältet innan du sparar.',
  'editing.conflict.reapply': 'Spara mina ändringar ovanpå den nya versionen',
  'editing.conflict.discard': 'Släng mina ändringar och visa den nya versionen',

  'editing.archive.section': 'Arkivera',
  'editing.archive.intro':
    'Arkivera när något inte längre ska synas i katalogen. Inget raderas, och historiken finns kvar.',
  'editing.archive.open': 'Arkivera {name} …',
  'editing.archive.confirmTitle': 'Arkivera {name}?',
  'editing.archive.safe':
    'Inget raderas. Du kan ångra direkt efteråt, eller återställa senare från Arkivet.',
  'editing.archive.confirm': 'Arkivera',
  'editing.archive.archiving': 'Arkiverar …',
  'editing.archive.done': '{name} är arkiverad.',
  'editing.archive.undo': 'Ångra',
  'editing.archive.restored': '{name} är återställd.',
  'editing.archive.archivedOn': 'Arkiverad {date}',
  'editing.archive.restoreIntro':
    'Posten syns inte i listor och sökningar. Återställ den för att visa den igen.',
  'editing.archive.restore': 'Återställ {name}',

  'editing.refusal.title': 'Du kan inte ändra det här',
  'editing.refusal.viewer':
    'Bara redaktörer och administratörer kan ändra i katalogen. Ser du något som är fel kan du använda ”Rapportera fel” på personens sida, så når ditt meddelande rätt redaktör.',
  'editing.refusal.outsideScope':
    '{name} hör till {organisation}, som du inte är redaktör för. Det är redaktörerna för {organisation} som håller uppgifterna aktuella. Använd ”Rapportera fel” på personens sida, så når ditt meddelande dem.',
  'editing.refusal.organisationOutsideScope':
    'Det här hör till {organisation}, som du inte är redaktör för. Kontakta en redaktör för {organisation} eller en administratör.',
  'editing.refusal.toPerson': 'Tillbaka till personen',
  'editing.refusal.toOrganisation': 'Tillbaka till organisationen',
  'editing.refusal.toPost': 'Tillbaka till funktionen',
  'editing.refusal.home': 'Till startsidan',
  'editing.refusal.search': 'Till sökningen',

  'editing.person.newTitle': 'Lägg till en person',
  'editing.person.editTitle': 'Redigera person',
  'editing.person.editTitleNamed': 'Redigera {name}',
  'editing.person.newLead':
    'Fyll i uppgifterna om personen. Uppdrag i nätverket lägger du till med en överlämning när personen finns i katalogen.',
  'editing.person.editLead':
    'Ändra det som behövs och spara. Ändringen syns direkt för alla i nätverket.',
  'editing.person.backToProfile': '← Tillbaka till personen',
  'editing.person.loading': 'Laddar personen …',
  'editing.person.notFound': 'Personen finns inte',
  'editing.person.notFoundBody':
    'Personen kan ha tagits bort ur katalogen, eller så är länken fel.',
  'editing.person.create': 'Lägg till personen',
  'editing.person.section.who': 'Namn och arbetsgivare',
  'editing.person.section.contact': 'Kontaktuppgifter',
  'editing.person.section.more': 'Mer om personen',
  'editing.person.givenName': 'Förnamn',
  'editing.person.familyName': 'Efternamn',
  'editing.person.title': 'Titel',
  'editing.person.titleHint': 'Befattningen, till exempel ”Sjuksköterska, närvårdskoordinator”.',
  'editing.person.organisation': 'Arbetsgivare',
  'editing.person.organisationHint':
    'Organisationen som personen är anställd av. Dess redaktörer håller uppgifterna aktuella.',
  'editing.person.organisationHintEditor':
    'Organisationen som personen är anställd av. Du kan välja bland de organisationer du är redaktör för.',
  'editing.person.email': 'E-post',
  'editing.person.emailHint':
    'Personens egen arbetsadress, till exempel anna.eriksson@eskilstuna.se.',
  'editing.person.phone': 'Telefon',
  'editing.person.phoneVisibility': 'Vem får se telefonnumret?',
  'editing.person.mobile': 'Mobil',
  'editing.person.mobileVisibility': 'Vem får se mobilnumret?',
  'editing.person.visibility.network': 'Alla i nätverket',
  'editing.person.visibility.networkHint': 'Alla som är inloggade i katalogen.',
  'editing.person.visibility.organisation': 'Bara den egna organisationen',
  'editing.person.visibility.organisationHint':
    'Kollegor i samma organisation, redaktörer och administratörer.',
  'editing.person.bio': 'Fråga mig om',
  'editing.person.bioHint': 'Vad kollegor i nätverket kan vända sig till personen om.',
  'editing.person.languages': 'Språk',
  'editing.person.languagesHint': 'Språkkoder med komma emellan, till exempel ”sv, en, ar”.',
  'editing.person.hsaId': 'HSA-id',
  'editing.person.hsaIdHint':
    'Frivilligt. Id i den nationella katalogen, till exempel SE2321000032-1003.',
  'editing.person.topics': 'Fokusområden',
  'editing.person.protected': 'Skyddad identitet',
  'editing.person.protectedHint':
    'Personen visas då bara för administratörer. Kan bara ändras av en administratör.',
  'editing.person.archive.hidden':
    '{name} försvinner ur listor, sökningar och motpartsöversikter. Uppgifterna och historiken finns kvar.',
  'editing.person.archive.postsOne': 'Personen har 1 nuvarande eller kommande uppdrag.',
  'editing.person.archive.postsMany': 'Personen har {count} nuvarande eller kommande uppdrag.',
  'editing.person.archive.postsStay':
    'Arkiveringen avslutar dem inte: {name} står kvar som innehavare tills uppdragen lämnas över. Har personen slutat, gör en överlämning först.',
  'editing.person.archive.handOver': 'Lämna över',
  'editing.person.archive.noPosts': 'Personen har inga nuvarande uppdrag i nätverket.',

  'editing.organisation.newTitle': 'Lägg till en organisation',
  'editing.organisation.editTitle': 'Redigera organisation',
  'editing.organisation.editTitleNamed': 'Redigera {name}',
  'editing.organisation.newLead':
    'Fyll i uppgifterna om organisationen och välj var den hör hemma, till exempel under en kommun eller ett sjukhus.',
  'editing.organisation.editLead':
    'Ändra det som behövs och spara. Ändringen syns direkt för alla i nätverket.',
  'editing.organisation.back': '← Tillbaka till organisationen',
  'editing.organisation.loading': 'Laddar organisationen …',
  'editing.organisation.notFound': 'Organisationen finns inte',
  'editing.organisation.notFoundBody': 'Den kan ha arkiverats, eller så är länken fel.',
  'editing.organisation.create': 'Lägg till organisationen',
  'editing.organisation.section.what': 'Organisationen',
  'editing.organisation.section.contact': 'Kontaktuppgifter',
  'editing.organisation.name': 'Namn',
  'editing.organisation.shortName': 'Kortnamn',
  'editing.organisation.shortNameHint': 'Frivilligt, till exempel ”MSE” för Mälarsjukhuset.',
  'editing.organisation.kind': 'Typ av organisation',
  'editing.organisation.kindPlaceholder': 'Välj typ',
  'editing.organisation.parent': 'Ligger under',
  'editing.organisation.parentHint':
    'Organisationen den är en del av. Lämna tomt för en organisation på högsta nivån, som en kommun.',
  'editing.organisation.parentHintEditor':
    'Organisationen den är en del av. Du kan välja bland de organisationer du är redaktör för.',
  'editing.organisation.clearParent': 'Ta bort: lägg organisationen på högsta nivån',
  'editing.organisation.noParent': 'Högsta nivån',
  'editing.organisation.municipalityCode': 'Kommunkod',
  'editing.organisation.municipalityCodeHint': 'SCB:s fyrsiffriga kod, till exempel 0484.',
  'editing.organisation.hsaId': 'HSA-id',
  'editing.organisation.description': 'Beskrivning',
  'editing.organisation.descriptionHint': 'Ett par meningar om vad organisationen gör i nätverket.',
  'editing.organisation.email': 'E-post',
  'editing.organisation.phone': 'Telefon',
  'editing.organisation.website': 'Webbplats',
  'editing.organisation.websiteHint': 'Till exempel www.eskilstuna.se.',
  'editing.organisation.streetAddress': 'Gatuadress',
  'editing.organisation.postalCode': 'Postnummer',
  'editing.organisation.city': 'Ort',
  'editing.organisation.archive.hidden':
    '{name} försvinner ur listor, sökningar och väljare. Uppgifterna och historiken finns kvar.',
  'editing.organisation.archive.counting': 'Räknar personer och funktioner …',
  'editing.organisation.archive.people':
    '{count} personer är anställda här (också i organisationer under den).',
  'editing.organisation.archive.peopleMore':
    'Fler än {count} personer är anställda här (också i organisationer under den).',
  'editing.organisation.archive.posts': '{count} funktioner hör till organisationen.',
  'editing.organisation.archive.children': '{count} organisationer ligger direkt under den.',
  'editing.organisation.archive.stay':
    'Personerna, funktionerna och underorganisationerna arkiveras inte. Flytta eller arkivera dem först om de inte längre ska synas.',

  'editing.post.newTitle': 'Lägg till en funktion',
  'editing.post.editTitle': 'Redigera funktion',
  'editing.post.editTitleNamed': 'Redigera {name}',
  'editing.post.newLead':
    'En funktion är ett uppdrag i nätverket som finns oavsett vem som har det, till exempel processledare i en kommun.',
  'editing.post.editLead':
    'Ändra det som behövs och spara. Vem som har funktionen ändrar du med en överlämning.',
  'editing.post.back': '← Tillbaka till funktionen',
  'editing.post.handoverLink': 'Lämna över funktionen till någon annan',
  'editing.post.loading': 'Laddar funktionen …',
  'editing.post.notFound': 'Funktionen finns inte',
  'editing.post.notFoundBody': 'Den kan ha tagits bort, eller så är länken fel.',
  'editing.post.create': 'Lägg till funktionen',
  'editing.post.section.what': 'Funktionen',
  'editing.post.section.contact': 'Gemensamma kontaktvägar',
  'editing.post.role': 'Roll',
  'editing.post.roleHint': 'Skriv för att söka, till exempel ”nvk” eller ”processledare”.',
  'editing.post.organisation': 'Organisation',
  'editing.post.organisationHint': 'Organisationen som funktionen hör till.',
  'editing.post.network': 'Nätverk',
  'editing.post.networkHint': 'Frivilligt. Nätverket eller forumet som funktionen ingår i.',
  'editing.post.clearNetwork': 'Ta bort nätverket',
  'editing.post.noNetwork': 'Inget nätverk',
  'editing.post.title': 'Benämning',
  'editing.post.titleHint':
    'Frivilligt, om rollens namn inte räcker, till exempel ”Närvårdskoordinator, Gnesta”.',
  'editing.post.required': 'Nätverket förväntar sig att funktionen är tillsatt',
  'editing.post.requiredHint': 'Står den utan innehavare visas den då som vakant.',
  'editing.post.contactHint': 'Adresser som följer funktionen, inte personen. Frivilligt.',
  'editing.post.functionalEmail': 'Funktionsbrevlåda',
  'editing.post.functionalPhone': 'Funktionstelefon',
  'editing.post.note': 'Anteckning',
  'editing.post.noteHint': 'Frivilligt. Syns för alla i nätverket.',
  'editing.post.archive.hidden':
    'Funktionen försvinner ur listor, sökningar och täckningsöversikter, och räknas inte längre som vakant.',
  'editing.post.archive.holders':
    'Den har i dag {names} som innehavare. Uppdragen ligger kvar i historiken.',
  'editing.post.archive.history': 'Historiken över vilka som haft funktionen sparas.',

  'editing.handover.title': 'Överlämning',
  'editing.handover.lead':
    'Lämna över en funktion till en ny person. Den som har funktionen i dag slutar dagen före, och historiken sparas.',
  'editing.handover.loading': 'Laddar funktionen …',
  'editing.handover.steps': 'Steg i överlämningen',
  'editing.handover.stepDone': '(klart)',
  'editing.handover.step.post': 'Funktion',
  'editing.handover.step.successor': 'Efterträdare',
  'editing.handover.step.when': 'Datum',
  'editing.handover.step.preview': 'Granska',
  'editing.handover.step.done': 'Klart',
  'editing.handover.next': 'Fortsätt',
  'editing.handover.back': 'Tillbaka',
  'editing.handover.changePost': 'Välj en annan funktion',
  'editing.handover.vacantNow': 'Ingen har funktionen i dag.',
  'editing.handover.vacantShort': 'Vakant',
  'editing.handover.holder.holder': '{name}, sedan {date}',
  'editing.handover.holder.interim': '{name} (tillförordnad), sedan {date}',
  'editing.handover.holder.deputy': '{name} (ersättare), sedan {date}',
  'editing.handover.post.title': 'Vilken funktion ska lämnas över?',
  'editing.handover.post.label': 'Funktion',
  'editing.handover.post.hint':
    'Sök på roll, organisation eller den som har funktionen i dag, till exempel ”processledare eskilstuna”.',
  'editing.handover.post.required': 'Välj vilken funktion som ska lämnas över.',
  'editing.handover.successor.title': 'Vem tar över?',
  'editing.handover.successor.mode': 'Efterträdaren',
  'editing.handover.successor.existing': 'Finns redan i katalogen',
  'editing.handover.successor.new': 'Är ny och ska läggas till',
  'editing.handover.successor.label': 'Person',
  'editing.handover.successor.hint': 'Sök på namn, till exempel ”helena sjöberg”.',
  'editing.handover.successor.required': 'Välj vem som tar över.',
  'editing.handover.successor.newIntro':
    'Lägg till personen här. När hen är sparad fortsätter du med datumet.',
  'editing.handover.when.title': 'När tar {name} över?',
  'editing.handover.when.date': 'Första dagen',
  'editing.handover.when.dateHint':
    'Den dag efterträdaren börjar. Den som har funktionen nu slutar dagen före. Datumet får ligga i framtiden.',
  'editing.handover.when.dateRequired': 'Fyll i den första dagen.',
  'editing.handover.when.dateInvalid': 'Skriv datumet som år-månad-dag, till exempel 2024-03-01.',
  'editing.handover.when.kind': 'Hur tar personen över?',
  'editing.handover.kind.holder': 'Som ordinarie innehavare',
  'editing.handover.kind.holderHint': 'Den nuvarande innehavaren slutar.',
  'editing.handover.kind.interim': 'Som tillförordnad',
  'editing.handover.kind.interimHint': 'Ersätter en nuvarande tillförordnad, om det finns någon.',
  'editing.handover.kind.deputy': 'Som ersättare',
  'editing.handover.kind.deputyHint': 'Ersätter en nuvarande ersättare, om det finns någon.',
  'editing.handover.when.note': 'Anteckning',
  'editing.handover.when.noteHint': 'Frivilligt, till exempel ”Under föräldraledighet”.',
  'editing.handover.toPreview': 'Granska överlämningen',
  'editing.handover.preview.title': 'Stämmer det här?',
  'editing.handover.preview.intro': 'Så här ändras {post}:',
  'editing.handover.preview.ends': 'Slutar',
  'editing.handover.preview.endsLine': '{name} slutar {date}.',
  'editing.handover.preview.nobody': 'Vakant',
  'editing.handover.preview.nobodyLine': 'Ingen har funktionen då, så ingen behöver sluta.',
  'editing.handover.preview.starts': 'Börjar',
  'editing.handover.preview.startsLine.holder': '{name} börjar {date}.',
  'editing.handover.preview.startsLine.interim': '{name} börjar som tillförordnad {date}.',
  'editing.handover.preview.startsLine.deputy': '{name} börjar som ersättare {date}.',
  'editing.handover.preview.history':
    'Historiken skrivs inte över: det tidigare uppdraget sparas med sitt slutdatum.',
  'editing.handover.confirm': 'Genomför överlämningen',
  'editing.handover.saving': 'Sparar …',
  'editing.handover.done.title': 'Överlämningen är klar',
  'editing.handover.done.body': '{name} har {post} från {date}.',
  'editing.handover.done.onDate': 'Visa funktionen som den ser ut {date}',
  'editing.handover.done.today': 'Visa funktionen i dag',
  'editing.handover.done.another': 'Gör en överlämning till',
  'editing.handover.problem.already':
    '{name} har redan funktionen då. Välj en annan efterträdare eller ett annat datum.',
  'editing.handover.problem.later':
    '{name} tar redan över {date}, efter det datum du valt. Välj ett datum från {date} och framåt, eller ändra det uppdraget först.',
  'editing.handover.problem.startsAfter':
    '{name} började {date}. Överlämningen måste ske efter det datumet.',
  'editing.handover.problem.several':
    'Flera personer har funktionen på det datumet. Avsluta den som ska sluta först och försök sedan igen.',

  'editing.archived.title': 'Arkiv',
  'editing.archived.lead':
    'Personer, organisationer och funktioner som har arkiverats. Inget är raderat: återställ det som ska synas i katalogen igen.',
  'editing.archived.leadEditor':
    'Arkiverade personer, organisationer och funktioner i de organisationer du är redaktör för. Inget är raderat: återställ det som ska synas igen.',
  'editing.archived.loading': 'Laddar arkivet …',
  'editing.archived.people': 'Personer',
  'editing.archived.organisations': 'Organisationer',
  'editing.archived.posts': 'Funktioner',
  'editing.archived.noPeople': 'Inga arkiverade personer.',
  'editing.archived.noOrganisations': 'Inga arkiverade organisationer.',
  'editing.archived.noPosts': 'Inga arkiverade funktioner.',
  'editing.archived.name': 'Namn',
  'editing.archived.organisation': 'Organisation',
  'editing.archived.archivedAt': 'Arkiverad',
  'editing.archived.action': 'Åtgärd',
  'editing.archived.restore': 'Återställ',
  'editing.archived.restoring': 'Återställer …',
  'editing.archived.restored': '{name} är återställd och syns i katalogen igen.',
  'editing.archived.open': 'Öppna',
  'editing.archived.failed': '{name} kunde inte återställas.',
} as const;
