//! Cells as the readers see them, whether a CSV record or a worksheet row holds them: text,
//! or (in a workbook) a number, a date or an Excel error. Rows are looked at through
//! [`RowView`], so no cell is copied to be read.

use calamine::{CellErrorType, Data};
use csv::StringRecord;

/// One cell: what the file stored there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cell<'a> {
    Empty,
    /// Text, trimmed.
    Text(&'a str),
    /// A workbook number (never a NIP: a spreadsheet keeps only 15 digits).
    Number(f64),
    /// A workbook date, as Excel's serial day number.
    Date(f64),
    /// An Excel error value (`#N/A`, `#REF!`).
    Error(&'a CellErrorType),
}

impl Cell<'_> {
    /// Whether the cell holds nothing (or only spaces).
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty | Cell::Text(""))
    }

    /// The value as a planner sees it in the cell, for findings and text fields: whole
    /// numbers without a decimal point, dates as `YYYY-MM-DD`.
    pub fn written(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => (*t).to_owned(),
            Cell::Number(f) => number_text(*f),
            Cell::Date(serial) => match super::values::serial_date(*serial) {
                Some(d) => d.to_string(),
                None => number_text(*serial),
            },
            Cell::Error(e) => e.to_string(),
        }
    }
}

/// `3` for a whole number (while a float stays exact), else the shortest decimal.
pub(crate) fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A row of cells, by 0-based column index; a column past the end is empty.
pub(crate) trait RowView {
    fn len(&self) -> usize;
    fn cell(&self, i: usize) -> Cell<'_>;

    /// Whether every cell is empty.
    fn is_blank(&self) -> bool {
        (0..self.len()).all(|i| self.cell(i).is_empty())
    }
}

impl RowView for StringRecord {
    fn len(&self) -> usize {
        StringRecord::len(self)
    }

    fn cell(&self, i: usize) -> Cell<'_> {
        match self.get(i).map(str::trim) {
            None | Some("") => Cell::Empty,
            Some(t) => Cell::Text(t),
        }
    }
}

/// A worksheet row: calamine's cells of the used range, which starts at column `left`
/// (0-based), so a cell's index is its Excel column.
pub(crate) struct SheetRow<'a> {
    pub left: usize,
    pub cells: &'a [Data],
}

impl RowView for SheetRow<'_> {
    fn len(&self) -> usize {
        self.left + self.cells.len()
    }

    fn cell(&self, i: usize) -> Cell<'_> {
        let data = i.checked_sub(self.left).and_then(|i| self.cells.get(i));
        match data {
            None | Some(Data::Empty) => Cell::Empty,
            Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => match s.trim() {
                "" => Cell::Empty,
                t => Cell::Text(t),
            },
            Some(Data::Bool(true)) => Cell::Text("TRUE"),
            Some(Data::Bool(false)) => Cell::Text("FALSE"),
            Some(Data::Int(n)) => Cell::Number(*n as f64),
            Some(Data::Float(f)) => Cell::Number(*f),
            Some(Data::DateTime(d)) if d.is_datetime() => Cell::Date(d.as_f64()),
            Some(Data::DateTime(d)) => Cell::Number(d.as_f64()),
            Some(Data::Error(e)) => Cell::Error(e),
        }
    }
}

/// A row of texts, for tests.
#[cfg(test)]
pub(crate) struct TextRow<'a>(pub &'a [&'a str]);

#[cfg(test)]
impl RowView for TextRow<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn cell(&self, i: usize) -> Cell<'_> {
        match self.0.get(i).map(|t| t.trim()) {
            None | Some("") => Cell::Empty,
            Some(t) => Cell::Text(t),
        }
    }
}

/// The first non-empty cell among `cols` (most preferred first), with its column.
pub(crate) fn first<'r>(row: &'r dyn RowView, cols: &[usize]) -> Option<(usize, Cell<'r>)> {
    cols.iter()
        .map(|&i| (i, row.cell(i)))
        .find(|(_, c)| !c.is_empty())
}

/// Excel's name of a cell: `C7`.
pub(crate) fn cell_name(col: usize, row: u32) -> String {
    format!("{}{row}", crate::store::employee_rows::column_letters(col))
}
