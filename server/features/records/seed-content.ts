// The demo municipality's records: four bodies with members, meetings past and coming with their
// agendas, Swedish documents and decisions. Dates are days relative to the seeding day.

export interface DemoDocument {
  key: string;
  title: string;
  kind: 'kallelse' | 'protokoll' | 'tjansteskrivelse' | 'beslut' | 'bilaga' | 'other';
  caseNumber?: string;
  /** Lines of the PDF's text; none: a document registered without a file. */
  lines?: string[];
  confidential?: string;
}

export interface DemoMeeting {
  title: string;
  days: number;
  hour: number;
  location: string;
  streamUrl?: string;
  draft?: boolean;
  items: Array<{ title: string; description: string; documents?: string[]; decision?: string }>;
  /** Minutes: the document key and how many days ago the approval was posted. */
  minutes?: { document: string; postedDaysAgo: number };
}

export interface DemoBody {
  name: string;
  shortName: string;
  kind: 'council' | 'executive' | 'committee';
  members: Array<{ name: string; party: string; position: string }>;
  documents: DemoDocument[];
  meetings: DemoMeeting[];
}

const year = new Date().getFullYear();

export const DEMO_BODIES: DemoBody[] = [
  {
    name: 'Kommunfullmäktige',
    shortName: 'KF',
    kind: 'council',
    members: [
      { name: 'Birgitta Holm', party: 'Socialdemokraterna', position: 'ordförande' },
      { name: 'Per Åkesson', party: 'Moderaterna', position: 'vice ordförande' },
      { name: 'Fatima Yusuf', party: 'Centerpartiet', position: 'ledamot' },
      { name: 'Lars Öberg', party: 'Vänsterpartiet', position: 'ledamot' },
      { name: 'Ingrid Sjöberg', party: 'Kristdemokraterna', position: 'ersättare' },
    ],
    documents: [
      {
        key: 'kf-budget',
        title: `Förslag till budget ${year + 1} och flerårsplan`,
        kind: 'tjansteskrivelse',
        caseNumber: `KS ${year}/145`,
        lines: [
          `Budget ${year + 1} och flerårsplan ${year + 2}-${year + 3}`,
          'Kommunstyrelsen föreslår en skattesats på 21,85 kronor.',
          'Satsningar på förskolan, skolan och äldreomsorgen prioriteras.',
          'Investeringsbudgeten omfattar en ny förskola i Norrby och nya cykelbanor.',
        ],
      },
      {
        key: 'kf-protokoll',
        title: 'Protokoll kommunfullmäktige',
        kind: 'protokoll',
        caseNumber: `KF ${year}/210`,
        lines: [
          'Protokoll fört vid kommunfullmäktiges sammanträde.',
          '§ 1 Budget: fullmäktige beslutar att fastställa budgeten.',
          '§ 2 Motion om fler cykelbanor: motionen bifalls.',
        ],
      },
      {
        key: 'kf-kallelse',
        title: 'Kallelse till kommunfullmäktige',
        kind: 'kallelse',
        caseNumber: `KF ${year}/230`,
        lines: ['Kallelse till sammanträde med kommunfullmäktige i sessionssalen.'],
      },
    ],
    meetings: [
      {
        title: 'Kommunfullmäktiges sammanträde',
        days: -45,
        hour: 18,
        location: 'Sessionssalen, stadshuset',
        items: [
          {
            title: 'Budget och flerårsplan',
            description: 'Fastställande av budget och skattesats för kommande år.',
            documents: ['kf-budget'],
            decision:
              'Kommunfullmäktige beslutar att fastställa budgeten och skattesatsen 21,85 kronor.',
          },
          {
            title: 'Motion om fler cykelbanor',
            description: 'Motion från Vänsterpartiet om säkra cykelvägar till skolorna.',
            decision: 'Motionen bifalls.',
          },
        ],
        minutes: { document: 'kf-protokoll', postedDaysAgo: 40 },
      },
      {
        title: 'Kommunfullmäktiges sammanträde',
        days: 20,
        hour: 18,
        location: 'Sessionssalen, stadshuset',
        streamUrl: 'https://play.example.se/kommunfullmaktige',
        items: [
          {
            title: 'Allmänhetens frågestund',
            description: 'Frågor från kommunens invånare till de förtroendevalda.',
          },
          {
            title: 'Val av revisorer',
            description: 'Val av revisorer för resten av mandatperioden.',
            documents: ['kf-kallelse'],
          },
        ],
      },
    ],
  },
  {
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive',
    members: [
      { name: 'Anders Lindqvist', party: 'Socialdemokraterna', position: 'ordförande' },
      { name: 'Maria Ek', party: 'Moderaterna', position: 'vice ordförande' },
      { name: 'Johanna Berglund', party: 'Miljöpartiet', position: 'ledamot' },
    ],
    documents: [
      {
        key: 'ks-delar',
        title: 'Delårsrapport januari–augusti',
        kind: 'tjansteskrivelse',
        caseNumber: `KS ${year}/98`,
        lines: [
          'Delårsrapporten visar ett överskott på 12 miljoner kronor.',
          'Förskolorna har fler barn än budgeterat; barn- och utbildningsnämnden behöver mer resurser.',
        ],
      },
      {
        key: 'ks-protokoll',
        title: 'Protokoll kommunstyrelsen',
        kind: 'protokoll',
        caseNumber: `KS ${year}/160`,
        lines: [
          'Protokoll fört vid kommunstyrelsens sammanträde.',
          '§ 1 Delårsrapporten godkänns.',
        ],
      },
      {
        key: 'ks-upphandling',
        title: 'Anbud i upphandling av skolskjuts',
        kind: 'bilaga',
        caseNumber: `KS ${year}/171`,
        confidential: 'OSL 19 kap. 3 §',
        lines: ['Anbudssummor och affärsförhållanden för leverantörerna.'],
      },
      {
        key: 'ks-investering',
        title: 'Tjänsteskrivelse: investeringsplan för skolor och förskolor',
        kind: 'tjansteskrivelse',
        caseNumber: `KS ${year}/204`,
        lines: [
          `Förvaltningen föreslår en investeringsplan för åren ${year + 1}–${year + 4}.`,
          'Förskolan i Norrby byggs först; Västerskolan renoveras i tre etapper.',
          'Planen omfattar 240 miljoner kronor och finansieras till hälften med lån.',
        ],
      },
      {
        key: 'ks-bredband',
        title: 'Remissvar: regional bredbandsstrategi',
        kind: 'tjansteskrivelse',
        caseNumber: `KS ${year}/211`,
        lines: [
          'Kommunen ställer sig bakom regionens mål om snabbt bredband till alla hushåll.',
          'Landsbygdens byar bör prioriteras i utbyggnadens första steg.',
        ],
      },
    ],
    meetings: [
      {
        title: 'Kommunstyrelsens sammanträde',
        days: -12,
        hour: 13,
        location: 'Stora sammanträdesrummet, stadshuset',
        items: [
          {
            title: 'Delårsrapport januari–augusti',
            description: 'Kommunens ekonomiska uppföljning efter augusti.',
            documents: ['ks-delar'],
            decision:
              'Kommunstyrelsen godkänner delårsrapporten och överlämnar den till fullmäktige.',
          },
          {
            title: 'Upphandling av skolskjuts',
            description: 'Tilldelning av kontrakt för skolskjuts.',
            documents: ['ks-upphandling'],
            decision: 'Kommunstyrelsen tilldelar kontraktet enligt förvaltningens förslag.',
          },
        ],
        minutes: { document: 'ks-protokoll', postedDaysAgo: 8 },
      },
      {
        // The coming meeting the demo official (who sits on the board) prepares for.
        title: 'Kommunstyrelsens sammanträde',
        days: 13,
        hour: 13,
        location: 'Stora sammanträdesrummet, stadshuset',
        items: [
          {
            title: 'Investeringsplan för skolor och förskolor',
            description: 'Förslag till investeringar i skolor och förskolor de kommande fyra åren.',
            documents: ['ks-investering'],
          },
          {
            title: 'Remiss: regional bredbandsstrategi',
            description: 'Kommunens svar på regionens remiss.',
            documents: ['ks-bredband'],
          },
        ],
      },
      {
        title: 'Kommunstyrelsens sammanträde',
        days: 27,
        hour: 13,
        location: 'Stora sammanträdesrummet, stadshuset',
        draft: true,
        items: [{ title: 'Budgetuppföljning', description: 'Prognos för helåret.' }],
      },
    ],
  },
  {
    name: 'Barn- och utbildningsnämnden',
    shortName: 'BUN',
    kind: 'committee',
    members: [
      { name: 'Sofia Karlsson', party: 'Socialdemokraterna', position: 'ordförande' },
      { name: 'Erik Nyström', party: 'Liberalerna', position: 'vice ordförande' },
      { name: 'Amina Hassan', party: 'Centerpartiet', position: 'ledamot' },
    ],
    documents: [
      {
        key: 'bun-forskola',
        title: 'Tjänsteskrivelse: ny förskola i Norrby',
        kind: 'tjansteskrivelse',
        caseNumber: `BUN ${year}/45`,
        lines: [
          'Behovet av förskoleplatser ökar i Norrby.',
          'Förvaltningen föreslår att en ny förskola med sex avdelningar byggs.',
          'Förskolan beräknas stå klar till hösten och ge plats för 120 barn.',
        ],
      },
      {
        key: 'bun-protokoll',
        title: 'Protokoll barn- och utbildningsnämnden',
        kind: 'protokoll',
        caseNumber: `BUN ${year}/50`,
        lines: ['Protokoll fört vid barn- och utbildningsnämndens sammanträde.'],
      },
      {
        key: 'bun-elev',
        title: 'Utredning enligt skollagen, elevärende',
        kind: 'bilaga',
        caseNumber: `BUN ${year}/52`,
        confidential: 'OSL 23 kap. 2 §',
        lines: ['Uppgifter om en enskild elevs personliga förhållanden.'],
      },
    ],
    meetings: [
      {
        title: 'Barn- och utbildningsnämndens sammanträde',
        days: -20,
        hour: 17,
        location: 'Lärcentrum, rum Ugglan',
        items: [
          {
            title: 'Förskoleplatser under hösten',
            description: 'Lägesrapport om kön till förskolorna.',
            decision: 'Nämnden noterar rapporten.',
          },
          {
            title: 'Elevärende',
            description: 'Ärendet behandlas bakom stängda dörrar.',
            documents: ['bun-elev'],
            decision: 'Nämnden beslutar enligt förvaltningens förslag.',
          },
        ],
        minutes: { document: 'bun-protokoll', postedDaysAgo: 19 },
      },
      {
        title: 'Barn- och utbildningsnämndens sammanträde',
        days: 6,
        hour: 17,
        location: 'Lärcentrum, rum Ugglan',
        items: [
          {
            title: 'Ny förskola i Norrby',
            description: 'Beslut om att bygga en ny förskola med sex avdelningar.',
            documents: ['bun-forskola'],
          },
          { title: 'Budgetuppföljning', description: 'Nämndens ekonomi efter oktober.' },
        ],
      },
    ],
  },
  {
    name: 'Samhällsbyggnadsnämnden',
    shortName: 'SBN',
    kind: 'committee',
    members: [
      { name: 'Gunnar Ström', party: 'Moderaterna', position: 'ordförande' },
      { name: 'Leila Andersson', party: 'Socialdemokraterna', position: 'ledamot' },
    ],
    documents: [
      {
        key: 'sbn-plan',
        title: 'Planbeskrivning: detaljplan för Åsen',
        kind: 'tjansteskrivelse',
        caseNumber: `SBN ${year}/12`,
        lines: [
          'Detaljplanen för Åsen möjliggör 80 nya bostäder och en förskola.',
          'Planen går ut på samråd under fyra veckor.',
          'Synpunkter lämnas till samhällsbyggnadsförvaltningen.',
        ],
      },
    ],
    meetings: [
      {
        title: 'Samhällsbyggnadsnämndens sammanträde',
        days: 9,
        hour: 15,
        location: 'Stadshuset, rum Ljusnan',
        items: [
          {
            title: 'Detaljplan för Åsen – samråd',
            description: 'Beslut om att skicka detaljplanen för Åsen på samråd.',
            documents: ['sbn-plan'],
          },
          {
            title: 'Bygglov för förskola på Ekvägen',
            description: 'Ansökan om bygglov för en ny förskolebyggnad.',
          },
        ],
      },
    ],
  },
];
