# The words of an import from SIASN exports and office workbooks: where a finding is, what
# is wrong across the files, and the summary of what the import does. SIASN column names
# (UNOR ID, JABATAN ID, NIP, KEBUTUHAN) stay as the files write them.

## Where a finding is

# A file's name, as it is. @same
import-file-name = { $file }
# A workbook's name and the sheet.
import-file-in-sheet = { $file } (sheet "{ $sheet }")
# A finding about the set of files. @same
import-at-set = { $message }
# A finding about one file. @same
import-at-file = { $file }: { $message }
# A finding about one row.
import-at-row = { $file } row { $row }: { $message }
# A finding about one cell.
import-at-cell = { $file } row { $row }, column { $column }: { $message }
# A finding about one cell, with its value.
import-at-value = { $file } row { $row }, column { $column } = "{ $value }": { $message }
# An error: the import is refused.
import-error = error: { $finding }
# A note: listed for the planner, changes nothing.
import-note = note: { $finding }

## Units

import-unit-twice = unit { $id } is listed twice (first in { $file } row { $row }); keep one row per ID
import-unit-own-parent = unit { $id } is its own parent; give the ID of the unit above it in ID_ATASAN, or leave it empty for the top unit
import-unit-parent-missing = the parent { $parent } of "{ $unit }" is not in the hierarchy; add that unit, or correct ID_ATASAN
import-unit-cycle = the units' parents go round in a circle: { $chain }; correct ID_ATASAN of one of them
import-units-from-profiles = no unit hierarchy file: the tree was built from the units in the ASN export ({ $created ->
    [one] { $created } parent unit created
   *[other] { $created } parent units created
}); add the HierarkiUnor export for the real tree
import-unor-not-in-hierarchy = UNOR ID { $id } is not in the unit hierarchy; export the hierarchy again, or correct the ID
import-unor-unknown = UNOR ID { $id } is not a known unit; add the unit hierarchy file (HierarkiUnor) to the import
import-unit-name-ambiguous = { $count } units are named "{ $name }"; give the UNOR ID instead of the name
import-unit-name-unknown = no unit is named "{ $name }"; give the UNOR ID, or add the unit to the hierarchy

## Seats

import-seat-twice = the seat "{ $title }" is listed twice in the unit (first in { $file } row { $row }); keep one row per seat
import-seat-needs-title = seat { $id } is not known yet: give its NAMA JABATAN too
import-seat-needs-title-or-id = the row names no seat: give JABATAN ID or NAMA JABATAN
import-title-normalized = "{ $title }" was taken as the seat "{ $matched }" (the same title once abbreviations and case are set aside); check that this is the same seat
import-bezetting-differs = "{ $title }": the file says { $file } in the seat, the ASN export has { $holders }
import-seat-not-in-peta = "{ $title }" in { $unit } has { $holders ->
    [one] { $holders } holder
   *[other] { $holders } holders
} but no kebutuhan in the peta jabatan; its formation was set to the holders
import-vacancies-unknown = no peta jabatan: each seat's formation is its holders, so vacancies are unknown; add the peta jabatan to see them
import-standard-unmatched = the standard for "{ $seat }" matches no seat; give UNOR ID and JABATAN ID as the peta jabatan does

## People

import-name-invalid = the name is empty or holds control characters; correct NAMA
import-golongan-missing = the golongan is empty; fill GOL AKHIR NAMA (III/a, IV/b, or IX for PPPK)
import-tmt-before-birth = TMT CPNS { $tmt } is before the birth date { $born }
import-nip-twice = NIP { $nip } appears twice (first in { $file } row { $row }); a person has one row, in the PNS file or the PPPK file
import-assessment-unknown-nip = NIP { $nip } of this assessment is in no ASN export; correct the NIP, or add the person's profile export
import-skp-unknown-nip = NIP { $nip } of this SKP row is in no ASN export; correct the NIP, or add the person's profile export
import-assessed-twice = NIP { $nip } is assessed twice (first in { $file } row { $row }); keep the latest result only
import-skp-conflict = NIP { $nip } has two SKP predicates for { $year } ("{ $other }" in { $file } row { $row }); keep one

## The command

import-file-too-big = { $what } is { $mb } MB, more than the { $max } MB penata reads; split the export (per OPD, or PNS and PPPK apart) and import the parts together, or raise max_input_mb in the settings file (penata config init)
# An input that is a device, a pipe or a socket, not a file.
import-not-a-file = { $what } is not a regular file (it is a device, a pipe or a socket): save the data to a file and import that file
import-json-alone = { $name } is a penata/v1 organization: import it on its own, not together with other files
import-sheet-one-file = --sheet names the worksheet of one workbook: give only that file
import-refused = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}: nothing was imported. Correct the files and import them again (--dry-run checks without writing).
import-refreshed = refreshed "{ $org }" from the files; plans are kept (a move the refresh made stale shows as a conflict)
import-created = imported "{ $org }" from the files
import-kind-profile = ASN profile export
import-kind-hierarchy = unit hierarchy
import-kind-peta = peta jabatan
import-kind-standard = standar kompetensi jabatan
import-kind-assessment = assessment rekap
import-kind-skp = SKP
# The worksheet a workbook was read from.
import-file-sheet = {" "}(sheet "{ $sheet }")
import-file-line = { $name }{ $sheet }: { $kind }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-file-ignored = {"  "}{ $count ->
    [one] { $count } column ignored
   *[other] { $count } columns ignored
}: { $columns }
import-more-findings = and { $errors } more errors and { $notes } more notes, not listed
import-summary-units = units: { $units } ({ $new } new, { $renamed } renamed, { $moved } moved)
import-summary-seats = seats: { $seats } ({ $new } new, { $renamed } renamed)
import-summary-people = people: { $people } ({ $new } new, { $updated } updated, { $moved } moved to another seat in the baseline)
import-summary-vacancies = vacancies: { $vacancies }
import-summary-vacancies-unknown = vacancies: unknown (no peta jabatan)
import-summary-ratings = standards for { $standards } seats, { $assessed } people assessed, { $skp } SKP years, { $competencies } new competencies
import-leavers-kept = { $count ->
    [one] { $count } person is
   *[other] { $count } people are
} missing from the new export and kept (add --drop-missing to remove them):
import-leavers-dropped = { $count ->
    [one] { $count } person is
   *[other] { $count } people are
} missing from the new export and removed (--drop-missing):
import-and-more = {"  "}and { $count } more
import-inactive = { $count ->
    [one] { $count } person is
   *[other] { $count } people are
} not active staff (kedudukan hukum) and not imported:
import-severity-error = error
import-severity-note = note
# What penata export --format siasn wrote.
import-peta-of = the peta jabatan and unit hierarchy of "{ $org }"
# Assessment or SKP rows of people the new export does not import.
import-rows-for-absent = { $count ->
    [one] { $count } person's assessment or SKP rows were
   *[other] { $count } people's assessment or SKP rows were
} left aside: they are not in the new ASN export, or not active
# The JPM an assessment rekap wrote differs from penata's for the same levels.
import-jpm-differs = the rekap's JPM { $written } differs from { $computed }%, which penata computes from the same levels and the standard of "{ $seat }"; check the standard or the rekap
# A file that is a JSON array, not a penata/v1 object.
import-json-array = { $name } is a JSON list, not a penata/v1 organization (one JSON object whose "format" is "penata/v1"); export it again with penata export, or see docs/format.md
