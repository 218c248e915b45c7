# The domain's messages: validation problems of an organization read from a file, NIP and
# golongan errors, feedback rules, plan operations' refusals and conflicts, the invariants
# `penata check` verifies, and the 9-box advice. Field names, codes and ids (`nip`,
# `units[2]`, `formation`, `III/c`) stay as the file writes them.

## Record labels and what a field holds (values of the validation messages)

# The record label of the file's top-level fields.
domain-record-top-level = top level
# A record label as the file names it (`employees[12] nip 1978...`): the file's own keys.
# @same
domain-record = { $label }
# What the organization's name field holds.
domain-what-organization-name = the organization's name
# The hint when the competency dictionary has no codes.
domain-dict-empty = the competency dictionary is empty
# The hint when the competency dictionary is too long to list.
domain-dict-see-list = see the competencies list
# The hint listing the known competency codes.
domain-dict-known-codes = known codes: { $list }
# What a competency's code holds.
domain-what-competency-code = a competency code such as INT
# What a competency's name holds.
domain-what-competency-name = the competency's name
# What a position's id holds.
domain-what-position-id = a unique position id
# What a position's unit holds.
domain-what-position-unit = the id of the unit the position is in
# What a position's title holds.
domain-what-position-title = the position's title
# The rule of a position's formation.
domain-rule-formation = must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)
# What a workload task's name holds.
domain-what-task-name = the task's name
# A text longer than penata keeps; `field` names it.
domain-too-long = { $field } is { $chars } characters long, more than the { $max } penata keeps: shorten it
# A position whose workload adds up past the cap.
domain-workload-too-big = volume x minutes adds up to more than { $max } minutes a year (the work of { $people } people): check the volumes and the minutes
# The rule of a workload task's volume.
domain-rule-volume = must be a whole number 0 or more (times the task is done a year)
# The rule of a workload task's minutes.
domain-rule-minutes = must be a whole number 0 or more (minutes each time)
# What a unit's id holds.
domain-what-unit-id = a unique unit id
# What a unit's name holds.
domain-what-unit-name = the unit's name
# What a feedback entry's date holds.
domain-what-feedback-date = the date it was said, YYYY-MM-DD
# What a feedback entry's text holds.
domain-what-feedback-text = what the public said
# What a feedback entry's recorded_by holds.
domain-what-recorded-by = who recorded the feedback
# What a feedback entry's recorded_at holds.
domain-what-recorded-at = when it was recorded, an RFC 3339 date-time
# What an employee's name holds.
domain-what-employee-name = the full name with titles
# What an employee's rank holds.
domain-what-rank = a golongan such as III/c (PNS) or IX (PPPK)
# What a note's at holds.
domain-what-note-at = an RFC 3339 date-time
# What a note's author holds.
domain-what-note-author = who wrote the note
# What a note's text holds.
domain-what-note-text = the note's text

## Validation problems

# A key that is not a field; `lead` names the nested record (`notes[0]: `).
domain-unknown-field = { $lead }unknown field { $key }: allowed fields are { $allowed }
# A required text that is blank.
domain-empty = { $field } is empty: { $what } is required
# A required text that is absent.
domain-missing = { $field } is missing: { $what } is required
# A text field holding another type.
domain-not-text = { $field } { $found }: must be text ({ $what })
# A code from a fixed list that is absent.
domain-choice-missing = { $field } is missing: must be one of { $expected }
# A code not in its fixed list.
domain-not-a-choice = { $field } { $found }: must be one of { $expected }
# An optional code of the wrong type.
domain-not-a-choice-or-null = { $field } { $found }: must be one of { $expected }, or null
# A number that is absent; `rule` says what it must be.
domain-number-missing = { $field } is missing: { $rule }
# A number of the wrong type or out of range; `rule` says what it must be.
# @same
domain-bad-number = { $field } { $found }: { $rule }
# A whole number too large for a count.
domain-number-too-large = { $field } { $found }: too large; at most { $max }
# A level map of the wrong type.
domain-levels-not-a-map = { $field } { $found }: must be an object of competency code to level 1-5, e.g. {"{"}"INT": 3{"}"}
# A competency code missing from the dictionary; `hint` lists what is known.
domain-not-in-dictionary = { $field } { $code }: not in the competency dictionary ({ $hint })
# A competency level outside 1-5.
domain-bad-level = { $field } { $code } { $found }: level must be a whole number 1-5
# A list element that is not an object.
domain-not-a-record = { $found } is not a record: must be an object with { $fields }
# A key (`code`, `id`) used twice; `other` names the first record with it.
domain-duplicate = { $key } { $value }: the same { $key } as { $other }
# A NIP used twice; `other` names the first employee with it.
domain-duplicate-nip = the same NIP as { $other }
# The other record holding a duplicate key, with its line.
domain-elsewhere-line = { $list }[{ $index }] (line { $line })
# The other record holding a duplicate key, without a line.
# @same
domain-elsewhere = { $list }[{ $index }]
# A competency code of the wrong shape.
domain-bad-code = code { $code }: must be 1-16 letters, digits, - or _
# A position in a unit that does not exist.
domain-unknown-unit = unit { $unit }: no unit has this id
# A nested list (`workload`, `notes`, `feedback`) of the wrong type, with its fields.
domain-not-a-list-of = { $field } { $found }: must be a list of {"{"}{ $fields }{"}"}
# An element of a nested list that is not an object.
domain-entry-not-an-object = { $within } { $found }: must be an object with { $fields }
# A unit's parent that is empty.
domain-parent-empty = parent is empty: use null for a root unit
# A `parent` of the wrong type.
domain-parent-not-an-id = parent { $found }: must be a unit id, or null for a root unit
# A `parent` that names no unit.
domain-unknown-parent = parent { $parent }: no unit has this id (use null for a root unit)
# A unit deeper in the tree than penata allows.
domain-unit-too-deep = the unit is { $depth } levels deep, more than the { $max } levels penata allows: attach it (or the units above it) higher in the tree
# Parent links that form a cycle.
domain-unit-cycle = parent { $parent }: the parent links { $path } form a cycle; units must form a tree (a unit cannot be its own ancestor)
# Parent links that form a cycle, the path shortened; `count` is the cycle's length.
domain-unit-cycle-long = parent { $parent }: the parent links { $path } ({ $count ->
        [one] { $count } unit
       *[other] { $count } units
    }) form a cycle; units must form a tree (a unit cannot be its own ancestor)
# A text that is not a calendar date.
domain-bad-date = { $field } { $value }: must be a calendar date YYYY-MM-DD such as 2026-10-14
# A text that is not an RFC 3339 date-time; `example` is one that is.
domain-bad-date-time = { $field } { $value }: must be an RFC 3339 date-time such as { $example }
# A value the parser refused, with its reason (a feedback rule).
# @same
domain-bad-value = { $field } { $value }: { $reason }
# A feedback `source` of the wrong type.
domain-source-not-text = { $field } { $found }: must be text (where it came from, e.g. musrenbang), or null
# An employee without a nip.
domain-nip-missing = nip is missing: the 18-digit NIP is required
# A `nip` of the wrong type.
domain-nip-not-text = nip { $found }: must be text of 18 digits in quotes, e.g. "198503122010012003"
# A rank that is not a golongan, with why.
# @same
domain-bad-rank = rank { $reason }
# An employee's `position` of the wrong type.
domain-position-not-an-id = position { $found }: must be a position id, or null for staff not yet placed
# An employee's seat that names no position.
domain-unknown-position = position { $position }: no position has this id (use null for staff not yet placed)
# A PPPK golongan on a PNS NIP.
domain-pppk-rank-on-pns-nip = rank { $rank } is a PPPK golongan, but the NIP is a PNS NIP (digits 13-14 are a month): use a PNS golongan I/a-IV/e
# A PNS golongan on an NI PPPK.
domain-pns-rank-on-pppk-nip = rank { $rank } is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): use a PPPK golongan I-XVII

## NIP, golongan, feedback

# A NIP with digits hidden by --mask-nip.
domain-nip-masked = the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip
# A NIP with the wrong number of digits.
domain-nip-length = must be 18 digits (spaces between groups are allowed), found { $found ->
        [one] { $found } digit
       *[other] { $found } digits
    }
# A NIP with a character that is not a digit or a space (`found` is quoted).
domain-nip-not-digit = may contain only digits and spaces, found { $found }
# A NIP whose birth date is not a date.
domain-nip-birth-date = birth date { $date } is not a calendar date
# A NIP whose digits 13-14 are neither a month nor 21-29.
domain-nip-kind-digits = digits 13-14 are { $digits }: a TMT CPNS month 01-12 (PNS) or 21-29 (NI PPPK)
# A PNS NIP whose TMT CPNS is before the age of 18 (`tmt` is YYYY-MM).
domain-nip-too-young = TMT CPNS { $tmt } is before the age of 18 (born { $born }); check the NIP
# An NI PPPK whose appointment year is before the age of 18.
domain-nip-pppk-too-young = appointment year { $year } is before the age of 18 (born { $born }); check the NIP
# A NIP whose sex digit is not 1 or 2.
domain-nip-sex = sex digit is { $digit }: must be 1 (male) or 2 (female)
# A NIP whose sequence number is 000.
domain-nip-sequence = sequence is 000: must be 001-999
# A text that is not a golongan (`found` is quoted).
domain-not-a-golongan = { $found } is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)
# A feedback text that is blank.
domain-feedback-empty-text = the feedback text is empty: say what the public said
# A feedback text that is too long.
domain-feedback-text-too-long = the feedback text has { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }: keep it to { $max } (its gist; keep the whole letter elsewhere)
# A feedback source that is blank.
domain-feedback-empty-source = the source is empty: leave it out when it is not known
# A feedback source that is too long.
domain-feedback-source-too-long = the source has { $chars ->
        [one] { $chars } character
       *[other] { $chars } characters
    }: keep it to { $max } (e.g. musrenbang, SP4N-LAPOR!, forum warga)
# A feedback field (`text`, `source`) with a control character in it.
domain-feedback-control = the { $field } contains a control character ({ $found }): write it on one line without tabs or escapes
# A severity that is not one of the codes.
domain-feedback-unknown-severity = severity "{ $found }": must be one of low, medium, high (or rendah, sedang, tinggi)
# Feedback without who recorded it.
domain-feedback-no-recorder = who recorded the feedback is not known: recorded_by must not be empty

## Plan operations

# A seat's label when the person has none.
domain-not-placed = unplaced
# A move of a NIP nobody has.
domain-move-unknown-person = no employee with NIP { $nip }; find people with: penata search NAME
# A move to a seat id no position has.
domain-move-unknown-seat = no position with id { $id }; see the position ids with: penata show NIP or penata export
# A move to the seat the person already holds.
domain-move-already-holds = { $name } already holds { $title } ({ $id }) in this plan; choose another seat
# Unplacing someone who is not placed.
domain-move-not-placed = { $name } is not placed (belum ditempatkan) in this plan; there is nothing to unplace
# A move to a seat being abolished.
domain-move-abolished = { $title } ({ $id }) is being abolished (formasi 0); choose another seat
# A conflict: which move (its number and NIP), and why.
domain-conflict = move { $number } ({ $nip }): { $why }
# A move whose person is no longer in the organization.
domain-conflict-person-gone = the person is no longer in the organization
# A move's target seat that no longer exists.
domain-conflict-seat-gone = position { $id } no longer exists
# A move's target seat that is being abolished.
domain-conflict-seat-abolished = position { $id } is being abolished (formasi 0)
# A person whose seat changed since the move was made.
domain-conflict-seat-changed = the person's seat is now { $actual }, not { $expected } as when the move was made
# A plan name that is blank.
domain-plan-name-empty = a plan name cannot be empty
# A plan name that is too long.
domain-plan-name-too-long = a plan name has at most { $max } characters; "{ $name }" has { $count }
# A plan name with spaces around it.
domain-plan-name-spaces = the plan name "{ $name }" starts or ends with a space; remove it

## Database invariants (`penata check`)

# Two records of one kind (`unit`, `position`, `employee`) share an id.
domain-check-duplicate = two { $kind }s share the id { $id }
# A unit whose parent does not exist.
domain-check-unknown-parent = unit { $unit } names parent { $parent }, which does not exist
# A unit that is its own ancestor.
domain-check-unit-cycle = unit { $unit } is its own ancestor (the units are not a forest)
# A position in a unit that does not exist.
domain-check-unknown-unit = position { $position } is in unit { $unit }, which does not exist
# An employee holding a position that does not exist.
domain-check-unknown-seat = employee { $nip } holds position { $position }, which does not exist
# An employee the holder lists disagree about.
domain-check-holder-index = employee { $nip }: { $detail }
# An employee in no holder list.
domain-check-no-holder-list = is in no holder list
# An employee listed in several holder lists.
domain-check-listed-in-seats = is listed in { $count ->
        [one] { $count } seat
       *[other] { $count } seats
    } ({ $seats }) but holds { $holds }
# A list of seats in a finding: the first, a comma, the rest.
# @same
domain-check-seat-list = { $first }, { $rest }
# The seat of an employee who holds none, in a finding.
domain-check-no-seat = no seat

## Talent (9-box, PermenPANRB 3/2020)

# The 9-box advice for box 9.
domain-ninebox-advice-promote = Promote and retain
# The 9-box advice for boxes 7 and 8.
domain-ninebox-advice-retain = Retain; succession pool; rotation or job enrichment
# The 9-box advice for boxes 3, 5 and 6.
domain-ninebox-advice-place = Right placement; performance coaching; competency development
# The 9-box advice for box 4.
domain-ninebox-advice-rotate = Rotation; competency development
# The 9-box advice for box 2.
domain-ninebox-advice-coach = Performance coaching; competency development
# The 9-box advice for box 1.
domain-ninebox-advice-discipline = Handle under the discipline rules
# A 9-box performance band, below.
domain-band-below = Below expectations
# A 9-box performance band, as expected.
domain-band-as-expected = As expected
# A 9-box performance band, above.
domain-band-above = Above expectations
# An optional SIASN id or text (pns_id, kedudukan, ...) that is empty.
domain-siasn-text-empty = { $field } is empty: leave the key out (or use null) when there is no value
# An optional SIASN id or text that is too long; `count` is its length in characters.
domain-siasn-text-long = { $field } is { $count } characters long: at most { $max }
# An optional SIASN id or text holding control characters (tabs, line breaks).
domain-siasn-text-control = { $field } { $value }: must not contain control characters such as tabs or line breaks
# An optional SIASN id, text or date of the wrong type.
domain-siasn-not-text = { $field } { $found }: must be text, or null
# A birth_date that differs from the one the NIP starts with.
domain-birth-date-not-nip = birth_date { $date } differs from the birth date in the NIP, { $nip_date }: the NIP starts with the birth date
# A TMT CPNS before the person was born.
domain-tmt-cpns-before-birth = tmt_cpns { $tmt } is before the birth date { $born }
# The rule an SKP year must follow.
domain-rule-skp-year = must be a year from 1990 to 2100 (the year the SKP is for)
# An SKP year listed twice for one employee.
domain-skp-repeated-year = { $field } { $year } is listed twice: one SKP entry per year
# A text holding a character a terminal would obey instead of showing: $field is the field (a message such as domain-field-reason, or a file's key), $char the character's code point and name (U+202E RIGHT-TO-LEFT OVERRIDE).
domain-text-refused = { $field } holds { $char }, a control or text-direction character that a terminal would obey instead of showing: remove it (type the text again, or clean the file)
# The field of a plan's name, in domain-text-refused.
domain-field-plan-name = the plan name
# The field of a move's reason, in domain-text-refused.
domain-field-reason = the move's reason
# The field of a review decision's remark, in domain-text-refused.
domain-field-remark = the decision's remark
# The field of a note on a person, in domain-text-refused.
domain-field-note = the note
