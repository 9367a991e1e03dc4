// The runner's side of `npm run screenshots` (runCodeServer.ts --screenshots): it holds the
// workbench page, and for each request a scene logs (protocol.ts) it waits for the named UI
// elements to be visible, captures the window or the box around them into images/<name>.png,
// and writes the answer the scene is waiting for. Also rasterises images/icon.svg, with the same
// Chromium, so the icon and the screenshots are made by one command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { writeAnswer, type ShotRequest } from './protocol';

/** How long one UI element may take to appear: a busy machine draws the workbench slowly. */
const ELEMENT_TIMEOUT_MS = 30_000;
export const ICON_SIZE = 256;

/** images/icon.png from images/icon.svg, drawn at ICON_SIZE on a transparent background. */
export async function renderIcon(browser: Browser, svgFile: string, pngFile: string): Promise<number> {
  const svg = fs.readFileSync(svgFile, 'utf8');
  const page = await browser.newPage({ viewport: { width: ICON_SIZE, height: ICON_SIZE }, deviceScaleFactor: 1 });
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    fs.writeFileSync(pngFile, png);
    return png.length;
  } finally {
    await page.close();
  }
}

export class Camera {
  /** One capture at a time, in the order the scenes asked. */
  private queue: Promise<void> = Promise.resolve();
  readonly taken: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly imagesDir: string,
    private readonly ackDir: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Handles the JSON of one request line; the answer (or the failure) goes to the ack folder. */
  request(json: string): void {
    let request: ShotRequest;
    try {
      request = JSON.parse(json) as ShotRequest;
    } catch {
      this.log(`a screenshot request that is not JSON: ${json}`);
      return;
    }
    this.queue = this.queue.then(() => this.take(request));
  }

  private async take(request: ShotRequest): Promise<void> {
    const { name } = request;
    try {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`the screenshot name ${JSON.stringify(name)} is not lowercase letters, digits and dashes`);
      if (request.click) {
        await this.visible(request.click, name);
        await this.page.locator(request.click).filter({ visible: true }).first().click();
      }
      if (request.hover) {
        await this.visible(request.hover, name);
        await this.page.locator(request.hover).filter({ visible: true }).first().hover();
      }
      for (const selector of request.waitFor) await this.visible(selector, name);
      if (request.webview) await this.webviewDrawn(name);
      const file = path.join(this.imagesDir, `${name}.png`);
      const clip = request.clip ? await this.boxAround(request.clip, request.margin ?? 8, name) : undefined;
      const png = await this.page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
      fs.writeFileSync(file, png);
      const size = clip ?? this.page.viewportSize() ?? { width: 0, height: 0 };
      this.taken.push(file);
      this.log(`captured ${path.relative(process.cwd(), file)} (${Math.round(size.width)}x${Math.round(size.height)}, ${(png.length / 1024).toFixed(0)} KB)`);
      writeAnswer(this.ackDir, name, { ok: true, file, width: Math.round(size.width), height: Math.round(size.height), bytes: png.length });
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.log(`screenshot "${name}" failed: ${message}`);
      writeAnswer(this.ackDir, name, { ok: false, error: message });
    } finally {
      // Leave no tooltip or hover behind for the next scene.
      if (request.hover) await this.page.mouse.move(0, 0).catch(() => {});
    }
  }

  private async visible(selector: string, name: string): Promise<void> {
    try {
      await this.page.locator(selector).filter({ visible: true }).first().waitFor({ state: 'visible', timeout: ELEMENT_TIMEOUT_MS });
    } catch {
      throw new Error(`for "${name}": no visible ${selector} in the workbench after ${ELEMENT_TIMEOUT_MS / 1000} s`);
    }
  }

  /** A webview is an iframe holding another (#active-frame) with the extension's HTML. */
  private async webviewDrawn(name: string): Promise<void> {
    const content = this.page.frameLocator('iframe.webview').last().frameLocator('#active-frame').locator('body *').first();
    try {
      await content.waitFor({ state: 'visible', timeout: ELEMENT_TIMEOUT_MS });
    } catch {
      throw new Error(`for "${name}": no webview drew any content within ${ELEMENT_TIMEOUT_MS / 1000} s`);
    }
  }

  private async boxAround(selectors: string[], margin: number, name: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const boxes = [];
    for (const selector of selectors) {
      const box = await this.page.locator(selector).filter({ visible: true }).first().boundingBox();
      if (!box) throw new Error(`for "${name}": ${selector} has no box to capture`);
      boxes.push(box);
    }
    const viewport = this.page.viewportSize() ?? { width: Infinity, height: Infinity };
    const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
    const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
    const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
}
