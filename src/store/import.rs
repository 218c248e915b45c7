//! Reading a file to import: `penata/v1` JSON, a spreadsheet CSV or an `.xlsx` workbook,
//! told apart by content, and the errors they report (file, line, record, field, message).
//!
//! Import is all or nothing: either the whole file is valid and becomes [`ImportData`], or
//! nothing is returned but the errors.

use std::fmt;

use crate::domain::validate::{MAX_PROBLEMS, Problems};
use crate::domain::{Employee, Organization};

use super::{csv_import, format, text, xlsx_import};

/// One problem in an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    /// Line in the file, when the reader knows it.
    pub line: Option<usize>,
    /// `employees[12] nip 197802302005012004`, `positions[3] id dinkes.kadis`, `row 7 nip ...`;
    /// empty when the problem is the file as a whole (JSON syntax, encoding).
    pub record: String,
    /// The field at fault (`nip`, `notes[0].at`, `golongan`); empty for the whole record.
    pub field: String,
    /// What is wrong, with the bad value and what would be valid.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.record.is_empty() {
            write!(f, ": {}", self.record)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// Every problem found in a file (the first 100 in full), so none was imported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportErrors {
    pub errors: Vec<ImportError>,
    /// Problems beyond the first 100, counted but not listed.
    pub more: usize,
}

impl ImportErrors {
    /// Attaches the file name to problems found by the domain validation.
    pub fn from_problems(file: &str, problems: Problems) -> ImportErrors {
        ImportErrors {
            errors: problems
                .list
                .into_iter()
                .map(|p| ImportError {
                    file: file.to_string(),
                    line: p.line,
                    record: p
                        .record
                        .map(|r| crate::lang::lang().say(&r))
                        .unwrap_or_default(),
                    field: p.field,
                    message: crate::lang::lang().say(&p.message),
                })
                .collect(),
            more: problems.more,
        }
    }

    /// A file that cannot be read at all: one error about the whole file.
    pub fn whole_file(file: &str, line: Option<usize>, message: String) -> ImportErrors {
        ImportErrors {
            errors: vec![ImportError {
                file: file.to_string(),
                line,
                record: String::new(),
                field: String::new(),
                message,
            }],
            more: 0,
        }
    }

    /// Every problem found, listed or counted.
    pub fn total(&self) -> usize {
        self.errors.len() + self.more
    }
}

impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.errors {
            writeln!(f, "{e}")?;
        }
        if self.more > 0 {
            writeln!(f, "{}", text::more_not_shown(self.more, MAX_PROBLEMS))?;
        }
        f.write_str(&text::nothing_imported(self.total()))
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
            text::OLD_XLS().to_string(),
        ));
    }
    if let Some(sheet) = sheet {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            text::sheet_not_workbook(sheet),
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

/// The bytes as UTF-8 text, or an error that says how to save the file properly.
fn decode<'a>(file_name: &str, bytes: &'a [u8]) -> Result<&'a str, ImportErrors> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            text::UTF16().to_string(),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let byte = bytes.get(at).copied().unwrap_or_default();
        ImportErrors::whole_file(file_name, Some(line), text::not_utf8(byte))
    })
}

#[cfg(test)]
mod tests;
