//! Collecting the builder's findings: each names the file, row, column and value, and the
//! list stays bounded however broken the files are.

use crate::lang::Msg;

/// Maps and sets of the join, with a fast hasher (keys are the files' own ids and NIPs).
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// See [`HashMap`].
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

use super::rows::{At, Finding, Severity, SourceFile};

/// Findings listed in full; the rest are counted (memory stays bounded for a file in
/// which every one of 100,000 rows is wrong).
pub const MAX_LISTED: usize = 500;

/// The builder's findings, with the file names to put in them.
#[derive(Debug)]
pub struct Sink<'f> {
    files: &'f [SourceFile],
    pub list: Vec<Finding>,
    /// Errors beyond [`MAX_LISTED`], counted.
    pub more_errors: usize,
    /// Notes beyond [`MAX_LISTED`], counted.
    pub more_notes: usize,
    errors: usize,
}

impl<'f> Sink<'f> {
    /// Starts with the readers' findings.
    pub fn new(files: &'f [SourceFile], from_readers: Vec<Finding>) -> Sink<'f> {
        let mut sink = Sink {
            files,
            list: Vec::new(),
            more_errors: 0,
            more_notes: 0,
            errors: 0,
        };
        for f in from_readers {
            sink.push(f);
        }
        sink
    }

    /// Records a finding, keeping its details only for the first [`MAX_LISTED`].
    pub fn push(&mut self, f: Finding) {
        let error = f.severity == Severity::Error;
        if error {
            self.errors += 1;
        }
        if self.list.len() < MAX_LISTED {
            self.list.push(f);
        } else if error {
            self.more_errors += 1;
        } else {
            self.more_notes += 1;
        }
    }

    /// Whether any error was found (listed or counted).
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// The name of a file by index.
    pub fn file(&self, at: At) -> String {
        self.files
            .get(at.file)
            .map(|f| f.name.clone())
            .unwrap_or_default()
    }

    /// An error about one cell of a row.
    pub fn error(&mut self, at: At, column: &str, value: Option<&str>, message: Msg) {
        self.cell(Severity::Error, at, column, value, message);
    }

    /// A note about one cell of a row.
    pub fn note(&mut self, at: At, column: &str, value: Option<&str>, message: Msg) {
        self.cell(Severity::Note, at, column, value, message);
    }

    fn cell(
        &mut self,
        severity: Severity,
        at: At,
        column: &str,
        value: Option<&str>,
        message: Msg,
    ) {
        let f = Finding {
            severity,
            file: self.file(at),
            sheet: self.files.get(at.file).and_then(|f| f.sheet.clone()),
            row: Some(at.row),
            column: (!column.is_empty()).then(|| column.to_string()),
            value: value.map(str::to_string),
            message,
        };
        self.push(f);
    }

    /// A finding about the set of files as a whole.
    pub fn general(&mut self, severity: Severity, message: Msg) {
        self.push(Finding {
            severity,
            file: String::new(),
            sheet: None,
            row: None,
            column: None,
            value: None,
            message,
        });
    }
}

/// The SIASN column names the builder's findings name (a file format: the same in every
/// language).
pub mod col {
    pub const BEZETTING: &str = "BEZETTING"; // i18n-exempt: a SIASN column name
    pub const GOL_AKHIR_NAMA: &str = "GOL AKHIR NAMA"; // i18n-exempt: a SIASN column name
    pub const ID: &str = "ID"; // i18n-exempt: a SIASN column name
    pub const ID_ATASAN: &str = "ID_ATASAN"; // i18n-exempt: a SIASN column name
    pub const JPM: &str = "JPM"; // i18n-exempt: a SIASN column name
    pub const NAMA_JABATAN: &str = "NAMA JABATAN"; // i18n-exempt: a SIASN column name
    pub const NAMA: &str = "NAMA"; // i18n-exempt: a SIASN column name
    pub const NIP: &str = "NIP"; // i18n-exempt: a SIASN column name
    pub const PREDIKAT: &str = "PREDIKAT"; // i18n-exempt: a SIASN column name
    pub const TMT_CPNS: &str = "TMT CPNS"; // i18n-exempt: a SIASN column name
    pub const UNOR_ID: &str = "UNOR ID"; // i18n-exempt: a SIASN column name
    pub const UNOR_NAMA: &str = "UNOR NAMA"; // i18n-exempt: a SIASN column name
}
