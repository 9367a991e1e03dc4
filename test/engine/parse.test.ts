// parse.ts finds words with a character table, filters links inside tags with one moving
// index, and builds the shallow template of an oversized file from the same front matter
// reading as a full parse. Each is held here to the simple form it replaced, on generated input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findLinks, looksLikeLink } from '../../server/src/engine/links';
import { findWords, forEachWord, parseTemplate, shallowTemplate, wordStretch } from '../../server/src/engine/parse';
import { anyUnicode, tagSoup, template } from './property/arbitraries';

const params = { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 6), numRuns: 1500, includeErrorInReport: true };

/** Letters, digits, marks, apostrophes, astral letters and digits, lone surrogates, the mask. */
const wordish = fc
  .array(fc.constantFrom('a', 'Z', '9', 'é', 'e\u0301', '\u0301', "'", '’', ' ', '-', '.', '\u001f', '𝐀', '𝟗', '😀', '\ud835', '\udc00', 'ß', 'Ǆ', '\u0660', '中', "don't", 'x’s'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(wordish, anyUnicode, tagSoup, template);

test('findWords and forEachWord find what the word regex matches', () => {
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;
  fc.assert(
    fc.property(anyText, (text) => {
      const expected = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
      assert.deepEqual(findWords(text), expected);
      const visited: { text: string; start: number; end: number }[] = [];
      forEachWord(text, (start, end) => visited.push({ text: text.slice(start, end), start, end }));
      assert.deepEqual(visited, expected);
    }),
    params,
  );
});

test('wordStretch finds, from an offset alone, the word of the list that holds it', () => {
  fc.assert(
    fc.property(
      anyText.chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 0, max: Math.max(0, text.length - 1) }))),
      ([text, offset]) => {
        const stretch = wordStretch(text, offset);
        const word = stretch.word && stretch.word.start <= offset ? stretch.word : undefined;
        assert.deepEqual(
          word,
          findWords(text).find((w) => w.start <= offset && offset < w.end),
        );
        // The stretch holds the offset and its word, and no other word starts in it.
        assert.ok(stretch.start <= offset && offset < stretch.end);
        assert.deepEqual(
          findWords(text).filter((w) => w.start < stretch.end && stretch.start < w.end),
          stretch.word ? [stretch.word] : [],
        );
      },
    ),
    params,
  );
});

test('prose is the text with all but the regions, and the tags and links in them, masked', () => {
  fc.assert(
    fc.property(fc.oneof(tagSoup, template), (text) => {
      const t = parseTemplate(text);
      const kept = (i: number) => t.regions.some((r) => r.start <= i && i < r.end) && ![...t.tags, ...t.links].some((h) => h.start <= i && i < h.end);
      assert.equal(t.prose, Array.from({ length: text.length }, (_, i) => (kept(i) ? text[i] : '\u001f')).join(''));
    }),
    params,
  );
});

test('a template keeps the typed links of its regions that touch no tag', () => {
  fc.assert(
    fc.property(fc.oneof(tagSoup, template), (text) => {
      const t = parseTemplate(text);
      const expected = t.regions.flatMap((r) => findLinks(text, r.start, r.end).filter((link) => looksLikeLink(link) && !t.tags.some((tag) => tag.start < link.end && link.start < tag.end)));
      assert.deepEqual(t.links, expected);
    }),
    params,
  );
});

/** How file-too-large's shallow template was built before: a full parse of the front matter alone. */
function shallowByHeadParse(text: string) {
  const head = parseTemplate(text);
  const headEnd = head.frontMatter && head.frontMatter.span.end > head.frontMatter.span.start ? head.frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const headOnly = parseTemplate(text.slice(0, headEnd));
  return {
    bodyStart: headOnly.bodyStart,
    kind: headOnly.kind,
    channel: headOnly.channel,
    aggregate: headOnly.aggregate,
    perAppointment: headOnly.perAppointment,
    subject: headOnly.subject,
    regions: [...headOnly.regions.filter((r) => r.end <= headEnd && r.end > r.start && r.start < headOnly.bodyStart), { start: headOnly.bodyStart, end: text.length }],
    prose: headOnly.prose + '\u001f'.repeat(text.length - headEnd),
  };
}

test('the shallow template reads the front matter as a full parse does, and nothing after it', () => {
  fc.assert(
    fc.property(fc.oneof(template, tagSoup), (text) => {
      const t = shallowTemplate(text);
      const { bodyStart, kind, channel, aggregate, perAppointment, subject, regions, prose } = t;
      assert.deepEqual({ bodyStart, kind, channel, aggregate, perAppointment, subject, regions, prose }, shallowByHeadParse(text));
      assert.deepEqual([t.tags, t.links, t.words, t.bracketIssues], [[], [], [], []]);
      assert.deepEqual(t.frontMatter, parseTemplate(text).frontMatter);
    }),
    params,
  );
});

test("aggregate: says which of a rule's templates the file is, in any case; aliases and mistakes are neither slot", () => {
  const slot = (value: string) => {
    const t = parseTemplate(`---\nkind: eConfirmation\naggregate: ${value}\n---\n[NameF]`);
    return { aggregate: t.aggregate, perAppointment: t.perAppointment };
  };
  const single = { aggregate: false, perAppointment: false };
  const none = parseTemplate('[NameF]');
  assert.deepEqual({ aggregate: none.aggregate, perAppointment: none.perAppointment }, single, 'no front matter');
  for (const value of ['true', 'TRUE', 'True']) assert.deepEqual(slot(value), { aggregate: true, perAppointment: false }, value);
  for (const value of ['perAppointment', 'perappointment', 'PERAPPOINTMENT']) assert.deepEqual(slot(value), { aggregate: false, perAppointment: true }, value);
  // invalid-front-matter reports these (with did-you-mean); until fixed they are the single template.
  for (const value of ['false', 'yes', 'per-appointment', 'line', 'perAppt', '']) assert.deepEqual(slot(value), single, value);
});
