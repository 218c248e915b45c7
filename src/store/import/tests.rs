use super::*;

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn example() -> Organization {
    let text = String::from_utf8(fixture("example-small.json")).unwrap();
    format::parse_v1("example-small.json", &text).unwrap()
}

// The invalid fixtures and their messages, word for word in each language, are checked by
// `tests/integration/import_messages.rs` and `tests/import_messages_en.rs` (the domain's
// English); `Display` here is in the process language, Bahasa Indonesia in unit tests.

#[test]
fn display_names_file_line_record_and_counts() {
    let e = ImportError {
        file: "data.json".into(),
        line: Some(412),
        record: Some(crate::store::as_is("employees[12] nip 197802302005012004")),
        field: "nip".into(),
        message: crate::store::as_is("birth date 1978-02-30 is not a calendar date"),
    };
    assert_eq!(
        crate::lang::Lang::Id.say(&e.msg()),
        "data.json:412: employees[12] nip 197802302005012004: birth date 1978-02-30 is not a calendar date"
    );
    let whole = ImportErrors::whole_file("x.csv", None, crate::store::as_is("berkas kosong"));
    assert_eq!(
        whole.say(crate::lang::Lang::Id),
        "x.csv: berkas kosong\n1 kesalahan; tidak ada yang diimpor"
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
    let shown = errors.say(crate::lang::Lang::Id);
    assert!(shown.ends_with(
        "... dan 50 lainnya tidak ditampilkan (hanya 100 yang pertama dicantumkan)\n150 kesalahan; tidak ada yang diimpor"
    ));
    assert!(
        shown.starts_with("big.json:2: employees[0] nip 197802302005012000: tanggal lahir"),
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
        errors
            .say(crate::lang::Lang::Id)
            .contains("simpan sebagai \"CSV UTF-8"),
        "{errors}"
    );
}

#[test]
fn workbooks_are_told_apart_by_content() {
    let old = read_import("p.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", &example()).unwrap_err();
    assert!(
        old.say(crate::lang::Lang::Id)
            .contains("buku kerja Excel 97-2003 lama (.xls): buka di Excel lalu simpan sebagai"),
        "{old}"
    );
    // A zip that is not a workbook, whatever its name, is read as one and refused as one.
    let zip = read_import("p.csv", b"PK\x03\x04rest", &example()).unwrap_err();
    assert!(
        zip.say(crate::lang::Lang::Id)
            .contains("bukan buku kerja .xlsx yang dapat dibaca"),
        "{zip}"
    );
    let sheet = read_import_sheet("p.csv", b"nip\n", Some("Pegawai"), &example()).unwrap_err();
    assert!(
        sheet
            .say(crate::lang::Lang::Id)
            .contains("bukan buku kerja .xlsx"),
        "{sheet}"
    );
}
