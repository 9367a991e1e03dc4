// Editor settings (`odmsg.*`), read per document through workspace/configuration so folder
// and language overrides apply, cached per URI and dropped on didChangeConfiguration.
import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver';
import { setOwn } from '../engine/ownKeys';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../engine/types';
import { describeError } from './guard';

export interface Settings {
  enable: boolean;
  /** `onType`: check while typing (debounced); `onSave`: only on open and save. */
  run: 'onType' | 'onSave';
  /** Rule severities: a config layer above `.odmsgrc.json`. */
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enable: true, run: 'onType', rules: {} });

/** Whatever the client sent (possibly null, partial or mistyped) as one typed object. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS, rules: {} };
  const given = raw as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (typeof given.rules === 'object' && given.rules !== null) {
    for (const [id, value] of Object.entries(given.rules)) {
      if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) setOwn(rules, id, value as SeveritySetting);
    }
  }
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : DEFAULT_SETTINGS.enable,
    run: given.run === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<Settings>>();
  /** For clients without workspace/configuration: what they pushed, else the defaults. */
  private pushed: Settings = normalizeSettings(undefined);

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'odmsg' }).then(normalizeSettings, (error: unknown) => {
        this.connection.console.error(`odmsg: reading settings for ${uri} failed, using the defaults: ${describeError(error)}`);
        return normalizeSettings(undefined);
      });
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  changed(params: DidChangeConfigurationParams): void {
    this.perUri.clear();
    if (!this.canPull()) {
      const settings = (params.settings as { odmsg?: unknown } | null | undefined)?.odmsg;
      this.pushed = normalizeSettings(settings);
    }
  }
}
