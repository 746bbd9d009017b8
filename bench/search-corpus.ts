// Deterministic Swedish council text for the search benchmark: records built from a vocabulary
// of council words in their inflected forms, with a Zipf-like spread of word frequencies.
import type { SearchableRecord, SearchableType } from '../server/search';

/** mulberry32: a small seeded generator, so every run indexes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Nouns: indefinite and definite singular, indefinite and definite plural.
const NOUNS =
  `förskola förskolan förskolor förskolorna|skola skolan skolor skolorna|beslut beslutet beslut besluten
nämnd nämnden nämnder nämnderna|kommun kommunen kommuner kommunerna|budget budgeten budgetar budgetarna
detaljplan detaljplanen detaljplaner detaljplanerna|ärende ärendet ärenden ärendena|protokoll protokollet protokoll protokollen
sammanträde sammanträdet sammanträden sammanträdena|motion motionen motioner motionerna|yttrande yttrandet yttranden yttrandena
medborgarförslag medborgarförslaget medborgarförslag medborgarförslagen|äldreboende äldreboendet äldreboenden äldreboendena
gata gatan gator gatorna|park parken parker parkerna|cykelväg cykelvägen cykelvägar cykelvägarna|bro bron broar broarna
bostad bostaden bostäder bostäderna|hyresrätt hyresrätten hyresrätter hyresrätterna|bibliotek biblioteket bibliotek biblioteken
idrottshall idrottshallen idrottshallar idrottshallarna|simhall simhallen simhallar simhallarna|avgift avgiften avgifter avgifterna
taxa taxan taxor taxorna|investering investeringen investeringar investeringarna|upphandling upphandlingen upphandlingar upphandlingarna
avtal avtalet avtal avtalen|rapport rapporten rapporter rapporterna|utredning utredningen utredningar utredningarna
förvaltning förvaltningen förvaltningar förvaltningarna|tjänsteskrivelse tjänsteskrivelsen tjänsteskrivelser tjänsteskrivelserna
bygglov bygglovet bygglov bygglovet|fastighet fastigheten fastigheter fastigheterna|tomt tomten tomter tomterna
vattenledning vattenledningen vattenledningar vattenledningarna|avlopp avloppet avlopp avloppen|reningsverk reningsverket reningsverk reningsverken
snöröjning snöröjningen snöröjningar snöröjningarna|kollektivtrafik kollektivtrafiken kollektivtrafiker kollektivtrafikerna
busslinje busslinjen busslinjer busslinjerna|hållplats hållplatsen hållplatser hållplatserna|parkering parkeringen parkeringar parkeringarna
elev eleven elever eleverna|lärare läraren lärare lärarna|barn barnet barn barnen|vårdnadshavare vårdnadshavaren vårdnadshavare vårdnadshavarna
personal personalen personaler personalerna|lokal lokalen lokaler lokalerna|ombyggnad ombyggnaden ombyggnader ombyggnaderna
renovering renoveringen renoveringar renoveringarna|energi energin energier energierna|solcell solcellen solceller solcellerna
klimat klimatet klimat klimaten|miljö miljön miljöer miljöerna|naturreservat naturreservatet naturreservat naturreservaten
strand stranden stränder stränderna|hamn hamnen hamnar hamnarna|kultur kulturen kulturer kulturerna|förening föreningen föreningar föreningarna
bidrag bidraget bidrag bidragen|stöd stödet stöd stöden|socialtjänst socialtjänsten socialtjänster socialtjänsterna
hemtjänst hemtjänsten hemtjänster hemtjänsterna|omsorg omsorgen omsorger omsorgerna|trygghet tryggheten tryggheter tryggheterna
belysning belysningen belysningar belysningarna|trafiksäkerhet trafiksäkerheten trafiksäkerheter trafiksäkerheterna
revision revisionen revisioner revisionerna|delårsrapport delårsrapporten delårsrapporter delårsrapporterna|årsredovisning årsredovisningen årsredovisningar årsredovisningarna
skatt skatten skatter skatterna|ekonomi ekonomin ekonomier ekonomierna|prognos prognosen prognoser prognoserna
kostnad kostnaden kostnader kostnaderna|intäkt intäkten intäkter intäkterna|ledamot ledamoten ledamöter ledamöterna
ordförande ordföranden ordförande ordförandena|ersättare ersättaren ersättare ersättarna|valberedning valberedningen valberedningar valberedningarna
interpellation interpellationen interpellationer interpellationerna|fråga frågan frågor frågorna|remiss remissen remisser remisserna
samråd samrådet samråd samråden|granskning granskningen granskningar granskningarna|överklagande överklagandet överklaganden överklagandena
vindkraft vindkraften vindkrafter vindkrafterna|fjärrvärme fjärrvärmen fjärrvärmar fjärrvärmarna|bredband bredbandet bredband bredbanden
näringsliv näringslivet näringsliv näringsliven|företag företaget företag företagen|arbetsmarknad arbetsmarknaden arbetsmarknader arbetsmarknaderna
integration integrationen integrationer integrationerna|folkhälsa folkhälsan folkhälsor folkhälsorna|krisberedskap krisberedskapen krisberedskaper krisberedskaperna`
    .split('|')
    .map((forms) => forms.trim().split(/\s+/));

const VERBS =
  `föreslår beslutar godkänner avslår återremitterar bordlägger antar fastställer uppdrar
begär utreder granskar prioriterar finansierar genomför tillstyrker avstyrker redovisar informerar
bereder hänskjuter överlämnar upphäver justerar anmäler noterar behandlar`.split(/\s+/);

const ADJECTIVES =
  `ny nya kommunal kommunala kommunalt ekonomisk ekonomiska ekonomiskt hållbar hållbara hållbart
tillfällig tillfälliga tillgänglig tillgängliga tillgängligt särskild särskilda särskilt
långsiktig långsiktiga långsiktigt offentlig offentliga offentligt gemensam gemensamma gemensamt
allmän allmänna allmänt lokal lokala lokalt regional regionala`.split(/\s+/);

const PLACES =
  `Öby Åsen Älvdalen Norrby Söderås Västerhöjd Kyrkbyn Strandvik Bergsjön Lillån Tallmon
Hagalund Ekbacken Granvik Fjällsta Mossen`.split(/\s+/);

const FILLER =
  `och att i en på som för med till av om det är inte den har de under efter enligt samt
vid inom mellan från eller även`.split(/\s+/);

// First parts of compounds: Swedish builds most specific council words this way
// (förskolelokal, trafiksäkerhetsplan), which gives the long tail of a real vocabulary.
const COMPOUND_HEADS = `förskole skol bygg trafik miljö park vatten energi kultur idrotts bostads
kommun stads cykel buss gång barn äldre social fritids natur hamn vinter sommar fjärr el avfalls
återvinnings tillgänglighets säkerhets budget investerings drift personal ung digital fastighets
mark plan centrum`.split(/\s+/);

/** Lemmas (as their four forms) from most to least frequent: base words, then compounds. */
function lexicon(rand: () => number): string[][] {
  const compounds: string[][] = [];
  for (const head of COMPOUND_HEADS) {
    for (const forms of NOUNS) compounds.push(forms.map((form) => head + form));
  }
  for (let i = compounds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [compounds[i], compounds[j]] = [compounds[j]!, compounds[i]!];
  }
  return [...NOUNS, ...compounds];
}

const TYPES: SearchableType[] = [
  'document',
  'document',
  'document',
  'agendaItem',
  'decision',
  'meeting',
];
export const BENCH_BODIES = Array.from({ length: 8 }, (_, i) => `${'b'.repeat(23)}${i}`);

/** Zipf's law (frequency ∝ 1 / rank) over `length` ranks: cumulative weights to search. */
function zipfTable(length: number): Float64Array {
  const cumulative = new Float64Array(length);
  let sum = 0;
  for (let r = 0; r < length; r++) cumulative[r] = sum += 1 / (r + 1);
  for (let r = 0; r < length; r++) cumulative[r]! /= sum;
  return cumulative;
}

function zipfPick(rand: () => number, table: Float64Array): number {
  const x = rand();
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Corpus {
  record(n: number): SearchableRecord;
  /** A realistic query of `words` content words drawn from record `n`'s text. */
  query(rand: () => number, words: number): string;
}

export function corpus(seed = 42): Corpus {
  const lemmas = lexicon(random(seed));
  const table = zipfTable(lemmas.length);
  const noun = (rand: () => number) => {
    const forms = lemmas[zipfPick(rand, table)]!;
    return forms[Math.floor(rand() * forms.length)]!;
  };
  const pick = <T>(rand: () => number, list: readonly T[]) =>
    list[Math.floor(rand() * list.length)]!;
  const sentence = (rand: () => number) => {
    const parts = [
      `${pick(rand, ['Nämnden', 'Kommunstyrelsen', 'Förvaltningen', 'Fullmäktige', 'Utskottet'])}`,
      pick(rand, VERBS),
      pick(rand, ['att', 'en', 'den']),
      pick(rand, ADJECTIVES),
      noun(rand),
      pick(rand, FILLER),
      noun(rand),
    ];
    if (rand() < 0.5) parts.push(pick(rand, ['i', 'vid', 'för']), pick(rand, PLACES));
    if (rand() < 0.6) parts.push(pick(rand, FILLER), noun(rand), pick(rand, FILLER), noun(rand));
    return `${parts.join(' ')}.`;
  };
  return {
    record(n) {
      const rand = random(seed * 1_000_003 + n);
      const sentences = 8 + Math.floor(rand() * 10);
      const text = Array.from({ length: sentences }, () => sentence(rand)).join(' ');
      const title = `${noun(rand)} ${pick(rand, FILLER)} ${noun(rand)} i ${pick(rand, PLACES)}`;
      const type = pick(rand, TYPES);
      return {
        type,
        id: `bench${n}`,
        title: title[0]!.toUpperCase() + title.slice(1),
        text,
        date: new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 4000) * 86_400_000),
        bodyId: pick(rand, BENCH_BODIES),
        path: `/handlingar/bench${n}`,
      };
    },
    query(rand, words) {
      const chosen = new Set<string>();
      while (chosen.size < words) chosen.add(noun(rand));
      return [...chosen].join(' ');
    },
  };
}
