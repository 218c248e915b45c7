# The command line's messages: results, summaries, table headings, prompts, warnings and its
# own errors. Names, ids, NIPs, domain terms (jabatan, formasi, golongan, JPM, ABK, BUP), the
# decision and readiness codes and command names stay as they are in both languages.

## Shared words

# A rating or level that was not assessed.
cli-not-assessed = not assessed
# A person without a seat, in lists and reports.
cli-unplaced = Unplaced
# A seat in messages when there is none.
cli-not-placed = unplaced
# `N units, N positions, N employees`.
cli-org-summary = { $units ->
    [one] { $units } unit
   *[other] { $units } units
}, { $positions ->
    [one] { $positions } position
   *[other] { $positions } positions
}, { $employees ->
    [one] { $employees } employee
   *[other] { $employees } employees
}
# A file that cannot be read: what and why.
cli-cannot-read = cannot read { $what }: { $reason }
# A file that cannot be written: what and why.
cli-cannot-write = cannot write { $what }: { $reason }
# Standard output that cannot be written.
cli-cannot-write-output = cannot write the output: { $reason }
# A workbook that cannot be made.
cli-cannot-make-workbook = cannot make the workbook: { $reason }
# An .xlsx asked for on a terminal.
cli-workbook-to-terminal = an .xlsx workbook is a binary file, not for the terminal: write it with -o FILE.xlsx
# Closing note of an export on stderr.
cli-exported = exported { $what } to { $path }
# Without a terminal, penata prints the tree instead of opening the app.
cli-not-a-terminal = not a terminal, printing the unit tree (run penata in a terminal for the app)
# `--read-only` on a database without an organization.
cli-read-only-empty = --read-only: there is no organization in { $dir } to present; run penata once without --read-only (it loads the demo) or import one with: penata import FILE
# `--read-only` with a command that writes (`command` as typed: note, plan new, ...).
cli-read-only-refused = --read-only: penata { $command } changes data, so it is refused; run it without --read-only to make the change
# `--mask` with a command that would print NIPs or notes in full.
cli-mask-refused = --mask: penata { $command } prints NIPs or notes in full, so it is refused; the exports (export, candidates, gaps, ninebox, plan export, plan diff) mask with --mask or --mask-nip
# The version line.
cli-version = { $version } (data format { $format }, database schema { $schema })
# An unknown NIP.
cli-no-employee = no employee with NIP { $nip } (find people with: penata search NAME)
# An unknown unit id.
cli-no-unit = no unit with id "{ $id }" (list units with: penata tree)
# An unknown unit id with no unit like it.
cli-no-unit-like-none = no unit with id "{ $id }" (list unit ids with: penata tree --ids)
# An unknown unit id, with the units like it (lines `  id  name`).
cli-no-unit-like = no unit with id "{ $id }"; units like it:
    { $like }
    (list every unit id with: penata tree --ids)
# An unknown position id.
cli-no-position = no position with id "{ $id }" (see the ids with: penata export)
# A date argument that is not YYYY-MM-DD.
cli-not-a-date = { $given } is not a date as YYYY-MM-DD

## import, export

# `--dry-run`: nothing was written.
cli-nothing-written = dry run: nothing written
# After an import over the demo.
cli-replacing-demo = {" "}(replacing the demo organization)
# Refusing to replace a real organization.
cli-import-would-replace = the database in { $dir } already holds "{ $org }" ({ $employees ->
    [one] { $employees } employee
   *[other] { $employees } employees
}). A penata/v1 file replaces the whole organization: add --replace to confirm, or use another database with --db DIR.
# A valid penata/v1 file under `--dry-run`.
cli-import-valid = { $name } is valid: { $summary } ({ cli-nothing-written })
# A penata/v1 file imported.
cli-imported-org = imported "{ $org }" from { $name }: { $summary }{ $replaced }
# A valid employee sheet under `--dry-run`.
cli-import-employees-valid = { $name } is valid: { $added ->
    [one] { $added } employee
   *[other] { $added } employees
} to add, { $updated } to update ({ cli-nothing-written })
# An employee sheet imported.
cli-imported-employees = imported { $name }: { $added ->
    [one] { $added } employee
   *[other] { $added } employees
} added, { $updated } updated
# What an employee export holds.
cli-employee-list-of = the employee list of "{ $org }": { $employees ->
    [one] { $employees } employee
   *[other] { $employees } employees
}

## search, show, tree

# An empty search.
cli-empty-query = the search query is empty: give a name or NIP digits
# Nobody matches a search.
cli-no-match = no staff match "{ $query }"
# `penata show` label: the birth date.
cli-show-born = Born
# `penata show` label: the seat.
cli-show-seat = Position
# `penata show`: after filled/formation.
cli-show-formation-filled = filled
# `penata show`: heading of the competency table.
cli-show-competency-head = Competency  standard level  gap
# `penata show`: a seat without a standard.
cli-show-no-standard = - (the seat lists no competency standard)
# `penata show`: no required competency assessed.
cli-show-fit-not-assessed = - belum dinilai (none of the seat's required competencies assessed yet)
# `penata show` label: the SKP rating.
cli-show-performance = SKP rating
# `penata show` label: potential.
cli-show-potential = Potential
# `penata show` label: readiness.
cli-show-readiness = Readiness
# `penata show`: heading of the notes.
cli-show-notes = Notes
# `penata show`: a competency level not assessed.
cli-level-not-assessed = - (not assessed)

## plan, move, undo, redo, decide

# `penata plan delete` refused.
cli-nothing-deleted = nothing deleted
# `penata plan list` without plans.
cli-no-plans = no plans yet; create one with: penata plan new NAME
# The answers of a confirmation (y, yes and ya mean yes in both languages).
cli-yes-no = {"["}y/N]
# `penata plan apply` with conflicts.
cli-nothing-applied-resolve = nothing applied. Resolve the conflicting moves in the plan (undo or move again), or apply the others with --skip-conflicts
# `penata plan apply` answered no.
cli-nothing-applied = nothing applied
# A bad `--delimiter`.
cli-bad-delimiter = use one punctuation character such as ; or , (or tab)
# A plan applied before.
cli-already-applied = plan "{ $plan }" was already applied to the baseline on { $date }
# The conflicts that stop an apply.
cli-apply-conflicts = { $count ->
    [one] { $count } move of plan "{ $plan }" conflicts with the baseline:
   *[other] { $count } moves of plan "{ $plan }" conflict with the baseline:
}
# Moves left out of a reviewed plan.
cli-not-approved-stay-out = { $count ->
    [one] { $count } move is not decided setuju and stays out (the plan was reviewed)
   *[other] { $count } moves are not decided setuju and stay out (the plan was reviewed)
}
# An apply with nothing in it.
cli-nothing-to-apply = plan "{ $plan }" has no move to apply
# The question before an apply.
cli-apply-question = Apply { $moves ->
    [one] { $moves } move
   *[other] { $moves } moves
} of plan "{ $plan }" to the baseline ({ $seats ->
    [one] { $seats } seat changes
   *[other] { $seats } seats change
})?
# An apply done.
cli-applied = applied plan "{ $plan }": { $moves ->
    [one] { $moves } move
   *[other] { $moves } moves
}, { $seats ->
    [one] { $seats } seat changed
   *[other] { $seats } seats changed
}
# What a plan export holds: its moves.
cli-n-moves = { $count ->
    [one] { $count } move
   *[other] { $count } moves
}
# What a decree export holds: the approved moves.
cli-n-approved-moves = { $count ->
    [one] { $count } approved move
   *[other] { $count } approved moves
}
# Closing note of a plan export.
cli-exported-plan = exported plan "{ $plan }" ({ $what }) to { $path }
# An unknown plan (export, diff).
cli-no-plan-short = no plan named "{ $name }" (see the plans with: penata plan list)
# An unknown plan, with how to create it.
cli-no-plan = no plan named "{ $name }"; list plans with: penata plan list, or create it with: penata plan new "{ $name }"
# A move's seat that no longer exists.
cli-position-gone = { $id } (no longer exists)
# A plan created.
cli-plan-created = created plan "{ $name }"
# A plan renamed.
cli-plan-renamed = renamed plan "{ $old }" to "{ $new }"
# A plan copied.
cli-plan-copied = copied plan "{ $name }" to "{ $new }"
# The question before deleting a plan.
cli-delete-plan-question = Delete plan "{ $name }" with its { $moves ->
    [one] { $moves } move
   *[other] { $moves } moves
}?
# A plan deleted.
cli-plan-deleted = deleted plan "{ $name }"
# A question without a terminal to answer it.
cli-needs-confirmation = { $question } This needs confirmation: run it in a terminal or add --yes
# The answer cannot be read.
cli-cannot-read-answer = cannot read the answer: { $reason }
# One line of `penata plan list`.
cli-plan-list-line = { $name }  { $moves ->
    [one] { $moves } move
   *[other] { $moves } moves
}{ $redo }  by { $by } on { $on }{ $applied }
# `penata plan list`: undone moves that can come back.
cli-plan-list-undone = {" "}(+{ $count } undone)
# `penata plan list`: when the plan was applied.
cli-plan-list-applied = , applied { $date }
# `penata plan show`: heading.
cli-plan-head = Plan "{ $name }" by { $by }, created { $at }
# `penata plan show`: when it was applied.
cli-plan-applied-on = Applied to the baseline { $at }
# `penata plan show` without moves.
cli-no-moves-yet = No moves yet; move someone with: penata move NIP POSITION_ID --plan "{ $plan }"
# The line under a move: who recorded it and when.
cli-move-by = by { $author } { $at }
# The same, with the reason.
cli-move-by-reason = by { $author } { $at }; reason: { $reason }
# A move's decision.
cli-move-decision = decision: { $code }{ $remark }
# A move's conflict (`penata plan show`).
cli-move-conflict = CONFLICT: { $reason }
# `penata plan show`: the decisions.
cli-tally = Decisions: { $setuju } setuju, { $tunda } tunda, { $tolak } tolak, { $undecided } undecided
# `penata plan show`: undone moves.
cli-undone-can-return = { $count ->
    [one] { $count } undone move can be brought back with: penata redo --plan "{ $plan }"
   *[other] { $count } undone moves can be brought back with: penata redo --plan "{ $plan }"
}
# `penata plan show`: conflicting moves.
cli-moves-conflict = { $count ->
    [one] { $count } move conflicts with the baseline and would not be applied
   *[other] { $count } moves conflict with the baseline and would not be applied
}
# A plan applied: no more moves.
cli-plan-applied-already = plan "{ $plan }" was applied to the baseline on { $date }; to keep planning, duplicate it: penata plan duplicate "{ $plan }" NEW
# A move recorded.
cli-moved = moved { $who }: { $from } -> { $to } in plan { $plan }
# Nothing to undo.
cli-nothing-to-undo = nothing to undo in plan "{ $plan }"
# Nothing to redo.
cli-nothing-to-redo = nothing to redo in plan "{ $plan }"
# A move undone.
cli-undid = undid move of { $who }: { $from } -> { $to } in plan { $plan }
# A move redone.
cli-redid = redid move of { $who }: { $from } -> { $to } in plan { $plan }
# A bad decision code.
cli-bad-decision = decision "{ $given }" is not one of: setuju, tunda, tolak
# `penata decide` with move 0.
cli-moves-from-one = moves are numbered from 1
# A decision recorded.
cli-decided = move { $no } ({ $who }) in plan { $plan }: { $code }

## plan diff

# A move without a decision.
cli-undecided = undecided
# A person no longer in the organization.
cli-not-in-org = (not in the organization)
# Heading: the moves.
cli-diff-moves = Moves
# Heading: the units.
cli-diff-units = Units
# No unit changes.
cli-diff-no-unit-changes = (no unit changes)
# Heading: the overall figures.
cli-diff-overall = Overall
# Column: filled/formation.
cli-diff-col-headcount = filled/formasi
# Column: mean JPM.
cli-diff-col-fit = mean JPM
# Column: moved in.
cli-diff-col-in = in
# Column: moved out.
cli-diff-col-out = out
# Column: vacancies filled.
cli-diff-col-filled = vacancies filled
# Column: new vacancies.
cli-diff-col-opened = new vacancies
# A move's fit before and after, by whom and when.
cli-diff-fit-by = JPM { $before } -> { $after }; by { $by } { $at }
# The same, with the reason.
cli-diff-fit-by-reason = JPM { $before } -> { $after }; by { $by } { $at }; reason: { $reason }
# A move's decision.
cli-diff-decision = decision: { $decision }{ $remark }
# A move's conflict.
cli-diff-conflict = ! conflict: { $conflict }
# Heading of the comparison.
cli-diff-head = Plan "{ $plan }" on { $org }
# The moves and their decisions.
cli-diff-tally = { $moves ->
    [one] { $moves } move
   *[other] { $moves } moves
}: setuju { $setuju }, tunda { $tunda }, tolak { $tolak }, undecided { $undecided }
# No moves in the plan.
cli-diff-no-moves = (none yet: penata move NIP POSITION --plan { $plan })
# The overall fit.
cli-diff-overall-fit = mean JPM { $before } -> { $after }{ $delta }, seated { $seatedbefore } -> { $seatedafter } of formation { $formation }
# The people who move.
cli-diff-people-moved = { $people ->
    [one] { $people } person changes seats
   *[other] { $people } people change seats
}: their JPM { $before } -> { $after }{ $delta }, { $up } up, { $down } down
# Vacancies filled and opened.
cli-diff-vacancies = vacancies filled { $filled }, opened { $opened }

## log, check

# The audit chain broken.
cli-audit-broken = the audit log is broken at entry { $seq }: { $reason }
# A difference between the data and the audit log replayed (`penata check`).
cli-audit-replay = the data does not match the audit log: { $finding }
# The chain's head after `log --verify`: its last entry's number and hash.
cli-audit-head = head: entry { $seq }, hash { $hash }
# `log --verify --anchor HASH`: the chain still holds that entry.
cli-audit-anchor-held = anchor { $hash }: entry { $seq }, still in the chain (nothing before it was rewritten)
# `log --verify --anchor HASH`: the chain no longer holds that entry.
cli-audit-anchor-missing = anchor { $hash } is not in the audit chain: the history was rewritten or rolled back since the document that printed it was made (or the hash is mistyped)
# `--anchor` given something that is not a hash.
cli-audit-anchor-bad = --anchor { $hash }: give the hash printed on the minutes (16 to 64 hex digits)
# The audit chain's head printed at the end of the minutes and the decree attachment.
cli-minutes-audit-head = Audit chain at the time of this document: entry { $seq }, hash { $hash }. Check later with: penata log --verify --anchor { $hash }
# The minutes of a database whose audit chain is empty.
cli-minutes-audit-empty = Audit chain at the time of this document: no entries yet.
# The audit chain intact.
cli-audit-intact = audit log intact: { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, hash chain verified
# A plan that cannot be read.
cli-plan-unreadable = plan "{ $plan }" is listed but cannot be read
# A plan with an error.
cli-plan-error = plan "{ $plan }": { $reason }
# `penata check` found nothing wrong.
cli-check-ok = ok: { $summary }, { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
}, audit log of { $audit ->
    [one] { $audit } entry
   *[other] { $audit } entries
} intact
# `penata check` found problems.
cli-problems-found = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}

## candidates, ninebox, gaps, workload, retirements

# No candidates.
cli-no-candidates = (no candidates match)
# A candidate's move opens a vacancy.
cli-opens-vacancy = , opens a vacancy
# A candidate's seat now.
cli-now = now
# The SKP rating.
cli-performance = SKP rating
# Potential.
cli-potential = potential
# Readiness.
cli-readiness = readiness
# Closing note of a candidates export.
cli-exported-candidates = exported { $count ->
    [one] { $count } candidate
   *[other] { $count } candidates
} for { $position } to { $path }
# Heading of `penata candidates`.
cli-candidates-head = Candidates for { $title } ({ $id }), { $filled }/{ $formation } filled
# A seat without a standard to rank against.
cli-no-standard = position { $id } lists no competency standard to rank against
# Closing note of a 9-box export.
cli-exported-ninebox = exported the 9-box of { $scope } ({ $people ->
    [one] { $people } person
   *[other] { $people } people
}) to { $path }
# A bad `--box`.
cli-bad-box = --box { $given }: give a box number 1-9, or unrated
# Heading of `penata ninebox`.
cli-ninebox-head = Talent 9-box: { $scope }
# The grid's axes.
cli-ninebox-axes = Rating \ Potential
# A low band.
cli-low = Low
# A middle band.
cli-middle = Middle
# A high band.
cli-high = High
# People not rated.
cli-unrated = Not rated
# A total.
cli-total = Total
# A 9-box box.
cli-box = Box
# Closing note of a gaps export.
cli-exported-gaps = exported the competency gaps of { $scope } ({ $people ->
    [one] { $people } person
   *[other] { $people } people
}) to { $path }
# Heading of `penata gaps`.
cli-gaps-head = Training needs: { $scope } ({ $people ->
    [one] { $people } person
   *[other] { $people } people
})
# Everyone meets the standard.
cli-everyone-meets = everyone meets their seat's standard
# Heading: per employee.
cli-per-employee = Per employee
# Column: the competency.
cli-competency = Competency
# Column: people.
cli-employees = people
# Column: the total gap. @same: headed in English in both languages.
cli-total-gap = total gap
# Column: the largest gap.
cli-max = max
# The standard level.
cli-standard = standard
# Heading of `penata workload`.
cli-workload-head = Workload analysis: { $scope }
# No workload data.
cli-no-workload = no seat here has workload entries
# Column: the seat.
cli-workload-position = Position
# Column: the need.
cli-workload-need = need
# Column: the difference.
cli-workload-diff = diff
# Column: the holders.
cli-workload-holders = holders
# Column: the grade.
cli-workload-grade = grade
# The totals.
cli-workload-total = Total: formasi { $formation }, need { $need }, holders { $holders }
# How the need is computed.
cli-workload-rule = need = workload (volume x minutes) / 75,000 effective minutes a year; EJ = workload / (75,000 x holders)
# A bad `--today`.
cli-bad-today = --today { $given }: use YYYY-MM-DD
# Heading of `penata retirements`.
cli-retirements-head = Retirement outlook (BUP): { $scope } as of { $today }
# No seat falls vacant.
cli-no-retirements = no seat falls vacant within 5 years
# Column: within 1 year.
cli-year-1 = 1 yr
# Column: within 2 years.
cli-year-2 = 2 yr
# Column: within 5 years.
cli-year-5 = 5 yr
# Column: past the retirement age.
cli-past-bup = past BUP
# Heading of the seats falling vacant.
cli-vacant-within = Seats falling vacant within { $years ->
    [one] { $years } year
   *[other] { $years } years
}
# Nothing listed.
cli-none = (none)

## feedback, note

# `--subtree`/`--limit` while recording.
cli-feedback-list-only = --subtree and --limit are for listing: leave out the text to list feedback
# `--date` while listing.
cli-feedback-date-needs-text = --date is the day of feedback being recorded: give its text too
# Feedback listed with the sub-units.
cli-and-sub-units = {" "}and sub-units
# No feedback.
cli-no-feedback = none recorded (add some with: penata feedback UNIT_ID TEXT)
# Feedback recorded.
cli-feedback-recorded = recorded for { $unit }: { $code } ({ $label }), { $date }{ $source }
# A bad `--date`.
cli-bad-feedback-date = --date { $given }: must be a calendar date YYYY-MM-DD such as { $today }
# A `--date` after today.
cli-feedback-date-ahead = --date { $day } is after today ({ $today }): give the day the public said it
# Heading of the feedback list.
cli-feedback-head = Public feedback: { $unit }{ $scope } ({ $all }, { $high } high)
# An empty note.
cli-empty-note = the note is empty: give its text
# A bad `--readiness`.
cli-bad-readiness = --readiness { $given }: use { $expected }, or belum
# A note saved.
cli-noted = noted for { $name }
# A note saved with the readiness.
cli-noted-readiness = noted for { $name }; kesiapan { $readiness }

## generate, man, config

# A synthetic organization written.
cli-generated = generated { $path }: { $summary } ({ $placed } placed), seed { $seed }
# SIASN files written for a synthetic organization: where, and how many.
cli-generated-siasn = wrote { $count } SIASN files to { $dir }
# A file written.
cli-wrote = wrote { $path }
# `penata config show`: the file.
cli-settings-file = settings file: { $path }{ $note } [{ $source }]
# `penata config show`: the file does not exist.
cli-not-present = {" "}(not present: defaults)
# The manual pages cannot be written.
cli-cannot-write-man = cannot write the manual pages to { $dir }: { $reason }
# The manual pages written.
cli-wrote-man = wrote the manual pages to { $dir }
