//! Reading a file to import: `penata/v1` JSON, a spreadsheet CSV or an `.xlsx` workbook,
//! told apart by content, and the errors they report (file, line, record, field, message).
//!
//! Import is all or nothing: either the whole file is valid and becomes [`ImportData`], or
//! nothing is returned but the errors.

use std::fmt;

use crate::domain::validate::{MAX_PROBLEMS, Problems};
use crate::domain::{Employee, Organization};
use crate::lang::{Lang, Msg, msg};

use super::{csv_import, format, xlsx_import};

/// One problem in an imported file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub file: String,
    /// Line in the file, when the reader knows it.
    pub line: Option<usize>,
    /// `employees[12] nip 197802302005012004`, `positions[3] id dinkes.kadis`, `row 7 nip ...`;
    /// `None` when the problem is the file as a whole (JSON syntax, encoding).
    pub record: Option<Msg>,
    /// The field at fault (`nip`, `notes[0].at`, `golongan`); empty for the whole record.
    pub field: String,
    /// What is wrong, with the bad value and what would be valid.
    pub message: Msg,
}

impl ImportError {
    /// The problem as one line: `file:line: record: message`.
    pub fn msg(&self) -> Msg {
        let (file, message) = (self.file.as_str(), self.message.clone());
        match (self.line.map(|l| l.to_string()), &self.record) {
            (None, None) => msg!("store-import-in-file", file = file, message = message),
            (Some(line), None) => msg!(
                "store-import-in-file-line",
                file = file,
                line = line,
                message = message
            ),
            (None, Some(record)) => msg!(
                "store-import-in-record",
                file = file,
                record = record.clone(),
                message = message
            ),
            (Some(line), Some(record)) => msg!(
                "store-import-in-record-line",
                file = file,
                line = line,
                record = record.clone(),
                message = message
            ),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

impl std::error::Error for ImportError {}

/// Every problem found in a file (the first 100 in full), so none was imported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportErrors {
    pub errors: Vec<ImportError>,
    /// Problems beyond the first 100, counted but not listed.
    pub more: usize,
}

impl ImportErrors {
    /// Attaches the file name to problems found by the domain validation (worded by the
    /// domain already: said as they are).
    pub fn from_problems(file: &str, problems: Problems) -> ImportErrors {
        ImportErrors {
            errors: problems
                .list
                .into_iter()
                .map(|p| ImportError {
                    file: file.to_string(),
                    line: p.line,
                    record: p.record.map(super::format::words::splice_msg),
                    field: p.field,
                    message: super::format::words::splice_msg(p.message),
                })
                .collect(),
            more: problems.more,
        }
    }

    /// A file that cannot be read at all: one error about the whole file.
    pub fn whole_file(file: &str, line: Option<usize>, message: Msg) -> ImportErrors {
        ImportErrors {
            errors: vec![ImportError {
                file: file.to_string(),
                line,
                record: None,
                field: String::new(),
                message,
            }],
            more: 0,
        }
    }

    /// Records a problem, keeping its details only for the first [`MAX_PROBLEMS`].
    pub fn push(&mut self, e: ImportError) {
        if self.errors.len() < MAX_PROBLEMS {
            self.errors.push(e);
        } else {
            self.more += 1;
        }
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty() && self.more == 0
    }

    /// Every problem found, listed or counted.
    pub fn total(&self) -> usize {
        self.errors.len() + self.more
    }

    /// Names the file in every problem (the row checks do not know it).
    pub fn in_file(mut self, file: &str) -> ImportErrors {
        for e in &mut self.errors {
            e.file = file.to_string();
        }
        self
    }

    /// The last line: how many problems, and that nothing was imported.
    pub fn summary(&self) -> Msg {
        msg!("store-nothing-imported", errors = self.total())
    }

    /// Every line of the report: one per listed problem, the count of the others, the
    /// summary.
    pub fn lines(&self) -> Vec<Msg> {
        let mut out: Vec<Msg> = self.errors.iter().map(ImportError::msg).collect();
        if self.more > 0 {
            out.push(msg!(
                "store-more-not-shown",
                more = self.more,
                listed = MAX_PROBLEMS
            ));
        }
        out.push(self.summary());
        out
    }

    /// The whole report as one message, a line per problem.
    pub fn msg(&self) -> Msg {
        let mut lines = self.lines();
        let mut out = lines.pop().unwrap_or_else(|| self.summary());
        while let Some(line) = lines.pop() {
            out = msg!("store-lines", first = line, rest = out);
        }
        out
    }

    /// The whole report in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        self.lines()
            .iter()
            .map(|m| lang.say(m))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

impl std::error::Error for ImportErrors {}

/// What a valid import file holds.
// Returned once per import, and moved straight into a store change: boxing the large
// variant would buy nothing and change the API the CLI is written against.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ImportData {
    /// A whole organization (`penata/v1`): it replaces the stored one.
    Organization(Organization),
    /// Full employee records from a spreadsheet, one per row in file order: new ones to add
    /// and existing ones (matched by NIP) with the listed columns updated, to upsert.
    Employees(Vec<Employee>),
}

/// Reads an import file: an `.xlsx` workbook (a zip archive: its first sheet), JSON when
/// the first non-blank character is `{`, else CSV. `current` is the stored organization,
/// which spreadsheet rows are checked against.
pub fn read_import(
    file_name: &str,
    bytes: &[u8],
    current: &Organization,
) -> Result<ImportData, ImportErrors> {
    read_import_sheet(file_name, bytes, None, current)
}

/// [`read_import`], with the worksheet of an `.xlsx` workbook to read (`None`: the first).
/// Naming a sheet for a file that is not a workbook is an error.
pub fn read_import_sheet(
    file_name: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    current: &Organization,
) -> Result<ImportData, ImportErrors> {
    if bytes.starts_with(xlsx_import::ZIP_MAGIC) {
        return xlsx_import::read_xlsx(file_name, bytes, sheet, current).map(ImportData::Employees);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            msg!("store-old-xls"),
        ));
    }
    if let Some(sheet) = sheet {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            msg!("store-sheet-not-workbook", sheet = format!("{sheet:?}")),
        ));
    }
    let text = decode(file_name, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        format::parse_v1(file_name, text).map(ImportData::Organization)
    } else {
        csv_import::read_csv(file_name, text, current).map(ImportData::Employees)
    }
}

/// Whether a file is one of penata's own employee sheets (CSV or the first worksheet of a
/// workbook, its first row naming only `nip`, `nama`, `golongan`, `jabatan` or their English
/// names), rather than a SIASN export.
pub fn is_employee_sheet(bytes: &[u8]) -> bool {
    if bytes.starts_with(xlsx_import::ZIP_MAGIC) {
        return xlsx_import::first_row(bytes).is_some_and(|row| {
            super::employee_rows::is_employee_header(row.iter().map(String::as_str))
        });
    }
    let Ok(text) = std::str::from_utf8(&bytes[..bytes.len().min(4096)])
        .or_else(|e| std::str::from_utf8(&bytes[..e.valid_up_to()]))
    else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    super::employee_rows::is_employee_header(first.split(sep).map(|c| c.trim().trim_matches('"')))
}

/// The bytes as UTF-8 text, or an error that says how to save the file properly.
fn decode<'a>(file_name: &str, bytes: &'a [u8]) -> Result<&'a str, ImportErrors> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            msg!("store-utf16"),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let byte = bytes.get(at).copied().unwrap_or_default();
        ImportErrors::whole_file(
            file_name,
            Some(line),
            msg!("store-not-utf8-file", byte = format!("{byte:02X}")),
        )
    })
}

#[cfg(test)]
mod tests;
