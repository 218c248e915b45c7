//! Reading a set of files into typed rows: each file told apart by its bytes (an `.xlsx`
//! workbook, CSV text, or something to save again: an old `.xls`, UTF-16, another encoding,
//! a truncated file), its header row found among the first ten rows, and every data row
//! handed to the reader of its kind (`kinds`).
//!
//! Nothing here stops at the first problem: every problem of every file becomes a
//! [`Finding`], at most [`LISTED_PER_FILE`] listed per file and the rest counted.

use calamine::Reader as _;
use csv::{ReaderBuilder, StringRecord};

use super::grid::{RowView, SheetRow};
use super::header::Header;
use super::kinds::Reader;
use super::rows::{Finding, Parsed, Severity, SourceFile};
use crate::lang::{Msg, msg};
use crate::store::xlsx_import::ZIP_MAGIC;

/// Findings listed per file (or worksheet); the rest are counted in one more finding.
pub const LISTED_PER_FILE: usize = 200;

/// How many rows from the top may come before the header row (title rows).
const HEADER_SEARCH_ROWS: usize = 10;

/// Reads every file (its name as the planner typed it, and its bytes) into rows and
/// findings. Files are read in the order given; rows keep their file's index in
/// [`Parsed::files`].
pub fn read_files(files: &[(String, Vec<u8>)]) -> Parsed {
    // Each file is read on its own, on two threads (largest first, so a province's profile
    // export does not wait behind the small files), then the parts are joined in the order
    // the files were given: the result is the same as reading them one after another.
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(files[i].1.len()));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&i) = order.get(k) else {
                return done;
            };
            let mut part = Parsed::default();
            read_file(&files[i].0, &files[i].1, &mut part);
            done.push((i, part));
        }
    };
    let mut parts = std::thread::scope(|scope| {
        let other = scope.spawn(work);
        let mut mine = work();
        // A reader that panicked is a bug; its files are read again here, so nothing is lost.
        mine.extend(other.join().unwrap_or_default());
        mine
    });
    for (i, (name, bytes)) in files.iter().enumerate() {
        if !parts.iter().any(|(j, _)| *j == i) {
            let mut part = Parsed::default();
            read_file(name, bytes, &mut part);
            parts.push((i, part));
        }
    }
    parts.sort_by_key(|(i, _)| *i);
    let mut parsed = Parsed::default();
    for (_, part) in parts {
        append(&mut parsed, part);
    }
    parsed
}

/// Adds one file's part to the whole, its rows' file indexes moved past the files before it.
fn append(whole: &mut Parsed, part: Parsed) {
    let offset = whole.files.len();
    let shift = |at: &mut super::rows::At| at.file += offset;
    whole.files.extend(part.files);
    whole
        .profiles
        .extend(part.profiles.into_iter().map(|mut r| {
            shift(&mut r.at);
            r
        }));
    whole.units.extend(part.units.into_iter().map(|mut r| {
        shift(&mut r.at);
        r
    }));
    whole.seats.extend(part.seats.into_iter().map(|mut r| {
        shift(&mut r.at);
        r
    }));
    whole
        .standards
        .extend(part.standards.into_iter().map(|mut r| {
            shift(&mut r.at);
            r
        }));
    whole
        .assessments
        .extend(part.assessments.into_iter().map(|mut r| {
            shift(&mut r.at);
            r
        }));
    whole.skp.extend(part.skp.into_iter().map(|mut r| {
        shift(&mut r.at);
        r
    }));
    whole.findings.extend(part.findings);
}

fn read_file(name: &str, bytes: &[u8], parsed: &mut Parsed) {
    let whole = |parsed: &mut Parsed, message: Msg| {
        parsed.findings.push(Finding::error(name, message));
    };
    if bytes.starts_with(ZIP_MAGIC) {
        return read_workbook(name, bytes, parsed);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return whole(parsed, msg!("store-old-xls"));
    }
    let head = &bytes[..bytes.len().min(64)];
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || head.contains(&0) {
        return whole(parsed, msg!("store-utf16"));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        // A character cut off at the very end: the file stops in the middle.
        Err(e) if e.error_len().is_none() => return whole(parsed, msg!("siasn-truncated")),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = bytes.get(at).copied().unwrap_or_default();
            let m = msg!("store-not-utf8-file", byte = format!("{byte:02X}"));
            parsed
                .findings
                .push(Finding::error(name, m).at_row(line as u32));
            return;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return whole(parsed, msg!("siasn-empty"));
    }
    let sep = delimiter(text);
    if ends_inside_quotes(text.as_bytes(), sep) || ends_short(text, sep) {
        return whole(parsed, msg!("siasn-truncated"));
    }
    read_csv(name, text, parsed);
}

/// Whether the file stops without a line end in a last row that has fewer cells than the
/// longest of the first rows (the header): a file cut off in the middle of a row.
fn ends_short(text: &str, sep: u8) -> bool {
    if text.ends_with('\n') || text.ends_with('\r') {
        return false;
    }
    let count = |line: &str| line.bytes().filter(|&b| b == sep).count();
    let last = text.rsplit('\n').next().unwrap_or("");
    let widest = text
        .split('\n')
        .take(HEADER_SEARCH_ROWS)
        .map(count)
        .max()
        .unwrap_or(0);
    !last.trim().is_empty() && count(last) < widest
}

/// The delimiter among `,` `;` `|` and tab that the first lines use most in one line
/// (outside quotes): a title row above the header has few or none.
pub(crate) fn delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'|', b'\t'];
    let mut best = [0usize; 4];
    let mut line = [0usize; 4];
    let mut quoted = false;
    let mut lines = 0;
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                for i in 0..4 {
                    best[i] = best[i].max(line[i]);
                }
                line = [0; 4];
                lines += 1;
                if lines == HEADER_SEARCH_ROWS {
                    break;
                }
            }
            _ if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
                    line[i] += 1;
                }
            }
            _ => {}
        }
    }
    for i in 0..4 {
        best[i] = best[i].max(line[i]);
    }
    // The first of the most used wins, so a file with none is read with commas.
    let mut pick = 0;
    for i in 1..4 {
        if best[i] > best[pick] {
            pick = i;
        }
    }
    CANDIDATES[pick]
}

/// Whether the text ends inside a quoted cell (RFC 4180), as a file cut off in the middle
/// does. A quote inside an unquoted cell is a plain character, as Excel reads it.
fn ends_inside_quotes(text: &[u8], delimiter: u8) -> bool {
    #[derive(PartialEq)]
    enum S {
        Start,
        Plain,
        Quoted,
        QuoteInQuoted,
    }
    let mut s = S::Start;
    for &b in text {
        s = match (s, b) {
            (S::Start, b'"') => S::Quoted,
            (S::Quoted, b'"') => S::QuoteInQuoted,
            (S::Quoted, _) => S::Quoted,
            (S::QuoteInQuoted, b'"') => S::Quoted,
            (_, b'\n') => S::Start,
            (_, d) if d == delimiter => S::Start,
            _ => S::Plain,
        };
    }
    s == S::Quoted
}

/// The findings of one file (or worksheet), at most [`LISTED_PER_FILE`] of them listed.
pub(crate) struct Sink<'p> {
    out: &'p mut Vec<Finding>,
    file: &'p str,
    sheet: Option<&'p str>,
    listed: usize,
    more_errors: usize,
    more_notes: usize,
}

impl<'p> Sink<'p> {
    pub fn new(out: &'p mut Vec<Finding>, file: &'p str, sheet: Option<&'p str>) -> Sink<'p> {
        Sink {
            out,
            file,
            sheet,
            listed: 0,
            more_errors: 0,
            more_notes: 0,
        }
    }

    /// Adds a finding made by [`Sink::finding`] (or any), unless the list is full.
    pub fn push(&mut self, f: Finding) {
        if self.listed < LISTED_PER_FILE {
            self.listed += 1;
            self.out.push(f);
        } else {
            self.count_unlisted(f.severity);
        }
    }

    /// Counts a finding that would not be listed (the list is full) without building it.
    pub fn count_unlisted(&mut self, severity: Severity) {
        if severity == Severity::Error {
            self.more_errors += 1;
        } else {
            self.more_notes += 1;
        }
    }

    /// A finding about this file (and sheet).
    pub fn finding(&self, severity: Severity, message: Msg) -> Finding {
        let f = Finding::new(severity, self.file, message);
        match self.sheet {
            Some(s) => f.in_sheet(s),
            None => f,
        }
    }

    /// Whether another finding would still be listed.
    pub fn is_full(&self) -> bool {
        self.listed >= LISTED_PER_FILE
    }

    /// Adds the count of the findings not listed, as one error when any was an error.
    pub fn finish(self) {
        let more = self.more_errors + self.more_notes;
        if more > 0 {
            let severity = if self.more_errors > 0 {
                Severity::Error
            } else {
                Severity::Note
            };
            let f = Finding::new(
                severity,
                self.file,
                msg!("siasn-more-findings", count = more),
            );
            self.out.push(match self.sheet {
                Some(s) => f.in_sheet(s),
                None => f,
            });
        }
    }
}

/// A recognized header: its row number and what it says.
fn recognize(row: &dyn RowView) -> Option<Header> {
    if row.is_blank() {
        return None;
    }
    Header::recognize(row)
}

/// The message for a file whose header penata does not know, quoting the first row.
fn unknown_kind(first: Option<&dyn RowView>) -> Msg {
    let found = first.map_or_else(String::new, |row| {
        let mut cells: Vec<String> = (0..row.len().min(12))
            .map(|i| row.cell(i).written())
            .filter(|t| !t.is_empty())
            .collect();
        if row.len() > 12 {
            cells.push(String::from("..."));
        }
        cells.join(" | ")
    });
    msg!("siasn-unknown-kind", found = found)
}

/// One source's rows from the header on: reads them and records the file.
fn read_rows<'r, R: RowView + 'r>(
    name: &str,
    sheet: Option<&str>,
    header: Header,
    rows: impl Iterator<Item = (u32, R)>,
    parsed: &mut Parsed,
) {
    let file = parsed.files.len();
    let mut findings = std::mem::take(&mut parsed.findings);
    let mut sink = Sink::new(&mut findings, name, sheet);
    let mut reader = Reader::new(&header, file);
    let mut count = 0;
    for (n, row) in rows {
        if row.is_blank() {
            continue;
        }
        count += 1;
        reader.row(&row, n, &header, &mut sink);
    }
    let done = reader.finish(&header, &mut sink, parsed);
    sink.finish();
    parsed.findings = findings;
    parsed.files.push(SourceFile {
        name: name.to_owned(),
        kind: header.kind,
        sheet: sheet.map(str::to_owned),
        rows: count,
        ignored: header.ignored(&done.read_too),
        pppk: done.pppk,
    });
}

fn read_csv(name: &str, text: &str, parsed: &mut Parsed) {
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = CsvRows {
        records: reader.records(),
        text: text.as_bytes(),
        pos: 0,
        line: 1,
        row: 0,
        end_line: 0,
        error: None,
    };
    let mut before: Vec<(u32, StringRecord)> = Vec::new();
    let mut header = None;
    for (n, rec) in rows.by_ref() {
        if let Some(h) = recognize(&rec) {
            header = Some(h);
            break;
        }
        before.push((n, rec));
        if before.len() == HEADER_SEARCH_ROWS {
            break;
        }
    }
    let Some(header) = header else {
        let first = before.iter().find(|(_, r)| !r.is_blank());
        let m = match rows.error.take() {
            Some(e) => msg!("store-csv-header-unreadable", error = e),
            None => unknown_kind(first.map(|(_, r)| r as &dyn RowView)),
        };
        parsed.findings.push(Finding::error(name, m));
        return;
    };
    read_rows(name, None, header, rows.by_ref(), parsed);
    if let Some(e) = rows.error.take() {
        let m = msg!("store-csv-row-unreadable", error = e);
        parsed
            .findings
            .push(Finding::error(name, m).at_row(rows.row));
    }
}

/// CSV records with their row numbers as a spreadsheet shows them: blank lines count, and
/// a cell holding line breaks is still one row. Lines are counted from byte offsets (the csv
/// crate's own line numbers lag behind after blank lines).
struct CsvRows<'t> {
    records: csv::StringRecordsIter<'t, &'t [u8]>,
    text: &'t [u8],
    /// How far the lines are counted, and the line there (1-based).
    pos: usize,
    line: u64,
    /// The last record's row.
    row: u32,
    /// The line the last record ended on (0 before the first).
    end_line: u64,
    /// A record that could not be read stops the file (the csv crate cannot resume).
    error: Option<String>,
}

impl CsvRows<'_> {
    /// The line a record starts on, from the offset its reading started at (which may be
    /// the end of the line before, or blank lines before it).
    fn line_of(&mut self, byte: usize) -> u64 {
        let mut start = byte.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start >= self.pos {
            let breaks = self.text[self.pos..start].iter().filter(|&&b| b == b'\n');
            self.line += breaks.count() as u64;
            self.pos = start;
        }
        self.line
    }
}

impl Iterator for CsvRows<'_> {
    type Item = (u32, StringRecord);

    fn next(&mut self) -> Option<(u32, StringRecord)> {
        if self.error.is_some() {
            return None;
        }
        match self.records.next()? {
            Ok(rec) => {
                let start = match rec.position() {
                    Some(p) => self.line_of(p.byte() as usize),
                    None => self.end_line + 1,
                };
                self.row += start.saturating_sub(self.end_line).max(1) as u32;
                let breaks = rec.as_slice().bytes().filter(|&b| b == b'\n').count() as u64;
                self.end_line = start + breaks;
                Some((self.row, rec))
            }
            Err(e) => {
                self.row += 1;
                self.error = Some(e.to_string());
                None
            }
        }
    }
}

fn read_workbook(name: &str, bytes: &[u8], parsed: &mut Parsed) {
    let mut book = match crate::store::workbook::open(bytes) {
        Ok(b) => b,
        Err(m) => {
            parsed.findings.push(Finding::error(name, m));
            return;
        }
    };
    let mut unrecognized: Vec<(String, Msg)> = Vec::new();
    let mut recognized = 0;
    for sheet in book.sheet_names() {
        let range = match crate::store::workbook::read_sheet(&mut book, &sheet) {
            Ok(Some(r)) => r,
            // An empty sheet says nothing.
            Ok(None) => continue,
            Err(m) => {
                parsed
                    .findings
                    .push(Finding::error(name, m).in_sheet(&sheet));
                continue;
            }
        };
        let (top, left) = (range.top, range.left as usize);
        let rows = range.rows.iter().enumerate().map(|(i, cells)| {
            let row = top + i as u32 + 1;
            (row, SheetRow { left, cells })
        });
        let mut rows = rows.peekable();
        let mut first: Option<SheetRow<'_>> = None;
        let mut header = None;
        for _ in 0..HEADER_SEARCH_ROWS {
            let Some((_, row)) = rows.next() else { break };
            if let Some(h) = recognize(&row) {
                header = Some(h);
                break;
            }
            if first.is_none() && !row.is_blank() {
                first = Some(row);
            }
        }
        match header {
            Some(h) => {
                recognized += 1;
                read_rows(name, Some(&sheet), h, rows, parsed);
            }
            None => {
                let m = unknown_kind(first.as_ref().map(|r| r as &dyn RowView));
                unrecognized.push((sheet.clone(), m));
            }
        }
    }
    if recognized == 0 {
        let m = unrecognized
            .into_iter()
            .next()
            .map_or_else(|| unknown_kind(None), |(_, m)| m);
        parsed.findings.push(Finding::error(name, m));
    } else {
        for (sheet, _) in unrecognized {
            let m = msg!("siasn-sheet-ignored", sheet = format!("{sheet:?}"));
            parsed
                .findings
                .push(Finding::new(Severity::Note, name, m).in_sheet(&sheet));
        }
    }
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
