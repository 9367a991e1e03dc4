// The one setup of every odmsg webview (the preview, the paste sheet): a fresh nonce per page
// and the strict policy of present/webview/html.ts that allows only it. The pages themselves
// are drawn by present/webview, shared with the standalone paste sheet.
import * as crypto from 'node:crypto';
import { webviewPolicy, type PageFrame } from '../../server/src/present/webview/html';

/** A page's frame: with `script`, that script runs (nonce); without, no script at all. */
export function webviewFrame(script?: string): PageFrame {
  const nonce = crypto.randomBytes(18).toString('base64');
  return { contentSecurityPolicy: webviewPolicy(nonce, script !== undefined), nonce, ...(script !== undefined ? { script } : {}) };
}
