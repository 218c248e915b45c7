//! Workbooks built here with rust_xlsxwriter, or a zip archive written by hand.

use std::io::Write as _;

use rust_xlsxwriter::Workbook;

use super::*;

fn book_with(cells: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (r, c, s) in cells {
        ws.write_string(*r, *c, *s).unwrap();
    }
    book.save_to_buffer().unwrap()
}

fn first_sheet(bytes: &[u8]) -> Result<Option<Sheet>, Msg> {
    let mut book = open(bytes)?;
    let name = book.sheet_names()[0].clone();
    read_sheet(&mut book, &name)
}

#[test]
fn a_sheet_is_read_row_by_row_from_its_first_used_cell() {
    let bytes = book_with(&[(2, 1, "a"), (2, 3, "b"), (4, 2, "c")]);
    let sheet = first_sheet(&bytes).unwrap().unwrap();
    assert_eq!((sheet.top, sheet.left), (2, 1));
    let text: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|r| r.iter().map(|d| d.to_string()).collect())
        .collect();
    assert_eq!(text, [vec!["a", "", "b"], vec![], vec!["", "c"]]);
}

#[test]
fn a_cell_past_the_last_column_is_refused_before_allocating() {
    let bytes = book_with(&[(0, 0, "nip"), (1_048_575, 16_383, "x")]);
    let refused = first_sheet(&bytes).unwrap_err();
    assert_eq!(refused.id, "store-sheet-too-wide");
    assert!(
        crate::lang::Lang::En
            .say(&refused)
            .contains("cell XFD1048576, beyond the 1,024 columns")
    );
    // The last column penata reads is fine.
    let bytes = book_with(&[(0, MAX_COLUMNS as u16 - 1, "x")]);
    assert_eq!(first_sheet(&bytes).unwrap().unwrap().rows[0].len(), 1);
}

/// A zip archive of these parts, stored as written.
fn archive(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn shared_strings_that_declare_too_many_texts_are_refused_before_opening() {
    let sst = format!(
        "<?xml version=\"1.0\"?><sst xmlns=\"x\" count=\"1\" uniqueCount=\"{}\"><si><t>a</t></si></sst>",
        MAX_SHARED_STRINGS + 1
    );
    let bytes = archive(&[("xl/sharedStrings.xml", sst.as_bytes())]);
    assert_eq!(
        check_archive(&bytes).unwrap_err().id,
        "store-xlsx-strings-many"
    );
    // A count too long for any number is refused too.
    let head = b"<sst uniqueCount=\"99999999999999999999999\">";
    assert_eq!(declared_count(head), Some(u64::MAX));
    assert_eq!(
        declared_count(b"<sst count='12' uniqueCount='7'>"),
        Some(12)
    );
    assert_eq!(declared_count(b"<worksheet>"), None);
}

#[test]
fn a_damaged_archive_is_unreadable_not_a_panic() {
    let mut bytes = book_with(&[(0, 0, "a")]);
    bytes.truncate(bytes.len() / 2);
    let Err(refused) = open(&bytes) else {
        panic!("a half archive was opened")
    };
    assert_eq!(refused.id, "store-xlsx-unreadable");
}
