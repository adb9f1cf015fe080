/**
 * The strings of this feature, Swedish first; `en` must have exactly the same keys. Spread into
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

export const en: Record<keyof typeof sv, string> = {
  'editing.loading': 'Loading …',
  'editing.yes': 'Yes',
  'editing.no': 'No',

  'editing.link.edit': 'Edit',
  'editing.link.newPerson': 'New person',
  'editing.link.newPost': 'New post',
  'editing.link.newOrganisation': 'New organisation within this one',
  'editing.link.handover': 'Handover',
  'editing.link.actions': 'Edit the directory',

  'editing.form.required': '(required)',
  'editing.form.requiredNote':
    'Fields marked (required) must be filled in. The others may be left empty.',
  'editing.form.save': 'Save the changes',
  'editing.form.saving': 'Saving …',
  'editing.form.cancel': 'Cancel',
  'editing.form.unsaved': 'You have changes that are not saved.',
  'editing.form.nothingChanged': 'You have not changed anything, so there is nothing to save.',
  'editing.form.characters': '{count} of at most {max} characters',

  'editing.summary.one': 'There is 1 error to correct',
  'editing.summary.many': 'There are {count} errors to correct',

  'editing.validation.required': 'Enter the {label}.',
  'editing.validation.choose': 'Choose the {label}.',
  'editing.validation.tooLong': '{label} may be at most {max} characters long. It is {count} now.',
  'editing.validation.email': 'Enter the e-mail address in the format name@example.com.',
  'editing.validation.url':
    'Enter the web address in the format www.example.com or https://example.com.',
  'editing.validation.hsaId':
    'An HSA ID starts with SE followed by letters, digits and hyphens, for example SE2321000032-1003.',
  'editing.validation.municipalityCode': 'The municipality code is four digits, for example 0484.',
  'editing.validation.languages':
    'Enter the languages as codes of two or three lower-case letters, for example “sv, en, ar” (at most {max}).',

  'editing.server.duplicate': '{label} is already used by someone else in the directory.',
  'editing.server.missing': 'What you chose as {label} no longer exists. Choose another.',
  'editing.server.archived':
    'What you chose as {label} is archived. Choose another or restore it first.',
  'editing.server.notYours': '{label} can only be changed by a steward of the organisation.',
  'editing.server.belowItself':
    'An organisation cannot be placed below itself or one of its own sub-organisations.',
  'editing.server.tooLong': '{label} may be at most {max} characters long.',
  'editing.server.after': 'The date must be after {date}.',
  'editing.server.pattern': '{label} has the wrong form.',
  'editing.server.other': '{label}: the server did not accept the value ({message})',

  'editing.error.stale':
    'Someone else has changed the details since you opened them. Load them again.',
  'editing.error.forbidden':
    'You are not allowed to change this. Stewards can only change their own organisations.',
  'editing.error.duplicate': 'There is already an entry with the same details in the directory.',
  'editing.error.notFound': 'What you are trying to change is no longer in the directory.',

  'editing.picker.typeMore': 'Type at least two letters to search.',
  'editing.picker.searching': 'Searching …',
  'editing.picker.none': 'No matches. Try another spelling or fewer letters.',
  'editing.picker.one': '1 match. Choose with Enter.',
  'editing.picker.many': '{count} matches. Browse with the up and down arrows, choose with Enter.',

  'editing.unsaved.title': 'Leave the page without saving?',
  'editing.unsaved.body':
    'You have changes that are not saved. If you leave the page now, they are lost.',
  'editing.unsaved.stay': 'Stay on the page',
  'editing.unsaved.leave': 'Leave without saving',

  'editing.toast.close': 'Close the message',

  'editing.conflict.title': 'Someone else changed the details while you were editing',
  'editing.conflict.body':
    'Nothing you wrote has been saved yet, and nothing is lost. Compare the changes below. You can save your changes on top of the new version with one click.',
  'editing.conflict.caption': 'Changes since you opened the form',
  'editing.conflict.field': 'Detail',
  'editing.conflict.theirs': 'Changed by someone else',
  'editing.conflict.mine': 'Your change',
  'editing.conflict.before': 'Before:',
  'editing.conflict.now': 'Now:',
  'editing.conflict.empty': '(empty)',
  'editing.conflict.unchanged': 'Unchanged',
  'editing.conflict.notChangedByYou': 'You did not change this',
  'editing.conflict.both': 'Both changed',
  'editing.conflict.bothNote':
    'Where you both changed the same detail, your change is the one saved. To keep theirs, change the field back before saving.',
  'editing.conflict.reapply': 'Save my changes on top of the new version',
  'editing.conflict.discard': 'Discard my changes and show the new version',

  'editing.archive.section': 'Archive',
  'editing.archive.intro':
    'Archive when something should no longer show in the directory. Nothing is deleted, and the history is kept.',
  'editing.archive.open': 'Archive {name} …',
  'editing.archive.confirmTitle': 'Archive {name}?',
  'editing.archive.safe':
    'Nothing is deleted. You can undo straight afterwards, or restore it later from the Archive.',
  'editing.archive.confirm': 'Archive',
  'editing.archive.archiving': 'Archiving …',
  'editing.archive.done': '{name} has been archived.',
  'editing.archive.undo': 'Undo',
  'editing.archive.restored': '{name} has been restored.',
  'editing.archive.archivedOn': 'Archived on {date}',
  'editing.archive.restoreIntro':
    'The entry does not show in lists and searches. Restore it to show it again.',
  'editing.archive.restore': 'Restore {name}',

  'editing.refusal.title': 'You cannot change this',
  'editing.refusal.viewer':
    'Only stewards and administrators can change the directory. If you see something wrong, use “Report an error” on the person’s page and your message reaches the right steward.',
  'editing.refusal.outsideScope':
    '{name} belongs to {organisation}, for which you are not a steward. The stewards of {organisation} keep the details up to date. Use “Report an error” on the person’s page and your message reaches them.',
  'editing.refusal.organisationOutsideScope':
    'This belongs to {organisation}, for which you are not a steward. Contact a steward of {organisation} or an administrator.',
  'editing.refusal.toPerson': 'Back to the person',
  'editing.refusal.toOrganisation': 'Back to the organisation',
  'editing.refusal.toPost': 'Back to the post',
  'editing.refusal.home': 'To the start page',
  'editing.refusal.search': 'To the search',

  'editing.person.newTitle': 'Add a person',
  'editing.person.editTitle': 'Edit person',
  'editing.person.editTitleNamed': 'Edit {name}',
  'editing.person.newLead':
    'Fill in the details about the person. Posts in the network are added with a handover once the person is in the directory.',
  'editing.person.editLead':
    'Change what is needed and save. The change shows at once for everyone in the network.',
  'editing.person.backToProfile': '← Back to the person',
  'editing.person.loading': 'Loading the person …',
  'editing.person.notFound': 'Person not found',
  'editing.person.notFoundBody':
    'The person may have been removed from the directory, or the link is wrong.',
  'editing.person.create': 'Add the person',
  'editing.person.section.who': 'Name and employer',
  'editing.person.section.contact': 'Contact details',
  'editing.person.section.more': 'More about the person',
  'editing.person.givenName': 'Given name',
  'editing.person.familyName': 'Family name',
  'editing.person.title': 'Job title',
  'editing.person.titleHint': 'The position, for example “Nurse, care coordinator”.',
  'editing.person.organisation': 'Employer',
  'editing.person.organisationHint':
    'The organisation that employs the person. Its stewards keep the details up to date.',
  'editing.person.organisationHintEditor':
    'The organisation that employs the person. You can choose among the organisations you are a steward of.',
  'editing.person.email': 'E-mail',
  'editing.person.emailHint':
    'The person’s own work address, for example anna.eriksson@eskilstuna.se.',
  'editing.person.phone': 'Phone',
  'editing.person.phoneVisibility': 'Who may see the phone number?',
  'editing.person.mobile': 'Mobile',
  'editing.person.mobileVisibility': 'Who may see the mobile number?',
  'editing.person.visibility.network': 'Everyone in the network',
  'editing.person.visibility.networkHint': 'Everyone signed in to the directory.',
  'editing.person.visibility.organisation': 'Only their own organisation',
  'editing.person.visibility.organisationHint':
    'Colleagues in the same organisation, stewards and administrators.',
  'editing.person.bio': 'Ask me about',
  'editing.person.bioHint': 'What colleagues in the network can turn to the person about.',
  'editing.person.languages': 'Languages',
  'editing.person.languagesHint': 'Language codes separated by commas, for example “sv, en, ar”.',
  'editing.person.hsaId': 'HSA ID',
  'editing.person.hsaIdHint':
    'Optional. The ID in the national directory, for example SE2321000032-1003.',
  'editing.person.topics': 'Focus areas',
  'editing.person.protected': 'Protected identity',
  'editing.person.protectedHint':
    'The person is then shown to administrators only. Only an administrator can change this.',
  'editing.person.archive.hidden':
    '{name} disappears from lists, searches and counterpart overviews. The details and the history are kept.',
  'editing.person.archive.postsOne': 'The person has 1 current or upcoming post.',
  'editing.person.archive.postsMany': 'The person has {count} current or upcoming posts.',
  'editing.person.archive.postsStay':
    'Archiving does not end them: {name} stays the holder until the posts are handed over. If the person has left, do a handover first.',
  'editing.person.archive.handOver': 'Hand over',
  'editing.person.archive.noPosts': 'The person holds no current post in the network.',

  'editing.organisation.newTitle': 'Add an organisation',
  'editing.organisation.editTitle': 'Edit organisation',
  'editing.organisation.editTitleNamed': 'Edit {name}',
  'editing.organisation.newLead':
    'Fill in the details about the organisation and choose where it belongs, for example below a municipality or a hospital.',
  'editing.organisation.editLead':
    'Change what is needed and save. The change shows at once for everyone in the network.',
  'editing.organisation.back': '← Back to the organisation',
  'editing.organisation.loading': 'Loading the organisation …',
  'editing.organisation.notFound': 'Organisation not found',
  'editing.organisation.notFoundBody': 'It may have been archived, or the link is wrong.',
  'editing.organisation.create': 'Add the organisation',
  'editing.organisation.section.what': 'The organisation',
  'editing.organisation.section.contact': 'Contact details',
  'editing.organisation.name': 'Name',
  'editing.organisation.shortName': 'Short name',
  'editing.organisation.shortNameHint': 'Optional, for example “MSE” for Mälarsjukhuset.',
  'editing.organisation.kind': 'Kind of organisation',
  'editing.organisation.kindPlaceholder': 'Choose a kind',
  'editing.organisation.parent': 'Part of',
  'editing.organisation.parentHint':
    'The organisation it is part of. Leave empty for an organisation at the top level, such as a municipality.',
  'editing.organisation.parentHintEditor':
    'The organisation it is part of. You can choose among the organisations you are a steward of.',
  'editing.organisation.clearParent': 'Remove: place the organisation at the top level',
  'editing.organisation.noParent': 'Top level',
  'editing.organisation.municipalityCode': 'Municipality code',
  'editing.organisation.municipalityCodeHint':
    'The four-digit code of Statistics Sweden, for example 0484.',
  'editing.organisation.hsaId': 'HSA ID',
  'editing.organisation.description': 'Description',
  'editing.organisation.descriptionHint':
    'A couple of sentences on what the organisation does in the network.',
  'editing.organisation.email': 'E-mail',
  'editing.organisation.phone': 'Phone',
  'editing.organisation.website': 'Website',
  'editing.organisation.websiteHint': 'For example www.eskilstuna.se.',
  'editing.organisation.streetAddress': 'Street address',
  'editing.organisation.postalCode': 'Postcode',
  'editing.organisation.city': 'Town',
  'editing.organisation.archive.hidden':
    '{name} disappears from lists, searches and pickers. The details and the history are kept.',
  'editing.organisation.archive.counting': 'Counting people and posts …',
  'editing.organisation.archive.people':
    '{count} people are employed here (including organisations below it).',
  'editing.organisation.archive.peopleMore':
    'More than {count} people are employed here (including organisations below it).',
  'editing.organisation.archive.posts': '{count} posts belong to the organisation.',
  'editing.organisation.archive.children': '{count} organisations are directly below it.',
  'editing.organisation.archive.stay':
    'The people, posts and sub-organisations are not archived. Move or archive them first if they should no longer show.',

  'editing.post.newTitle': 'Add a post',
  'editing.post.editTitle': 'Edit post',
  'editing.post.editTitleNamed': 'Edit {name}',
  'editing.post.newLead':
    'A post is a seat in the network that exists whoever holds it, for example the process lead of a municipality.',
  'editing.post.editLead':
    'Change what is needed and save. Who holds the post is changed with a handover.',
  'editing.post.back': '← Back to the post',
  'editing.post.handoverLink': 'Hand the post over to someone else',
  'editing.post.loading': 'Loading the post …',
  'editing.post.notFound': 'Post not found',
  'editing.post.notFoundBody': 'It may have been removed, or the link is wrong.',
  'editing.post.create': 'Add the post',
  'editing.post.section.what': 'The post',
  'editing.post.section.contact': 'Shared contact details',
  'editing.post.role': 'Role',
  'editing.post.roleHint': 'Type to search, for example “nvk” or “process lead”.',
  'editing.post.organisation': 'Organisation',
  'editing.post.organisationHint': 'The organisation the post belongs to.',
  'editing.post.network': 'Network',
  'editing.post.networkHint': 'Optional. The network or forum the post is part of.',
  'editing.post.clearNetwork': 'Remove the network',
  'editing.post.noNetwork': 'No network',
  'editing.post.title': 'Name of the post',
  'editing.post.titleHint':
    'Optional, when the role’s name is not enough, for example “Care coordinator, Gnesta”.',
  'editing.post.required': 'The network expects the post to be filled',
  'editing.post.requiredHint': 'Without a holder it is then shown as vacant.',
  'editing.post.contactHint': 'Addresses that go with the post, not the person. Optional.',
  'editing.post.functionalEmail': 'Functional mailbox',
  'editing.post.functionalPhone': 'Functional phone',
  'editing.post.note': 'Note',
  'editing.post.noteHint': 'Optional. Visible to everyone in the network.',
  'editing.post.archive.hidden':
    'The post disappears from lists, searches and coverage overviews, and no longer counts as vacant.',
  'editing.post.archive.holders':
    'It is held today by {names}. The assignments stay in the history.',
  'editing.post.archive.history': 'The history of who held the post is kept.',

  'editing.handover.title': 'Handover',
  'editing.handover.lead':
    'Hand a post over to a new person. Whoever holds it today ends the day before, and the history is kept.',
  'editing.handover.loading': 'Loading the post …',
  'editing.handover.steps': 'Steps of the handover',
  'editing.handover.stepDone': '(done)',
  'editing.handover.step.post': 'Post',
  'editing.handover.step.successor': 'Successor',
  'editing.handover.step.when': 'Date',
  'editing.handover.step.preview': 'Review',
  'editing.handover.step.done': 'Done',
  'editing.handover.next': 'Continue',
  'editing.handover.back': 'Back',
  'editing.handover.changePost': 'Choose another post',
  'editing.handover.vacantNow': 'Nobody holds the post today.',
  'editing.handover.vacantShort': 'Vacant',
  'editing.handover.holder.holder': '{name}, since {date}',
  'editing.handover.holder.interim': '{name} (interim), since {date}',
  'editing.handover.holder.deputy': '{name} (deputy), since {date}',
  'editing.handover.post.title': 'Which post is handed over?',
  'editing.handover.post.label': 'Post',
  'editing.handover.post.hint':
    'Search by role, organisation or today’s holder, for example “processledare eskilstuna”.',
  'editing.handover.post.required': 'Choose the post to hand over.',
  'editing.handover.successor.title': 'Who takes over?',
  'editing.handover.successor.mode': 'The successor',
  'editing.handover.successor.existing': 'Is already in the directory',
  'editing.handover.successor.new': 'Is new and needs to be added',
  'editing.handover.successor.label': 'Person',
  'editing.handover.successor.hint': 'Search by name, for example “helena sjöberg”.',
  'editing.handover.successor.required': 'Choose who takes over.',
  'editing.handover.successor.newIntro':
    'Add the person here. Once they are saved, you continue with the date.',
  'editing.handover.when.title': 'When does {name} take over?',
  'editing.handover.when.date': 'First day',
  'editing.handover.when.dateHint':
    'The day the successor starts. Whoever holds the post now ends the day before. The date may be in the future.',
  'editing.handover.when.dateRequired': 'Enter the first day.',
  'editing.handover.when.dateInvalid': 'Write the date as year-month-day, for example 2024-03-01.',
  'editing.handover.when.kind': 'How does the person take over?',
  'editing.handover.kind.holder': 'As the regular holder',
  'editing.handover.kind.holderHint': 'The current holder ends.',
  'editing.handover.kind.interim': 'As interim',
  'editing.handover.kind.interimHint': 'Replaces a current interim, if there is one.',
  'editing.handover.kind.deputy': 'As deputy',
  'editing.handover.kind.deputyHint': 'Replaces a current deputy, if there is one.',
  'editing.handover.when.note': 'Note',
  'editing.handover.when.noteHint': 'Optional, for example “During parental leave”.',
  'editing.handover.toPreview': 'Review the handover',
  'editing.handover.preview.title': 'Is this right?',
  'editing.handover.preview.intro': 'This is how {post} changes:',
  'editing.handover.preview.ends': 'Ends',
  'editing.handover.preview.endsLine': '{name} ends on {date}.',
  'editing.handover.preview.nobody': 'Vacant',
  'editing.handover.preview.nobodyLine': 'Nobody holds the post then, so nobody needs to end.',
  'editing.handover.preview.starts': 'Starts',
  'editing.handover.preview.startsLine.holder': '{name} starts on {date}.',
  'editing.handover.preview.startsLine.interim': '{name} starts as interim on {date}.',
  'editing.handover.preview.startsLine.deputy': '{name} starts as deputy on {date}.',
  'editing.handover.preview.history':
    'History is not overwritten: the earlier assignment is kept with its end date.',
  'editing.handover.confirm': 'Carry out the handover',
  'editing.handover.saving': 'Saving …',
  'editing.handover.done.title': 'The handover is done',
  'editing.handover.done.body': '{name} holds {post} from {date}.',
  'editing.handover.done.onDate': 'Show the post as it is on {date}',
  'editing.handover.done.today': 'Show the post today',
  'editing.handover.done.another': 'Do another handover',
  'editing.handover.problem.already':
    '{name} already holds the post then. Choose another successor or another date.',
  'editing.handover.problem.later':
    '{name} already takes over on {date}, after the date you chose. Choose a date from {date} on, or change that assignment first.',
  'editing.handover.problem.startsAfter':
    '{name} started on {date}. The handover must be after that date.',
  'editing.handover.problem.several':
    'Several people hold the post on that date. End the one who is leaving first, then try again.',

  'editing.archived.title': 'Archive',
  'editing.archived.lead':
    'People, organisations and posts that have been archived. Nothing is deleted: restore what should show in the directory again.',
  'editing.archived.leadEditor':
    'Archived people, organisations and posts in the organisations you are a steward of. Nothing is deleted: restore what should show again.',
  'editing.archived.loading': 'Loading the archive …',
  'editing.archived.people': 'People',
  'editing.archived.organisations': 'Organisations',
  'editing.archived.posts': 'Posts',
  'editing.archived.noPeople': 'No archived people.',
  'editing.archived.noOrganisations': 'No archived organisations.',
  'editing.archived.noPosts': 'No archived posts.',
  'editing.archived.name': 'Name',
  'editing.archived.organisation': 'Organisation',
  'editing.archived.archivedAt': 'Archived',
  'editing.archived.action': 'Action',
  'editing.archived.restore': 'Restore',
  'editing.archived.restoring': 'Restoring …',
  'editing.archived.restored': '{name} has been restored and shows in the directory again.',
  'editing.archived.open': 'Open',
  'editing.archived.failed': '{name} could not be restored.',
};
