/**
 * The source dictionary: Swedish is the default language and every key starts here. `en.ts` must
 * have exactly the same keys (a missing one fails the typecheck and the i18n test).
 * `{name}` placeholders are filled in by `t(key, { name })`.
 */
export const sv = {
  'app.name': 'Nätverkskatalogen',
  'app.tagline': 'Nära vård i Sörmland',

  'shell.skipLink': 'Hoppa till innehållet',
  'shell.primaryNav': 'Huvudmeny',
  'shell.nav.home': 'Start',
  'shell.nav.organisations': 'Organisationer',
  'shell.account': 'Ditt konto',
  'shell.signedInAs': 'Inloggad som',
  'shell.footer.about': 'Katalogen för samverkansnätverket Nära vård i Sörmland.',
  'shell.footer.members': 'Region Sörmland, länets nio kommuner, FoU Sörmland och civilsamhället.',

  'language.label': 'Språk',
  'language.sv': 'Svenska',
  'language.en': 'English',

  'common.loading': 'Laddar …',
  'common.retry': 'Försök igen',

  'auth.signIn.title': 'Logga in',
  'auth.signIn.intro':
    'Katalogen är till för dig som arbetar i nätverket. Logga in med din e-postadress och ditt lösenord.',
  'auth.email': 'E-postadress',
  'auth.password': 'Lösenord',
  'auth.submit': 'Logga in',
  'auth.submitting': 'Loggar in …',
  'auth.emailRequired': 'Skriv din e-postadress.',
  'auth.emailInvalid': 'Skriv e-postadressen i formatet namn@exempel.se.',
  'auth.passwordRequired': 'Skriv ditt lösenord.',
  'auth.fixErrors': 'Rätta uppgifterna som är markerade och försök igen.',
  'auth.signOut': 'Logga ut',
  'auth.signingOut': 'Loggar ut …',
  'auth.signOutFailed': 'Utloggningen misslyckades. Försök igen.',

  'home.title': 'Välkommen till Nätverkskatalogen',
  'home.lead':
    'Nära vård i Sörmland är nätverket där Region Sörmland, länets nio kommuner, FoU Sörmland och civilsamhället arbetar tillsammans för en god och nära vård.',
  'home.lead2':
    'Här ser du vem som har vilken funktion i vilken organisation, sedan när, och vem du kan kontakta när en post är vakant.',
  'home.organisationsLink': 'Se alla organisationer i nätverket',

  'organisations.title': 'Organisationer',
  'organisations.intro':
    'Alla organisationer i nätverket, ordnade efter hur de hänger ihop. Välj en organisation för att se dess funktioner och kontaktpersoner.',
  'organisations.group.region': 'Regionen',
  'organisations.group.municipalities': 'Kommuner',
  'organisations.group.other': 'Övriga organisationer',
  'organisations.empty': 'Det finns inga organisationer att visa.',
  'organisations.loading': 'Laddar organisationer …',

  'organisation.loading': 'Laddar organisationen …',
  'organisation.breadcrumb': 'Brödsmulor',
  'organisation.municipalityCode': 'Kommunkod',
  'organisation.municipalityCodeValue': 'Kommunkod {code}',
  'organisation.shortName': 'Kortnamn',
  'organisation.hsaId': 'HSA-id',
  'organisation.contact': 'Kontaktuppgifter',
  'organisation.phone': 'Telefon',
  'organisation.email': 'E-post',
  'organisation.website': 'Webbplats',
  'organisation.address': 'Adress',
  'organisation.noContact': 'Inga kontaktuppgifter är registrerade.',
  'organisation.children': 'Ingående organisationer',
  'organisation.catchment': 'Upptagningsområde',
  'organisation.catchmentIntro': 'Betjänar dessa kommuner:',
  'organisation.servedBy': 'Betjänas av',
  'organisation.partners': 'Samarbetar med',
  'organisation.posts': 'Funktioner och kontaktpersoner',
  'organisation.noPosts': 'Inga funktioner är registrerade för organisationen.',
  'organisation.asOf': 'Visar läget den {date}.',
  'organisation.showToday': 'Visa dagens läge',
  'organisation.notFound.title': 'Organisationen hittades inte',
  'organisation.notFound.body': 'Den kan ha arkiverats, eller så är länken felaktig.',
  'organisation.backToList': 'Till alla organisationer',

  'post.vacant': 'Vakant',
  'post.vacantSince': 'Vakant sedan {date}',
  'post.network': 'Nätverk: {name}',
  'post.functionalEmail': 'Funktionsbrevlåda',
  'post.functionalPhone': 'Funktionstelefon',
  'post.since': 'Sedan {date}',
  'post.period': '{from} – {to}',
  'post.holders': 'Innehavare',

  'assignment.interim': 'Tillförordnad',
  'assignment.deputy': 'Ersättare',

  'contact.phone': 'Telefon',
  'contact.mobile': 'Mobil',
  'contact.email': 'E-post',

  'kind.region': 'Region',
  'kind.municipality': 'Kommun',
  'kind.hospital': 'Sjukhus',
  'kind.division': 'Division',
  'kind.unit': 'Enhet',
  'kind.primary_care': 'Primärvård',
  'kind.research': 'Forskning och utveckling',
  'kind.civil_society': 'Civilsamhälle',
  'kind.other': 'Övrigt',

  'notFound.title': 'Sidan hittades inte',
  'notFound.body': 'Sidan du söker finns inte, eller så har adressen ändrats.',
  'notFound.home': 'Till startsidan',

  'error.title': 'Något gick fel',
  'error.generic': 'Något gick fel. Försök igen om en stund.',
  'error.network':
    'Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen.',
  'error.invalidCredentials':
    'E-postadressen eller lösenordet stämmer inte. Kontrollera uppgifterna och försök igen.',
  'error.tooManyRequests': 'För många försök på kort tid. Vänta en stund och försök sedan igen.',
  'error.unavailable': 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
  'error.forbidden': 'Du har inte behörighet att se det här.',
  'error.notFound': 'Det du söker finns inte.',
  'error.notSignedIn': 'Du är inte inloggad längre. Logga in igen.',
  'error.validation': 'Uppgifterna är inte giltiga. Rätta det som är markerat och försök igen.',
  'error.pageLoad': 'Sidan kunde inte laddas. Ladda om sidan och försök igen.',
} as const;

export type TranslationKey = keyof typeof sv;
