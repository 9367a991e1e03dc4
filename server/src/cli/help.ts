// The --help texts.
import { FORMATS } from './args';

const GENERAL = `odmsg: checks Open Dental message templates (.odmsg files)

Usage:
  odmsg check [paths or globs...] [options]   check templates (default: the current folder)
  odmsg check --db <url> [options]            check the templates in an Open Dental database
  odmsg pull --db <url> [--out <dir>]         copy the database's templates into .odmsg files
  odmsg push <dir> --db <url> [--html <file>] list the edits to paste back into Open Dental
  odmsg doctor --db <url> [--days 30]         why texts are pending, failing or filtered
  odmsg init [--force]                        write a commented .odmsgrc.json here
  odmsg rules [--format table|json]           list the rules
  odmsg help [command]                        show help
  odmsg --version

Run "odmsg check --help" for the options of check, "odmsg pull --help" for the database.
`;

const DB_URL = `<url> is mysql://user[:password]@host[:port]/database, or with ?socket=<path> for a
local socket. Give the password in the environment variable ODMSG_DB_PASSWORD rather than
in the URL; odmsg never prints it. Every session is read-only (one consistent snapshot):
odmsg never writes to the database. A user with SELECT on the template tables is enough
(README: "From your Open Dental database").`;

const PULL = `odmsg pull --db <url> [--out <dir>] [--clinic <n>...] [--force]

Writes every template stored in the database into <dir> (default od-templates), one .odmsg
file per non-empty text: the practice defaults once, then a folder per clinic, and in it a
folder per rule or preference; odmsg-manifest.json records where each came from. Pulling
again updates the folder but never overwrites a file edited since the last pull (exit 1
says so); --force overwrites. --clinic pulls only those clinics (and the defaults).

${DB_URL}

Exit codes: 0 pulled, 1 some edited files were kept, 2 the database could not be read.
`;

const PUSH = `odmsg push <dir> --db <url> [--html <file>]

Compares each file pulled into <dir> with the manifest and with the database now, and lists
every template edited here: where to paste it in Open Dental and the text to copy. A template
changed in Open Dental since the pull and edited here is a conflict, shown with both texts.
--html writes the same as a self-contained paste sheet (copy buttons, the diff).

${DB_URL}

Exit codes: 0 every change listed, 1 conflicts, 2 failure.
`;

const DOCTOR = `odmsg doctor --db <url> [--days <n>] [--clinic <n>...] [--format text|json|html] [--output <file>] [--show-phone-numbers]

Reads the texts Open Dental sent in the last <n> days (default 30; its smstomobile table)
and reports, with the count behind each and the advice of Open Dental's "Integrated Texting
Troubleshooting" page:
  pending-texts          texts still Pending an hour or more after they were sent, by burst
  failing-phone-number   a number whose texts failed twice or more (fix the wireless phone)
  filtered-template      a template whose texts fail significantly more often than the rest
                         (one-sided Fisher exact test, p < 0.001, at least 100 texts), with
                         odmsg's problems in it
  links-in-manual-texts  manual texts with a link fail more often than those without
  cost                   what each template cost, its segments against odmsg's estimate,
                         and what fixing its encoding or length would save a month
Each sent text is matched to the template it came from (tags as wildcards); texts that fit
no current template are counted as such. --clinic reads only those clinics' texts.
--format html prints a self-contained page (no network, no script): per clinic, worst
first, the findings, and per template a chart of its delivery and failure rates by week
and of its failure reasons; the same page as VS Code's "odmsg: Texting health…".
-o, --output <file> writes the report there instead of stdout (replaced atomically).

Privacy: phone numbers are shown as their last four digits unless --show-phone-numbers;
no text is printed (manual texts: counts and the links' domains only); nothing leaves
the machine. The user needs SELECT on smstomobile too.

${DB_URL}

Exit codes: 0 nothing to fix (information only), 1 findings, 2 failure.
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
      --db <url>            check the templates in an Open Dental database instead of files
                            (mysql://user@host:3306/opendental; password in ODMSG_DB_PASSWORD)
      --include-disabled    with --db: also the templates Open Dental does not send
      --clinic <n>          with --db: only this clinic (repeatable) and the practice defaults
  -h, --help                show this help

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors, or too many warnings
  2  usage error, a file that cannot be read or decoded, a config file with problems,
     or (--db) a database that cannot be reached or read
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
    case 'pull':
      return PULL;
    case 'push':
      return PUSH;
    case 'doctor':
      return DOCTOR;
    case 'rules':
      return RULES;
    default:
      return GENERAL;
  }
}
