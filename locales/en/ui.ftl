# The app screen: every word the terminal app shows.

# The app's name, in the header @same
ui-app = penata

# Header: the word before the active plan's name
ui-plan = Plan

# Header: what the tree shows without a plan (the planners' word in both languages) @same
ui-baseline = baseline

# Header tag of read-only presenting (`--read-only`).
ui-read-only = READ ONLY

# Header tag while personal data is masked on screen.
ui-masked = NIP masked

# Said when a change is refused in read-only presenting.
ui-read-only-refused = Read only: nothing was changed (open without --read-only to make changes)

# What a masked note or birth date shows instead.
ui-hidden = (masked)

# Tree and search: the group of employees without a position
ui-unplaced = Unplaced

# Shown instead of the app when the terminal is too small
ui-too-small = Terminal too small

# Too-small screen: before the minimum size
ui-too-small-need = needs at least

# Title of the details pane
ui-details = Details

# Tree of an organization without units
ui-empty-org = Empty organization: import data with `penata import`.

# Details pane when nothing is selected
ui-nothing-selected = Nothing selected.

# Details pane: the keys that scroll, when more lines follow
ui-more-below = J/K scroll

# Help overlay: the keys that scroll, when more lines follow
ui-more-help = j/k scroll

# Unit details: unit @same
ui-unit = Unit

# Unit details: formation @same
ui-formation = Formasi

# Unit details: filled
ui-filled = Filled

# Unit details: vacant
ui-vacant = Vacant

# Unit details: over
ui-over = Over

# Unit details: avg fit
ui-avg-fit = Mean JPM

# Unit details: readiness
ui-readiness = Readiness

# Unit details: positions
ui-positions = Positions

# Unit details: sub units
ui-sub-units = Sub-units

# Unit details: people
ui-people = Employees

# Unit details: parent unit
ui-parent-unit = Parent

# Voices from the public about the unit's service (aduan / masukan masyarakat).
ui-feedback = Feedback

# Position details: position type
ui-position-type = Type

# Position details: holders
ui-holders = Holders

# Position details: no holders
ui-no-holders = No holders yet.

# Position details: competency
ui-competency = Competency

# Position details: standard @same
ui-standard = Std

# Position details: default standard
ui-default-standard = default standard of the position type

# Position details: no requirements
ui-no-requirements = This position requires no competencies.

# Position details: need
ui-need = Need

# Position details: need unit
ui-need-unit = people by ABK

# Employee details: nip @same
ui-nip = NIP

# Employee details: rank @same
ui-rank = Golongan

# Employee details: seat
ui-seat = Position

# Employee details: unit path @same
ui-unit-path = Unit

# Employee details: fit @same
ui-fit = JPM

# Employee details: performance
ui-performance = SKP rating

# Employee details: potential
ui-potential = Potential

# Employee details: notes
ui-notes = Notes

# Employee details: level
ui-level = Level

# Employee details: gap @same
ui-gap = Gap

# Employee details: not assessed
ui-not-assessed = not assessed

# Employee details: not placed
ui-not-placed = unplaced

# Employee details: no fit
ui-no-fit = no standard

# No required competency of the seat was assessed yet: no JPM to show.
ui-fit-not-assessed = not assessed (required competencies not yet tested)

# Employee details: no notes
ui-no-notes = No notes yet.

# Employee details: unknown @same
ui-unknown = -

# Employee details: incomplete fit
ui-incomplete-fit = some competencies not assessed (counted as 0)

# Readiness: ready
ui-ready = Ready

# Readiness: hesitant
ui-hesitant = Hesitant

# Readiness: resisting
ui-resisting = Refusing

# Readiness: readiness unknown
ui-readiness-unknown = Not assessed

# Search: search title
ui-search-title = Search employee, NIP, unit, position

# Search: search prompt @same
ui-search-prompt = /

# Search: search empty
ui-search-empty = Type a name, NIP, unit or position.

# Search: search none
ui-search-none = Nothing found.

# Search: hit employee
ui-hit-employee = Employee

# Search: hit unit @same
ui-hit-unit = Unit

# Search: hit position
ui-hit-position = Position

# Search: hits
ui-hits = { $count ->
        [one] { $count } hit
       *[other] { $count } hits
    }

# Help: help title
ui-help-title = Help: keys

# Help: help type to search
ui-help-type-to-search = letters, digits: type the query

# Help: help browse
ui-help-browse = Browsing the structure

# Help: help search
ui-help-search = Searching

# Help: help help
ui-help-help = Help

# Help: help global
ui-help-global = Anywhere

# Help: help legend
ui-help-legend = Signs

# Help: legend headcount
ui-legend-headcount = 7/9 -2   filled/formasi, 2 short;  9/8 +1  1 over

# Help: legend fit
ui-legend-fit = JPM (Job Person Match) and category:

# Help: legend fit incomplete
ui-legend-fit-incomplete = {"*"}        some competencies not assessed (counted as 0)

# Help: legend mark
ui-legend-mark = { $mark }        marked (Space) or being carried to move

# Help: legend from
ui-legend-from = { $from } Former position of an employee moved in the active plan

# Help: legend readiness
ui-legend-readiness = Readiness: { $ready } ready  { $hesitant } hesitant  { $resisting } refusing  { $unknown } not assessed

# Modes, for the status bar: mode browse
ui-mode-browse = BROWSE

# Modes, for the status bar: mode search
ui-mode-search = SEARCH

# Modes, for the status bar: mode help
ui-mode-help = HELP

# Modes, for the status bar: mode carrying
ui-mode-carrying = MOVE

# Modes, for the status bar: mode plans
ui-mode-plans = PLANS

# Modes, for the status bar: mode prompt
ui-mode-prompt = INPUT

# Modes, for the status bar: mode confirm
ui-mode-confirm = CONFIRM

# Modes, for the status bar: mode compare
ui-mode-compare = COMPARE

# Modes, for the status bar: mode review
ui-mode-review = REVIEW

# Modes, for the status bar: mode talent
ui-mode-talent = TALENT

# Modes, for the status bar: mode readiness
ui-mode-readiness = READINESS

# Modes, for the status bar: mode note
ui-mode-note = NOTE

# Modes, for the status bar: help carrying
ui-help-carrying = Moving employees

# Modes, for the status bar: help plans
ui-help-plans = Plan list

# Modes, for the status bar: help prompt
ui-help-prompt = Filling in one line

# Modes, for the status bar: help confirm
ui-help-confirm = Confirmation

# Modes, for the status bar: help compare
ui-help-compare = Comparison with the baseline

# Modes, for the status bar: help review
ui-help-review = Review meeting

# Modes, for the status bar: help talent
ui-help-talent = Talent views (candidates, gaps, 9-box, workload, retirement, dashboard)

# Modes, for the status bar: help readiness
ui-help-readiness = Setting an employee's readiness

# Modes, for the status bar: help note
ui-help-note = Writing a note (Enter new line; arrows, Home/End, Ctrl-Z undo typing)

# Talent views: candidates title
ui-candidates-title = Candidates

# Talent views: gaps title
ui-gaps-title = Competency gaps & training needs

# Talent views: ninebox title
ui-ninebox-title = Talent 9-box

# Talent views: workload title
ui-workload-title = Formasi by workload

# Talent views: retire title
ui-retire-title = Retirement projection (BUP)

# Talent views: dashboard title
ui-dashboard-title = Dashboard

# Talent views: candidates on position
ui-candidates-on-position = Select a position (or its holder) to see candidates.

# Talent views: candidates no standard
ui-candidates-no-standard = This position's competency standard is empty: nothing to rank candidates by.

# Talent views: candidates none
ui-candidates-none = No candidates with these filters (people never assessed are not ranked).

# Talent views: opens vacancy mark @same
ui-opens-vacancy-mark = {" "}*

# Talent views: opens vacancy
ui-opens-vacancy = taken: that position becomes vacant

# Talent views: seat now
ui-seat-now = Current position

# Talent views: gaps word
ui-gaps-word = Short

# Talent views: no gaps
ui-no-gaps = Meets every competency standard of this position.

# Talent views: gaps needs head
ui-gaps-needs-head = Competency                               People Total gap   Max  Unassessed

# Talent views: gaps people head
ui-gaps-people-head = Name                       Position                   Competency Lvl   Short

# Talent views: gaps none
ui-gaps-none = No gaps: everyone meets the standard of their position.

# Talent views: box
ui-box = Box

# Talent views: unrated
ui-unrated = Not rated

# Talent views: people short
ui-people-short = ppl

# Talent views: total
ui-total = Total

# Talent views: ninebox axes
ui-ninebox-axes = Performance (SKP) x potential, PermenPANRB 3/2020

# Talent views: ninebox keys
ui-ninebox-keys = arrows move between boxes, Enter shows the people

# Talent views: ninebox members head
ui-ninebox-members-head = Name                         K   JPM Performance     Position

# Talent views: workload rule
ui-workload-rule = Need = sum (volume x minutes) / 75,000 effective minutes a year (PermenPANRB 1/2020)

# Talent views: workload grades
ui-workload-grades = EJ = minutes / (holders x 75,000); PJ: A >1.00 B 0.90-1.00 C 0.70-0.89 D 0.50-0.69 E <0.50

# Talent views: workload none
ui-workload-none = No position with a workload description in this unit yet.

# Talent views: retire people head
ui-retire-people-head = BUP retirement  Name                         Position

# Talent views: retire none
ui-retire-none = Nobody reaches BUP within 5 years.

# Talent views: dashboard bars
ui-dashboard-bars = Formasi vs filled per sub-unit

# Talent views: dashboard own
ui-dashboard-own = (this unit's positions)

# Talent views: dashboard no children
ui-dashboard-no-children = This unit has no sub-units.

# Talent views: dashboard fit
ui-dashboard-fit = Fit (JPM)

# Talent views: dashboard readiness
ui-dashboard-readiness = Readiness

# Talent views: dashboard ninebox @same
ui-dashboard-ninebox = 9-box

# Talent views: dashboard retiring
ui-dashboard-retiring = Retiring (cumulative)

# Readiness and notes: annotate people only
ui-annotate-people-only = Select an employee first.

# Readiness and notes: readiness title
ui-readiness-title = Readiness

# Readiness and notes: readiness keys
ui-readiness-keys = letter or Enter picks, Esc cancels

# Readiness and notes: readiness unchanged
ui-readiness-unchanged = Readiness unchanged.

# Readiness and notes: note title
ui-note-title = Note for

# Readiness and notes: note placeholder
ui-note-placeholder = Write a note (several lines are fine)...

# Readiness and notes: note keys
ui-note-keys = Ctrl-S save, Esc cancel, Enter new line

# Readiness and notes: note empty
ui-note-empty = The note is still empty.

# Readiness and notes: note too long
ui-note-too-long = Note too long (at most 2000 characters).

# Readiness and notes: note discarded
ui-note-discarded = Note discarded, not saved.

# Readiness and notes: note saved
ui-note-saved = Note saved.

# Readiness and notes: annotate failed
ui-annotate-failed = Not saved

# Plans and moves: mark people only
ui-mark-people-only = Only employees can be marked.

# Plans and moves: pick people first
ui-pick-people-first = Select an employee (or mark some with Space) first.

# Plans and moves: no active plan
ui-no-active-plan = No active plan: press P then n to create one.

# Plans and moves: carry cancelled
ui-carry-cancelled = Put back, nothing was moved.

# Plans and moves: drop nowhere
ui-drop-nowhere = Drop on a position, a unit, or Unplaced.

# Plans and moves: unit without positions
ui-unit-without-positions = This unit has no positions.

# Plans and moves: choose position
ui-choose-position = Choose a position, then Enter.

# Plans and moves: nothing to undo
ui-nothing-to-undo = Nothing to undo.

# Plans and moves: nothing to redo
ui-nothing-to-redo = Nothing to redo.

# Plans and moves: plan gone
ui-plan-gone = That plan no longer exists.

# Plans and moves: on baseline
ui-on-baseline = Showing the baseline (no plan).

# Plans and moves: already applied
ui-already-applied = This plan was already applied.

# Plans and moves: carrying
ui-carrying = Carrying

# Plans and moves: marked
ui-marked = marked

# Plans and moves: drop on position
ui-drop-on-position = Drop on

# Plans and moves: drop on unit
ui-drop-on-unit = Unit: choose a position

# Plans and moves: drop unplace
ui-drop-unplace = Release to Unplaced

# Plans and moves: drop nothing
ui-drop-nothing = Point at a position, a unit or Unplaced.

# Plans and moves: fit now
ui-fit-now = JPM now

# Plans and moves: fit there
ui-fit-there = there

# Plans and moves: after drop
ui-after-drop = Formasi after

# Plans and moves: over after
ui-over-after = over

# Plans and moves: vacant after
ui-vacant-after = still vacant

# Plans and moves: plans title
ui-plans-title = Plans

# Plans and moves: plans empty
ui-plans-empty = No plans yet. Press n to create one.

# Plans and moves: plan active mark
ui-plan-active-mark = active

# Plans and moves: plan applied mark
ui-plan-applied-mark = applied

# Plans and moves: moves
ui-moves = { $count ->
        [one] { $count } move
       *[other] { $count } moves
    }

# Plans and moves: prompt new plan
ui-prompt-new-plan = Name of the new plan (Enter create, Esc cancel)

# Plans and moves: prompt rename
ui-prompt-rename = New name

# Plans and moves: prompt duplicate
ui-prompt-duplicate = Name of the copy

# Plans and moves: prompt reason
ui-prompt-reason = Reason (may be empty, Enter skips)

# Plans and moves: prompt remark
ui-prompt-remark = Decision remark (may be empty, Enter skips)

# Plans and moves: confirm keys
ui-confirm-keys = y = yes, n/Esc = no

# Plans and moves: compare title
ui-compare-title = Comparison

# Plans and moves: compare moves
ui-compare-moves = Moves

# Plans and moves: compare units
ui-compare-units = Per unit (filled/formasi, mean JPM)

# Plans and moves: compare overall
ui-compare-overall = Overall

# Plans and moves: compare none
ui-compare-none = This plan has no moves yet.

# Plans and moves: people moved
ui-people-moved = { $count ->
        [one] { $count } person moved
       *[other] { $count } people moved
    }

# Plans and moves: improved
ui-improved = JPM up

# Plans and moves: worsened
ui-worsened = JPM down

# Plans and moves: filled vacancies
ui-filled-vacancies = { $count ->
        [one] { $count } vacancy filled
       *[other] { $count } vacancies filled
    }

# Plans and moves: opened vacancies
ui-opened-vacancies = { $count ->
        [one] { $count } new vacancy
       *[other] { $count } new vacancies
    }

# Plans and moves: review title
ui-review-title = Review meeting

# Plans and moves: review empty
ui-review-empty = This plan has no moves yet.

# Plans and moves: review from
ui-review-from = From

# Plans and moves: review to
ui-review-to = To

# Plans and moves: review reason
ui-review-reason = Reason

# Plans and moves: review decision
ui-review-decision = Decision

# Plans and moves: review undecided
ui-review-undecided = undecided

# Review meeting: the decisions so far (the decisions keep their Indonesian names)
ui-review-tally = Tally: setuju { $setuju }  tunda { $tunda }  tolak { $tolak }  undecided { $undecided }

# Plans and moves: conflict
ui-conflict = Conflict

## Texts built from values.

# Candidate list column heads: rank @same
ui-candidates-col-rank = #
# Candidate list column heads: name
ui-candidates-col-name = Name
# Candidate list column heads: fit category
ui-candidates-col-category = C
# Candidate list column heads: JPM @same
ui-candidates-col-fit = JPM
# Candidate list column heads: JPM in the current position
ui-candidates-col-now = now
# Candidate list column heads: gap @same
ui-candidates-col-gap = gap
# Candidate list column heads: performance
ui-candidates-col-performance = Pf
# Candidate list column heads: potential @same
ui-candidates-col-potential = Po
# Candidate list column heads: golongan @same
ui-candidates-col-rank-grade = Gol.
# Candidate list column heads: current position
ui-candidates-col-seat = Current position (* becomes vacant)

# 9-box column head, low potential
ui-potential-head-low = Low potential
# 9-box column head, medium potential
ui-potential-head-medium = Medium potential
# 9-box column head, high potential
ui-potential-head-high = High potential
# 9-box row head, above expectations
ui-performance-row-above = Above exp.
# 9-box row head, meets expectations
ui-performance-row-meets = Meets exp.
# 9-box row head, below expectations
ui-performance-row-below = Below exp.

# Workload table column head: position
ui-workload-col-position = Position
# Workload table column head: minutes a year
ui-workload-col-minutes = min/yr
# Workload table column head: need
ui-workload-col-need = Need
# Workload table column head: need rounded
ui-workload-col-round = Round
# Workload table column head: formasi @same
ui-workload-col-formation = Form
# Workload table column head: holders
ui-workload-col-holders = Hld
# Workload table column head: EJ (efektivitas jabatan) @same
ui-workload-col-ej = EJ
# Workload table column head: PJ (prestasi jabatan) @same
ui-workload-col-pj = PJ

# Retirement table column head: unit
ui-retire-col-unit = Unit (vacant by retirement)
# Retirement table column head: within one year
ui-retire-col-one = 1 yr
# Retirement table column head: within two years
ui-retire-col-two = 2 yr
# Retirement table column head: within five years
ui-retire-col-five = 5 yr

# Status line of a start while the employees are read (keys wait meanwhile)
ui-loading = Loading { $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }... keys pressed now act once it is done
# Details pane of a start while the employees are read
ui-loading-details = Details show once the employees are loaded. Unplaced: { $unplaced }.
# First start: the built-in demo was loaded into the empty database
ui-demo-loaded = Demo data "{ $organization }" ({ $employees ->
        [one] { $employees } employee
       *[other] { $employees } employees
    }) loaded. Import your own: penata import FILE
# Unit details: how many feedback entries the unit and its sub-units hold, how many weigh heavily
ui-feedback-count = { $high ->
        [0] { $all } from the public
       *[other] { $all } from the public, { $high } high
    }
# A feedback severity: low
ui-severity-low = low
# A feedback severity: medium
ui-severity-medium = medium
# A feedback severity: high
ui-severity-high = high
# After a readiness was stored
ui-readiness-saved = Readiness saved: { $readiness }.
# A potential as the details say it: high
ui-potential-tinggi = High
# A potential as the details say it: medium
ui-potential-menengah = Medium
# A potential as the details say it: low
ui-potential-rendah = Low
# A potential in one letter (candidate lists): high
ui-potential-short-tinggi = H
# A potential in one letter (candidate lists): medium @same
ui-potential-short-menengah = M
# A potential in one letter (candidate lists): low
ui-potential-short-rendah = L
# Candidate filter in force: only the unplaced
ui-filter-unplaced = unplaced
# Candidate filter in force: only from positions over formasi
ui-filter-over-formation = from positions over formasi
# Candidate filter in force: only the same unit
ui-filter-same-unit = same unit
# Candidate filter in force: a minimum golongan @same
ui-filter-min-rank = gol. >= { $rank }
# Candidate filter in force: holders of higher positions included
ui-filter-any-level = including higher positions
# Candidate filter: none in force
ui-filter-all = all
# The candidate filters in force, and their keys
ui-filter = Filter: { $filters }  (u o s a +/-)
# Head of the gaps view
ui-gaps-summary = { $people ->
        [one] { $people } employee
       *[other] { $people } employees
    } assessed, { $gaps ->
        [one] { $gaps } gap
       *[other] { $gaps } gaps
    } in { $needs ->
        [one] { $needs } competency
       *[other] { $needs } competencies
    } (Tab: by competency / by person)
# Head of the workload view
ui-workload-summary = { $rows ->
        [one] { $rows } position
       *[other] { $rows } positions
    } with a workload; { $disagree } with a formasi other than the need (Round)
# Head of the retirement view: one horizon
ui-retire-part = { $count } ({ $years } yr)
# Head of the retirement view
ui-retire-summary = Vacant by retirement: { $parts }; already past BUP: { $overdue }
# Head of the dashboard's feedback block
ui-dashboard-feedback = Public feedback: { $all }, { $high } high (latest)
# Dashboard: who reaches BUP within 1, 2 and 5 years
ui-dashboard-retiring-counts = 1 yr { $one }  2 yr { $two }  5 yr { $five }
# Dashboard headline
ui-dashboard-headcount = { $filled } filled of formasi { $formation }
# The name offered for a new plan
ui-plan-default-name = Plan { $number }
# The name offered for a copy of a plan
ui-plan-copy-name = { $from } (copy)
# A refusal from the store or the rules, as the status line shows it
ui-refused = Refused: { $why }
# After skipping moves that no longer fit the baseline
ui-conflicts-skipped = { $count ->
        [one] { $count } move conflicts with the baseline and is not shown.
       *[other] { $count } moves conflict with the baseline and are not shown.
    }
# Mouse capture switched on
ui-mouse-on = Mouse on (M: turn off to select text).
# Mouse capture switched off
ui-mouse-off = Mouse off: text can be selected (M: turn on again).
# After the masking key masked the screen
ui-mask-on = NIPs, birth dates and notes are masked on screen ({ $key }: show again).
# After the masking key showed personal data again
ui-mask-off = NIPs, birth dates and notes are shown again ({ $key }: mask).
# A plan was created
ui-plan-created = Plan "{ $name }" created.
# A plan was deleted
ui-plan-deleted = Plan "{ $name }" deleted.
# A plan became the active one
ui-plan-active = Active plan: { $name }
# A plan was applied to the baseline
ui-plan-applied = Plan "{ $name }" applied to the baseline.
# Question before deleting a plan
ui-confirm-delete = Delete plan "{ $name }"?
# What deleting a plan takes with it
ui-delete-detail = { $moves ->
        [one] { $moves } move is deleted with it; this cannot be undone.
       *[other] { $moves } moves are deleted with it; this cannot be undone.
    }
# Question before applying a plan
ui-confirm-apply = Apply plan "{ $name }" to the baseline?
# After a move was made
ui-moved = Moved: { $who } -> { $to }
# After a move was undone
ui-undone = Undone: { $who } back to { $from }
# After a move was redone
ui-redone = Redone: { $who } -> { $to }
# What applying will do: how many moves
ui-apply-count = { $applied } of { $all ->
        [one] { $all } move
       *[other] { $all } moves
    } will be applied.
# What applying will do: moves not approved in review
ui-apply-not-approved = { $count ->
        [one] { $count } move was not approved in review and is not applied.
       *[other] { $count } moves were not approved in review and are not applied.
    }
# What applying will do: moves in conflict
ui-apply-conflicts = { $count ->
        [one] { $count } move CONFLICTS and is NOT applied (resolve or delete it first):
       *[other] { $count } moves CONFLICT and are NOT applied (resolve or delete them first):
    }
# A review decision: approve
ui-decision-setuju = APPROVE
# A review decision: defer
ui-decision-tunda = DEFER
# A review decision: reject
ui-decision-tolak = REJECT

## Actions: the help overlay's label and the status bar's hint.

# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-up = up one row
    .hint = up
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-down = down one row
    .hint = down
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-page-up = up one screen
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-page-down = down one screen
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-home = to the first row
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-end = to the last row
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-expand = open (or step inside)
    .hint = open
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-collapse = close (or to the parent)
    .hint = close
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-to-parent = to the parent
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-expand-subtree = open the whole branch
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-collapse-subtree = close the whole branch
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-toggle-details = full-screen details / back
    .hint = details
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-details-up = scroll details up
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-details-down = scroll details down
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-search = search employee, NIP, unit, position
    .hint = search
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-input = type the query
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-backspace = delete the character before the cursor
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-clear = delete back to the start of the line
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-left = cursor one character left
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-right = cursor one character right
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-home = cursor to the start of the line
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-end = cursor to the end of the line
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-delete = delete the character under the cursor
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-line-delete-word = delete the word before the cursor
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-up = previous hit
    .hint = up
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-down = next hit
    .hint = down
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-accept = jump to the hit
    .hint = jump
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-search-cancel = cancel, back to where you were
    .hint = cancel
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-help = help (list of keys)
    .hint = help
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-close-help = close help
    .hint = close
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-help-up = scroll up
    .hint = up
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-help-down = scroll down
    .hint = down
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-quit = quit
    .hint = quit
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-resize = resize
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-dismiss-toast = close the message
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-toggle-mark = mark / unmark employee
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-pick-up = pick up the marked (or the selected)
    .hint = move
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-drop = drop on this row (then a reason)
    .hint = drop
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-cancel-carry = cancel, put everything back
    .hint = cancel
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-undo = undo the plan's last move
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-redo = redo the undone move
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-toggle-mouse = mouse on/off (off: text can be selected)
# Help overlay label of an action (built from the action) @same @dynamic
ui-action-mouse-event = mouse
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-plans = plan list
    .hint = plans
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-close = close, back
    .hint = close
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-switch = make the active plan
    .hint = activate
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-baseline = back to the baseline (no plan)
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-new = new plan
    .hint = new
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-rename = rename plan
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-duplicate = copy plan
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-delete = delete plan (asks first)
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-compare = compare with the baseline
    .hint = compare
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-review = review meeting (one by one)
    .hint = review
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-plan-apply = apply to the baseline (asks first)
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-prompt-accept = save
    .hint = save
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-confirm-yes = yes, do it
    .hint = yes
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-confirm-no = no, go back
    .hint = no
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-decide-setuju = approve
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-decide-tunda = defer
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-decide-tolak = reject
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-toggle-mask = mask / show personal data
    .hint = mask
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-candidates = best candidates for this position
    .hint = candidates
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-gaps = competency gaps & training needs
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-nine-box = talent 9-box of this unit
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-workload = formasi by workload
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-retirements = retirement projection 1/2/5 years
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-dashboard = unit dashboard
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-choose = choose (candidate: carry to move here)
    .hint = choose
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-left = left
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-right = right
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-switch-list = switch list
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-filter-unplaced = filter: only the unplaced
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-filter-over-formation = filter: only from positions over formasi
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-filter-same-unit = filter: only the same unit
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-filter-any-level = include holders of higher positions
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-min-rank-up = raise the minimum golongan
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-min-rank-down = lower the minimum golongan
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-readiness = set readiness (ready/hesitant/refusing)
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-set-readiness-siap = ready
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-set-readiness-ragu = hesitant
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-set-readiness-menolak = refusing
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-set-readiness-none = not assessed
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-open-note = write a note
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-edit = type
# Help overlay label of an action, and its status-bar hint (named by `Action::spec`)
ui-action-save-note = save the note
    .hint = save

# An SKP predicate and its year, in the details (`Sangat Baik 2025`). @same
ui-skp-year = { $predicate } { $year }
# The education level and field, from SIASN.
ui-education = Education
# The date the person took their current seat (a domain term). @same
ui-tmt-jabatan = TMT jabatan
