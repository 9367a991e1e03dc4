// The --help texts.
import { FORMATS } from './args';

const GENERAL = `odmsg: checks Open Dental message templates (.odmsg files)

Usage:
  odmsg check [paths or globs...] [options]   check templates (default: the current folder)
  odmsg init [--force]                        write a commented .odmsgrc.json here
  odmsg rules [--format table|json]           list the rules
  odmsg help [command]                        show help
  odmsg --version

Run "odmsg check --help" for the options of check.
`;

const CHECK = `odmsg check [paths or globs...] [options]

Checks .odmsg templates with the same rules and config as the VS Code extension.
Folders are searched recursively (node_modules and dot-folders are skipped); globs
such as "templates/**/*.odmsg" are expanded by odmsg (quote them). Files listed in
.odmsgignore (gitignore syntax, in the current folder) are left out.

Options:
  -f, --format <name>       ${FORMATS.join(' | ')} (default: stylish)
      --info                include info-level hints in json, sarif and github output
  -q, --quiet               report errors only
      --max-warnings <n>    exit 1 when there are more than n warnings
      --no-exit             exit 0 whatever is found (read and config failures still exit 2)
      --rule <id:severity>  override a rule (repeatable), e.g. --rule all-caps:off
  -c, --config <path>       use this config file for every template
      --fix                 write the safe fixes into the files
      --fix-dry-run         print the fixes as a diff, change nothing
      --stdin               check standard input instead of files
      --stdin-filename <n>  the name (and folder, for config) of standard input
      --stats               print each text's estimated length, encoding and segments
                            (stylish, compact; json adds a "stats" object per file)
      --color, --no-color   force colours on or off (default: on a terminal, unless NO_COLOR)
  -h, --help                show this help

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors, or too many warnings
  2  usage error, a file that cannot be read or decoded, or a config file with problems
`;

const INIT = `odmsg init [--force]

Writes .odmsgrc.json in the current folder: every rule at its default (commented out),
every option, and a "$schema" reference so editors complete and validate it.
--force replaces an existing file.
`;

const RULES = `odmsg rules [--format table|json]

Lists every rule with its default severity, its fix kind (fix: applied by --fix and fix
on save; suggestion: offered as a quick fix in the editor) and the channels it checks.
`;

export function helpText(topic?: string): string {
  switch (topic) {
    case 'check':
      return CHECK;
    case 'init':
      return INIT;
    case 'rules':
      return RULES;
    default:
      return GENERAL;
  }
}
