//! Workbooks: built in the test with rust_xlsxwriter, or rows as calamine gives them.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::*;

/// A cell to write in a test workbook.
enum W {
    S(&'static str),
    N(f64),
    D(u16, u8, u8),
}

fn workbook(sheets: &[(&str, u32, Vec<Vec<W>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, top, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (top + r as u32, c as u16);
                match cell {
                    W::S("") => {}
                    W::S(s) => {
                        ws.write_string(r, c, *s).unwrap();
                    }
                    W::N(n) => {
                        ws.write_number(r, c, *n).unwrap();
                    }
                    W::D(y, m, d) => {
                        let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        ws.write_datetime_with_format(r, c, dt, &date).unwrap();
                    }
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_workbook_reads_every_recognized_sheet() {
    use W::{D, N, S};
    let book = workbook(&[
        ("Petunjuk", 0, vec![vec![S("Isi lembar berikut")]]),
        (
            "Pegawai",
            2,
            vec![
                vec![S("REKAP PEGAWAI")],
                vec![
                    S("NIP"),
                    S("Nama"),
                    S("Tgl Lahir"),
                    S("Unor Nama"),
                    S("ESELON ID"),
                ],
                vec![S(A), S("Siti"), D(1985, 3, 12), S("Dinas"), N(22.0)],
                vec![
                    N(1.976_081_720_031_21e17),
                    S("Budi"),
                    N(27989.0),
                    S("Dinas"),
                    S(""),
                ],
            ],
        ),
        (
            "Asesmen",
            0,
            vec![
                vec![S("NIP"), S("INT"), S("JPM"), S("Kategori")],
                vec![S(C), N(3.0), N(0.82), S("Optimal")],
            ],
        ),
    ]);
    let p = read_files(&[("data.xlsx".to_owned(), book)]);
    let kinds: Vec<(FileKind, Option<&str>)> = p
        .files
        .iter()
        .map(|f| (f.kind, f.sheet.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (FileKind::Profile, Some("Pegawai")),
            (FileKind::Assessment, Some("Asesmen"))
        ]
    );
    let siti = &p.profiles[0];
    assert_eq!(siti.at.row, 5, "the title row is row 3, the header row 4");
    assert_eq!(siti.birth_date, Some(date!(1985 - 03 - 12)));
    assert_eq!(
        siti.eselon,
        Some(Eselon {
            level: 2,
            sub: Some(1)
        })
    );
    assert_eq!(p.assessments[0].jpm.as_deref(), Some("0.82"));
    assert_eq!(p.assessments[0].kategori.as_deref(), Some("Optimal"));
    assert_eq!(
        said(&p),
        [
            "data.xlsx[Pegawai]:6 NIP \"197608172003121000\": the NIP is stored as a number, digits lost: format the column as Text and export again",
            "data.xlsx[Petunjuk]:  \"\": sheet \"Petunjuk\" was not read: none of its first 10 rows is a header row penata knows",
        ]
    );
}

#[test]
fn a_workbook_with_no_known_sheet_is_one_error() {
    let book = workbook(&[("Sheet1", 0, vec![vec![W::S("Apa"), W::S("Ini")]])]);
    let p = read_files(&[("x.xlsx".to_owned(), book)]);
    assert_eq!(ids(&p), ["siasn-unknown-kind"]);
    assert!(p.files.is_empty());
}

#[test]
fn an_excel_error_in_a_cell_is_named_by_its_cell() {
    use calamine::{CellErrorType, Data};
    let text = |t: &str| Data::String(t.to_owned());
    let head = [
        text("NIP"),
        text("NAMA"),
        text("UNOR NAMA"),
        text("GOLONGAN"),
    ];
    let row = [
        text(A),
        text("Siti"),
        text("Dinas"),
        Data::Error(CellErrorType::Div0),
    ];
    let header = Header::recognize(&SheetRow {
        left: 1,
        cells: &head,
    })
    .unwrap();
    let mut p = Parsed::default();
    let rows = [(
        2,
        SheetRow {
            left: 1,
            cells: &row,
        },
    )];
    read_rows("e.xlsx", Some("Data"), header, rows.into_iter(), &mut p);
    assert_eq!(
        said(&p),
        [
            "e.xlsx[Data]:2 GOLONGAN \"#DIV/0!\": cell E2 shows the Excel error #DIV/0!: fix the formula or type the value"
        ]
    );
    assert_eq!(p.profiles.len(), 1);
    assert_eq!(p.profiles[0].rank, None);
}
