use super::*;

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn example() -> Organization {
    let text = String::from_utf8(fixture("example-small.json")).unwrap();
    format::parse_v1("example-small.json", &text).unwrap()
}

/// Reads an invalid fixture the way the CLI would (JSON through `parse_v1` so that
/// non-object JSON is tested too), against the small example as the stored data.
fn errors_of(name: &str, current: &Organization) -> ImportErrors {
    let bytes = fixture(&format!("invalid/{name}"));
    let result = if name.ends_with(".json") {
        let text = std::str::from_utf8(&bytes).unwrap();
        format::parse_v1(name, text).map(ImportData::Organization)
    } else {
        read_import(name, &bytes, current)
    };
    match result {
        Ok(_) => panic!("{name} was accepted"),
        Err(e) => e,
    }
}

/// One fixture per rule: (file, number of errors, the first error as printed).
const INVALID: &[(&str, usize, &str)] = &[
    (
        "competency-code-duplicate.json",
        1,
        "competency-code-duplicate.json:7: competencies[2] code INT: code \"INT\": the same code as competencies[0] (line 5)",
    ),
    (
        "competency-code-shape.json",
        1,
        "competency-code-shape.json:6: competencies[1] code KEU DAERAH: code \"KEU DAERAH\": must be 1-16 letters, digits, - or _",
    ),
    (
        "competency-group-bad.json",
        1,
        "competency-group-bad.json:6: competencies[1] code KEU: group \"teknikal\": must be one of manajerial, sosial_kultural, teknis",
    ),
    (
        "competency-unknown-field.json",
        1,
        "competency-unknown-field.json:5: competencies[0] code INT: unknown field \"nama\": allowed fields are code, name, group",
    ),
    (
        "csv-cell-count.csv",
        1,
        "csv-cell-count.csv:2: row 2 nip 198811202014022001: the row has 2 cells but the header has 3 columns",
    ),
    (
        "csv-cell-without-header.csv",
        1,
        "csv-cell-without-header.csv:2: row 2 nip 198811202014022001: cell \"catatan\" is in a column without a header: name the column (nip, nama (or name), golongan (or rank), jabatan (or position))",
    ),
    (
        "csv-duplicate-column.csv",
        1,
        "csv-duplicate-column.csv:1: row 1 (header): columns \"nama\" and \"Name\" mean the same: keep one",
    ),
    (
        "csv-empty.csv",
        1,
        "csv-empty.csv: the file is empty: expected a penata/v1 JSON object, an .xlsx workbook or a CSV header row with the columns nip, nama (or name), golongan (or rank), jabatan (or position)",
    ),
    (
        "csv-new-name-empty.csv",
        1,
        "csv-new-name-empty.csv:2: row 2 nip 198811202014022001: nama is empty: a new employee (NIP not stored yet) needs a name",
    ),
    (
        "csv-new-without-rank-column.csv",
        1,
        "csv-new-without-rank-column.csv:2: row 2 nip 198811202014022001: there is no golongan column: a new employee (NIP not stored yet) needs a golongan",
    ),
    (
        "csv-nip-bad.csv",
        1,
        "csv-nip-bad.csv:2: row 2 nip 198811312014022001: birth date 1988-11-31 is not a calendar date",
    ),
    (
        "csv-nip-masked.csv",
        1,
        "csv-nip-masked.csv:2: row 2 nip \"******** 201402 2 ***\": the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip",
    ),
    (
        "csv-nip-duplicate.csv",
        1,
        "csv-nip-duplicate.csv:3: row 3 nip 198811202014022001: nip 198811202014022001 is also on row 2",
    ),
    (
        "csv-nip-empty.csv",
        1,
        "csv-nip-empty.csv:2: row 2: nip is empty: every row needs the employee's NIP",
    ),
    (
        "csv-nip-scientific.csv",
        1,
        "csv-nip-scientific.csv:2: row 2 nip \"1,98811E+17\": nip \"1,98811E+17\" was turned into a number by the spreadsheet: format the nip column as Text and export again",
    ),
    (
        "csv-no-nip-column.csv",
        1,
        "csv-no-nip-column.csv:1: row 1 (header): there is no nip column: the header row names the columns nip, nama (or name), golongan (or rank), jabatan (or position)",
    ),
    (
        "csv-not-utf8.csv",
        1,
        "csv-not-utf8.csv:3: the file is not UTF-8 text (byte 0xE9): in Excel use Save As and choose \"CSV UTF-8 (Comma delimited)\"; save JSON files as UTF-8",
    ),
    (
        "csv-rank-bad.csv",
        1,
        "csv-rank-bad.csv:2: row 2 nip 198811202014022001: golongan \"III/e\" is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)",
    ),
    (
        "csv-rank-kind.csv",
        1,
        "csv-rank-kind.csv:2: row 2 nip 199204052022211001: rank III/b is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): use a PPPK golongan I-XVII",
    ),
    (
        "csv-unknown-column.csv",
        1,
        "csv-unknown-column.csv:1: row 1 (header): unknown column \"unit\": allowed columns are nip, nama (or name), golongan (or rank), jabatan (or position)",
    ),
    (
        "csv-unknown-position.csv",
        1,
        "csv-unknown-position.csv:2: row 2 nip 198811202014022001: jabatan \"disdukcapil.sopir\": no position has this id (leave the cell empty for staff not yet placed)",
    ),
    (
        "employee-competency-level.json",
        1,
        "employee-competency-level.json:17: employees[0] nip 198503122010012003: competencies INT 0: level must be a whole number 1-5",
    ),
    (
        "employee-competency-unknown.json",
        1,
        "employee-competency-unknown.json:17: employees[0] nip 198503122010012003: competencies \"ORH\": not in the competency dictionary (known codes: INT, KEU)",
    ),
    (
        "employee-name-empty.json",
        1,
        "employee-name-empty.json:18: employees[1] nip 199204052022211001: name is empty: the full name with titles is required",
    ),
    (
        "employee-nip-bad-date.json",
        1,
        "employee-nip-bad-date.json:17: employees[0] nip 197802302005012004: birth date 1978-02-30 is not a calendar date",
    ),
    (
        "employee-nip-duplicate.json",
        1,
        "employee-nip-duplicate.json:18: employees[1] nip 198503122010012003: the same NIP as employees[0] (line 17)",
    ),
    (
        "employee-nip-length.json",
        1,
        "employee-nip-length.json:17: employees[0] nip 19850312201001200: must be 18 digits (spaces between groups are allowed), found 17 digits",
    ),
    (
        "employee-nip-masked.json",
        1,
        "employee-nip-masked.json:17: employees[0] nip \"******** 201001 2 ***\": the NIP is masked (digits hidden by --mask-nip): a masked export cannot be imported as real data; import an export made without --mask-nip",
    ),
    (
        "employee-nip-missing.json",
        1,
        "employee-nip-missing.json:18: employees[1]: nip is missing: the 18-digit NIP is required",
    ),
    (
        "employee-nip-number.json",
        1,
        "employee-nip-number.json:17: employees[0]: nip 198503122010012003: must be text of 18 digits in quotes, e.g. \"198503122010012003\"",
    ),
    (
        "employee-not-object.json",
        1,
        "employee-not-object.json:16: employees[2]: \"198811202014022001\" is not a record: must be an object with nip, name, rank, position, competencies, performance, potential, readiness, notes",
    ),
    (
        "employee-note-at.json",
        1,
        "employee-note-at.json:17: employees[0] nip 198503122010012003: notes[0].at \"2026-10-01 09:00\": must be an RFC 3339 date-time such as 2026-10-01T09:00:00+07:00",
    ),
    (
        "employee-note-author-empty.json",
        1,
        "employee-note-author-empty.json:17: employees[0] nip 198503122010012003: notes[0].author is empty: who wrote the note is required",
    ),
    (
        "employee-note-text-missing.json",
        1,
        "employee-note-text-missing.json:17: employees[0] nip 198503122010012003: notes[0].text is missing: the note's text is required",
    ),
    (
        "employee-note-unknown-field.json",
        1,
        "employee-note-unknown-field.json:17: employees[0] nip 198503122010012003: notes[0]: unknown field \"penulis\": allowed fields are at, author, text",
    ),
    (
        "employee-performance-bad.json",
        1,
        "employee-performance-bad.json:17: employees[0] nip 198503122010012003: performance \"bagus\": must be one of sangat_kurang, kurang, butuh_perbaikan, baik, sangat_baik",
    ),
    (
        "employee-position-missing.json",
        1,
        "employee-position-missing.json:18: employees[1] nip 199204052022211001: position \"dinas.umum.sopir\": no position has this id (use null for staff not yet placed)",
    ),
    (
        "employee-potential-bad.json",
        1,
        "employee-potential-bad.json:17: employees[0] nip 198503122010012003: potential \"sedang\": must be one of rendah, menengah, tinggi",
    ),
    (
        "employee-rank-bad.json",
        1,
        "employee-rank-bad.json:17: employees[0] nip 198503122010012003: rank \"III/e\" is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)",
    ),
    (
        "employee-rank-kind.json",
        1,
        "employee-rank-kind.json:18: employees[1] nip 199204052022211001: rank III/a is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): use a PPPK golongan I-XVII",
    ),
    (
        "employee-readiness-bad.json",
        1,
        "employee-readiness-bad.json:17: employees[0] nip 198503122010012003: readiness \"siap_pindah\": must be one of siap, ragu, menolak",
    ),
    (
        "employee-unknown-field.json",
        1,
        "employee-unknown-field.json:18: employees[1] nip 199204052022211001: unknown field \"postion\": allowed fields are nip, name, rank, position, competencies, performance, potential, readiness, notes",
    ),
    (
        "format-missing.json",
        1,
        "format-missing.json:1: top level: format is missing: add \"format\": \"penata/v1\"",
    ),
    (
        "format-wrong.json",
        1,
        "format-wrong.json:2: top level: format \"penata/v2\": this penata reads \"penata/v1\" files",
    ),
    (
        "json-syntax.json",
        1,
        "json-syntax.json:18: invalid JSON: trailing comma (column 108)",
    ),
    (
        "list-missing.json",
        2,
        "list-missing.json:1: top level: positions is missing: add \"positions\": [] when there are none",
    ),
    (
        "list-not-list.json",
        3,
        "list-not-list.json:8: top level: units is an object: must be a list",
    ),
    (
        "not-an-object.json",
        1,
        "not-an-object.json:1: invalid type: sequence, expected one JSON object {\"format\": \"penata/v1\", \"organization\": ..., \"competencies\": [...], \"units\": [...], \"positions\": [...], \"employees\": [...]}",
    ),
    (
        "organization-empty.json",
        1,
        "organization-empty.json:3: top level: organization is empty: the organization's name is required",
    ),
    (
        "position-formation-fraction.json",
        1,
        "position-formation-fraction.json:14: positions[1] id dinas.umum.staf: formation 1.5: must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)",
    ),
    (
        "position-formation-negative.json",
        1,
        "position-formation-negative.json:14: positions[1] id dinas.umum.staf: formation -1: must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)",
    ),
    (
        "position-id-duplicate.json",
        1,
        "position-id-duplicate.json:14: positions[1] id dinas.kadis: id \"dinas.kadis\": the same id as positions[0] (line 13)",
    ),
    (
        "position-requirement-level.json",
        1,
        "position-requirement-level.json:13: positions[0] id dinas.kadis: requirements INT 6: level must be a whole number 1-5",
    ),
    (
        "position-requirement-unknown-code.json",
        1,
        "position-requirement-unknown-code.json:13: positions[0] id dinas.kadis: requirements \"KOM\": not in the competency dictionary (known codes: INT, KEU)",
    ),
    (
        "position-type-bad.json",
        1,
        "position-type-bad.json:13: positions[0] id dinas.kadis: type \"eselon_2\": must be one of jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional",
    ),
    (
        "position-unit-missing.json",
        1,
        "position-unit-missing.json:14: positions[1] id dinas.umum.staf: unit \"dinas.keuangan\": no unit has this id",
    ),
    (
        "position-unknown-field.json",
        1,
        "position-unknown-field.json:14: positions[1] id dinas.umum.staf: unknown field \"formasi\": allowed fields are id, unit, title, type, formation, requirements, workload",
    ),
    (
        "position-workload-bad.json",
        1,
        "position-workload-bad.json:14: positions[1] id dinas.umum.staf: workload[0].minutes \"15\": must be a whole number 0 or more (minutes each time)",
    ),
    (
        "unit-cycle.json",
        1,
        "unit-cycle.json:11: units[2] id a: parent \"c\": the parent links a -> c -> b -> a form a cycle; units must form a tree (a unit cannot be its own ancestor)",
    ),
    (
        "unit-feedback-date-bad.json",
        1,
        "unit-feedback-date-bad.json:10: units[1] id dinas.umum: feedback[0].date \"14/10/2026\": must be a calendar date YYYY-MM-DD such as 2026-10-14",
    ),
    (
        "unit-feedback-not-list.json",
        1,
        "unit-feedback-not-list.json:10: units[1] id dinas.umum: feedback an object: must be a list of {date, source, severity, text, recorded_by, recorded_at}",
    ),
    (
        "unit-feedback-severity-bad.json",
        1,
        "unit-feedback-severity-bad.json:10: units[1] id dinas.umum: feedback[0].severity \"urgent\": must be one of low, medium, high",
    ),
    (
        "unit-feedback-text-control.json",
        1,
        "unit-feedback-text-control.json:10: units[1] id dinas.umum: feedback[0].text \"Antrean\\npanjang\": the text contains a control character (\\n): write it on one line without tabs or escapes",
    ),
    (
        "unit-feedback-text-empty.json",
        1,
        "unit-feedback-text-empty.json:10: units[1] id dinas.umum: feedback[0].text \" \": the feedback text is empty: say what the public said",
    ),
    (
        "unit-feedback-unknown-field.json",
        1,
        "unit-feedback-unknown-field.json:10: units[1] id dinas.umum: feedback[0]: unknown field \"rating\": allowed fields are date, source, severity, text, recorded_by, recorded_at",
    ),
    (
        "unit-id-duplicate.json",
        1,
        "unit-id-duplicate.json:11: units[2] id dinas.umum: id \"dinas.umum\": the same id as units[1] (line 10)",
    ),
    (
        "unit-name-missing.json",
        1,
        "unit-name-missing.json:10: units[1] id dinas.umum: name is missing: the unit's name is required",
    ),
    (
        "unit-parent-missing.json",
        1,
        "unit-parent-missing.json:10: units[1] id dinas.umum: parent \"dinass\": no unit has this id (use null for a root unit)",
    ),
    (
        "unit-self-parent.json",
        1,
        "unit-self-parent.json:9: units[0] id dinas: parent \"dinas\": the parent links dinas -> dinas form a cycle; units must form a tree (a unit cannot be its own ancestor)",
    ),
    (
        "unknown-top-key.json",
        1,
        "unknown-top-key.json:20: top level: unknown key \"employes\": allowed keys are format, organization, competencies, units, positions, employees",
    ),
];

#[test]
fn every_invalid_fixture_gives_its_message() {
    let current = example();
    let mut failures = Vec::new();
    for (name, count, first) in INVALID {
        let errors = errors_of(name, &current);
        let got = errors.errors[0].to_string();
        if got != *first || errors.total() != *count {
            failures.push(format!("    (\"{name}\", {}, {got:?}),", errors.total()));
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}

#[test]
fn every_fixture_file_is_in_the_table() {
    let dir = format!("{}/fixtures/invalid", env!("CARGO_MANIFEST_DIR"));
    let current = example();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !INVALID.iter().any(|(n, _, _)| *n == name) {
            let errors = errors_of(&name, &current);
            missing.push(format!(
                "    (\"{name}\", {}, {:?}),",
                errors.total(),
                errors.errors[0].to_string()
            ));
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "not in the table:\n{}",
        missing.join("\n")
    );
}

#[test]
fn display_names_file_line_record_and_counts() {
    let e = ImportError {
        file: "data.json".into(),
        line: Some(412),
        record: "employees[12] nip 197802302005012004".into(),
        field: "nip".into(),
        message: "birth date 1978-02-30 is not a calendar date".into(),
    };
    assert_eq!(
        e.to_string(),
        "data.json:412: employees[12] nip 197802302005012004: birth date 1978-02-30 is not a calendar date"
    );
    let whole = ImportErrors::whole_file("x.csv", None, "the file is empty".into());
    assert_eq!(
        whole.to_string(),
        "x.csv: the file is empty\n1 error; nothing was imported"
    );
}

#[test]
fn errors_are_capped_at_100_and_counted() {
    let bad: Vec<String> = (0..150)
        .map(|i| {
            format!(
                "{{\"nip\": \"1978023020050120{:02}\", \"name\": \"X\", \"rank\": \"III/a\"}}",
                i % 100
            )
        })
        .collect();
    let text = format!(
        "{{\"format\": \"penata/v1\", \"organization\": \"K\", \"competencies\": [], \
         \"units\": [], \"positions\": [], \"employees\": [\n{}\n]}}",
        bad.join(",\n")
    );
    let errors = format::parse_v1("big.json", &text).unwrap_err();
    assert_eq!(
        (errors.errors.len(), errors.more, errors.total()),
        (100, 50, 150)
    );
    let shown = errors.to_string();
    assert!(shown.ends_with("... and 50 more not shown (only the first 100 are listed)\n150 errors; nothing was imported"));
    assert!(
        shown.starts_with("big.json:2: employees[0] nip 197802302005012000: birth date"),
        "{shown}"
    );
}

#[test]
fn content_decides_json_or_csv() {
    let current = example();
    let json = fixture("example-small.json");
    let mut with_bom = b"\xEF\xBB\xBF \n".to_vec();
    with_bom.extend_from_slice(&json);
    match read_import("export.txt", &with_bom, &current).unwrap() {
        ImportData::Organization(org) => assert_eq!(org, current),
        other => panic!("{other:?}"),
    }
    let csv = b"\xEF\xBB\xBFnip;golongan\r\n19760817 200312 1 002;IV/a\r\n";
    match read_import("pegawai.json", csv, &current).unwrap() {
        ImportData::Employees(rows) => assert_eq!(rows[0].rank.to_string(), "IV/a"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn utf16_is_refused_with_advice() {
    let errors = read_import("p.txt", b"\xFF\xFEn\0i\0p\0", &example()).unwrap_err();
    assert!(
        errors.to_string().contains("save it as \"CSV UTF-8"),
        "{errors}"
    );
}

#[test]
fn workbooks_are_told_apart_by_content() {
    let old = read_import("p.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", &example()).unwrap_err();
    assert!(
        old.to_string()
            .contains("old Excel 97-2003 workbook (.xls): open it in Excel and save it as"),
        "{old}"
    );
    // A zip that is not a workbook, whatever its name, is read as one and refused as one.
    let zip = read_import("p.csv", b"PK\x03\x04rest", &example()).unwrap_err();
    assert!(
        zip.to_string().contains("not a readable .xlsx workbook"),
        "{zip}"
    );
    let sheet = read_import_sheet("p.csv", b"nip\n", Some("Pegawai"), &example()).unwrap_err();
    assert!(
        sheet.to_string().contains("not an .xlsx workbook"),
        "{sheet}"
    );
}
