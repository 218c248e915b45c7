//! Employee lists from Excel workbooks (`.xlsx`): the first worksheet, or one named, read with
//! calamine. The columns and the check of each row are the CSV import's
//! ([`super::employee_rows`]); this module only turns cells into text.
//!
//! Problems name the sheet, the row as Excel numbers it (the header is row 1 when the sheet
//! starts at the top) and the cell (`cell C7`). Numbers, dates and formula results are read
//! as the cell's value; a NIP stored as a number is refused, since a spreadsheet keeps only
//! 15 of its 18 digits.

use calamine::{Data, Reader as _};

use crate::domain::{Employee, Organization};
use crate::lang::{Msg, msg};

use super::employee_rows::{Cell, Place, Rows, column_letters, header};
use super::import::ImportErrors;

/// The cells of the first row of the first worksheet, as text; `None` when the workbook
/// cannot be read.
pub fn first_row(bytes: &[u8]) -> Option<Vec<String>> {
    let mut book = super::workbook::open(bytes).ok()?;
    let name = book.sheet_names().first()?.clone();
    let sheet = super::workbook::read_sheet(&mut book, &name).ok()??;
    let row = sheet.rows.first()?;
    Some(row.iter().map(|c| c.to_string()).collect())
}

/// The first bytes of a zip archive, which an `.xlsx` workbook is.
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Reads the employee rows of one worksheet (`sheet`, else the first) into full records to
/// upsert; every problem found is reported at once.
pub fn read_xlsx(
    file_name: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    current: &Organization,
) -> Result<Vec<Employee>, ImportErrors> {
    let whole = |message: Msg| ImportErrors::whole_file(file_name, None, message);
    let mut book = super::workbook::open(bytes).map_err(whole)?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| {
                whole(msg!(
                    "store-no-such-sheet",
                    wanted = format!("{wanted:?}"),
                    sheets = sheet_list(&names)
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| whole(msg!("store-no-worksheet")))?,
    };
    let Some(sheet) = super::workbook::read_sheet(&mut book, &name).map_err(whole)? else {
        return Err(whole(msg!("store-sheet-empty", name = format!("{name:?}"))));
    };
    let (top, left) = (sheet.top as usize, sheet.left as usize);
    // Every row as text cells from column A, so a cell's index is its Excel column.
    // Every row is as wide as the header at least (the sheet's cells stop at each row's last
    // value): count those cells before making them.
    let width = left + sheet.rows.first().map_or(0, Vec::len);
    let padded = sheet
        .rows
        .iter()
        .fold(0usize, |n, r| n.saturating_add(width.max(left + r.len())));
    if padded > super::workbook::MAX_CELLS {
        let max = super::workbook::MAX_CELLS;
        let m = msg!(
            "store-sheet-too-many-cells",
            name = format!("{name:?}"),
            max = max
        );
        return Err(whole(m));
    }
    let rows: Vec<Vec<Text>> = sheet
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![Text::default(); left];
            cells.extend(r.iter().map(text_of));
            cells.resize(width.max(cells.len()), Text::default());
            cells
        })
        .collect();
    let place = Place::Sheet(&name);
    let mut problems = ImportErrors::default();
    let mut iter = rows.iter().enumerate();
    let header = match iter.next() {
        Some((_, cells)) => header(place, top + 1, None, &as_cells(cells), &mut problems),
        None => None,
    };
    let Some(header) = header else {
        return Err(problems.in_file(file_name));
    };
    let mut checker = Rows::new(place, &header, current, &mut problems);
    let mut out = Vec::new();
    for (i, cells) in iter {
        let row = top + i + 1;
        let errors: Vec<(usize, &str)> = cells
            .iter()
            .enumerate()
            .filter_map(|(c, t)| t.error.as_deref().map(|e| (c, e)))
            .collect();
        if !errors.is_empty() {
            for (col, error) in errors {
                checker.problem(
                    row,
                    None,
                    msg!(
                        "store-excel-error",
                        cell = format!("{}{row}", column_letters(col)),
                        error = error
                    ),
                );
            }
            continue;
        }
        if let Some(e) = checker.row(row, None, &as_cells(cells)) {
            out.push(e);
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems.in_file(file_name))
    }
}

fn sheet_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A cell as text, whether the workbook stored a number there, and an Excel error it shows.
#[derive(Debug, Clone, Default)]
struct Text {
    text: String,
    number: bool,
    error: Option<String>,
}

fn as_cells(row: &[Text]) -> Vec<Cell<'_>> {
    row.iter()
        .map(|t| Cell {
            text: &t.text,
            number: t.number,
        })
        .collect()
}

/// The value a planner sees in the cell, as text: whole numbers without a decimal point,
/// dates as `YYYY-MM-DD` (with the time when it has one).
fn text_of(data: &Data) -> Text {
    let plain = |text: String| Text {
        text,
        ..Text::default()
    };
    match data {
        Data::Empty => Text::default(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => plain(s.trim().into()),
        Data::Bool(b) => plain(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::Int(i) => Text {
            text: i.to_string(),
            number: true,
            error: None,
        },
        Data::Float(f) => Text {
            text: number_text(*f),
            number: true,
            error: None,
        },
        Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                plain(format!("{y:04}-{mo:02}-{day:02}"))
            } else {
                plain(format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}"))
            }
        }
        Data::DateTime(d) => Text {
            text: number_text(d.as_f64()),
            number: true,
            error: None,
        },
        Data::Error(e) => Text {
            error: Some(e.to_string()),
            ..Text::default()
        },
    }
}

/// `3` for a whole number (up to where a float stays exact), else the shortest decimal.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
#[path = "xlsx_import_tests.rs"]
mod tests;
