# The command line's help (`--help`, the manual page, the completions) and its usage errors.
# The texts of the commands and arguments are built by the code from the command tree
# (`help-<command path>` and an attribute per argument `.<argument>` and value
# `.<argument>--<value>`; `help-shared` for an argument several commands share).

## Headings and clap's own words

# The help flag of every command (`-h`).
help-flag = Print help
# The help flag where `--help` says more than `-h`.
help-flag-more = Print help (see more with '--help')
# The help flag's long form.
help-flag-long = Print help (see a summary with '-h')
# The version flag.
help-version-flag = Print version
# The `help` subcommand clap adds.
help-command = Print this message or the help of the given subcommand(s)
# The heading of the usage line.
help-usage = Usage:
# The heading of the subcommands.
help-commands = Commands
# The heading of the positional arguments.
help-arguments = Arguments
# The heading of the options.
help-options = Options
# An argument's default value: `[default: 20]`.
help-default = {"["}default: { $value }]
# The values an argument takes: `[possible values: json, csv]`.
help-choices = {"["}possible values: { $values }]
# The heading of the values an argument takes, each with its help (long help).
help-choices-heading = Possible values:

## Usage errors

# Before a usage error.
help-error = error:
# After a usage error.
help-more-info = For more information, try '--help'.
# An argument clap does not know.
help-error-unknown-argument = unexpected argument '{ $arg }' found
# A subcommand clap does not know.
help-error-unknown-command = unrecognized subcommand '{ $command }'
# An option without its value.
help-error-value-missing = a value is required for '{ $arg }' but none was supplied
# A value outside the closed list.
help-error-bad-value = invalid value '{ $value }' for '{ $arg }'
# The same, with the values it takes.
help-error-bad-value-valid = invalid value '{ $value }' for '{ $arg }'; possible values: { $valid }
# A value the argument's parser refuses, with why.
help-error-invalid = invalid value '{ $value }' for '{ $arg }'{ $why }
# A required argument missing.
help-error-missing = the following required arguments were not provided: { $arg }
# No subcommand.
help-error-no-command = a subcommand is required but one was not provided
# Two arguments that exclude each other.
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
# A value too many.
help-error-too-many = unexpected value '{ $value }' for '{ $arg }' found
# The wrong number of values.
help-error-count = wrong number of values for '{ $arg }'
# `--name=value` needed.
help-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
# Arguments not in UTF-8.
help-error-utf8 = invalid UTF-8 was detected in one or more arguments
# Any other usage error, with clap's own first line.
help-error-other = invalid arguments ({ $detail })
# A suggestion clap has.
help-error-tip = tip: perhaps you meant '{ $suggestion }'

## Commands and arguments

# @dynamic: the help of penata (its attributes: its arguments and their values).
help-penata = Plan the reorganization of Indonesian civil servants (penataan jabatan) in the terminal
    .long =
        penata: plan the reorganization of civil servants (penataan jabatan) in the terminal.

        Without a subcommand, opens the full-screen app on the database (the built-in demo organization on first start).
    .db = Database directory [default: $PENATA_DB, else the platform data directory]
    .no-color = Never use colour (also when the NO_COLOR environment variable is set)
    .config = Settings file [default: $PENATA_CONFIG, else the platform config directory]
    .lang = Language: id or en [default: the settings file, else the locale (id_* means id)]
    .read-only = Change nothing: the app refuses every change, a command that writes is refused, and the database is only read (never created or upgraded)
    .mask = Mask NIPs, birth dates and notes: on screen in the app (key N toggles), in a command's export; a command that would print them in full is refused

# @dynamic: the help of shared by several commands (its attributes: its arguments and their values).
help-shared = Arguments several commands share
    .json = Print JSON
    .output = Write to FILE (created readable by its owner only) instead of standard output; a FILE ending in .xlsx gets an Excel workbook unless --format says otherwise
    .mask-nip = Hide the birth date (and sequence) in every NIP: 19850312 201001 2 003 becomes ******** 201001 2 ***. A masked file cannot be imported
    .unmasked = Write full NIPs even when the settings file says `mask_nip = true`
    .no-notes = Leave out notes on people (with their readiness remarks) and the meeting's remarks on moves
    .plan = The plan
    .name = The plan's name
    .yes = Do not ask for confirmation
    .format--json = JSON, as --json prints it
    .format--xlsx = An Excel workbook (needs -o FILE or a pipe)
    .unit = The unit whose subtree to look at [default: the whole organization]

# @dynamic: the help of penata import (its attributes: its arguments and their values).
help-import = Import an organization (penata/v1 JSON), a spreadsheet of employees (CSV or .xlsx), or the SIASN exports and office workbooks of a BKPSDM
    .file = A penata/v1 JSON organization, a list of employees as CSV or an Excel .xlsx workbook, or any mix of SIASN exports (ASN profile, unit hierarchy, peta jabatan, SKP) and office workbooks (standar kompetensi, assessment rekap), detected by content
    .sheet = The worksheet of an .xlsx workbook to read [default: the first]
    .dry-run = Validate and report without writing anything
    .replace = Allow a penata/v1 file to replace an organization that is not the demo
    .drop-missing = Remove the people missing from the new SIASN export instead of keeping them
    .report = Also write what a SIASN import finds (files, summary, findings, leavers) as an Excel workbook, created owner-only

# @dynamic: the help of penata export (its attributes: its arguments and their values).
help-export = Export the organization as penata/v1 JSON, or the employee list as CSV or .xlsx
    .format = What to write [default: by the extension of -o (.xlsx, .csv), else json]
    .format--json = The whole organization as penata/v1 (re-importable as it is)
    .format--csv = The employee list (NIP;Nama;Golongan;Jabatan), UTF-8 with BOM, for spreadsheets
    .format--xlsx = The employee list as an Excel workbook, with a second sheet of the positions
    .format--siasn = The peta jabatan and unit hierarchy in SIASN's columns, as one Excel workbook that penata import reads back (needs -o FILE or a pipe)

# @dynamic: the help of penata search (its attributes: its arguments and their values).
help-search = Find staff by name (fuzzy, titles and old spellings ignored) or by NIP
    .query = Name (any order of words, titles and old spellings ignored) or NIP digits
    .limit = Show at most N hits
    .json = Print a JSON array (nip, name, rank, position, unit, score, ...)

# @dynamic: the help of penata show (its attributes: its arguments and their values).
help-show = Show one employee's whole record with seat, unit path and fit
    .nip = The employee's NIP (18 digits; spaces between groups allowed)

# @dynamic: the help of penata tree (its attributes: its arguments and their values).
help-tree = Print the unit tree with filled/formation per unit
    .depth = Show only the top N levels of units (1 = roots only)
    .ids = Also print each unit's id (what UNIT_ID arguments take)

# @dynamic: the help of penata plan (its attributes: its arguments and their values).
help-plan = Reorganization plans: new, list, show, rename, duplicate, delete, apply, diff, export

# @dynamic: the help of penata plan new (its attributes: its arguments and their values).
help-plan-new = Create an empty plan (a scenario over the current organization)
    .name = The plan's name (1-64 characters)

# @dynamic: the help of penata plan list (its attributes: its arguments and their values).
help-plan-list = List the plans with their number of moves

# @dynamic: the help of penata plan show (its attributes: its arguments and their values).
help-plan-show = Show a plan's moves with reasons, decisions and conflicts with the baseline

# @dynamic: the help of penata plan rename (its attributes: its arguments and their values).
help-plan-rename = Rename a plan
    .old = The plan's current name
    .new = Its new name

# @dynamic: the help of penata plan duplicate (its attributes: its arguments and their values).
help-plan-duplicate = Copy a plan's moves into a new plan (decisions are not copied)
    .new = The new plan's name

# @dynamic: the help of penata plan delete (its attributes: its arguments and their values).
help-plan-delete = Delete a plan and its moves

# @dynamic: the help of penata plan apply (its attributes: its arguments and their values).
help-plan-apply = Apply a plan to the baseline (for a reviewed plan, only the moves decided setuju)
    .skip-conflicts = Apply the moves without conflicts and leave the conflicting ones out

# @dynamic: the help of penata plan diff (its attributes: its arguments and their values).
help-plan-diff = Compare a plan with the baseline: moves, units, fit
    .json = Print the comparison as JSON

# @dynamic: the help of penata plan export (its attributes: its arguments and their values).
help-plan-export = Write the meeting minutes or the decree attachment (md, csv, json, sk)
    .format = What to write [default: xlsx when -o names an .xlsx file, else md]
    .format--md = Minutes of the review meeting (berita acara), Markdown
    .format--csv = One row per move for spreadsheets (UTF-8 with BOM, `;` by default)
    .format--json = The comparison as JSON
    .format--sk = Attachment table of the transfer decree (lampiran SK), approved moves only, Markdown
    .format--xlsx = The comparison as an Excel workbook: moves, units, summary (needs -o FILE or a pipe)
    .delimiter = CSV field separator: `;` (what Indonesian spreadsheets expect), `,` or `tab`
    .date = The date printed on the minutes and the decree (YYYY-MM-DD) [default: today]

# @dynamic: the help of penata move (its attributes: its arguments and their values).
help-move = Move a person to a position (or `-` to unplace) in a plan
    .nip = The employee's NIP (18 digits)
    .position = The target position's id, or `-` to unplace (belum ditempatkan)
    .plan = The plan to record the move in
    .reason = A one-line reason, shown in the comparison and the minutes

# @dynamic: the help of penata undo (its attributes: its arguments and their values).
help-undo = Take back the last move of a plan

# @dynamic: the help of penata redo (its attributes: its arguments and their values).
help-redo = Bring back the last undone move of a plan

# @dynamic: the help of penata decide (its attributes: its arguments and their values).
help-decide = Record a review decision (setuju, tunda, tolak) on a move of a plan
    .move-no = The move's number as `penata plan show` lists it (from 1)
    .decision = setuju (approved), tunda (postponed) or tolak (rejected)
    .remark = An optional remark recorded with the decision

# @dynamic: the help of penata log (its attributes: its arguments and their values).
help-log = Show the audit log of every change, or verify its hash chain
    .plan = Only the entries about this plan (also from before it was renamed)
    .verify = Check the hash chain instead of printing: exit 1 naming the first bad entry; prints the chain's head (its last entry's number and hash)
    .anchor = With --verify: exit 0 only if the chain still holds the entry of this hash (the head printed on earlier minutes; at least 16 hex digits)

# @dynamic: the help of penata check (its attributes: its arguments and their values).
help-check = Verify the database's invariants; exit 1 with the findings

# @dynamic: the help of penata candidates (its attributes: its arguments and their values).
help-candidates = Rank everyone for a seat by fit there (JPM), then performance, then potential
    .position = The seat's position id (see penata show NIP or penata export)
    .limit = Show at most N candidates
    .unplaced = Only people not yet placed (belum ditempatkan)
    .over-formation = Only people whose seat is over its formation
    .subtree = Only people seated in this unit's subtree
    .min-rank = Only people of this golongan or higher (III/c; a PPPK golongan like IX for PPPK)
    .any-level = Also people in structural seats above this one (left out by default: moving down a level is a disciplinary sanction, not a placement)
    .format = Output format; xlsx: the ranking and the seat [default: xlsx when -o names an .xlsx file, else text]
    .json = Print a JSON array, best first: nip, name, jpm, category, gaps, ... (the same as --format json)

# @dynamic: the help of penata ninebox (its attributes: its arguments and their values).
help-ninebox = Count people per talent 9-box (performance x potential) in a unit subtree
    .unit = The unit whose subtree to map [default: the whole organization, unplaced included]
    .which = List the people in one box (1-9, or `unrated` for belum dinilai)
    .format = Output format; xlsx: the grid and the people with their box [default: xlsx when -o names an .xlsx file, else text]
    .json = Print JSON: counts per box "1".."9" plus "unrated" (the same as --format json)

# @dynamic: the help of penata gaps (its attributes: its arguments and their values).
help-gaps = Competency gaps against each seat's standard, and the training needs they add up to
    .plan = Look at a plan's result instead of the baseline
    .format = Output format: text, csv (one row per person and competency), json or xlsx [default: xlsx when -o names an .xlsx file, else text]
    .format--xlsx = An Excel workbook: training needs and gaps per person (needs -o FILE or a pipe)
    .needs = Only the training needs per competency (text, csv and xlsx)

# @dynamic: the help of penata note (its attributes: its arguments and their values).
help-note = Add a dated note on an employee (author: the OS user), optionally setting readiness
    .nip = The employee's NIP (18 digits)
    .text = The note's text (quote it; several words are joined with spaces)
    .readiness = Also set readiness for the change: siap, ragu, menolak or belum (belum dinilai)

# @dynamic: the help of penata feedback (its attributes: its arguments and their values).
help-feedback = Record what the public said about a unit's service, or list it (no text)
    .unit = The unit's id (see them with: penata tree --ids)
    .text = What the public said (quote it; several words are joined with spaces). Leave it out to list the unit's feedback
    .source = Where it came from, free text: musrenbang, SP4N-LAPOR!, forum warga, ... When listing: only entries whose source contains this
    .severity = How heavily it weighs: low, medium or high (rendah, sedang, tinggi) [default when recording: medium]. When listing: only entries of this severity
    .date = The day the public said it, YYYY-MM-DD [default: today]
    .subtree = When listing: also the feedback on the unit's sub-units
    .limit = When listing: at most N entries, newest first
    .json = Print JSON (the recorded entry, or the list)

# @dynamic: the help of penata workload (its attributes: its arguments and their values).
help-workload = Headcount the workload needs (ABK) and effectiveness grade beside the formation
    .json = Print a JSON array (position, minutes, need, formation, holders, ej, grade, ...)

# @dynamic: the help of penata retirements (its attributes: its arguments and their values).
help-retirements = Seats falling vacant as holders reach retirement age (BUP), per unit within 1, 2, 5 years
    .years = List the seats falling vacant within N years
    .today = Count from this date (YYYY-MM-DD) instead of today
    .json = Print JSON: counts per unit and the seats with their vacancy dates

# @dynamic: the help of penata generate (its attributes: its arguments and their values).
help-generate = Write a synthetic province-scale organization (penata/v1) for benchmarks
    .employees = How many employees to generate
    .seed = Seed of the generator: the same seed gives the same file
    .output = Write to FILE (created readable by its owner only)
    .siasn = Also write the organization as SIASN export files into DIR (created owner-only)

# @dynamic: the help of penata completions (its attributes: its arguments and their values).
help-completions = Print a shell completion script (bash, zsh, fish, elvish, powershell)
    .shell = The shell to complete in

# @dynamic: the help of penata man (its attributes: its arguments and their values).
help-man = Print the manual page (roff), or write all pages into a directory
    .dir = Write penata.1 and one page per subcommand (penata-import.1, ...) into DIR instead of printing penata.1 to standard output

# @dynamic: the help of penata config (its attributes: its arguments and their values).
help-config = The settings file: path, show (with where each value comes from), init, keys

# @dynamic: the help of penata config path (its attributes: its arguments and their values).
help-config-path = Print where the settings file is (or would be)

# @dynamic: the help of penata config show (its attributes: its arguments and their values).
help-config-show = Print the settings in effect and where each comes from (default, file, env/flag)

# @dynamic: the help of penata config init (its attributes: its arguments and their values).
help-config-init = Write a commented settings file with every default (owner-readable only)
    .force = Replace an existing file

# @dynamic: the help of penata config keys (its attributes: its arguments and their values).
help-config-keys = List every action per mode with its keys in effect (names for [keys.MODE])
