//! Excel workbooks (`.xlsx`) a planner can hand on as they are: one or more tables, each on
//! its own worksheet with a bold, filled header row that stays in view (frozen) and has a
//! filter, columns as wide as their content, and cells typed by what they hold: text (NIPs
//! always text, so Excel never rounds them), whole numbers, percentages, dates.
//!
//! This module knows nothing of what the tables mean; the commands build [`Sheet`]s.

use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};
use time::{Date, OffsetDateTime};

use crate::lang::{Lang, tr};

/// One cell's value; its type decides the cell type and number format.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    /// Text, written as a text cell with the Text number format.
    Text(String),
    /// A whole number (`0`).
    Int(i64),
    /// A percentage given in percent (`87.5` is shown as `87.5%`).
    Percent(f64),
    /// A calendar date (`2026-11-23`).
    Date(Date),
    /// A moment, shown in the offset it was recorded with (`2026-11-20 09:15`).
    DateTime(OffsetDateTime),
}

impl Value {
    /// Text, or empty when there is none.
    pub fn text_or_empty(text: Option<impl Into<String>>) -> Value {
        text.map_or(Value::Empty, |t| Value::Text(t.into()))
    }

    /// A percentage, or empty when there is none.
    pub fn percent_or_empty(p: Option<f64>) -> Value {
        p.map_or(Value::Empty, Value::Percent)
    }

    /// Characters the value takes when shown, for the column width.
    fn shown_width(&self) -> usize {
        match self {
            Value::Empty => 0,
            Value::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Value::Int(i) => i.to_string().len(),
            Value::Percent(_) => 7,
            Value::Date(_) => 10,
            Value::DateTime(_) => 16,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(i64::from(n))
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u8> for Value {
    fn from(n: u8) -> Value {
        Value::Int(i64::from(n))
    }
}

/// One worksheet: a header row and rows of values.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Sheet {
    /// An empty table with these column headers.
    pub fn new(name: &str, headers: &[impl AsRef<str>]) -> Sheet {
        Sheet {
            name: name.to_string(),
            headers: headers.iter().map(|h| h.as_ref().to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row (missing cells at the end stay empty).
    pub fn push(&mut self, row: Vec<Value>) {
        self.rows.push(row);
    }
}

/// Narrowest and widest column, in characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// The cell formats of a workbook, made once.
struct Formats {
    header: Format,
    text: Format,
    int: Format,
    percent: Format,
    date: Format,
    datetime: Format,
    /// The language of the few messages the writer itself says.
    lang: Lang,
}

impl Formats {
    fn new(lang: Lang) -> Formats {
        Formats {
            lang,
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x00DD_EBF7))
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
            text: Format::new().set_num_format("@"),
            int: Format::new().set_num_format("0"),
            percent: Format::new().set_num_format("0.0%"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            // i18n-exempt: Excel's number format
            datetime: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        }
    }
}

/// The workbook with one worksheet per sheet, in order, as `.xlsx` bytes; what cannot be
/// written is said in `lang`.
pub fn workbook_bytes(sheets: &[Sheet], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new(lang);
    let mut book = Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        write_sheet(ws, sheet, &formats)?;
    }
    book.save_to_buffer()
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(&sheet.name)?;
    let mut widths: Vec<usize> = sheet.headers.iter().map(|h| h.chars().count()).collect();
    for (c, h) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &f.header)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, value) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(value.shown_width());
            }
            write_value(ws, r, col(c), value, f)?;
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // Room for the filter button beside the header.
        let width = (w + 3).clamp(MIN_WIDTH, MAX_WIDTH);
        ws.set_column_width(col(c), width as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if let Some(last) = sheet.headers.len().checked_sub(1) {
        let last_row = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last_row, col(last))?;
    }
    Ok(())
}

/// A column number (tables here are far narrower than Excel's 16,384 columns).
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn write_value(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    value: &Value,
    f: &Formats,
) -> Result<(), XlsxError> {
    match value {
        Value::Empty => {}
        Value::Text(s) => {
            ws.write_string_with_format(r, c, s, &f.text)?;
        }
        Value::Int(i) => {
            // Whole numbers this program writes are counts, far below 2^53.
            ws.write_number_with_format(r, c, *i as f64, &f.int)?;
        }
        Value::Percent(p) => {
            ws.write_number_with_format(r, c, p / 100.0, &f.percent)?;
        }
        Value::Date(d) => {
            ws.write_datetime_with_format(r, c, excel_date(*d, f.lang)?, &f.date)?;
        }
        Value::DateTime(t) => {
            let dt = excel_date(t.date(), f.lang)?.and_hms(
                u16::from(t.hour()),
                t.minute(),
                t.second(),
            )?;
            ws.write_datetime_with_format(r, c, dt, &f.datetime)?;
        }
    }
    Ok(())
}

fn excel_date(d: Date, lang: Lang) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).map_err(|_| {
        XlsxError::ParameterError(
            tr!(lang, "store-export-year", year = d.year().to_string()).into(),
        )
    })?;
    ExcelDateTime::from_ymd(year, u8::from(d.month()), d.day())
}

#[cfg(test)]
#[path = "xlsx_export_tests.rs"]
mod tests;
