//! Every invalid import fixture gives its message in English (`--lang en`): the place
//! (file, line, record), what is wrong and what to do, word for word; the messages are worded
//! with the language given, so `import_messages.rs` checks the same fixtures in Bahasa
//! Indonesia in the same process.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::import_fixtures;

use import_fixtures::{First, check, errors_of, example};
use penata::lang::Lang;

/// One fixture per rule: (file, number of errors, the first error as printed).
const INVALID: &[(&str, usize, First)] = &[
    (
        "competency-code-duplicate.json",
        1,
        First::Is(
            "competency-code-duplicate.json:7: competencies[2] code INT: code \"INT\": the same code as competencies[0] (line 5)",
        ),
    ),
    (
        "competency-code-shape.json",
        1,
        First::Is(
            "competency-code-shape.json:6: competencies[1] code KEU DAERAH: code \"KEU DAERAH\": must be 1-16 letters, digits, - or _",
        ),
    ),
    (
        "competency-group-bad.json",
        1,
        First::Is(
            "competency-group-bad.json:6: competencies[1] code KEU: group \"teknikal\": must be one of manajerial, sosial_kultural, teknis",
        ),
    ),
    (
        "competency-unknown-field.json",
        1,
        First::Is(
            "competency-unknown-field.json:5: competencies[0] code INT: unknown field \"nama\": allowed fields are code, name, group",
        ),
    ),
    (
        "csv-cell-count.csv",
        1,
        First::Is(
            "csv-cell-count.csv:2: row 2 nip 198811202014022001: the row has 2 cells but the header has 3 columns: make it match the header",
        ),
    ),
    (
        "csv-cell-without-header.csv",
        1,
        First::Is(
            "csv-cell-without-header.csv:2: row 2 nip 198811202014022001: cell \"catatan\" is in a column without a header: name the column (nip, nama (or name), golongan (or rank), jabatan (or position))",
        ),
    ),
    (
        "csv-duplicate-column.csv",
        1,
        First::Is(
            "csv-duplicate-column.csv:1: row 1 (header): columns \"nama\" and \"Name\" mean the same: keep one",
        ),
    ),
    (
        "csv-empty.csv",
        1,
        First::Is(
            "csv-empty.csv: the file is empty: expected a penata/v1 JSON object, an .xlsx workbook or a CSV header row with the columns nip, nama (or name), golongan (or rank), jabatan (or position)",
        ),
    ),
    (
        "csv-new-name-empty.csv",
        1,
        First::Is(
            "csv-new-name-empty.csv:2: row 2 nip 198811202014022001: nama is empty: a new employee (NIP not stored yet) needs a name",
        ),
    ),
    (
        "csv-new-without-rank-column.csv",
        1,
        First::Is(
            "csv-new-without-rank-column.csv:2: row 2 nip 198811202014022001: there is no golongan column: a new employee (NIP not stored yet) needs a golongan",
        ),
    ),
    (
        "csv-nip-bad.csv",
        1,
        First::Is(
            "csv-nip-bad.csv:2: row 2 nip 198811312014022001: birth date 1988-11-31 is not a calendar date",
        ),
    ),
    (
        "csv-nip-masked.csv",
        1,
        First::Is(
            "csv-nip-masked.csv:2: row 2 nip \"******** 201402 2 ***\": the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip",
        ),
    ),
    (
        "csv-nip-duplicate.csv",
        1,
        First::Is(
            "csv-nip-duplicate.csv:3: row 3 nip 198811202014022001: nip 198811202014022001 is also on row 2: one row per employee",
        ),
    ),
    (
        "csv-nip-empty.csv",
        1,
        First::Is("csv-nip-empty.csv:2: row 2: nip is empty: every row needs the employee's NIP"),
    ),
    (
        "csv-nip-scientific.csv",
        1,
        First::Is(
            "csv-nip-scientific.csv:2: row 2 nip \"1,98811E+17\": nip \"1,98811E+17\" was turned into a number by the spreadsheet: format the nip column as Text and export again",
        ),
    ),
    (
        "csv-no-nip-column.csv",
        1,
        First::Is(
            "csv-no-nip-column.csv:1: row 1 (header): there is no nip column: the header row names the columns nip, nama (or name), golongan (or rank), jabatan (or position)",
        ),
    ),
    (
        "csv-not-utf8.csv",
        1,
        First::Is(
            "csv-not-utf8.csv:3: the file is not UTF-8 text (byte 0xE9): in Excel use Save As and choose \"CSV UTF-8 (Comma delimited)\"; save JSON files as UTF-8",
        ),
    ),
    (
        "csv-rank-bad.csv",
        1,
        First::Is(
            "csv-rank-bad.csv:2: row 2 nip 198811202014022001: golongan \"III/e\" is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)",
        ),
    ),
    (
        "csv-rank-kind.csv",
        1,
        First::Is(
            "csv-rank-kind.csv:2: row 2 nip 199204052022211001: rank III/b is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): use a PPPK golongan I-XVII",
        ),
    ),
    (
        "csv-unknown-column.csv",
        1,
        First::Is(
            "csv-unknown-column.csv:1: row 1 (header): unknown column \"unit\": allowed columns are nip, nama (or name), golongan (or rank), jabatan (or position)",
        ),
    ),
    (
        "csv-unknown-position.csv",
        1,
        First::Is(
            "csv-unknown-position.csv:2: row 2 nip 198811202014022001: jabatan \"disdukcapil.sopir\": no position has this id (leave the cell empty for staff not yet placed)",
        ),
    ),
    (
        "employee-competency-level.json",
        1,
        First::Is(
            "employee-competency-level.json:17: employees[0] nip 198503122010012003: competencies INT 0: level must be a whole number 1-5",
        ),
    ),
    (
        "employee-competency-unknown.json",
        1,
        First::Is(
            "employee-competency-unknown.json:17: employees[0] nip 198503122010012003: competencies \"ORH\": not in the competency dictionary (known codes: INT, KEU)",
        ),
    ),
    (
        "employee-name-empty.json",
        1,
        First::Is(
            "employee-name-empty.json:18: employees[1] nip 199204052022211001: name is empty: the full name with titles is required",
        ),
    ),
    (
        "employee-nip-bad-date.json",
        1,
        First::Is(
            "employee-nip-bad-date.json:17: employees[0] nip 197802302005012004: birth date 1978-02-30 is not a calendar date",
        ),
    ),
    (
        "employee-nip-duplicate.json",
        1,
        First::Is(
            "employee-nip-duplicate.json:18: employees[1] nip 198503122010012003: the same NIP as employees[0] (line 17)",
        ),
    ),
    (
        "employee-nip-length.json",
        1,
        First::Is(
            "employee-nip-length.json:17: employees[0] nip 19850312201001200: must be 18 digits (spaces between groups are allowed), found 17 digits",
        ),
    ),
    (
        "employee-nip-masked.json",
        1,
        First::Is(
            "employee-nip-masked.json:17: employees[0] nip \"******** 201001 2 ***\": the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip",
        ),
    ),
    (
        "employee-nip-missing.json",
        1,
        First::Is(
            "employee-nip-missing.json:18: employees[1]: nip is missing: the 18-digit NIP is required",
        ),
    ),
    (
        "employee-nip-number.json",
        1,
        First::Is(
            "employee-nip-number.json:17: employees[0]: nip 198503122010012003: must be text of 18 digits in quotes, e.g. \"198503122010012003\"",
        ),
    ),
    (
        "employee-not-object.json",
        1,
        First::Is(
            "employee-not-object.json:16: employees[2]: \"198811202014022001\" is not a record: must be an object with nip, name, rank, position, competencies, performance, potential, readiness, notes, pns_id, birth_date, tmt_cpns, tmt_jabatan, education_level, education_name, kedudukan, skp",
        ),
    ),
    (
        "employee-note-at.json",
        1,
        First::Is(
            "employee-note-at.json:17: employees[0] nip 198503122010012003: notes[0].at \"2026-10-01 09:00\": must be an RFC 3339 date-time such as 2026-10-01T09:00:00+07:00",
        ),
    ),
    (
        "employee-note-author-empty.json",
        1,
        First::Is(
            "employee-note-author-empty.json:17: employees[0] nip 198503122010012003: notes[0].author is empty: who wrote the note is required",
        ),
    ),
    (
        "employee-note-text-missing.json",
        1,
        First::Is(
            "employee-note-text-missing.json:17: employees[0] nip 198503122010012003: notes[0].text is missing: the note's text is required",
        ),
    ),
    (
        "employee-note-unknown-field.json",
        1,
        First::Is(
            "employee-note-unknown-field.json:17: employees[0] nip 198503122010012003: notes[0]: unknown field \"penulis\": allowed fields are at, author, text",
        ),
    ),
    (
        "employee-performance-bad.json",
        1,
        First::Is(
            "employee-performance-bad.json:17: employees[0] nip 198503122010012003: performance \"bagus\": must be one of sangat_kurang, kurang, butuh_perbaikan, baik, sangat_baik",
        ),
    ),
    (
        "employee-position-missing.json",
        1,
        First::Is(
            "employee-position-missing.json:18: employees[1] nip 199204052022211001: position \"dinas.umum.sopir\": no position has this id (use null for staff not yet placed)",
        ),
    ),
    (
        "employee-potential-bad.json",
        1,
        First::Is(
            "employee-potential-bad.json:17: employees[0] nip 198503122010012003: potential \"sedang\": must be one of rendah, menengah, tinggi",
        ),
    ),
    (
        "employee-rank-bad.json",
        1,
        First::Is(
            "employee-rank-bad.json:17: employees[0] nip 198503122010012003: rank \"III/e\" is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)",
        ),
    ),
    (
        "employee-rank-kind.json",
        1,
        First::Is(
            "employee-rank-kind.json:18: employees[1] nip 199204052022211001: rank III/a is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): use a PPPK golongan I-XVII",
        ),
    ),
    (
        "employee-readiness-bad.json",
        1,
        First::Is(
            "employee-readiness-bad.json:17: employees[0] nip 198503122010012003: readiness \"siap_pindah\": must be one of siap, ragu, menolak",
        ),
    ),
    (
        "employee-unknown-field.json",
        1,
        First::Is(
            "employee-unknown-field.json:18: employees[1] nip 199204052022211001: unknown field \"postion\": allowed fields are nip, name, rank, position, competencies, performance, potential, readiness, notes, pns_id, birth_date, tmt_cpns, tmt_jabatan, education_level, education_name, kedudukan, skp",
        ),
    ),
    (
        "format-missing.json",
        1,
        First::Is(
            "format-missing.json:1: top level: format is missing: add \"format\": \"penata/v1\"",
        ),
    ),
    (
        "format-wrong.json",
        1,
        First::Is(
            "format-wrong.json:2: top level: format \"penata/v2\": this penata reads \"penata/v1\" files",
        ),
    ),
    (
        "json-syntax.json",
        1,
        First::Is("json-syntax.json:18: invalid JSON: trailing comma (column 108)"),
    ),
    (
        "list-missing.json",
        2,
        First::Is(
            "list-missing.json:1: top level: positions is missing: add \"positions\": [] when there are none",
        ),
    ),
    (
        "list-not-list.json",
        3,
        First::Is("list-not-list.json:8: top level: units is an object: must be a list"),
    ),
    (
        "not-an-object.json",
        1,
        First::Is(
            "not-an-object.json:1: invalid type: sequence, expected one JSON object {\"format\": \"penata/v1\", \"organization\": ..., \"competencies\": [...], \"units\": [...], \"positions\": [...], \"employees\": [...]}",
        ),
    ),
    (
        "organization-empty.json",
        1,
        First::Is(
            "organization-empty.json:3: top level: organization is empty: the organization's name is required",
        ),
    ),
    (
        "position-formation-fraction.json",
        1,
        First::Is(
            "position-formation-fraction.json:14: positions[1] id dinas.umum.staf: formation 1.5: must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)",
        ),
    ),
    (
        "position-formation-negative.json",
        1,
        First::Is(
            "position-formation-negative.json:14: positions[1] id dinas.umum.staf: formation -1: must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)",
        ),
    ),
    (
        "position-id-duplicate.json",
        1,
        First::Is(
            "position-id-duplicate.json:14: positions[1] id dinas.kadis: id \"dinas.kadis\": the same id as positions[0] (line 13)",
        ),
    ),
    (
        "position-requirement-level.json",
        1,
        First::Is(
            "position-requirement-level.json:13: positions[0] id dinas.kadis: requirements INT 6: level must be a whole number 1-5",
        ),
    ),
    (
        "position-requirement-unknown-code.json",
        1,
        First::Is(
            "position-requirement-unknown-code.json:13: positions[0] id dinas.kadis: requirements \"KOM\": not in the competency dictionary (known codes: INT, KEU)",
        ),
    ),
    (
        "position-type-bad.json",
        1,
        First::Is(
            "position-type-bad.json:13: positions[0] id dinas.kadis: type \"eselon_2\": must be one of jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional",
        ),
    ),
    (
        "position-unit-missing.json",
        1,
        First::Is(
            "position-unit-missing.json:14: positions[1] id dinas.umum.staf: unit \"dinas.keuangan\": no unit has this id",
        ),
    ),
    (
        "position-unknown-field.json",
        1,
        First::Is(
            "position-unknown-field.json:14: positions[1] id dinas.umum.staf: unknown field \"formasi\": allowed fields are id, unit, title, type, formation, requirements, workload, siasn_id, jenjang",
        ),
    ),
    (
        "position-workload-bad.json",
        1,
        First::Is(
            "position-workload-bad.json:14: positions[1] id dinas.umum.staf: workload[0].minutes \"15\": must be a whole number 0 or more (minutes each time)",
        ),
    ),
    (
        "unit-cycle.json",
        1,
        First::Is(
            "unit-cycle.json:11: units[2] id a: parent \"c\": the parent links a -> c -> b -> a form a cycle; units must form a tree (a unit cannot be its own ancestor)",
        ),
    ),
    (
        "unit-feedback-date-bad.json",
        1,
        First::Is(
            "unit-feedback-date-bad.json:10: units[1] id dinas.umum: feedback[0].date \"14/10/2026\": must be a calendar date YYYY-MM-DD such as 2026-10-14",
        ),
    ),
    (
        "unit-feedback-not-list.json",
        1,
        First::Is(
            "unit-feedback-not-list.json:10: units[1] id dinas.umum: feedback an object: must be a list of {date, source, severity, text, recorded_by, recorded_at}",
        ),
    ),
    (
        "unit-feedback-severity-bad.json",
        1,
        First::Is(
            "unit-feedback-severity-bad.json:10: units[1] id dinas.umum: feedback[0].severity \"urgent\": must be one of low, medium, high",
        ),
    ),
    (
        "unit-feedback-text-control.json",
        1,
        First::Is(
            "unit-feedback-text-control.json:10: units[1] id dinas.umum: feedback[0].text \"Antrean\\npanjang\": the text contains a control character (\\n): write it on one line without tabs or escapes",
        ),
    ),
    (
        "unit-feedback-text-empty.json",
        1,
        First::Is(
            "unit-feedback-text-empty.json:10: units[1] id dinas.umum: feedback[0].text \" \": the feedback text is empty: say what the public said",
        ),
    ),
    (
        "unit-feedback-unknown-field.json",
        1,
        First::Is(
            "unit-feedback-unknown-field.json:10: units[1] id dinas.umum: feedback[0]: unknown field \"rating\": allowed fields are date, source, severity, text, recorded_by, recorded_at",
        ),
    ),
    (
        "unit-id-duplicate.json",
        1,
        First::Is(
            "unit-id-duplicate.json:11: units[2] id dinas.umum: id \"dinas.umum\": the same id as units[1] (line 10)",
        ),
    ),
    (
        "unit-name-missing.json",
        1,
        First::Is(
            "unit-name-missing.json:10: units[1] id dinas.umum: name is missing: the unit's name is required",
        ),
    ),
    (
        "unit-parent-missing.json",
        1,
        First::Is(
            "unit-parent-missing.json:10: units[1] id dinas.umum: parent \"dinass\": no unit has this id (use null for a root unit)",
        ),
    ),
    (
        "unit-self-parent.json",
        1,
        First::Is(
            "unit-self-parent.json:9: units[0] id dinas: parent \"dinas\": the parent links dinas -> dinas form a cycle; units must form a tree (a unit cannot be its own ancestor)",
        ),
    ),
    (
        "unknown-top-key.json",
        1,
        First::Is(
            "unknown-top-key.json:20: top level: unknown key \"employes\": allowed keys are format, organization, competencies, units, positions, employees",
        ),
    ),
];

#[test]
fn every_invalid_fixture_gives_its_message_in_english() {
    check(INVALID, Lang::En);
}

#[test]
fn the_summary_is_in_english() {
    let errors = errors_of("csv-empty.csv", &example()).say(Lang::En);
    assert!(
        errors.ends_with("\n1 error; nothing was imported"),
        "{errors}"
    );
    let errors = errors_of("list-not-list.json", &example()).say(Lang::En);
    assert!(
        errors.ends_with("\n3 errors; nothing was imported"),
        "{errors}"
    );
}
