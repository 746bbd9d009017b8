// Types for the part of @nlpjs/lang-sv we use: its Swedish Snowball stemmer (the package ships
// none). The stemmer is driven through the Snowball runtime's setCurrent/innerStem/getCurrent so
// its unbounded per-word cache is bypassed (see stemmer.ts).
declare module '@nlpjs/lang-sv' {
  export class StemmerSv {
    constructor(container?: unknown);
    setCurrent(word: string): void;
    innerStem(): boolean;
    getCurrent(): string;
  }
}
