import type { DemoNetworkData, DemoPost } from './demo-types';

/**
 * Demo data for Nätverket Nära vård i Sörmland.
 *
 * The structure (region, hospitals, municipalities, catchments, networks, roles, focus areas) is
 * real; every person, e-mail address and phone number is fictional. Mobile numbers are taken from
 * the range PTS reserves for fiction (070-174 06 05 – 070-174 06 99); domains end in `.example`.
 */

const REGION_MAIL = 'regionsormland.example';

/** The nine municipalities, in SCB code order. */
const municipalities = [
  {
    ref: 'vingaker',
    name: 'Vingåker',
    officialName: 'Vingåkers kommun',
    code: '0428',
    postalCode: '643 80',
    phone: '0151-19 00 00',
  },
  {
    ref: 'gnesta',
    name: 'Gnesta',
    officialName: 'Gnesta kommun',
    code: '0461',
    postalCode: '646 80',
    phone: '0158-27 50 00',
  },
  {
    ref: 'nykoping',
    name: 'Nyköping',
    officialName: 'Nyköpings kommun',
    code: '0480',
    postalCode: '611 83',
    phone: '0155-24 80 00',
  },
  {
    ref: 'oxelosund',
    name: 'Oxelösund',
    officialName: 'Oxelösunds kommun',
    code: '0481',
    postalCode: '613 81',
    phone: '0155-38 00 00',
  },
  {
    ref: 'flen',
    name: 'Flen',
    officialName: 'Flens kommun',
    code: '0482',
    postalCode: '642 81',
    phone: '0157-43 00 00',
  },
  {
    ref: 'katrineholm',
    name: 'Katrineholm',
    officialName: 'Katrineholms kommun',
    code: '0483',
    postalCode: '641 80',
    phone: '0150-10 00 00',
  },
  {
    ref: 'eskilstuna',
    name: 'Eskilstuna',
    officialName: 'Eskilstuna kommun',
    code: '0484',
    postalCode: '631 86',
    phone: '016-10 00 00',
  },
  {
    ref: 'strangnas',
    name: 'Strängnäs',
    officialName: 'Strängnäs kommun',
    code: '0486',
    postalCode: '645 80',
    phone: '0152-20 00 00',
  },
  {
    ref: 'trosa',
    name: 'Trosa',
    officialName: 'Trosa kommun',
    code: '0488',
    postalCode: '619 80',
    phone: '0156-52 00 00',
  },
] as const;

/** A required post in a municipality: `pl-<ref>`, `nvk-<ref>`, … */
function municipalityPost(
  prefix: string,
  role: string,
  municipality: string,
  network: string,
  extra: Partial<DemoPost> = {},
): DemoPost {
  return {
    ref: `${prefix}-${municipality}`,
    role,
    organisation: municipality,
    network,
    required: true,
    ...extra,
  };
}

export const demoNetwork: DemoNetworkData = {
  organisations: [
    {
      ref: 'region-sormland',
      name: 'Region Sörmland',
      kind: 'region',
      hsaId: 'SE2321000032-1000',
      email: `registrator@${REGION_MAIL}`,
      phone: '0155-10 00 00',
      website: 'https://regionsormland.example',
      postalCode: '611 88',
      city: 'Nyköping',
      description:
        'Regionen ansvarar för hälso- och sjukvården i Sörmland och är tillsammans med länets ' +
        'nio kommuner huvudman för omställningen till en god och nära vård.',
    },
    {
      ref: 'malarsjukhuset',
      name: 'Mälarsjukhuset',
      kind: 'hospital',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-1100',
      phone: '016-10 50 00',
      website: 'https://regionsormland.example/malarsjukhuset',
      postalCode: '631 88',
      city: 'Eskilstuna',
      description: 'Akutsjukhus i Eskilstuna med upptagningsområde Eskilstuna och Strängnäs.',
    },
    {
      ref: 'kullbergska',
      name: 'Kullbergska sjukhuset',
      shortName: 'Kullbergska',
      kind: 'hospital',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-1200',
      phone: '0150-56 00 00',
      website: 'https://regionsormland.example/kullbergska',
      postalCode: '641 85',
      city: 'Katrineholm',
      description: 'Sjukhus i Katrineholm med upptagningsområde Katrineholm, Flen och Vingåker.',
    },
    {
      ref: 'nykopings-lasarett',
      name: 'Nyköpings lasarett',
      kind: 'hospital',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-1300',
      phone: '0155-20 00 00',
      website: 'https://regionsormland.example/nykopings-lasarett',
      postalCode: '611 85',
      city: 'Nyköping',
      description:
        'Akutsjukhus i Nyköping med upptagningsområde Nyköping, Oxelösund, Trosa och Gnesta.',
    },
    {
      ref: 'division-narsjukvard',
      name: 'Division Närsjukvård',
      kind: 'division',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-2100',
      city: 'Nyköping',
      description: 'Vårdcentraler, rehabilitering och närsjukvård i hela länet.',
    },
    {
      ref: 'division-psykiatri',
      name: 'Division Psykiatri',
      kind: 'division',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-2200',
      city: 'Eskilstuna',
      description: 'Vuxenpsykiatri, barn- och ungdomspsykiatri och beroendevård.',
    },
    {
      ref: 'division-kirurgi',
      name: 'Division Kirurgi och akutsjukvård',
      kind: 'division',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-2300',
      city: 'Eskilstuna',
      description: 'Akutmottagningar, operation, ortopedi och kirurgisk slutenvård.',
    },
    {
      ref: 'division-medicin',
      name: 'Division Medicin',
      kind: 'division',
      parent: 'region-sormland',
      hsaId: 'SE2321000032-2400',
      city: 'Katrineholm',
      description: 'Internmedicin, geriatrik och medicinsk slutenvård vid länets tre sjukhus.',
    },
    {
      ref: 'vc-flen',
      name: 'Vårdcentralen Flen',
      kind: 'primary_care',
      parent: 'division-narsjukvard',
      hsaId: 'SE2321000032-3101',
      phone: '0157-44 10 00',
      website: 'https://regionsormland.example/vardcentralen-flen',
      postalCode: '642 37',
      city: 'Flen',
      description: 'Regionens vårdcentral i Flen.',
    },
    {
      ref: 'vuxenpsykiatri-nykoping',
      name: 'Vuxenpsykiatriska mottagningen Nyköping',
      shortName: 'Vuxenpsykiatrin Nyköping',
      kind: 'unit',
      parent: 'division-psykiatri',
      hsaId: 'SE2321000032-3201',
      phone: '0155-20 45 00',
      postalCode: '611 85',
      city: 'Nyköping',
    },
    {
      ref: 'fou-sormland',
      name: 'FoU Sörmland',
      kind: 'research',
      email: 'info@fousormland.example',
      phone: '0155-10 90 00',
      website: 'https://fousormland.example',
      city: 'Nyköping',
      description:
        'Gemensam forsknings- och utvecklingsenhet för länets kommuner och Region Sörmland. ' +
        'Stödjer nätverket med projektledning, kunskapsunderlag och uppföljning.',
    },
    ...municipalities.map((m) => ({
      ref: m.ref,
      name: m.officialName,
      kind: 'municipality' as const,
      municipalityCode: m.code,
      email: `kommun@${m.ref}.example`,
      phone: m.phone,
      website: `https://${m.ref}.example`,
      postalCode: m.postalCode,
      city: m.name,
    })),
    {
      ref: 'anhorigforeningen-sormland',
      name: 'Anhörigföreningen i Sörmland',
      shortName: 'Anhörigföreningen',
      kind: 'civil_society',
      email: 'kontakt@anhorigsormland.example',
      phone: '016-12 34 50',
      website: 'https://anhorigsormland.example',
      city: 'Eskilstuna',
      description:
        'Ideell förening för anhöriga som vårdar eller stödjer en närstående. Samverkar med ' +
        'kommunernas anhörigcentrum och nätverket kring anhörigas perspektiv.',
    },
  ],

  organisationLinks: [
    { kind: 'serves', from: 'malarsjukhuset', to: 'eskilstuna' },
    { kind: 'serves', from: 'malarsjukhuset', to: 'strangnas' },
    { kind: 'serves', from: 'kullbergska', to: 'katrineholm' },
    { kind: 'serves', from: 'kullbergska', to: 'flen' },
    { kind: 'serves', from: 'kullbergska', to: 'vingaker' },
    { kind: 'serves', from: 'nykopings-lasarett', to: 'nykoping' },
    { kind: 'serves', from: 'nykopings-lasarett', to: 'oxelosund' },
    { kind: 'serves', from: 'nykopings-lasarett', to: 'trosa' },
    { kind: 'serves', from: 'nykopings-lasarett', to: 'gnesta' },
    { kind: 'partner', from: 'fou-sormland', to: 'region-sormland' },
    { kind: 'partner', from: 'anhorigforeningen-sormland', to: 'eskilstuna' },
  ],

  topics: [
    {
      key: 'delaktighet-och-personcentrering',
      kind: 'focus_area',
      nameSv: 'Delaktighet och personcentrering',
      nameEn: 'Participation and person-centred care',
      descriptionSv:
        'Tillsammans genom delaktighet och samordning med individens fokus. Individen är ' +
        'delaktig i sin egen vård, behandling och kontroller och får stöd med samordningen.',
      descriptionEn:
        'Together through participation and coordination centred on the individual, who takes ' +
        'part in their own care, treatment and check-ups and gets help coordinating them.',
    },
    {
      key: 'halsoframjande-forebyggande-rehabiliterande',
      kind: 'focus_area',
      nameSv: 'Hälsofrämjande, förebyggande och rehabiliterande',
      nameEn: 'Health promotion, prevention and rehabilitation',
      descriptionSv:
        'God hälsa, vård och omsorg genom hälsofrämjande, förebyggande och rehabiliterande ' +
        'insatser. Medarbetare tar tillvara patientens resurser och skapar förutsättningar för ' +
        'egenvård.',
      descriptionEn:
        'Good health and care through health-promoting, preventive and rehabilitative work. ' +
        "Staff build on the patient's own resources and make self-care possible.",
    },
    {
      key: 'primarvarden-som-nav',
      kind: 'focus_area',
      nameSv: 'Primärvården som nav',
      nameEn: 'Primary care as the hub',
      descriptionSv:
        'Nära genom tillgänglighet och kontinuitet: ofta förekommande vård finns nära och det är ' +
        'lätt att komma i kontakt med vården. Primärvården i region och kommun är navet.',
      descriptionEn:
        'Close through accessibility and continuity: common care is close at hand and easy to ' +
        'reach. Primary care, regional and municipal, is the hub.',
    },
    {
      key: 'digitalisering',
      kind: 'focus_area',
      nameSv: 'Digitalisering',
      nameEn: 'Digitalisation',
      descriptionSv:
        'Vården ges på nya sätt och andra platser, och digitala hjälpmedel underlättar arbetet. ' +
        'En gemensam digitaliseringsstrategi togs fram 2023.',
      descriptionEn:
        'Care is given in new ways and places, and digital tools make the work easier. A joint ' +
        'digitalisation strategy was completed in 2023.',
    },
    {
      key: 'kompetensforsorjning',
      kind: 'focus_area',
      nameSv: 'Kompetensförsörjning',
      nameEn: 'Skills supply',
      descriptionSv:
        'Rätt person på rätt plats och en god arbetsmiljö. Region och kommuner arbetar ' +
        'tillsammans för att trygga kompetensen i vård och omsorg.',
      descriptionEn:
        'The right person in the right place and a good working environment. Region and ' +
        'municipalities work together to secure skills in health and social care.',
    },
    {
      key: 'god-och-nara-vard',
      kind: 'national_mission',
      nameSv: 'God och nära vård',
      nameEn: 'Good and close care',
      descriptionSv:
        'Utgår från individuella förutsättningar och behov, bygger på relationer och är ' +
        'hälsofrämjande, förebyggande och proaktiv. Bidrar till jämlik hälsa, trygghet och ' +
        'självständighet.',
      descriptionEn:
        'Starts from individual circumstances and needs, builds on relationships and is ' +
        'health-promoting, preventive and proactive. Contributes to equal health, security and ' +
        'independence.',
    },
    {
      key: 'kraftsamling-psykisk-halsa',
      kind: 'national_mission',
      nameSv: 'Kraftsamling för psykisk hälsa',
      nameEn: 'Joint effort for mental health',
      descriptionSv:
        'Ett mer hälsofrämjande samhälle och levnadssätt, individer rustade att nå sin fulla ' +
        'potential och välmående, och hållbara stöd till dem som behöver.',
      descriptionEn:
        'A more health-promoting society and way of life, individuals equipped to reach their ' +
        'full potential and well-being, and sustainable support for those who need it.',
    },
    {
      key: 'strategi-for-halsa',
      kind: 'national_mission',
      nameSv: 'Strategi för hälsa',
      nameEn: 'Strategy for health',
      descriptionSv:
        'Nationell strategi för en god och jämlik hälsa, god kvalitet och en hållbar och ' +
        'uthållig hälso- och sjukvård.',
      descriptionEn:
        'National strategy for good and equal health, good quality and a sustainable, ' +
        'resilient health system.',
    },
    {
      key: 'anhorigstod',
      kind: 'other',
      nameSv: 'Anhörigstöd',
      nameEn: 'Support for family carers',
      descriptionSv:
        'Stöd till anhöriga som vårdar i hemmet, bland annat en backup-plan när den anhörige ' +
        'själv blir sjuk.',
      descriptionEn:
        'Support for family members who provide care at home, including a backup plan when ' +
        'the carer falls ill.',
    },
    {
      key: 'egenvard',
      kind: 'other',
      nameSv: 'Egenvård',
      nameEn: 'Self-care',
      descriptionSv:
        'Att utveckla egenvården och samverkansöverenskommelser om egenvård, till exempel under ' +
        'korttidsvistelse inom LSS för barn och unga.',
      descriptionEn:
        'Developing self-care and joint agreements on self-care, for instance during short ' +
        'stays under LSS for children and young people.',
    },
  ],

  roles: [
    {
      key: 'processledare-kommun',
      nameSv: 'Processledare (kommun)',
      nameEn: 'Process lead (municipality)',
      descriptionSv:
        'Kommunens representant i Nätverket Nära vård i Sörmland. Processledaren driver ' +
        'omställningen till nära vård i den egna kommunen, för ut nätverkets beslut och ' +
        'arbetssätt till verksamheterna och tar med kommunens behov tillbaka. Varje kommun har ' +
        'en processledare.',
      descriptionEn:
        "The municipality's representative in the Nära vård network. The process lead drives " +
        "the shift to close care locally, brings the network's decisions and ways of working " +
        "to the municipality's services and brings its needs back. Each municipality has one.",
      synonyms: ['PL', 'processledare', 'processledare nära vård', 'kommunal processledare'],
    },
    {
      key: 'processledare-region',
      nameSv: 'Processledare (region)',
      nameEn: 'Process lead (region)',
      descriptionSv:
        'Regionens sammanhållande processledare för Nära vård i Sörmland. Planerar och leder ' +
        'nätverksträffarna, följer upp Färdplan Nära vård och hälsa och är länken mellan ' +
        'nätverket, divisionerna och den politiska styrningen. Första kontakt för nya i nätverket.',
      descriptionEn:
        'The regional process lead who holds the Nära vård network together: plans and chairs ' +
        'network meetings, follows up the roadmap and links the network, the divisions and ' +
        'political governance. First contact for newcomers.',
      synonyms: ['PL', 'regional processledare', 'processledare nära vård', 'nätverksledare'],
    },
    {
      key: 'narvardskoordinator',
      nameSv: 'Närvårdskoordinator',
      nameEn: 'Care coordinator (municipality)',
      descriptionSv:
        'Kommunens kontaktperson när en invånare skrivs ut från sjukhus. Tar emot ' +
        'inskrivningsmeddelanden, samordnar kommunens insatser inför hemgång och kallar till ' +
        'samordnad individuell plan (SIP) vid behov. Arbetar nära sjukhuskoordinatorerna och ' +
        'vårdcentralernas fasta vårdkontakter.',
      descriptionEn:
        "The municipality's contact when a resident is discharged from hospital. Receives " +
        'admission notices, coordinates municipal services before the patient goes home and ' +
        'calls coordinated individual planning (SIP) meetings when needed.',
      synonyms: ['nvk', 'NVK', 'närvårdssamordnare', 'vårdkoordinator', 'samordnare hemgång'],
    },
    {
      key: 'sjukhuskoordinator',
      nameSv: 'Sjukhuskoordinator',
      nameEn: 'Hospital discharge coordinator',
      descriptionSv:
        'Sjukhusets kontaktperson mot kommunerna i upptagningsområdet vid in- och utskrivning. ' +
        'Följer patienter som behöver kommunala insatser efter utskrivning, bevakar att ' +
        'planeringen blir klar i tid och löser ärenden som fastnat mellan avdelning och kommun.',
      descriptionEn:
        "The hospital's contact for the municipalities in its catchment area at admission and " +
        'discharge. Follows patients who need municipal services afterwards and resolves cases ' +
        'that get stuck between ward and municipality.',
      synonyms: ['sjk', 'SJK', 'utskrivningskoordinator', 'SSK koordinator', 'vårdplanerare'],
    },
    {
      key: 'utvecklingsledare',
      nameSv: 'Utvecklingsledare (division)',
      nameEn: 'Development lead (division)',
      descriptionSv:
        'Divisionens utvecklingsledare för nära vård. Översätter färdplanens fokusområden till ' +
        'förbättringsarbete i divisionens verksamheter och företräder divisionen i nätverket ' +
        'och i länsprogramområdena (LPO).',
      descriptionEn:
        "The division's development lead for close care. Turns the roadmap's focus areas into " +
        'improvement work in the division and represents it in the network and in the county ' +
        'programme areas (LPO).',
      synonyms: ['UL', 'utvecklare', 'verksamhetsutvecklare', 'divisionsutvecklare'],
    },
    {
      key: 'projektledare',
      nameSv: 'Projektledare',
      nameEn: 'Project manager',
      descriptionSv:
        'Leder ett tidsbegränsat utvecklingsarbete inom nätverket, till exempel Tillsammans för ' +
        'barnen eller Tillsammans för unga vuxna. Ansvarar för projektplan, uppföljning och ' +
        'rapportering och för att resultaten förs över till ordinarie samverkansstruktur.',
      descriptionEn:
        'Leads a time-limited development effort in the network, such as Together for the ' +
        'children. Owns the plan, follow-up and reporting, and hands results over to the ' +
        'permanent collaboration structure.',
      synonyms: ['PjL', 'projektansvarig', 'projektkoordinator'],
    },
    {
      key: 'folkhalsostrateg',
      nameSv: 'Folkhälsostrateg',
      nameEn: 'Public health strategist',
      descriptionSv:
        'Bidrar med folkhälsoperspektivet i nätverket: jämlik hälsa, hälsofrämjande och ' +
        'förebyggande arbete och kunskapsunderlag om befolkningens hälsa. Nätverket efterfrågar ' +
        'rollen ("Folkhälsoperspektivet önskas").',
      descriptionEn:
        'Brings the public health perspective to the network: equal health, health promotion, ' +
        'prevention and data on population health. The network has asked for this role.',
      synonyms: ['folkhälsa', 'folkhälsoplanerare', 'folkhälsosamordnare', 'FHS'],
    },
    {
      key: 'samordnare-civilsamhalle',
      nameSv: 'Samordnare civilsamhälle',
      nameEn: 'Civil society coordinator',
      descriptionSv:
        'Civilsamhällets kontaktperson i nätverket. För fram invånares, anhörigas och ' +
        'pensionärers frågor och förmedlar frivilliga som vill delta i utveckling och test av ' +
        'nya arbetssätt och digitala tjänster.',
      descriptionEn:
        "Civil society's contact in the network. Brings the questions of residents, family " +
        'carers and pensioners and finds volunteers for developing and testing new services.',
      synonyms: ['civilsamhälle', 'föreningssamordnare', 'ideell sektor', 'frivilligsamordnare'],
    },
    {
      key: 'mas',
      nameSv: 'Medicinskt ansvarig sjuksköterska (MAS)',
      nameEn: 'Medically responsible nurse (MAS)',
      descriptionSv:
        'Ansvarar för patientsäkerheten i kommunens hälso- och sjukvård. Tar fram rutiner, ' +
        'utreder avvikelser och är en viktig part när riktlinjen för Trygg och effektiv ' +
        'utskrivning följs upp.',
      descriptionEn:
        "Responsible for patient safety in the municipality's health care. Writes procedures, " +
        'investigates incidents and takes part in following up the safe discharge guideline.',
      synonyms: ['MAS', 'medicinskt ansvarig', 'MAR'],
    },
  ],

  roleCounterparts: [
    {
      a: 'sjukhuskoordinator',
      b: 'narvardskoordinator',
      descriptionSv:
        'Vid in- och utskrivning från sjukhus enligt Trygg och effektiv utskrivning: när en ' +
        'patient behöver kommunala insatser efter hemgång.',
      descriptionEn:
        'At admission and discharge under the safe and effective discharge guideline, when a ' +
        'patient will need municipal services at home.',
    },
    {
      a: 'processledare-kommun',
      b: 'processledare-region',
      descriptionSv:
        'Vid nätverksträffar och i planeringen av gemensamma utvecklingsarbeten; den regionala ' +
        'processledaren samordnar kommunernas processledare.',
      descriptionEn:
        'At network meetings and when planning joint development work; the regional process ' +
        'lead coordinates the municipal process leads.',
    },
    {
      a: 'utvecklingsledare',
      b: 'processledare-kommun',
      descriptionSv:
        'När divisionens förbättringsarbete berör kommunens verksamheter, till exempel ' +
        'gemensamma team över huvudmannagränser.',
      descriptionEn:
        "When a division's improvement work affects municipal services, for example joint " +
        'teams across organisational boundaries.',
    },
    {
      a: 'narvardskoordinator',
      b: 'narvardskoordinator',
      descriptionSv:
        'Kollegor i andra kommuner: erfarenhetsutbyte, gemensamma rutiner och när en invånare ' +
        'flyttar eller vistas i en annan kommun.',
      descriptionEn:
        'Peers in other municipalities: sharing experience and routines, and when a resident ' +
        'moves or stays in another municipality.',
    },
    {
      a: 'processledare-kommun',
      b: 'processledare-kommun',
      descriptionSv:
        'Kollegor i nätverket som delar erfarenheter och arbetssätt mellan kommunerna.',
      descriptionEn: 'Peers in the network sharing experience and ways of working.',
    },
    {
      a: 'projektledare',
      b: 'processledare-region',
      descriptionSv:
        'Vid uppstart och avrapportering av projekt, och när resultat ska föras in i ordinarie ' +
        'samverkansstruktur.',
      descriptionEn:
        'When a project starts and reports, and when results move into the permanent ' +
        'collaboration structure.',
    },
    {
      a: 'mas',
      b: 'sjukhuskoordinator',
      descriptionSv:
        'Vid avvikelser i samband med utskrivning och vid uppföljning av gemensamma rutiner.',
      descriptionEn: 'When incidents occur around discharge and when joint routines are reviewed.',
    },
    {
      a: 'samordnare-civilsamhalle',
      b: 'processledare-kommun',
      descriptionSv:
        'När invånar- och anhörigperspektivet ska tas tillvara i kommunens utvecklingsarbete.',
      descriptionEn:
        "When the views of residents and family carers should shape the municipality's work.",
    },
    {
      a: 'folkhalsostrateg',
      b: 'processledare-region',
      descriptionSv: 'När folkhälsoperspektivet ska in i färdplanens fokusområden.',
      descriptionEn:
        "When the public health perspective is brought into the roadmap's focus areas.",
    },
  ],

  networks: [
    {
      ref: 'nara-vard',
      name: 'Nätverket Nära vård i Sörmland',
      shortName: 'Nära vård',
      kind: 'network',
      description:
        'Samverkansnätverket för omställningen till en god och nära vård i Sörmland, där Region ' +
        'Sörmland, länets nio kommuner och FoU Sörmland arbetar tillsammans. Nätverket har gått ' +
        'från projekt till ordinarie samverkansstruktur och utgår från den gemensamma målbilden ' +
        'för Nära vård i Sörmland 2035 och Färdplan Nära vård och hälsa (antagen 9 februari ' +
        '2024). I nätverket finns processledare från de nio kommunerna, närvårdskoordinatorer, ' +
        'sjukhuskoordinatorer och utvecklingsledare från divisionerna.',
      topics: [
        'delaktighet-och-personcentrering',
        'halsoframjande-forebyggande-rehabiliterande',
        'primarvarden-som-nav',
        'digitalisering',
        'kompetensforsorjning',
        'god-och-nara-vard',
        'kraftsamling-psykisk-halsa',
        'strategi-for-halsa',
      ],
      organisations: [
        'region-sormland',
        'malarsjukhuset',
        'kullbergska',
        'nykopings-lasarett',
        ...municipalities.map((m) => m.ref),
        'fou-sormland',
      ],
    },
    {
      ref: 'lpo-aldres-halsa',
      name: 'LPO Äldres hälsa',
      kind: 'programme_area',
      parent: 'nara-vard',
      description:
        'Länsprogramområdet för äldres hälsa samlar region och kommuner kring gemensamma ' +
        'utvecklingsarbeten för äldre med stora och sammansatta behov. Här hanteras bland annat ' +
        'en backup-plan när anhöriga som vårdar i hemmet själva blir sjuka, så att den ' +
        'närstående slipper läggas in på sjukhus.',
      topics: [
        'delaktighet-och-personcentrering',
        'primarvarden-som-nav',
        'god-och-nara-vard',
        'anhorigstod',
      ],
      organisations: [
        'region-sormland',
        'division-medicin',
        'division-narsjukvard',
        'eskilstuna',
        'katrineholm',
        'nykoping',
        'strangnas',
        'fou-sormland',
        'anhorigforeningen-sormland',
      ],
    },
    {
      ref: 'lpo-psykisk-halsa',
      name: 'LPO Psykisk hälsa',
      kind: 'programme_area',
      parent: 'nara-vard',
      description:
        'Länsprogramområdet för psykisk hälsa driver gemensamt utvecklingsarbete utifrån ' +
        'Kraftsamling för psykisk hälsa: hälsofrämjande insatser, tidiga och samordnade ' +
        'insatser och hållbara stöd till dem som behöver.',
      topics: [
        'kraftsamling-psykisk-halsa',
        'halsoframjande-forebyggande-rehabiliterande',
        'delaktighet-och-personcentrering',
      ],
      organisations: [
        'region-sormland',
        'division-psykiatri',
        'eskilstuna',
        'nykoping',
        'katrineholm',
        'flen',
        'fou-sormland',
      ],
    },
    {
      ref: 'trygg-utskrivning',
      name: 'Trygg och effektiv utskrivning',
      kind: 'forum',
      parent: 'nara-vard',
      description:
        'Forum för samverkan vid utskrivning från sluten hälso- och sjukvård enligt den ' +
        'reviderade riktlinjen Trygg hemgång och effektiv samverkan med processkarta. Här möts ' +
        'sjukhuskoordinatorer och kommunernas närvårdskoordinatorer för att följa upp flöden och ' +
        'lösa gemensamma frågor, till exempel att vårdkontrakt når kommunen.',
      topics: ['delaktighet-och-personcentrering', 'primarvarden-som-nav', 'digitalisering'],
      organisations: [
        'region-sormland',
        'malarsjukhuset',
        'kullbergska',
        'nykopings-lasarett',
        ...municipalities.map((m) => m.ref),
      ],
    },
    {
      ref: 'tillsammans-barnen',
      name: 'Tillsammans för barnen',
      kind: 'project',
      parent: 'nara-vard',
      description:
        'Gemensamt utvecklingsarbete för barn och unga i Sörmland, med bland annat ' +
        'samverkansöverenskommelsen om egenvård under korttidsvistelse inom LSS för barn och ' +
        'unga under 18 år och Yrkesresan Barn och unga. Konferensen Tillsammans för barnen ' +
        'hölls i november 2023.',
      topics: ['halsoframjande-forebyggande-rehabiliterande', 'egenvard', 'kompetensforsorjning'],
      organisations: [
        'region-sormland',
        'fou-sormland',
        'eskilstuna',
        'katrineholm',
        'nykoping',
        'flen',
        'strangnas',
      ],
    },
    {
      ref: 'tillsammans-unga-vuxna',
      name: 'Tillsammans för unga vuxna',
      kind: 'project',
      parent: 'nara-vard',
      description:
        'Projekt för unga vuxna med behov av samordnat stöd från region och kommun, med fokus på ' +
        'psykisk hälsa och övergången från barn- till vuxenverksamhet. Förlängning beslutad 2023.',
      topics: ['kraftsamling-psykisk-halsa', 'delaktighet-och-personcentrering'],
      organisations: [
        'region-sormland',
        'division-psykiatri',
        'fou-sormland',
        'eskilstuna',
        'nykoping',
        'oxelosund',
        'trosa',
      ],
    },
  ],

  people: [
    // --- Region Sörmland -------------------------------------------------------------------------
    {
      ref: 'helena-sjoberg',
      organisation: 'region-sormland',
      givenName: 'Helena',
      familyName: 'Sjöberg',
      title: 'Processledare Nära vård',
      email: `helena.sjoberg@${REGION_MAIL}`,
      phone: '0155-10 21 40',
      mobile: '070-174 06 05',
      bio: 'Fråga mig om nätverkets struktur, färdplanen och hur du kommer in i arbetet.',
      languages: ['sv', 'en'],
      topics: ['god-och-nara-vard', 'delaktighet-och-personcentrering', 'primarvarden-som-nav'],
      lastVerifiedAt: '2026-10-05',
    },
    {
      ref: 'magnus-eklund',
      organisation: 'region-sormland',
      givenName: 'Magnus',
      familyName: 'Eklund',
      title: 'Utvecklingsledare, regionledningskontoret',
      email: `magnus.eklund@${REGION_MAIL}`,
      phone: '0155-10 21 47',
      mobile: '070-1740606',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-06-18',
    },
    {
      ref: 'lena-mattsson',
      organisation: 'region-sormland',
      givenName: 'Lena',
      familyName: 'Mattsson',
      title: 'Kommunikatör, Nära vård',
      email: `lena.mattsson@${REGION_MAIL}`,
      phone: '0155-10 21 52',
      bio: 'Fråga mig om nyhetsbrev, intranätet och material om Nära vård.',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-03-02',
    },
    {
      ref: 'kristoffer-dahl',
      organisation: 'region-sormland',
      givenName: 'Kristoffer',
      familyName: 'Dahl',
      title: 'Digitaliseringsstrateg',
      email: `kristoffer.dahl@${REGION_MAIL}`,
      mobile: '+46 70 174 06 07',
      bio: 'Fråga mig om digitaliseringsstrategin och digitala vårdmöten.',
      languages: ['sv', 'en'],
      topics: ['digitalisering'],
      lastVerifiedAt: '2026-09-14',
    },
    {
      ref: 'sara-nyberg',
      organisation: 'region-sormland',
      givenName: 'Sara',
      familyName: 'Nyberg',
      title: 'HR-strateg, kompetensförsörjning',
      email: `sara.nyberg@${REGION_MAIL}`,
      phone: '0155-10 22 08',
      languages: ['sv', 'en'],
      topics: ['kompetensforsorjning'],
      lastVerifiedAt: '2025-02-11',
    },
    {
      ref: 'tove-gransmark',
      organisation: 'division-narsjukvard',
      givenName: 'Tove',
      familyName: 'Gränsmark',
      title: 'Utvecklingsledare Nära vård',
      email: `tove.gransmark@${REGION_MAIL}`,
      phone: '0155-10 23 11',
      mobile: '070-174 06 08',
      bio: 'Fråga mig om hur nätverket byggdes upp 2021–2024 och om primärvårdens utveckling.',
      languages: ['sv', 'en'],
      topics: ['primarvarden-som-nav', 'god-och-nara-vard'],
      lastVerifiedAt: '2026-04-22',
    },
    {
      ref: 'anders-berg',
      organisation: 'division-narsjukvard',
      givenName: 'Anders',
      familyName: 'Berg',
      title: 'Verksamhetschef, primärvård',
      email: `anders.berg@${REGION_MAIL}`,
      phone: '0155-10 23 30',
      languages: ['sv'],
      lastVerifiedAt: '2024-05-14',
    },
    {
      ref: 'jorgen-nystrom-aberg',
      organisation: 'division-psykiatri',
      givenName: 'Jörgen',
      familyName: 'Nyström-Åberg',
      title: 'Utvecklingsledare, Division Psykiatri',
      email: `jorgen.nystrom-aberg@${REGION_MAIL}`,
      phone: '016-10 46 12',
      mobile: '070-174 06 09',
      bio: 'Fråga mig om psykiatrins samverkan med kommunerna och SIP.',
      languages: ['sv', 'en'],
      topics: ['kraftsamling-psykisk-halsa'],
      lastVerifiedAt: '2026-08-30',
    },
    {
      ref: 'mohammed-haddad',
      organisation: 'division-psykiatri',
      givenName: 'Mohammed',
      familyName: 'Haddad',
      title: 'Psykolog, utvecklingsledare LPO Psykisk hälsa',
      email: `mohammed.haddad@${REGION_MAIL}`,
      mobile: '070-1740610',
      languages: ['sv', 'ar', 'en'],
      topics: ['kraftsamling-psykisk-halsa', 'halsoframjande-forebyggande-rehabiliterande'],
      lastVerifiedAt: '2026-05-19',
    },
    {
      ref: 'camilla-forsberg',
      organisation: 'division-kirurgi',
      givenName: 'Camilla',
      familyName: 'Forsberg',
      title: 'Sjuksköterska, utvecklingsledare',
      email: `camilla.forsberg@${REGION_MAIL}`,
      phone: '016-10 47 25',
      mobile: '070-174 06 11',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-01-27',
    },
    {
      ref: 'erik-lundgren',
      organisation: 'division-medicin',
      givenName: 'Erik',
      familyName: 'Lundgren',
      title: 'Utvecklingsledare, Division Medicin',
      email: `erik.lundgren@${REGION_MAIL}`,
      phone: '0150-56 12 04',
      mobile: '070-174 06 12',
      languages: ['sv', 'en'],
      topics: ['kompetensforsorjning'],
      lastVerifiedAt: '2026-07-01',
    },
    {
      ref: 'eva-lindahl',
      organisation: 'division-medicin',
      givenName: 'Eva',
      familyName: 'Lindahl',
      title: 'Specialistsjuksköterska geriatrik, samordnare LPO Äldres hälsa',
      email: `eva.lindahl@${REGION_MAIL}`,
      mobile: '070 174 06 13',
      bio: 'Fråga mig om äldres hälsa, fallprevention och läkemedelsgenomgångar.',
      languages: ['sv'],
      topics: ['halsoframjande-forebyggande-rehabiliterande', 'anhorigstod'],
      lastVerifiedAt: '2026-02-16',
    },
    {
      ref: 'susanne-wikstrom',
      organisation: 'vc-flen',
      givenName: 'Susanne',
      familyName: 'Wikström',
      title: 'Distriktssköterska, fast vårdkontakt',
      email: `susanne.wikstrom@${REGION_MAIL}`,
      phone: '0157-44 10 21',
      languages: ['sv'],
      topics: ['primarvarden-som-nav'],
      lastVerifiedAt: '2026-03-09',
    },
    {
      ref: 'daniel-hedberg',
      organisation: 'vc-flen',
      givenName: 'Daniel',
      familyName: 'Hedberg',
      title: 'Verksamhetschef, Vårdcentralen Flen',
      email: `daniel.hedberg@${REGION_MAIL}`,
      phone: '0157-44 10 02',
      mobile: '070-174 06 14',
      mobileVisibility: 'organisation',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2025-12-03',
    },
    {
      ref: 'aleksandra-nowak',
      organisation: 'vuxenpsykiatri-nykoping',
      givenName: 'Aleksandra',
      familyName: 'Nowak',
      title: 'Kurator, vuxenpsykiatri',
      email: `aleksandra.nowak@${REGION_MAIL}`,
      phone: '0155-20 45 18',
      languages: ['sv', 'pl', 'en'],
      topics: ['kraftsamling-psykisk-halsa'],
      lastVerifiedAt: '2026-06-04',
    },
    // --- Hospitals -------------------------------------------------------------------------------
    {
      ref: 'malin-bergstrom',
      organisation: 'malarsjukhuset',
      givenName: 'Malin',
      familyName: 'Bergström',
      title: 'Sjuksköterska, sjukhuskoordinator',
      email: `malin.bergstrom@${REGION_MAIL}`,
      phone: '016-10 52 31',
      mobile: '070-174 06 15',
      bio: 'Fråga mig om utskrivningsflödet på Mälarsjukhuset.',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-09-08',
    },
    {
      ref: 'rene-muller',
      organisation: 'malarsjukhuset',
      givenName: 'René',
      familyName: 'Müller',
      title: 'Sjuksköterska, sjukhuskoordinator',
      email: `rene.muller@${REGION_MAIL}`,
      phone: '016-10 52 36',
      mobile: '+46 70 174 06 16',
      languages: ['sv', 'de', 'en'],
      lastVerifiedAt: '2026-05-11',
    },
    {
      ref: 'fredrik-lindgren',
      organisation: 'malarsjukhuset',
      givenName: 'Fredrik',
      familyName: 'Lindgren',
      title: 'Avdelningschef, akutvårdsavdelningen',
      email: `fredrik.lindgren@${REGION_MAIL}`,
      phone: '016-10 53 02',
      languages: ['sv'],
    },
    {
      ref: 'johanna-sandberg',
      organisation: 'malarsjukhuset',
      givenName: 'Johanna',
      familyName: 'Sandberg',
      title: 'Kurator, akutmottagningen',
      email: `johanna.sandberg@${REGION_MAIL}`,
      phone: '016-10 53 40',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-01-13',
    },
    {
      ref: 'elin-sjoqvist',
      organisation: 'kullbergska',
      givenName: 'Elin',
      familyName: 'Sjöqvist',
      title: 'Sjuksköterska, sjukhuskoordinator',
      email: `elin.sjoqvist@${REGION_MAIL}`,
      phone: '0150-56 20 14',
      mobile: '070-174 06 17',
      bio: 'Fråga mig om utskrivning från Kullbergska till Katrineholm, Flen och Vingåker.',
      languages: ['sv', 'en'],
      topics: ['delaktighet-och-personcentrering'],
      lastVerifiedAt: '2026-10-20',
    },
    {
      ref: 'therese-hansson',
      organisation: 'kullbergska',
      givenName: 'Therese',
      familyName: 'Hansson',
      title: 'Sjuksköterska, medicinavdelningen',
      email: `therese.hansson@${REGION_MAIL}`,
      phone: '0150-56 20 33',
      mobile: '0701740618',
      languages: ['sv'],
      lastVerifiedAt: '2026-04-07',
    },
    {
      ref: 'ingrid-svensson',
      organisation: 'kullbergska',
      givenName: 'Ingrid',
      familyName: 'Svensson',
      title: 'Avdelningschef, medicinavdelning 3',
      email: `ingrid.svensson@${REGION_MAIL}`,
      phone: '0150-56 20 50',
      languages: ['sv'],
      lastVerifiedAt: '2025-03-10',
    },
    {
      ref: 'per-gustafsson',
      organisation: 'nykopings-lasarett',
      givenName: 'Per',
      familyName: 'Gustafsson',
      title: 'Sjuksköterska, sjukhuskoordinator',
      email: `per.gustafsson@${REGION_MAIL}`,
      phone: '0155-20 31 17',
      phoneVisibility: 'organisation',
      mobile: '070-174 06 19',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-07-23',
    },
    {
      ref: 'marie-lindberg',
      organisation: 'nykopings-lasarett',
      givenName: 'Marie',
      familyName: 'Lindberg',
      title: 'Undersköterska, samordnare utskrivning',
      email: `marie.lindberg@${REGION_MAIL}`,
      phone: '0155-20 31 19',
      languages: ['sv', 'fi'],
      lastVerifiedAt: '2026-02-02',
    },
    // --- FoU Sörmland ----------------------------------------------------------------------------
    {
      ref: 'sofia-ekstrom',
      organisation: 'fou-sormland',
      givenName: 'Sofia',
      familyName: 'Ekström',
      title: 'Projektledare Nära vård',
      email: 'sofia.ekstrom@fousormland.example',
      mobile: '070-174 06 20',
      bio: 'Fråga mig om målbilden 2035, uppföljning och projektrapporten.',
      languages: ['sv', 'en'],
      topics: ['god-och-nara-vard', 'delaktighet-och-personcentrering'],
      lastVerifiedAt: '2026-09-29',
    },
    {
      ref: 'jonas-wallin',
      organisation: 'fou-sormland',
      givenName: 'Jonas',
      familyName: 'Wallin',
      title: 'Projektledare, Tillsammans för unga vuxna',
      email: 'jonas.wallin@fousormland.example',
      mobile: '070-174 06 21',
      languages: ['sv', 'en'],
      topics: ['kraftsamling-psykisk-halsa'],
      lastVerifiedAt: '2026-03-30',
    },
    {
      ref: 'ida-hedlund',
      organisation: 'fou-sormland',
      givenName: 'Ida',
      familyName: 'Hedlund',
      title: 'FoU-handledare, projektledare Tillsammans för barnen',
      email: 'ida.hedlund@fousormland.example',
      mobile: '070-1740622',
      bio: 'Fråga mig om Yrkesresan Barn och unga och egenvård inom LSS.',
      languages: ['sv', 'en'],
      topics: ['egenvard', 'kompetensforsorjning'],
      lastVerifiedAt: '2026-08-12',
    },
    {
      ref: 'marianne-blom',
      organisation: 'fou-sormland',
      givenName: 'Marianne',
      familyName: 'Blom',
      title: 'Forskningsledare',
      email: 'marianne.blom@fousormland.example',
      phone: '0155-10 90 12',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2025-11-24',
    },
    // --- Civil society ---------------------------------------------------------------------------
    {
      ref: 'gun-britt-wahlstrom',
      organisation: 'anhorigforeningen-sormland',
      givenName: 'Gun-Britt',
      familyName: 'Wahlström',
      title: 'Samordnare, Anhörigföreningen i Sörmland',
      email: 'gun-britt.wahlstrom@anhorigsormland.example',
      phone: '016-12 34 51',
      mobile: '070-174 06 23',
      bio: 'Fråga mig om anhörigas perspektiv och om pensionärer som vill testa digitala tjänster.',
      languages: ['sv'],
      topics: ['anhorigstod', 'digitalisering'],
      lastVerifiedAt: '2026-05-06',
    },
    {
      ref: 'rolf-sundberg',
      organisation: 'anhorigforeningen-sormland',
      givenName: 'Rolf',
      familyName: 'Sundberg',
      title: 'Ordförande, Anhörigföreningen i Sörmland',
      email: 'rolf.sundberg@anhorigsormland.example',
      mobile: '070-174 06 24',
      mobileVisibility: 'organisation',
      languages: ['sv'],
    },
    // --- Vingåker --------------------------------------------------------------------------------
    {
      ref: 'eva-nilsson',
      organisation: 'vingaker',
      givenName: 'Eva',
      familyName: 'Nilsson',
      title: 'Processledare Nära vård',
      email: 'eva.nilsson@vingaker.example',
      phone: '0151-19 11 20',
      mobile: '070-174 06 25',
      languages: ['sv'],
      lastVerifiedAt: '2026-06-10',
    },
    {
      ref: 'sara-pettersson',
      organisation: 'vingaker',
      givenName: 'Sara',
      familyName: 'Pettersson',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'sara.pettersson@vingaker.example',
      phone: '0151-19 11 34',
      mobile: '070-174 06 26',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-09-01',
    },
    {
      ref: 'lena-axelsson',
      organisation: 'vingaker',
      givenName: 'Lena',
      familyName: 'Axelsson',
      title: 'Sjuksköterska',
      email: 'lena.axelsson@vingaker.example',
      phone: '0151-19 11 35',
      languages: ['sv'],
    },
    // --- Gnesta ----------------------------------------------------------------------------------
    {
      ref: 'peter-holm',
      organisation: 'gnesta',
      givenName: 'Peter',
      familyName: 'Holm',
      title: 'Processledare Nära vård',
      email: 'peter.holm@gnesta.example',
      phone: '0158-27 51 10',
      mobile: '070-174 06 27',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2025-01-20',
    },
    {
      ref: 'maria-gustafsson',
      organisation: 'gnesta',
      givenName: 'Maria',
      familyName: 'Gustafsson',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'maria.gustafsson@gnesta.example',
      phone: '0158-27 51 42',
      mobile: '070-174 06 28',
      languages: ['sv'],
      lastVerifiedAt: '2026-02-24',
    },
    // --- Nyköping --------------------------------------------------------------------------------
    {
      ref: 'lars-johansson',
      organisation: 'nykoping',
      givenName: 'Lars',
      familyName: 'Johansson',
      title: 'Processledare Nära vård',
      email: 'lars.johansson@nykoping.example',
      phone: '0155-24 81 15',
      mobile: '070-174 06 29',
      bio: 'Fråga mig om hemsjukvården i Nyköping och gemensamma team med vårdcentralerna.',
      languages: ['sv', 'en'],
      topics: ['primarvarden-som-nav'],
      lastVerifiedAt: '2026-10-12',
    },
    {
      ref: 'amira-hassan',
      organisation: 'nykoping',
      givenName: 'Amira',
      familyName: 'Hassan',
      title: 'Socionom, närvårdskoordinator',
      email: 'amira.hassan@nykoping.example',
      phone: '0155-24 82 60',
      mobile: '070-174 06 30',
      languages: ['sv', 'ar', 'en'],
      lastVerifiedAt: '2026-04-15',
    },
    {
      ref: 'annika-sundstrom',
      organisation: 'nykoping',
      givenName: 'Annika',
      familyName: 'Sundström',
      title: 'Medicinskt ansvarig sjuksköterska',
      email: 'annika.sundstrom@nykoping.example',
      phone: '0155-24 82 01',
      languages: ['sv'],
      lastVerifiedAt: '2026-01-19',
    },
    {
      ref: 'kristina-ahlgren',
      organisation: 'nykoping',
      givenName: 'Kristina',
      familyName: 'Ahlgren',
      title: 'Folkhälsoplanerare',
      email: 'kristina.ahlgren@nykoping.example',
      phone: '0155-24 83 77',
      bio: 'Fråga mig om folkhälsodata för Nyköping och hälsofrämjande arbete med föreningar.',
      languages: ['sv', 'en'],
      topics: ['halsoframjande-forebyggande-rehabiliterande', 'strategi-for-halsa'],
      lastVerifiedAt: '2026-07-08',
    },
    // --- Oxelösund -------------------------------------------------------------------------------
    {
      ref: 'kerstin-larsson',
      organisation: 'oxelosund',
      givenName: 'Kerstin',
      familyName: 'Larsson',
      title: 'Processledare Nära vård',
      email: 'kerstin.larsson@oxelosund.example',
      phone: '0155-38 01 22',
      mobile: '070-174 06 32',
      languages: ['sv'],
      lastVerifiedAt: '2026-05-27',
    },
    {
      ref: 'hanna-virtanen',
      organisation: 'oxelosund',
      givenName: 'Hanna',
      familyName: 'Virtanen',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'hanna.virtanen@oxelosund.example',
      phone: '0155-38 01 45',
      mobile: '070-174 06 33',
      languages: ['sv', 'fi', 'en'],
      lastVerifiedAt: '2024-11-02',
    },
    // --- Flen ------------------------------------------------------------------------------------
    {
      ref: 'mikael-olsson',
      organisation: 'flen',
      givenName: 'Mikael',
      familyName: 'Olsson',
      title: 'Processledare Nära vård',
      email: 'mikael.olsson@flen.example',
      phone: '0157-43 02 18',
      mobile: '070-174 06 34',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-08-25',
    },
    {
      ref: 'jenny-lund',
      organisation: 'flen',
      givenName: 'Jenny',
      familyName: 'Lund',
      title: 'Utvecklingsledare, socialförvaltningen',
      email: 'jenny.lund@flen.example',
      phone: '0157-43 02 40',
      mobile: '070-174 06 35',
      languages: ['sv'],
      lastVerifiedAt: '2026-08-25',
    },
    {
      ref: 'linda-persson',
      organisation: 'flen',
      givenName: 'Linda',
      familyName: 'Persson',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'linda.persson@flen.example',
      phone: '0157-43 02 55',
      mobile: '070-174 06 36',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-03-17',
    },
    // --- Katrineholm -----------------------------------------------------------------------------
    {
      ref: 'karl-karlsson',
      organisation: 'katrineholm',
      givenName: 'Karl',
      familyName: 'Karlsson',
      title: 'Processledare Nära vård',
      email: 'karl.karlsson@katrineholm.example',
      phone: '0150-10 21 05',
      mobile: '070-174 06 37',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-09-21',
    },
    {
      ref: 'ulla-bjork',
      organisation: 'katrineholm',
      givenName: 'Ulla',
      familyName: 'Björk',
      title: 'Socialchef',
      email: 'ulla.bjork@katrineholm.example',
      phone: '0150-10 20 01',
      languages: ['sv'],
      lastVerifiedAt: '2024-06-01',
    },
    {
      ref: 'karin-ostergren',
      organisation: 'katrineholm',
      givenName: 'Karin',
      familyName: 'Östergren',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'karin.ostergren@katrineholm.example',
      phone: '0150-10 21 62',
      mobile: '070-174 06 38',
      mobileVisibility: 'organisation',
      bio: 'Fråga mig om SIP och samordnad planering inför hemgång.',
      languages: ['sv', 'en'],
      topics: ['delaktighet-och-personcentrering'],
      lastVerifiedAt: '2026-06-30',
    },
    {
      ref: 'annelie-fransson',
      organisation: 'katrineholm',
      givenName: 'Annelie',
      familyName: 'Fransson',
      title: 'Medicinskt ansvarig sjuksköterska',
      email: 'annelie.fransson@katrineholm.example',
      phone: '0150-10 21 70',
      languages: ['sv'],
      lastVerifiedAt: '2026-02-09',
    },
    // --- Eskilstuna ------------------------------------------------------------------------------
    {
      ref: 'ake-lindstrom',
      organisation: 'eskilstuna',
      givenName: 'Åke',
      familyName: 'Lindström',
      title: 'Processledare Nära vård',
      email: 'ake.lindstrom@eskilstuna.example',
      phone: '016-10 23 45',
      mobile: '070-174 06 40',
      mobileVisibility: 'organisation',
      bio: 'Fråga mig om vård- och omsorgsförvaltningen och Nära vård i Eskilstuna.',
      languages: ['sv', 'en'],
      topics: ['primarvarden-som-nav', 'kompetensforsorjning'],
      lastVerifiedAt: '2026-10-01',
    },
    {
      ref: 'anna-eriksson',
      organisation: 'eskilstuna',
      givenName: 'Anna',
      familyName: 'Eriksson',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'anna.eriksson@eskilstuna.example',
      phone: '016-10 23 61',
      mobile: '070-174 06 39',
      bio: 'Fråga mig om utskrivning från Mälarsjukhuset till Eskilstuna.',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-11-02',
    },
    {
      ref: 'ahmed-yusuf',
      organisation: 'eskilstuna',
      givenName: 'Ahmed',
      familyName: 'Yusuf',
      title: 'Undersköterska, samordnare hemgång',
      email: 'ahmed.yusuf@eskilstuna.example',
      phone: '016-10 23 66',
      languages: ['sv', 'so', 'en'],
      lastVerifiedAt: '2026-05-20',
    },
    {
      ref: 'anders-nilsson',
      organisation: 'eskilstuna',
      givenName: 'Anders',
      familyName: 'Nilsson',
      title: 'Medicinskt ansvarig sjuksköterska',
      email: 'anders.nilsson@eskilstuna.example',
      phone: '016-10 23 02',
      mobile: '070-174 06 41',
      languages: ['sv'],
      lastVerifiedAt: '2026-01-08',
    },
    {
      ref: 'dilan-ahmadi',
      organisation: 'eskilstuna',
      givenName: 'Dilan',
      familyName: 'Ahmadi',
      title: 'Biståndshandläggare',
      email: 'dilan.ahmadi@eskilstuna.example',
      phone: '016-10 24 18',
      languages: ['sv', 'ku', 'en'],
      lastVerifiedAt: '2026-04-28',
    },
    {
      ref: 'johan-andersson',
      organisation: 'eskilstuna',
      givenName: 'Johan',
      familyName: 'Andersson',
      title: 'Enhetschef, hemsjukvården',
      email: 'johan.andersson@eskilstuna.example',
      phone: '016-10 24 30',
      mobile: '070-174 06 42',
      languages: ['sv'],
      lastVerifiedAt: '2025-09-15',
    },
    // --- Strängnäs -------------------------------------------------------------------------------
    {
      ref: 'johan-svensson',
      organisation: 'strangnas',
      givenName: 'Johan',
      familyName: 'Svensson',
      title: 'Processledare Nära vård',
      email: 'johan.svensson@strangnas.example',
      phone: '0152-20 11 80',
      mobile: '070-174 06 43',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-07-14',
    },
    {
      ref: 'emma-lindqvist',
      organisation: 'strangnas',
      givenName: 'Emma',
      familyName: 'Lindqvist',
      title: 'Socionom, närvårdskoordinator',
      email: 'emma.lindqvist@strangnas.example',
      phone: '0152-20 11 92',
      mobile: '070-174 06 44',
      bio:
        'Fråga mig om samordnad individuell plan (SIP); jag har arbetat i både Eskilstuna ' +
        'och Strängnäs.',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-03-23',
    },
    {
      ref: 'gunilla-andersson',
      organisation: 'strangnas',
      givenName: 'Gunilla',
      familyName: 'Andersson',
      title: 'Sjuksköterska',
      email: 'gunilla.andersson@strangnas.example',
      phone: '0152-20 11 93',
      languages: ['sv'],
    },
    {
      ref: 'petra-blomqvist',
      organisation: 'strangnas',
      givenName: 'Petra',
      familyName: 'Blomqvist',
      title: 'Medicinskt ansvarig sjuksköterska',
      email: 'petra.blomqvist@strangnas.example',
      phone: '0152-20 11 05',
      languages: ['sv', 'en'],
      lastVerifiedAt: '2026-06-02',
    },
    // --- Trosa -----------------------------------------------------------------------------------
    {
      ref: 'ulrika-jonsson',
      organisation: 'trosa',
      givenName: 'Ulrika',
      familyName: 'Jonsson',
      title: 'Processledare Nära vård',
      email: 'ulrika.jonsson@trosa.example',
      phone: '0156-52 01 30',
      mobile: '070-174 06 45',
      languages: ['sv'],
      lastVerifiedAt: '2026-02-05',
    },
    {
      ref: 'birgitta-holmberg',
      organisation: 'trosa',
      givenName: 'Birgitta',
      familyName: 'Holmberg',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'birgitta.holmberg@trosa.example',
      phone: '0156-52 01 41',
      mobile: '070-174 06 46',
      mobileVisibility: 'organisation',
      bio: 'Fråga mig om allt kring hemgång i Trosa; jag går i pension vid årsskiftet 2026/2027.',
      languages: ['sv'],
      lastVerifiedAt: '2026-09-09',
    },
    {
      ref: 'oystein-bakke',
      organisation: 'trosa',
      givenName: 'Øystein',
      familyName: 'Bakke',
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'oystein.bakke@trosa.example',
      phone: '0156-52 01 44',
      mobile: '+46 70 174 06 47',
      languages: ['sv', 'no', 'en'],
      lastVerifiedAt: '2026-09-09',
    },
  ],

  posts: [
    // Processledare (kommun): one per municipality, all required.
    ...municipalities.map((m) =>
      municipalityPost('pl', 'processledare-kommun', m.ref, 'nara-vard', {
        title: `Processledare Nära vård, ${m.name}`,
      }),
    ),
    // Närvårdskoordinator: one per municipality, all required.
    ...municipalities.map((m) =>
      municipalityPost('nvk', 'narvardskoordinator', m.ref, 'trygg-utskrivning', {
        title: `Närvårdskoordinator, ${m.name}`,
        ...(m.ref === 'flen' || m.ref === 'eskilstuna' || m.ref === 'nykoping'
          ? { functionalEmail: `narvardskoordinator.${m.ref}@${m.ref}.example` }
          : {}),
        ...(m.ref === 'eskilstuna' ? { functionalPhone: '016-10 23 60' } : {}),
      }),
    ),
    {
      ref: 'pl-region',
      role: 'processledare-region',
      organisation: 'region-sormland',
      network: 'nara-vard',
      title: 'Processledare Nära vård, Region Sörmland',
      functionalEmail: `naravard@${REGION_MAIL}`,
      required: true,
    },
    {
      ref: 'sjk-malarsjukhuset',
      role: 'sjukhuskoordinator',
      organisation: 'malarsjukhuset',
      network: 'trygg-utskrivning',
      functionalEmail: `sjukhuskoordinator.malarsjukhuset@${REGION_MAIL}`,
      functionalPhone: '016-10 52 30',
      required: true,
    },
    {
      ref: 'sjk-kullbergska',
      role: 'sjukhuskoordinator',
      organisation: 'kullbergska',
      network: 'trygg-utskrivning',
      functionalPhone: '0150-56 20 10',
      required: true,
    },
    {
      ref: 'sjk-nykopings-lasarett',
      role: 'sjukhuskoordinator',
      organisation: 'nykopings-lasarett',
      network: 'trygg-utskrivning',
      functionalEmail: `sjukhuskoordinator.nykoping@${REGION_MAIL}`,
      required: true,
    },
    {
      ref: 'ul-narsjukvard',
      role: 'utvecklingsledare',
      organisation: 'division-narsjukvard',
      network: 'nara-vard',
      required: true,
    },
    {
      ref: 'ul-psykiatri',
      role: 'utvecklingsledare',
      organisation: 'division-psykiatri',
      network: 'nara-vard',
      required: true,
    },
    {
      ref: 'ul-kirurgi',
      role: 'utvecklingsledare',
      organisation: 'division-kirurgi',
      network: 'nara-vard',
      required: true,
    },
    {
      ref: 'ul-medicin',
      role: 'utvecklingsledare',
      organisation: 'division-medicin',
      network: 'nara-vard',
      required: true,
    },
    {
      ref: 'ul-lpo-aldres-halsa',
      role: 'utvecklingsledare',
      organisation: 'division-medicin',
      network: 'lpo-aldres-halsa',
      title: 'Samordnare LPO Äldres hälsa',
    },
    {
      ref: 'ul-lpo-psykisk-halsa',
      role: 'utvecklingsledare',
      organisation: 'division-psykiatri',
      network: 'lpo-psykisk-halsa',
      title: 'Utvecklingsledare LPO Psykisk hälsa',
    },
    {
      ref: 'pj-fou-nara-vard',
      role: 'projektledare',
      organisation: 'fou-sormland',
      network: 'nara-vard',
      title: 'Projektledare Nära vård',
    },
    {
      ref: 'pj-fou-unga-vuxna',
      role: 'projektledare',
      organisation: 'fou-sormland',
      network: 'tillsammans-unga-vuxna',
      title: 'Projektledare Tillsammans för unga vuxna',
    },
    {
      ref: 'pj-barnen',
      role: 'projektledare',
      organisation: 'region-sormland',
      network: 'tillsammans-barnen',
      title: 'Projektledare Tillsammans för barnen',
    },
    {
      ref: 'fhs-region',
      role: 'folkhalsostrateg',
      organisation: 'region-sormland',
      network: 'nara-vard',
      title: 'Folkhälsostrateg Nära vård (folkhälsoperspektivet önskas)',
      required: true,
    },
    {
      ref: 'sam-civilsamhalle',
      role: 'samordnare-civilsamhalle',
      organisation: 'anhorigforeningen-sormland',
      network: 'lpo-aldres-halsa',
    },
    ...['eskilstuna', 'katrineholm', 'nykoping', 'strangnas'].map((ref) =>
      municipalityPost('mas', 'mas', ref, 'trygg-utskrivning', { required: false }),
    ),
  ],

  assignments: [
    // Regional processledare: handed over on 2024-03-01.
    { post: 'pl-region', person: 'tove-gransmark', validFrom: '2021-09-01', validTo: '2024-02-29' },
    { post: 'pl-region', person: 'helena-sjoberg', validFrom: '2024-03-01' },
    { post: 'pl-region', person: 'magnus-eklund', kind: 'deputy', validFrom: '2024-03-01' },

    // Processledare (kommun).
    { post: 'pl-vingaker', person: 'eva-nilsson', validFrom: '2022-01-10' },
    { post: 'pl-gnesta', person: 'peter-holm', validFrom: '2021-10-01', validTo: '2025-06-30' },
    { post: 'pl-nykoping', person: 'lars-johansson', validFrom: '2021-09-01' },
    { post: 'pl-oxelosund', person: 'kerstin-larsson', validFrom: '2023-04-01' },
    {
      post: 'pl-flen',
      person: 'jenny-lund',
      kind: 'interim',
      validFrom: '2022-02-01',
      validTo: '2022-05-31',
    },
    { post: 'pl-flen', person: 'mikael-olsson', validFrom: '2022-06-01' },
    // Jenny Lund covers for Mikael Olsson during his parental leave.
    {
      post: 'pl-flen',
      person: 'jenny-lund',
      kind: 'interim',
      validFrom: '2026-09-01',
      validTo: '2027-02-28',
    },
    {
      post: 'pl-katrineholm',
      person: 'ulla-bjork',
      validFrom: '2021-09-01',
      validTo: '2024-07-31',
    },
    { post: 'pl-katrineholm', person: 'karl-karlsson', validFrom: '2024-08-01' },
    { post: 'pl-eskilstuna', person: 'ake-lindstrom', validFrom: '2020-11-01' },
    { post: 'pl-strangnas', person: 'johan-svensson', validFrom: '2022-02-01' },
    { post: 'pl-trosa', person: 'ulrika-jonsson', validFrom: '2023-01-09' },

    // Närvårdskoordinatorer.
    {
      post: 'nvk-vingaker',
      person: 'lena-axelsson',
      validFrom: '2017-05-01',
      validTo: '2023-12-31',
    },
    { post: 'nvk-vingaker', person: 'sara-pettersson', validFrom: '2024-01-01' },
    { post: 'nvk-gnesta', person: 'maria-gustafsson', validFrom: '2020-02-01' },
    { post: 'nvk-nykoping', person: 'amira-hassan', validFrom: '2022-03-01' },
    { post: 'nvk-oxelosund', person: 'hanna-virtanen', validFrom: '2019-08-19' },
    { post: 'nvk-flen', person: 'linda-persson', validFrom: '2021-05-01' },
    { post: 'nvk-katrineholm', person: 'karin-ostergren', validFrom: '2018-09-01' },
    {
      post: 'nvk-eskilstuna',
      person: 'emma-lindqvist',
      validFrom: '2019-03-01',
      validTo: '2023-12-31',
    },
    { post: 'nvk-eskilstuna', person: 'anna-eriksson', validFrom: '2024-01-01' },
    { post: 'nvk-eskilstuna', person: 'ahmed-yusuf', kind: 'deputy', validFrom: '2025-04-01' },
    {
      post: 'nvk-strangnas',
      person: 'gunilla-andersson',
      validFrom: '2015-09-01',
      validTo: '2024-01-14',
    },
    { post: 'nvk-strangnas', person: 'emma-lindqvist', validFrom: '2024-01-15' },
    // Planned handover in Trosa: Birgitta Holmberg retires, Øystein Bakke takes over.
    {
      post: 'nvk-trosa',
      person: 'birgitta-holmberg',
      validFrom: '2016-02-01',
      validTo: '2026-12-31',
    },
    {
      post: 'nvk-trosa',
      person: 'oystein-bakke',
      kind: 'deputy',
      validFrom: '2025-09-01',
      validTo: '2026-12-31',
    },
    { post: 'nvk-trosa', person: 'oystein-bakke', validFrom: '2027-01-01' },

    // Sjukhuskoordinatorer.
    {
      post: 'sjk-malarsjukhuset',
      person: 'fredrik-lindgren',
      validFrom: '2018-01-01',
      validTo: '2022-04-30',
    },
    { post: 'sjk-malarsjukhuset', person: 'malin-bergstrom', validFrom: '2022-05-01' },
    { post: 'sjk-malarsjukhuset', person: 'rene-muller', kind: 'deputy', validFrom: '2024-09-01' },
    {
      post: 'sjk-kullbergska',
      person: 'ingrid-svensson',
      validFrom: '2016-04-01',
      validTo: '2023-01-31',
    },
    { post: 'sjk-kullbergska', person: 'elin-sjoqvist', validFrom: '2023-02-01' },
    { post: 'sjk-kullbergska', person: 'therese-hansson', kind: 'deputy', validFrom: '2023-09-01' },
    { post: 'sjk-nykopings-lasarett', person: 'per-gustafsson', validFrom: '2021-01-01' },
    {
      post: 'sjk-nykopings-lasarett',
      person: 'marie-lindberg',
      kind: 'deputy',
      validFrom: '2025-02-01',
    },

    // Utvecklingsledare i divisionerna.
    {
      post: 'ul-narsjukvard',
      person: 'anders-berg',
      validFrom: '2019-09-01',
      validTo: '2024-02-29',
    },
    { post: 'ul-narsjukvard', person: 'tove-gransmark', validFrom: '2024-03-01' },
    { post: 'ul-psykiatri', person: 'jorgen-nystrom-aberg', validFrom: '2020-05-01' },
    {
      post: 'ul-kirurgi',
      person: 'erik-lundgren',
      kind: 'interim',
      validFrom: '2024-09-01',
      validTo: '2024-12-31',
    },
    { post: 'ul-kirurgi', person: 'camilla-forsberg', validFrom: '2025-01-01' },
    { post: 'ul-medicin', person: 'erik-lundgren', validFrom: '2021-02-15' },
    { post: 'ul-lpo-aldres-halsa', person: 'eva-lindahl', validFrom: '2024-04-01' },
    { post: 'ul-lpo-psykisk-halsa', person: 'mohammed-haddad', validFrom: '2023-10-01' },

    // Projektledare (FoU Sörmland staff, also on a regional post).
    {
      post: 'pj-fou-nara-vard',
      person: 'marianne-blom',
      validFrom: '2021-03-01',
      validTo: '2023-08-14',
    },
    { post: 'pj-fou-nara-vard', person: 'sofia-ekstrom', validFrom: '2023-08-15' },
    { post: 'pj-fou-unga-vuxna', person: 'jonas-wallin', validFrom: '2022-10-01' },
    { post: 'pj-barnen', person: 'ida-hedlund', validFrom: '2023-03-01' },

    // Civilsamhälle och MAS.
    { post: 'sam-civilsamhalle', person: 'gun-britt-wahlstrom', validFrom: '2024-09-01' },
    { post: 'mas-eskilstuna', person: 'anders-nilsson', validFrom: '2019-01-01' },
    { post: 'mas-katrineholm', person: 'annelie-fransson', validFrom: '2022-08-15' },
    { post: 'mas-nykoping', person: 'annika-sundstrom', validFrom: '2020-03-01' },
    { post: 'mas-strangnas', person: 'petra-blomqvist', validFrom: '2023-06-01' },
  ],

  users: [
    { email: 'admin@demo.example', displayName: 'Demoadministratör', role: 'admin' },
    {
      email: 'redaktor@demo.example',
      displayName: 'Demoredaktör Eskilstuna',
      role: 'editor',
      scope: ['eskilstuna'],
      person: 'anna-eriksson',
    },
    {
      email: 'lasare@demo.example',
      displayName: 'Demoläsare',
      role: 'viewer',
      person: 'elin-sjoqvist',
    },
  ],
};
