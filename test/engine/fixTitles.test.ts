// Fix and suggestion titles in one voice (engine/fixTitles.ts): every rule's titles are held
// to TITLE_FORM by the rule tester; this pins how text is shown inside them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAtEndTitle, changeToTitle, described, removeTitle, replaceTitle } from '../../server/src/engine/fixTitles';
import { TITLE_FORM } from './ruleTester';

describe('fix titles', () => {
  it('quote what is typed and name what is described', () => {
    assert.equal(replaceTitle('[apptdate]', '[ApptDate]'), 'Replace "[apptdate]" with "[ApptDate]"');
    assert.equal(replaceTitle(described('a no-break space (U+00A0)'), described('a space')), 'Replace a no-break space (U+00A0) with a space');
    assert.equal(changeToTitle('eConfirmation'), 'Change to "eConfirmation"');
    assert.equal(removeTitle('<b>'), 'Remove "<b>"');
    assert.equal(addAtEndTitle('- [OfficeName]'), 'Add "- [OfficeName]" at the end');
  });

  it('put a double quote in single quotes', () => {
    assert.equal(removeTitle('"'), `Remove '"'`);
    assert.equal(replaceTitle('“', '"'), `Replace "“" with '"'`);
  });

  it('cut long text and escape control characters, so a title stays one readable line', () => {
    assert.equal(removeTitle('x'.repeat(50)), `Remove "${'x'.repeat(37)}…"`);
    assert.equal(replaceTitle('a\nb', 'a b'), 'Replace "a\\nb" with "a b"');
    assert.equal(removeTitle('\f'), 'Remove "\\u000c"');
  });

  it('every form matches the form the rule tester holds titles to', () => {
    for (const title of [replaceTitle('a', 'b'), changeToTitle('b'), removeTitle('a'), addAtEndTitle('a')]) assert.match(title, TITLE_FORM);
  });
});
