// The carrier-wording rules' data files hold what the rules expect of them: a sense names a
// listed phrase, a pattern compiles and matches its own example, short words are short.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import acronyms from '../../server/src/engine/data/acronyms.json';
import keywords from '../../server/src/engine/data/keywords.json';
import linkTlds from '../../server/src/engine/data/link-tlds.json';
import properWords from '../../server/src/engine/data/proper-words.json';
import spam from '../../server/src/engine/data/spam-phrases.json';
import { normalizePhrase } from '../../server/src/engine/rules/util/phrases';

test('spam-phrases: every sense is of a listed phrase', () => {
  const phrases = new Set(spam.phrases.map((p) => normalizePhrase(p.phrase)));
  for (const sense of spam.senses) {
    assert.ok(phrases.has(normalizePhrase(sense.phrase)), `sense for "${sense.phrase}", which is not in phrases`);
    assert.ok(sense.after.length + sense.before.length > 0, `sense for "${sense.phrase}" has no words`);
  }
});

test('spam-phrases: every pattern compiles (flags gu) and matches its example, not a dental text', () => {
  const names = new Set<string>();
  for (const p of spam.patterns) {
    assert.ok(!names.has(p.name), `two patterns named "${p.name}"`);
    names.add(p.name);
    const re = new RegExp(p.pattern, 'gu');
    assert.ok([...p.example.matchAll(re)].length > 0, `${p.name} does not match its example "${p.example}"`);
    const dental = 'Reply C to confirm or call 555-201-3344. Send your x-rays to 1200 Oak St, text us at 555-404-7788 by 9:00 AM.';
    assert.deepEqual(
      [...dental.matchAll(re)].map((m) => m[0]),
      [],
      `${p.name} matches ordinary office text`,
    );
  }
});

test('all-caps: short words are short and in capitals; reply words are lower case', () => {
  for (const w of acronyms.shortWords) assert.ok(w.length <= 3 && w === w.toUpperCase(), `shortWords: "${w}"`);
  for (const list of [keywords.replyVerbs, keywords.replyJoiners, keywords.keywordLinks]) for (const w of list) assert.equal(w, w.toLowerCase());
  for (const w of properWords.words) assert.notEqual(w[0], w[0].toLowerCase(), `proper-words: "${w}" has no capital`);
});

test('link-tlds: lower case, no dots', () => {
  for (const t of linkTlds.tlds) assert.match(t, /^[a-z]+$/);
});
