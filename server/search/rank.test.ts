// Ranking against a brute-force reference on generated posting lists: the impact shortcut for one
// list, the forward cursors for several words and unions of lists, the folded tier and the
// filters must give exactly the same totals and pages as scoring every record and sorting.
import { describe, expect, it } from 'vitest';
import { ENTRY_SIZE, PostingList, writePosting, type Posting } from './postings';
import { rank, type Filter, type Group } from './rank';
import { bm25, FOLDED_TIER, normOf, passes, weightedTf } from './score';

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A list over `records` (by docNo) holding each with probability `share`. */
function listOf(rand: () => number, records: Posting[], share: number): PostingList {
  const chosen = records.filter(() => rand() < share);
  const bytes = Buffer.alloc(chosen.length * ENTRY_SIZE);
  chosen.forEach((p, i) =>
    writePosting(bytes, i * ENTRY_SIZE, {
      ...p,
      tfText: Math.floor(rand() * 6),
      tfTitle: rand() < 0.1 ? 1 : 0,
    }),
  );
  return new PostingList(bytes);
}

/** Scores every record of the first group's lists the slow, obvious way. */
function bruteForce(groups: Group[], filter: Filter, idf: number[], average: number, k: number) {
  const scored: { docNo: number; day: number; score: number }[] = [];
  const candidates = new Set(
    groups[0]!.lists.flatMap(({ list }) => entriesOf(list).map((e) => e.docNo)),
  );
  for (const docNo of candidates) {
    let score = 0;
    let exact = true;
    let day = 0;
    let ok = true;
    for (const [g, group] of groups.entries()) {
      let tf = 0;
      let groupExact = false;
      let hit: { list: PostingList; i: number } | undefined;
      for (const { list, weight, folded } of group.lists) {
        const entry = entriesOf(list).find((x) => x.docNo === docNo);
        if (!entry) continue;
        tf += weight * weightedTf(list, entry.i);
        groupExact ||= !folded;
        hit ??= { list, i: entry.i };
      }
      if (!hit || !passes(hit.list, hit.i, filter)) {
        ok = false;
        break;
      }
      day = hit.list.day(hit.i);
      score += bm25(idf[g]!, tf, normOf(hit.list.length(hit.i), average));
      exact &&= groupExact;
    }
    if (ok) scored.push({ docNo, day, score: exact ? score : score - FOLDED_TIER });
  }
  scored.sort((a, b) => b.score - a.score || b.day - a.day || b.docNo - a.docNo);
  return { total: scored.length, top: scored.slice(0, k) };
}

const entryCache = new WeakMap<PostingList, { docNo: number; i: number }[]>();
function entriesOf(list: PostingList) {
  let known = entryCache.get(list);
  if (!known) {
    known = Array.from({ length: list.count }, (_, i) => ({ docNo: list.docNo(i), i }));
    entryCache.set(list, known);
  }
  return known;
}

function corpus(rand: () => number, n: number): Posting[] {
  return Array.from({ length: n }, (_, docNo) => ({
    docNo: docNo * 3 + 1,
    day: 19_000 + Math.floor(rand() * 40),
    length: 5 + Math.floor(rand() * 300),
    tfText: 0,
    tfTitle: 0,
    typeCode: 1 + Math.floor(rand() * 3),
    bodyNo: Math.floor(rand() * 3),
  }));
}

const filters: Filter[] = [{}, { typeCode: 2 }, { bodyNo: 1, fromDay: 19_010, toDay: 19_030 }];

describe('rank', () => {
  it('one word with one list: the shortcut gives the same total and page as scoring all', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = seeded(seed);
      const records = corpus(rand, 600);
      const groups: Group[] = [{ lists: [{ list: listOf(rand, records, 0.7), weight: 1 }] }];
      for (const filter of filters) {
        for (const k of [1, 20, 60]) {
          const options = { idf: [1.7], averageLength: 120, k };
          expect(rank(groups, filter, options), `seed ${seed}`).toEqual(
            bruteForce(groups, filter, options.idf, 120, k),
          );
        }
      }
    }
  });

  it('several words, prefix unions and folded spellings: the same as scoring all', () => {
    for (let seed = 100; seed < 130; seed++) {
      const rand = seeded(seed);
      const records = corpus(rand, 500);
      const groups: Group[] = [
        {
          lists: [
            { list: listOf(rand, records, 0.3), weight: 1 },
            { list: listOf(rand, records, 0.2), weight: 0.8 },
            { list: listOf(rand, records, 0.2), weight: 1, folded: true },
          ],
        },
        { lists: [{ list: listOf(rand, records, 0.02 + rand() * 0.6), weight: 1 }] },
      ];
      for (const filter of filters) {
        const options = { idf: [2.1, 0.9], averageLength: 150, k: 20 };
        expect(rank(groups, filter, options), `seed ${seed}`).toEqual(
          bruteForce(groups, filter, options.idf, 150, 20),
        );
      }
    }
  });

  it('puts every record found only through a folded spelling below those matching as typed', () => {
    const rand = seeded(7);
    const records = corpus(rand, 200);
    const typed = listOf(rand, records, 0.05);
    const folded = listOf(rand, records, 0.5);
    const groups: Group[] = [
      {
        lists: [
          { list: typed, weight: 1 },
          { list: folded, weight: 1, folded: true },
        ],
      },
    ];
    const { top } = rank(groups, {}, { idf: [1], averageLength: 100, k: 1000 });
    const asTyped = new Set(entriesOf(typed).map((e) => e.docNo));
    const firstFolded = top.findIndex((s) => !asTyped.has(s.docNo));
    expect(firstFolded).toBe(asTyped.size);
    expect(top.slice(firstFolded).every((s) => !asTyped.has(s.docNo))).toBe(true);
  });
});
