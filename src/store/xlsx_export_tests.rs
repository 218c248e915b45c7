use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use time::macros::{date, datetime};

use super::*;

fn sample() -> Vec<Sheet> {
    let mut people = Sheet::new(
        "Pegawai",
        &["NIP", "Nama", "Jumlah", "JPM", "Lahir", "Waktu"],
    );
    people.push(vec![
        "198503122010012003".into(),
        "Sri Wahyuni, S.E., M.M.".into(),
        Value::Int(3),
        Value::Percent(87.5),
        Value::Date(date!(2026 - 11 - 23)),
        Value::DateTime(datetime!(2026-11-20 09:15 +07:00)),
    ]);
    people.push(vec![
        "199204052022211001".into(),
        Value::Empty,
        12u32.into(),
    ]);
    let empty = Sheet::new("Kosong", &["A"]);
    vec![people, empty]
}

fn read_back(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn cells_read_back_with_their_types() {
    let bytes = workbook_bytes(&sample(), crate::lang::Lang::En).unwrap();
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.as_slice())).unwrap();
    assert_eq!(book.sheet_names(), ["Pegawai", "Kosong"]);
    let rows = read_back(&bytes, "Pegawai");
    assert_eq!(rows[0][0], Data::String("NIP".into()));
    assert_eq!(rows[0][5], Data::String("Waktu".into()));
    // The NIP stays text: all 18 digits.
    assert_eq!(rows[1][0], Data::String("198503122010012003".into()));
    assert_eq!(rows[1][2], Data::Float(3.0));
    assert_eq!(rows[1][3], Data::Float(0.875));
    match &rows[1][4] {
        Data::DateTime(d) => {
            let (y, mo, day, ..) = d.to_ymd_hms_milli();
            assert_eq!((y, mo, day), (2026, 11, 23));
        }
        other => panic!("not a date: {other:?}"),
    }
    match &rows[1][5] {
        Data::DateTime(d) => {
            let (y, mo, day, h, mi, ..) = d.to_ymd_hms_milli();
            assert_eq!((y, mo, day, h, mi), (2026, 11, 20, 9, 15));
        }
        other => panic!("not a date-time: {other:?}"),
    }
    assert_eq!(rows[2][1], Data::Empty);
    assert_eq!(rows[2][2], Data::Float(12.0));
    assert_eq!(read_back(&bytes, "Kosong"), [[Data::String("A".into())]]);
}

#[test]
fn header_is_styled_frozen_and_filtered_and_columns_fit() {
    let bytes = workbook_bytes(&sample(), crate::lang::Lang::En).unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"ySplit="1""#), "{sheet}");
    assert!(sheet.contains(r#"state="frozen""#), "{sheet}");
    assert!(sheet.contains(r#"<autoFilter ref="A1:F3"/>"#), "{sheet}");
    // The name column is as wide as the longest name (23 characters) plus the filter button.
    assert!(
        sheet.contains(r#"<col min="2" max="2" width="26.7"#),
        "{sheet}"
    );
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "{styles}");
    assert!(styles.contains(r#"rgb="FFDDEBF7""#), "{styles}");
    for format in ["0.0%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm"] {
        assert!(
            styles.contains(&format!(r#"formatCode="{format}""#)),
            "{format}: {styles}"
        );
    }
}

#[test]
fn long_text_widths_are_capped() {
    let mut s = Sheet::new("T", &["x"]);
    s.push(vec![Value::Text("y".repeat(500))]);
    let bytes = workbook_bytes(&[s], crate::lang::Lang::En).unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"width="60.7"#), "{sheet}");
}
