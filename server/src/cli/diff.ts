// The unified diff --fix-dry-run prints (jsdiff), coloured on a terminal like git's.
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Colors } from './color';
import { escapeForTerminal, lineForTerminal } from './escape';
import type { FileResult } from './results';

export function unifiedDiff(result: FileResult, colors: Colors): string {
  if (result.output === undefined || result.source === undefined) return '';
  const name = escapeForTerminal(result.displayPath.split(path.sep).join('/'));
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, result.source, result.output, undefined, undefined, { context: 3 });
  // jsdiff starts with a row of "=" when both names are equal; git-style diffs do not.
  // Each line escaped (escape.ts): the text and the names may hold control characters.
  const lines = patch
    .replace(/\n$/, '')
    .split('\n')
    .filter((line) => !/^={10,}$/.test(line));
  return lines
    .map(lineForTerminal)
    .map((line) => {
      if (line.startsWith('---') || line.startsWith('+++')) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      return line;
    })
    .join('\n');
}
