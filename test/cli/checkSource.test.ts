import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { checkSource, countSeverities, sizeLimitFor } from '../../server/src/workspace/checkSource';

const TEXT = '---\nkind: eReminder\n---\nHi [namef], see you TOMORROW at [OfficeName]!!!\n';

describe('checkSource: the one path from a template source to its results', () => {
  it('lints like the engine and counts by severity', () => {
    const checked = checkSource({ text: TEXT }, []);
    const linted = lint(TEXT);
    assert.deepEqual(checked.problems, linted.problems);
    assert.equal(checked.output, undefined);
    const counts = countSeverities(linted.problems);
    assert.deepEqual(checked.counts, counts);
    assert.equal(counts.errors + counts.warnings + counts.infos, linted.problems.length);
    assert.ok(linted.problems.length > 0, 'the text has problems to count');
  });

  it('with fix: returns the fixed text and the problems of that text', () => {
    const checked = checkSource({ text: TEXT }, [], { fix: true });
    assert.ok(checked.output !== undefined && checked.output !== TEXT);
    assert.deepEqual(checked.problems, lint(checked.output).problems);
  });

  it('never fixes the start of a file over its size limit', () => {
    const checked = checkSource({ text: TEXT, fileSize: 10_000_000 }, [{ maxFileSize: 100 }], { fix: true });
    assert.equal(checked.output, undefined);
    assert.deepEqual(
      checked.problems.map((p) => p.ruleId),
      ['file-too-large'],
    );
    assert.deepEqual(checked.counts, { errors: 0, warnings: 0, infos: 1 });
  });

  it('gives the size limit of the layers (maxFileSize)', () => {
    assert.equal(sizeLimitFor([{ maxFileSize: 1234 }]), 1234);
    assert.equal(sizeLimitFor([]), 256 * 1024);
  });
});
