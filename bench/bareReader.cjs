#!/usr/bin/env node
// The reference for `npm run bench`: the least a checker must do for the same files. It walks
// the folders, reads every .odmsg file as UTF-8 and scans it once for tags (counting '['),
// then prints a JSON summary. odmsg's CLI time is reported as a multiple of this one's,
// measured in the same run, so the figure does not depend on how fast the machine is today.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function walk(target, out) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    if (target.endsWith('.odmsg')) out.push(target);
    return;
  }
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.odmsg')) out.push(full);
  }
}

const files = [];
for (const target of process.argv.slice(2)) walk(target, files);
files.sort();
let brackets = 0;
let characters = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  characters += text.length;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) brackets++;
}
process.stdout.write(`${JSON.stringify({ files: files.length, characters, brackets })}\n`);
