// The character data the two character rules share (data/characters.json): what it must
// hold for non-gsm-character's and unsupported-character's repairs never to create each
// other's reports. The property test checks the same on generated templates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import characterData from '../../server/src/engine/data/characters.json';
import { CONTRACTIONS, gsmEquivalent, isOdAllowed, isOdListed, OD_SAFE_REPLACEMENTS, SMART_REPLACEMENTS } from '../../server/src/engine/sms/characters';
import { isGsm7 } from '../../server/src/engine/sms/gsm';

const gsmText = (text: string) => [...text].every((c) => isGsm7(c));

test('every stand-in for a non-GSM character is GSM-7, and no GSM-7 character has one', () => {
  for (const [c, replacement] of SMART_REPLACEMENTS) {
    assert.ok(!isGsm7(c), `${JSON.stringify(c)} is GSM-7 already`);
    assert.ok(gsmText(replacement), `${JSON.stringify(c)} -> ${JSON.stringify(replacement)} is not GSM-7`);
  }
});

test("Open Dental's list is GSM-7, and unsupported-character's stand-ins are on it", () => {
  assert.ok(gsmText(characterData.odListed));
  assert.ok(isOdListed(characterData.odListed) && isOdListed('\r\n') && isOdAllowed('\r\n') && isOdAllowed('\n'));
  assert.ok(!isOdListed("it's") && !isOdAllowed('"') && !isOdAllowed('\u00e9') && !isOdAllowed('\t'));
  for (const [c, replacement] of OD_SAFE_REPLACEMENTS) {
    assert.ok(isGsm7(c) && !isOdAllowed(c), `${JSON.stringify(c)} is not a GSM-7 character outside the list`);
    assert.ok(isOdListed(replacement), `${JSON.stringify(c)} -> ${JSON.stringify(replacement)} is not on the list`);
  }
  for (const [word, expanded] of CONTRACTIONS) {
    assert.ok(word.includes("'"), word);
    assert.ok(isOdListed(expanded), `${word} -> ${expanded}`);
  }
});

test('which stand-ins are on the list decides which non-gsm-character fixes apply while unsupported-character runs', () => {
  const onList = [...SMART_REPLACEMENTS].filter(([, r]) => isOdListed(r)).map(([c]) => c);
  const offList = [...SMART_REPLACEMENTS].filter(([, r]) => !isOdListed(r)).map(([c]) => c);
  for (const c of ['\u2013', '\u2014', '\u2026', '\u00a0', '\u200b', '\u2028', '\uff21']) assert.ok(onList.includes(c), JSON.stringify(c));
  for (const c of ['\u2019', '\u2018', '\u201c', '\u201d', '\uff07', '\uff5b', '\uff0a']) assert.ok(offList.includes(c), JSON.stringify(c));
  // Full-width brackets would become a tag or markup: they have no stand-in.
  for (const c of ['\uff3b', '\uff3d', '\uff1c', '\uff1e']) assert.equal(SMART_REPLACEMENTS.get(c), undefined, JSON.stringify(c));
  // A decomposed letter composes to a GSM-7 letter Open Dental does not list.
  assert.equal(gsmEquivalent('e\u0301'), '\u00e9');
  assert.ok(!isOdListed(gsmEquivalent('e\u0301')!));
});
