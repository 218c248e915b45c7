# The store's words: its errors (open, lock, schema, snapshot, records), the messages of an
# import (penata/v1 JSON, CSV, .xlsx), the settings file, the audit chain, and the meeting
# documents. Codes, keys, command names, options and formats stay as written.

## Text given as it is (a foreign library's or the domain's words, already worded)

# A text worded elsewhere, said as it is. @same
store-as-is = { $text }

## StoreError

# The database directory is locked by another penata process.
store-locked =
    the database in { $dir } is in use by another penata process.
    Close the other penata (or wait for it to finish), or use another database with --db DIR.
# The database was written by a newer penata.
store-newer-schema =
    the database in { $dir } has schema version { $found }, but this penata understands up to { $supported }.
    Use a newer penata, or point --db at another directory.
# The data directory cannot be created.
store-create-dir = cannot create the data directory { $dir }: { $source }; check the permissions of its parent, or choose another directory with --db DIR
# The database cannot be opened.
store-open-failed = the database in { $dir } could not be opened: { $message }
# A stored record cannot be read.
store-corrupt = stored record { $key } is unreadable ({ $message }); the database may be damaged: restore it from an export
# Any other database failure.
store-db-error = database error: { $message }
# The audit log replayed against the data (`penata check`), one message per difference.
store-replay-unknown-plan = entry { $seq } concerns plan "{ $plan }", which no earlier entry created
store-replay-no-such-move = entry { $seq } decides move { $no } of plan "{ $plan }", which the log never made
store-replay-plan-unlogged = plan "{ $plan }" is in the data, but no audit entry created it
store-replay-plan-missing = plan "{ $plan }" was created in the log and not deleted, but is not in the data
store-replay-count = plan "{ $plan }": the log leaves { $logged } { $what }, the data holds { $found }
store-replay-move-differs = plan "{ $plan }", move { $no }: its { $field } differs from what the log recorded
store-replay-no-import = the organization "{ $org }" is in the data, but no audit entry imported it
store-replay-org-differs = the log's last import is "{ $logged }", the data holds "{ $found }"
store-replay-employees-differ = the imports in the log add up to { $logged } employees, the data holds { $found }
store-replay-note-missing = the note of entry { $seq } on { $nip } is not in the data
store-replay-note-unlogged = a note on { $nip } written since the last import has no audit entry
store-replay-readiness-differs = the readiness of { $nip } differs from what entry { $seq } recorded
# The directory holds no database, and the command only reads (it never creates one).
store-no-database =
    there is no database in { $dir }.
    Import an organization with: penata import FILE (or start penata without a command to begin with the demo organization), or point --db at the database directory.
# sled found its files damaged (said instead of sled's own words).
store-sled-corrupt = the database files are damaged; restore the database directory from a backup, or import the organization again (penata import FILE --replace)
# sled's snapshot file is damaged and its log cannot stand in for it.
store-sled-snapshot-damaged =
    the database file { $file } is damaged, and the rest of the database cannot replace it.
    Restore the database directory from a backup, or import the organization again (penata import FILE --replace) into an empty directory.

## Internal failures (each a bug or a damaged disk, said plainly)

# A panic poisoned the database lock.
store-panicked = an earlier operation on the database panicked; run penata again
# No generation of data is live.
store-no-live-generation = the database has no live data; import data with `penata import`
# The import writer thread panicked.
store-import-thread-panicked = the import writer thread panicked; nothing was imported
# The decoding thread panicked.
store-decode-thread-panicked = the decoding thread panicked; run penata again
# The opening thread panicked.
store-open-thread-panicked = the database opening thread panicked; run penata again
# Apply was sent through the plain plan-change path.
store-apply-own-transaction = apply runs in its own transaction (a bug)
# The schema version key says 0.
store-schema-zero = it records schema version 0, which never existed. Point --db at another directory, or restore it from an export
# Data without a schema version.
store-no-schema = it holds data but no schema version, so it is not a penata database or it is damaged. Point --db at another directory, or restore it from an export
# No organization is stored.
store-no-organization = the database holds no organization; import one with `penata import`

## What is wrong with a stored record (inside store-corrupt)

# A value that must be a 4-byte number.
store-not-u32 = not a 4-byte number
# A value that must be an 8-byte number.
store-not-u64 = not an 8-byte number
# A value that must be UTF-8 text.
store-not-utf8 = not UTF-8
# A key that must be UTF-8 text.
store-key-not-utf8 = key is not UTF-8
# No migration from the stored schema version.
store-no-upgrade = no upgrade from this version
# The snapshot names an employee that is not there.
store-no-such-employee = no such employee
# The snapshot's checksum does not match.
store-checksum-mismatch = checksum mismatch
# The snapshot is too large to write.
store-snapshot-too-large = the snapshot's employee section exceeds 4 GiB
# A record stored under another id's key.
store-key-not-id = the record's key does not match its id
# A move the plan header counts is gone.
store-move-missing = a move the plan header counts is missing
# The audit head record is malformed.
store-audit-head-bad = not a sequence number and hash
# A stored feedback date out of range.
store-feedback-date-range = feedback date out of range
# A stored feedback time out of range.
store-feedback-time-range = feedback time out of range
# A stored note time out of range.
store-profile-date-range = profile date out of range
store-note-time-range = note time out of range
# A stored rank out of range.
store-rank-range = rank out of range
# A stored count that is not 8 bytes.
store-not-count = not an 8-byte count
# An employee key that is not a NIP.
store-key-not-nip = key is not a valid NIP
# A record cannot be encoded.
store-cannot-encode = cannot encode: { $error }
# A stored code no version knows.
store-unknown-code = unknown { $what } code { $code }
# What a stored code names, in store-unknown-code.
store-what-jenjang = jenjang
store-what-group = competency group
# What a stored code names, in store-unknown-code.
store-what-severity = feedback severity
# What a stored code names, in store-unknown-code.
store-what-position-type = position type
# What a stored code names, in store-unknown-code.
store-what-performance = performance
# What a stored code names, in store-unknown-code.
store-what-potential = potential
# What a stored code names, in store-unknown-code.
store-what-readiness = readiness
# A stored meeting decision no version knows.
store-unknown-decision = unknown decision { $code }
# A plan's stored moves do not add up to its header.
store-moves-count = { $stored ->
    [one] { $stored } move stored, { $expected } expected
   *[other] { $stored } moves stored, { $expected } expected
}
# The snapshot file cannot be removed.
store-snapshot-remove = cannot remove the snapshot { $path }: { $error }; check the directory's permissions
# The snapshot file cannot be written.
store-snapshot-write = cannot write the snapshot: { $error }; check the disk space and the database directory's permissions
# The snapshot header cannot be encoded.
store-snapshot-header = cannot encode the snapshot header: { $error }

## Plans, people, units

# No plan by that name.
store-no-plan = no plan named "{ $name }"; list plans with: penata plan list
# A plan by that name exists already.
store-plan-exists = a plan named "{ $name }" already exists; choose another name
# The plan was applied and cannot change.
store-plan-applied = plan "{ $name }" was applied to the baseline on { $when }; to keep planning, duplicate it: penata plan duplicate "{ $name }" NEW
# No move with that number.
store-no-move = { $moves ->
    [one] plan "{ $plan }" has { $moves } move; there is no move { $number }
   *[other] plan "{ $plan }" has { $moves } moves; there is no move { $number }
}
# The plan changed under an apply.
store-plan-changed-while-applying = plan "{ $name }" changed while it was being applied; apply it again
# An employee of the plan left the baseline.
store-employee-left-baseline = employee { $nip } is no longer in the baseline; apply the plan again
# No employee with that NIP.
store-no-employee = no employee with NIP { $nip }; look them up with: penata search NAME
# No unit with that id.
store-no-unit = no unit with id "{ $id }" (list units with: penata tree --ids)

## Where things are kept: the database, the settings file, the demo

# No home directory for the database.
store-no-home-for-db = there is no home directory to keep the database in; pass --db DIR or set { $env }
# No home directory for the settings.
store-no-home-for-settings = there is no home directory to keep settings in; pass --config FILE or set { $env }
# The named settings file does not exist.
store-settings-missing = the settings file { $path } does not exist: create it with `penata config init --config { $path }`, or name another with --config or { $env }
# The settings file cannot be read.
store-settings-unreadable = cannot read the settings file { $path }: { $error }; check the file's permissions
# A line of the settings file is wrong.
store-settings-bad =
    settings file { $path }, { $what }
    Fix that line (or remove it to keep the default); `penata config init --force` writes a fresh commented file.
# The settings file exists already.
store-settings-exists = { $path } already exists; pass --force to replace it with the commented defaults
# The settings file cannot be written.
store-settings-unwritable = cannot write the settings file { $path }: { $error }; check the directory's permissions
# The built-in demo does not validate.
store-demo-invalid =
    the built-in demo organization is invalid (a bug):
    { $error }
# The demo was loaded on first start.
store-demo-loaded = { $employees ->
    [one] first start: loaded the demo organization "{ $organization }" ({ $employees } employee) into { $dir }. Import your own with: penata import FILE
   *[other] first start: loaded the demo organization "{ $organization }" ({ $employees } employees) into { $dir }. Import your own with: penata import FILE
}

## The audit chain

# An entry of the chain is missing.
store-audit-entry-missing = entry { $expected } is missing (the next one is { $next })
# Entries at the end of the chain were removed.
store-audit-entries-removed = entries { $from } to { $to } were removed
# An entry is cut short.
store-audit-truncated = the entry is truncated
# An entry does not carry its predecessor's hash.
store-audit-prev-hash = it does not carry the previous entry's hash
# An entry was edited.
store-audit-edited = its content does not match its hash (edited)
# An entry's content cannot be read.
store-audit-unreadable = its content is unreadable or names another number
# The chain's head record is gone.
store-audit-head-missing = the log's head record is missing
# The chain's head record disagrees with the last entry.
store-audit-head-mismatch = the log's head record does not match the last entry

## Export

# A date that Excel cannot hold.
store-export-year = year { $year } is outside Excel's dates

## Import: the summary and the whole file

# A problem of an import, in its file. @same
store-import-in-file = { $file }: { $message }
# A problem of an import, at a line of its file. @same
store-import-in-file-line = { $file }:{ $line }: { $message }
# A problem of an import, in a record of its file. @same
store-import-in-record = { $file }: { $record }: { $message }
# A problem of an import, in a record at a line of its file. @same
store-import-in-record-line = { $file }:{ $line }: { $record }: { $message }
# A report of several lines: the first, then the rest. @same
store-lines =
    { $first }
    { $rest }

# The last line of a refused import.
store-nothing-imported = { $errors ->
    [one] { $errors } error; nothing was imported
   *[other] { $errors } errors; nothing was imported
}
# More problems than are listed.
store-more-not-shown = ... and { $more } more not shown (only the first { $listed } are listed)
# --sheet for a file that is not a workbook.
store-sheet-not-workbook = --sheet { $sheet } names a worksheet, but the file is not an .xlsx workbook (CSV and penata/v1 files have no sheets): leave --sheet out
# An old .xls workbook.
store-old-xls = the file is an old Excel 97-2003 workbook (.xls): open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"
# A UTF-16 text file.
store-utf16 = the file is UTF-16 text (Excel "Unicode Text"): save it as "CSV UTF-8 (Comma delimited)" instead
# A file that is not UTF-8.
store-not-utf8-file = the file is not UTF-8 text (byte 0x{ $byte }): in Excel use Save As and choose "CSV UTF-8 (Comma delimited)"; save JSON files as UTF-8
# An empty file.
store-csv-empty = the file is empty: expected a penata/v1 JSON object, an .xlsx workbook or a CSV header row with the columns { store-allowed-columns }
# The CSV header row cannot be read.
store-csv-header-unreadable = the header row cannot be read: { $error }
# A CSV row cannot be read.
store-csv-row-unreadable = the row cannot be read: { $error }
# A workbook that cannot be read.
store-xlsx-unreadable = the file is not a readable .xlsx workbook ({ $error }): save it again from Excel as "Excel Workbook (.xlsx)"
# A workbook without a worksheet.
store-no-worksheet = the workbook has no worksheet: put the employee rows on its first sheet
# --sheet names no sheet of the workbook.
store-no-such-sheet = there is no sheet { $wanted }: the workbook has the sheets { $sheets }; name one of them with --sheet
# A workbook whose parts expand to more than penata reads (a zip bomb, or far too much data).
store-xlsx-bomb = the workbook expands to { $mb } MB when unpacked, more than the { $max } MB penata reads: it is not an export penata can read (or is damaged); export the data again, or split it
# A workbook whose shared strings are too big.
store-xlsx-strings-too-big = the workbook's text (its shared strings) is more than { $max } MB: export the data again, or split it
# A workbook that declares too many shared strings.
store-xlsx-strings-many = the workbook declares more than { $max } different texts: export the data again, or split it
# A cell beyond the columns penata reads.
store-sheet-too-wide = sheet { $name } has a value in cell { $cell }, beyond the { $max } columns penata reads: delete what is there, or move the data to the left
# A worksheet with too many cells.
store-sheet-too-many-cells = sheet { $name } holds more than { $max } cells: split the data over several files
# A worksheet that cannot be read.
store-sheet-unreadable = sheet { $name } cannot be read ({ $error }): save the workbook again from Excel
# An empty worksheet.
store-sheet-empty = sheet { $name } is empty: its first row names the columns { store-allowed-columns }
# A cell that shows an Excel error.
store-excel-error = cell { $cell } shows the Excel error { $error }: fix the formula or type the value

## Import: penata/v1 JSON

# The record of a problem about the file's top level.
store-top-level = top level
# How a JSON list reads in a message.
store-a-list = a list
# How a JSON object reads in a message.
store-an-object = an object
# A key that is not one of the file's.
store-unknown-top-key = unknown key { $key }: allowed keys are { $allowed }
# A key given twice.
store-repeated-top-key = key { $key } appears more than once: keep one
# No format key.
store-format-missing = format is missing: add "format": "{ $format }"
# Another format's file.
store-format-other = format { $found }: this penata reads "{ $format }" files
# A format that is not text.
store-format-wrong = format { $found }: must be "{ $format }"
# A list that is missing.
store-list-missing = { $key } is missing: add "{ $key }": [] when there are none
# A list that is something else.
store-list-wrong = { $key } is { $found }: must be a list
# A JSON syntax error.
store-invalid-json = invalid JSON: { $message } (column { $column })
# A text with a described value in it: the words before, the value, the words after. @same
store-spliced = { $before }{ $what }{ $after }
# A JSON value of the wrong type (serde's words).
store-json-invalid-type = invalid type: { $found }, expected { $expected }
# What the reader expects of the whole file.
store-expecting-file = one JSON object {"{"}"format": "{ $format }", "organization": ..., "competencies": [...], "units": [...], "positions": [...], "employees": [...]{"}"}
# What the reader expects of a top-level list.
store-expecting-records = a list of records
# What the reader expects of one employee.
store-expecting-record = a record
# What the reader expects of a key.
store-expecting-key = a key
# What the reader expects of any value.
store-expecting-value = any JSON value
# What the reader expects of competency levels.
store-expecting-levels = competency levels
# What the reader expects of notes.
store-expecting-notes = a list of notes
# serde's name of a JSON list, in store-json-invalid-type.
store-json-found-sequence = sequence
# serde's name of a JSON object, in store-json-invalid-type.
store-json-found-map = map
# serde's name of null, in store-json-invalid-type.
store-json-found-unit = unit value
# A text value, in store-json-invalid-type.
store-json-found-string = string { $value }
# An integer value, in store-json-invalid-type.
store-json-found-integer = integer { $value }
# A fractional value, in store-json-invalid-type.
store-json-found-float = floating point { $value }
# A boolean value, in store-json-invalid-type.
store-json-found-boolean = boolean { $value }
# serde_json's words for a JSON syntax error.
store-json-eof-list = EOF while parsing a list
# serde_json's words for a JSON syntax error.
store-json-eof-object = EOF while parsing an object
# serde_json's words for a JSON syntax error.
store-json-eof-string = EOF while parsing a string
# serde_json's words for a JSON syntax error.
store-json-eof-value = EOF while parsing a value
# serde_json's words for a JSON syntax error.
store-json-expected-colon = expected `:`
# serde_json's words for a JSON syntax error.
store-json-expected-list-comma = expected `,` or `]`
# serde_json's words for a JSON syntax error.
store-json-expected-object-comma = expected `,` or `{"}"}`
# serde_json's words for a JSON syntax error.
store-json-expected-ident = expected ident
# serde_json's words for a JSON syntax error.
store-json-expected-value = expected value
# serde_json's words for a JSON syntax error.
store-json-expected-quote = expected `"`
# serde_json's words for a JSON syntax error.
store-json-invalid-escape = invalid escape
# serde_json's words for a JSON syntax error.
store-json-invalid-number = invalid number
# serde_json's words for a JSON syntax error.
store-json-number-out-of-range = number out of range
# serde_json's words for a JSON syntax error.
store-json-invalid-code-point = invalid unicode code point
# serde_json's words for a JSON syntax error.
store-json-control-character = control character (\u0000-\u001F) found while parsing a string
# serde_json's words for a JSON syntax error.
store-json-key-not-string = key must be a string
# serde_json's words for a JSON syntax error.
store-json-lone-surrogate = lone leading surrogate in hex escape
# serde_json's words for a JSON syntax error.
store-json-trailing-comma = trailing comma
# serde_json's words for a JSON syntax error.
store-json-trailing-characters = trailing characters
# serde_json's words for a JSON syntax error.
store-json-hex-escape-end = unexpected end of hex escape
# serde_json's words for a JSON syntax error.
store-json-recursion-limit = recursion limit exceeded

## Import: spreadsheet rows (CSV and .xlsx)

# The columns a spreadsheet may have, as a message lists them.
store-allowed-columns = nip, nama (or name), golongan (or rank), jabatan (or position)
# The record of a CSV row.
store-row = row { $row }
# The record of a worksheet row.
store-sheet-row = sheet { $sheet } row { $row }
# A row's record with its NIP. @same
store-record-nip = { $record } nip { $nip }
# The record of a header row.
store-header-record = { $record } (header)
# A message about one cell of a worksheet.
store-at-cell = cell { $cell }: { $message }
# A header that names no known column.
store-unknown-column = unknown column { $name }: allowed columns are { store-allowed-columns }
# Two headers for one column.
store-same-columns = columns { $first } and { $second } mean the same: keep one
# No nip column.
store-no-nip-column = there is no nip column: the header row names the columns { store-allowed-columns }
# A row longer or shorter than the header.
store-cell-count = the row has { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
} but the header has { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}: make it match the header
# A value in a column without a header.
store-cell-without-header = cell { $value } is in a column without a header: name the column ({ store-allowed-columns })
# An empty NIP cell.
store-nip-empty = nip is empty: every row needs the employee's NIP
# A NIP stored as a number.
store-nip-as-number = nip is stored as the number { $shown }, which keeps only 15 digits of the 18: format the NIP column as Text and type the NIPs again
# A NIP turned into scientific notation.
store-nip-scientific = nip { $nip } was turned into a number by the spreadsheet: format the nip column as Text and export again
# A NIP on two rows.
store-nip-twice = nip { $nip } is also on row { $first }: one row per employee
# An empty name for a new employee.
store-name-empty = { $column } is empty: a new employee (NIP not stored yet) needs a name
# No name column for a new employee.
store-no-name-column = there is no nama column: a new employee (NIP not stored yet) needs a name
# An empty rank for a new employee.
store-rank-empty = { $column } is empty: a new employee needs a golongan such as III/c (PNS) or IX (PPPK)
# No rank column for a new employee.
store-no-rank-column = there is no golongan column: a new employee (NIP not stored yet) needs a golongan
# A position id that does not exist.
store-unknown-position = { $column } { $id }: no position has this id (leave the cell empty for staff not yet placed)
# A rank cell the domain refuses: the column and the domain's words. @same
store-column-says = { $column } { $message }

## The meeting documents (berita acara, lampiran SK, the CSV of moves)


# A move's employee without a seat.
store-doc-not-placed = Unplaced
# A move's employee no longer in the data.
store-doc-unknown-person = (not in the data)
# A move the meeting has not decided.
store-doc-undecided = undecided
# The title of the minutes.
store-doc-title = Minutes of the Position Arrangement Review Meeting
# The minutes' row of the meeting's date.
store-doc-day-date = Day, date
# The minutes' row of the plan.
store-doc-plan = Arrangement plan
# The minutes' row of the proposals.
store-doc-proposals = Proposals
# The minutes' section of the moves.
store-doc-section-moves = A. Proposed transfers
# A plan without moves.
store-doc-no-moves = This plan holds no proposed transfer yet.
# A move's rank line. @same
store-doc-rank = Pangkat/golongan
# A move's seat before.
store-doc-from = From
# A move's seat after.
store-doc-to = To
# A move's reason.
store-doc-reason = Reason
# Who proposed a move, and when.
store-doc-proposed-by = Proposed by
# A move that no longer fits the data.
store-doc-attention = Attention: no longer matches the current data
# The meeting's decision on a move.
store-doc-decision = Meeting decision
# The meeting's remark on a move.
store-doc-remark = remark
# The minutes' section of the units.
store-doc-section-units = B. Changes per unit
# No unit changed.
store-doc-no-units = No unit changes.
# The heading row of the units table (Markdown).
store-doc-units-header = | Unit | Filled/formasi before | Filled/formasi after | Mean JPM before | Mean JPM after | Vacancies filled | New vacancies |
# The minutes' section of the fit.
store-doc-section-fit = C. Job Person Match summary
# The minutes' closing section.
store-doc-section-closing = D. Closing
# The minutes' closing sentence.
store-doc-closing = These minutes were drawn up truthfully, to be used as appropriate.
# A signature's role.
store-doc-chair = Chair of the meeting,
# A signature's role.
store-doc-secretary = Minute taker,
# A signature's role in the SK attachment.
store-doc-official = Authorized official,
# The title of the SK attachment.
store-doc-sk-title = ATTACHMENT TO THE DECREE
# The SK attachment's number row.
store-doc-sk-number = Number
# The SK attachment's date row.
store-doc-sk-date = Date
# The SK attachment's subject row.
store-doc-sk-subject = Subject
# The SK attachment's list heading.
store-doc-sk-list = List of Transferred Civil Servants (ASN)
# No approved move.
store-doc-sk-none = No proposal has been approved by the meeting yet.
# The heading row of the SK table (Markdown).
store-doc-sk-header = | No | NIP | Name | Pangkat/Golongan | Former position | New position | Unit |
# A time of day in a long date-time: `20 November 2026 at 09:15 WIB`.
store-doc-date-time = { $date } at { $hour }:{ $minute } { $zone }
# A seat whose position is gone.
store-doc-seat-gone = { $position } (position no longer exists)
# The tally of the proposals. Decision codes stay as written.
store-doc-tally = { $moves } (setuju { $setuju }, tunda { $tunda }, tolak { $tolak }, undecided { $undecided })
# The opening sentence of the minutes.
store-doc-opening = On { $date }, a meeting reviewed the position arrangement plan "{ $plan }" of { $organization }, with the following results.
# The fit of everyone seated.
store-doc-fit-overall = Mean JPM of everyone holding a position: { $before } to { $after } ({ $filled_before } to { $filled_after ->
    [one] { $filled_after } employee
   *[other] { $filled_after } employees
})
# The fit of the moved employees.
store-doc-fit-moved = Employees moved: { $people }; their mean JPM { $before } to { $after }; up { $improved }, down { $worsened }
# Vacancies filled and left.
store-doc-vacancies = Vacancies filled: { $filled }; positions left vacant: { $opened }
# The fit categories' bounds.
store-doc-categories = Categories: { $high_label } >= { $high }%, { $middle_label } { $middle }% to < { $high }%, { $low_label } < { $middle }%
# The SK's subject.
store-doc-sk-subject-text = Transfer of Civil Servants (ASN) between Positions in { $organization }
# A day and date: `Monday, 23 November 2026`. @same
store-doc-day-and-date = { $weekday }, { $date }
# A date: `23 November 2026`. @same
store-doc-date = { $day } { $month } { $year }
# A weekday.
store-doc-monday = Monday
# A weekday.
store-doc-tuesday = Tuesday
# A weekday.
store-doc-wednesday = Wednesday
# A weekday.
store-doc-thursday = Thursday
# A weekday.
store-doc-friday = Friday
# A weekday.
store-doc-saturday = Saturday
# A weekday.
store-doc-sunday = Sunday
# A month.
store-doc-january = January
# A month.
store-doc-february = February
# A month.
store-doc-march = March
# A month. @same
store-doc-april = April
# A month.
store-doc-may = May
# A month.
store-doc-june = June
# A month.
store-doc-july = July
# A month.
store-doc-august = August
# A month. @same
store-doc-september = September
# A month.
store-doc-october = October
# A month. @same
store-doc-november = November
# A month.
store-doc-december = December

## The CSV of moves (and the moves sheet of the plan workbook): its headings

# CSV heading. @same
store-csv-no = No
# CSV heading. @same
store-csv-nip = NIP
# CSV heading.
store-csv-name = Name
# CSV heading. @same
store-csv-golongan = Golongan
# CSV heading.
store-csv-former-position = Former position
# CSV heading.
store-csv-former-unit = Former unit
# CSV heading.
store-csv-new-position = New position
# CSV heading.
store-csv-new-unit = New unit
# CSV heading.
store-csv-jpm-before = JPM before
# CSV heading.
store-csv-jpm-after = JPM after
# CSV heading.
store-csv-reason = Reason
# CSV heading.
store-csv-decision = Decision
# CSV heading.
store-csv-remark = Meeting remark
# CSV heading.
store-csv-by = By
# CSV heading.
store-csv-time = Time

## Files penata writes (store::files)

# An output target that is a directory (after "cannot write FILE:").
store-write-directory = it is a directory; name a file inside it
# An output target that is a block device (a disk).
store-write-block-device = it is a block device; penata writes only to a file, a pipe or a terminal
# An output target that is a character device other than a terminal (such as /dev/full).
store-write-char-device = it is a device that is not a terminal; penata writes only to a file, a pipe or a terminal
# An output target that is a socket.
store-write-socket = it is a socket; penata writes only to a file, a pipe or a terminal
# A read refused because others may open the database directory.
store-dir-not-private =
    the database directory { $dir } can be read by other accounts (mode { $mode }).
    Make it yours alone with `chmod 700 { $dir }`, then run the command again.
# The database directory or a file in it cannot be made owner-only.
store-cannot-restrict = cannot make the database directory { $dir } readable by you alone: { $error }; it must belong to your account (or choose another directory with --db DIR)
