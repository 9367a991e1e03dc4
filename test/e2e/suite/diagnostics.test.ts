import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { assertOnlyRules, assertRuleDiagnostics, docsPageOf, formatDiagnostics, odmsgDiagnostics, openFixture, rangeOf, ruleId, waitForDiagnostics } from './helpers';

const { Error: E, Warning: W } = vscode.DiagnosticSeverity;

/** Opens a fixture and waits until `rule` has reported on it. */
async function lint(fixture: string, rule: string): Promise<vscode.TextDocument> {
  const { doc } = await openFixture(fixture);
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === rule), `a ${rule} diagnostic in ${fixture}`);
  return doc;
}

describe('diagnostics', () => {
  it('prefer-confirm-code: "click [ConfirmURL]" in an sms template (the range covers the span its fix rewords)', async () => {
    const doc = await lint('prefer-confirm-code.odmsg', 'prefer-confirm-code');
    assertRuleDiagnostics(doc, 'prefer-confirm-code', [{ rule: 'prefer-confirm-code', range: rangeOf(doc, 'click [ConfirmURL]'), severity: W }]);
    assertOnlyRules(doc, ['prefer-confirm-code']);
  });

  it('prefer-confirm-code: a bare [ConfirmURL] in an sms template', async () => {
    const doc = await lint('prefer-confirm-code-plain.odmsg', 'prefer-confirm-code');
    assertRuleDiagnostics(doc, 'prefer-confirm-code', [{ rule: 'prefer-confirm-code', range: rangeOf(doc, '[ConfirmURL]'), severity: W }]);
    assertOnlyRules(doc, ['prefer-confirm-code']);
  });

  it('no-raw-links: a literal URL in an sms template', async () => {
    const doc = await lint('no-raw-links.odmsg', 'no-raw-links');
    assertRuleDiagnostics(doc, 'no-raw-links', [{ rule: 'no-raw-links', range: rangeOf(doc, 'www.smiledental.com/book') }]);
    assertOnlyRules(doc, ['no-raw-links']);
  });

  it('no-url-shorteners: bit.ly links are errors', async () => {
    const doc = await lint('no-url-shorteners.odmsg', 'no-url-shorteners');
    assertRuleDiagnostics(doc, 'no-url-shorteners', [{ rule: 'no-url-shorteners', range: rangeOf(doc, 'bit.ly/smile-book'), severity: E }]);
    // A shortened link is also a raw link; whether no-raw-links reports it too is up to the engine.
    assertOnlyRules(doc, ['no-url-shorteners', 'no-raw-links']);
  });

  it('spam-phrases: "act now" and "click here", but not "feel free to call"', async () => {
    const doc = await lint('spam-phrases.odmsg', 'spam-phrases');
    assertRuleDiagnostics(doc, 'spam-phrases', [
      { rule: 'spam-phrases', range: rangeOf(doc, 'act now'), severity: W },
      { rule: 'spam-phrases', range: rangeOf(doc, 'click here'), severity: W },
    ]);
    assertOnlyRules(doc, ['spam-phrases']);
  });

  it('spam-phrases: "FREE"', async () => {
    const doc = await lint('spam-phrases-free.odmsg', 'spam-phrases');
    assertRuleDiagnostics(doc, 'spam-phrases', [{ rule: 'spam-phrases', range: rangeOf(doc, 'FREE'), severity: W }]);
    // FREE is also an all-caps word.
    assertOnlyRules(doc, ['spam-phrases', 'all-caps']);
  });

  it('all-caps: TOMORROW, but not STOP, HELP, DDS or tags', async () => {
    const doc = await lint('all-caps.odmsg', 'all-caps');
    assertRuleDiagnostics(doc, 'all-caps', [{ rule: 'all-caps', range: rangeOf(doc, 'TOMORROW'), severity: W }]);
    assertOnlyRules(doc, ['all-caps']);
  });

  it('excessive-punctuation: "!!"', async () => {
    const doc = await lint('excessive-punctuation.odmsg', 'excessive-punctuation');
    assertRuleDiagnostics(doc, 'excessive-punctuation', [{ rule: 'excessive-punctuation', range: rangeOf(doc, '!!'), severity: W }]);
    assertOnlyRules(doc, ['excessive-punctuation']);
  });

  it('unknown-tag: [ApptDte] is an error that suggests [ApptDate]', async () => {
    const doc = await lint('unknown-tag.odmsg', 'unknown-tag');
    assertRuleDiagnostics(doc, 'unknown-tag', [{ rule: 'unknown-tag', range: rangeOf(doc, '[ApptDte]'), severity: E }]);
    assertOnlyRules(doc, ['unknown-tag']);
    const [d] = odmsgDiagnostics(doc.uri);
    assert.match(d.message, /ApptDate/, 'the message should name the likely intended tag');
  });

  it('tag-case: [namef]', async () => {
    const doc = await lint('tag-case.odmsg', 'tag-case');
    assertRuleDiagnostics(doc, 'tag-case', [{ rule: 'tag-case', range: rangeOf(doc, '[namef]'), severity: W }]);
    assertOnlyRules(doc, ['tag-case']);
  });

  it('malformed-tag: an unclosed [', async () => {
    const doc = await lint('malformed-tag.odmsg', 'malformed-tag');
    const ds = odmsgDiagnostics(doc.uri).filter((d) => ruleId(d) === 'malformed-tag');
    const all = `\n${formatDiagnostics(doc.uri, doc)}`;
    assert.equal(ds.length, 1, `exactly one malformed-tag expected${all}`);
    assert.equal(ds[0].severity, E, `malformed-tag should be an error${all}`);
    // Where the range ends is the engine's choice; it must start at the stray bracket.
    assert.ok(ds[0].range.start.isEqual(rangeOf(doc, '[OfficePhone').start), `malformed-tag should start at "[OfficePhone"${all}`);
    assertOnlyRules(doc, ['malformed-tag']);
  });

  it('invalid-front-matter: channel: fax', async () => {
    const doc = await lint('invalid-front-matter.odmsg', 'invalid-front-matter');
    const ds = odmsgDiagnostics(doc.uri).filter((d) => ruleId(d) === 'invalid-front-matter');
    const all = `\n${formatDiagnostics(doc.uri, doc)}`;
    assert.equal(ds.length, 1, `exactly one invalid-front-matter expected${all}`);
    assert.equal(ds[0].severity, E, `invalid-front-matter should be an error${all}`);
    assert.equal(ds[0].range.start.line, 2, `invalid-front-matter should point at the "channel: fax" line${all}`);
    assert.ok(ds[0].range.contains(rangeOf(doc, 'fax')), `invalid-front-matter should cover "fax"${all}`);
    assertOnlyRules(doc, ['invalid-front-matter']);
  });

  it('every diagnostic has source odmsg and code { value: rule id, target: docs page }', async () => {
    const fixtures = ['prefer-confirm-code', 'no-raw-links', 'no-url-shorteners', 'spam-phrases', 'all-caps', 'excessive-punctuation', 'unknown-tag', 'tag-case', 'malformed-tag', 'invalid-front-matter'];
    for (const name of fixtures) {
      const doc = await lint(`${name}.odmsg`, name);
      for (const d of vscode.languages.getDiagnostics(doc.uri)) {
        const where = `${name}.odmsg: ${JSON.stringify(d.message)}`;
        assert.equal(d.source, 'odmsg', `source of ${where}`);
        assert.ok(d.code !== undefined && typeof d.code === 'object', `code of ${where} should be { value, target }, got ${JSON.stringify(d.code)}`);
        const code = d.code as { value: string | number; target: vscode.Uri };
        assert.equal(typeof code.value, 'string', `code.value of ${where}`);
        const page = docsPageOf(d);
        assert.equal(path.basename(page.fsPath), `${code.value}.md`, `the docs page of ${where}`);
        // The extension host runs next to the files here, so a local docs link can be checked.
        assert.ok(fs.existsSync(page.fsPath), `the docs link of ${where} points to a missing file: ${page.fsPath}`);
      }
    }
  });

  it("Open Dental's default eConfirmation text gets no diagnostics", async () => {
    const { doc: clean } = await openFixture('clean.odmsg');
    assert.equal(clean.languageId, 'odmsg');
    // Nothing to wait for on a clean file, so open a file with a problem after it: once the
    // server has answered for that one it has also checked the clean one. (No other test opens
    // sentinel.odmsg, so its diagnostics can't be left over from earlier.)
    const { doc: sentinel } = await openFixture('sentinel.odmsg');
    await waitForDiagnostics(sentinel.uri, (ds) => ds.some((d) => ruleId(d) === 'tag-case'), 'diagnostics for sentinel.odmsg');
    assert.deepEqual(odmsgDiagnostics(clean.uri), [], `clean.odmsg should have no diagnostics:\n${formatDiagnostics(clean.uri, clean)}`);
  });
});
