//! The rows of an employee spreadsheet, whichever file they came from (CSV or `.xlsx`): the
//! header naming the columns `nip`, `nama`/`name`, `golongan`/`rank`, `jabatan`/`position`
//! (any case), and the check of each row against the stored organization.
//!
//! Readers turn their rows into [`Cell`]s and hand them over one row at a time, so both file
//! kinds obey the same rules and report problems the same way; only where a problem is
//! (a CSV line, or a sheet and its cell) depends on the reader ([`Place`]).

use std::collections::HashMap;

use crate::domain::validate::{nip_label, quote, rank_kind_mismatch};
use crate::domain::{Employee, Levels, Nip, Organization, Rank};
use crate::lang::{Msg, msg};

use super::import::{ImportError, ImportErrors};

/// One cell as the reader found it: its text (trimmed) and whether the spreadsheet stored a
/// number there (an `.xlsx` numeric cell), which a NIP must never be.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cell<'a> {
    pub text: &'a str,
    pub number: bool,
}

impl<'a> Cell<'a> {
    /// A text cell.
    pub fn text(text: &'a str) -> Cell<'a> {
        Cell {
            text,
            number: false,
        }
    }
}

/// Where rows come from, for naming a problem's place.
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
    /// A CSV file: problems carry the line; the record is `row 7 nip ...`.
    Csv,
    /// A worksheet: the record is `sheet "Pegawai" row 7 nip ...` and the message starts
    /// with the cell (`cell C7: ...`), as the planner finds it in Excel.
    Sheet(&'a str),
}

impl Place<'_> {
    fn record(self, row: usize) -> Msg {
        match self {
            Place::Csv => msg!("store-row", row = row.to_string()),
            Place::Sheet(name) => {
                msg!(
                    "store-sheet-row",
                    sheet = quote(name),
                    row = row.to_string()
                )
            }
        }
    }

    fn message(self, col: Option<usize>, row: usize, message: Msg) -> Msg {
        match (self, col) {
            (Place::Sheet(_), Some(col)) => msg!(
                "store-at-cell",
                cell = format!("{}{row}", column_letters(col)),
                message = message
            ),
            _ => message,
        }
    }
}

/// Excel's name of a column from its 0-based index: `A`, `Z`, `AA`.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Nip,
    Name,
    Rank,
    Position,
    /// A column with an empty header: allowed only while its cells are empty.
    Blank,
}

impl Column {
    fn from_header(name: &str) -> Option<Column> {
        match name.to_lowercase().as_str() {
            "nip" => Some(Column::Nip),
            "nama" | "name" => Some(Column::Name),
            "golongan" | "rank" => Some(Column::Rank),
            "jabatan" | "position" => Some(Column::Position),
            "" => Some(Column::Blank),
            _ => None,
        }
    }
}

/// Whether a header row is one of penata's own employee sheets: a `nip` column and only
/// the columns this reader knows (a SIASN export always has others, such as `UNOR ID`).
pub fn is_employee_header<'a>(cells: impl IntoIterator<Item = &'a str>) -> bool {
    let mut nip = false;
    for cell in cells {
        match Column::from_header(cell.trim()) {
            Some(Column::Nip) => nip = true,
            Some(_) => {}
            None => return false,
        }
    }
    nip
}

/// A known column: where it is and its header as written (lower case).
type Slot = Option<(usize, String)>;

/// Where each known column is, by header position, with the header as written.
#[derive(Debug, Default)]
pub struct Header {
    nip: Slot,
    name: Slot,
    rank: Slot,
    position: Slot,
    blank: Vec<usize>,
    len: usize,
}

/// Reads the header row (spreadsheet row `row`); `None` when it has problems, which are
/// added to `problems`.
pub fn header(
    place: Place<'_>,
    row: usize,
    line: Option<usize>,
    cells: &[Cell<'_>],
    problems: &mut ImportErrors,
) -> Option<Header> {
    let mut h = Header {
        len: cells.len(),
        ..Header::default()
    };
    let before = problems.total();
    let at = |col: Option<usize>, message: Msg, field: &str| ImportError {
        file: String::new(),
        line,
        record: Some(msg!("store-header-record", record = place.record(row))),
        field: field.to_string(),
        message: place.message(col, row, message),
    };
    for (i, cell) in cells.iter().enumerate() {
        let name = cell.text;
        let slot = match Column::from_header(name) {
            Some(Column::Nip) => &mut h.nip,
            Some(Column::Name) => &mut h.name,
            Some(Column::Rank) => &mut h.rank,
            Some(Column::Position) => &mut h.position,
            Some(Column::Blank) => {
                h.blank.push(i);
                continue;
            }
            None => {
                problems.push(at(
                    Some(i),
                    msg!("store-unknown-column", name = quote(name)),
                    name,
                ));
                continue;
            }
        };
        match slot {
            Some((_, first)) => {
                let message = msg!(
                    "store-same-columns",
                    first = quote(first),
                    second = quote(name)
                );
                problems.push(at(Some(i), message, name));
            }
            None => *slot = Some((i, name.to_lowercase())),
        }
    }
    if h.nip.is_none() {
        problems.push(at(None, msg!("store-no-nip-column"), "nip"));
    }
    (problems.total() == before).then_some(h)
}

/// Checks rows one by one against the stored organization, collecting every problem.
pub struct Rows<'a> {
    place: Place<'a>,
    header: &'a Header,
    current: &'a Organization,
    problems: &'a mut ImportErrors,
    /// NIPs read so far, with their row.
    seen: HashMap<Nip, usize>,
}

/// A row's cell in a column: the cell, its index and the column's header as written;
/// `None` without the column.
fn cell<'r>(cells: &'r [Cell<'r>], col: &'r Slot) -> Option<(Cell<'r>, usize, &'r str)> {
    col.as_ref().map(|(i, name)| {
        (
            cells.get(*i).copied().unwrap_or_default(),
            *i,
            name.as_str(),
        )
    })
}

/// An `.xlsx` number as Excel shows it in a narrow column (`1.98811202014022E+17`).
fn as_excel_number(text: &str) -> String {
    match text.parse::<f64>() {
        Ok(v) if v.abs() >= 1e11 => format!("{v:E}").replace('E', "E+").replace("E+-", "E-"),
        _ => text.to_string(),
    }
}

impl<'a> Rows<'a> {
    /// Starts checking the rows under `header`.
    pub fn new(
        place: Place<'a>,
        header: &'a Header,
        current: &'a Organization,
        problems: &'a mut ImportErrors,
    ) -> Rows<'a> {
        Rows {
            place,
            header,
            current,
            problems,
            seen: HashMap::new(),
        }
    }

    /// Records a problem with a row as a whole (a reader's own, such as bad quoting).
    pub fn problem(&mut self, row: usize, line: Option<usize>, message: Msg) {
        self.problems.push(ImportError {
            file: String::new(),
            line,
            record: Some(self.place.record(row)),
            field: String::new(),
            message,
        });
    }

    /// Checks one row (spreadsheet row number `row`); the full record to upsert when the row
    /// is valid, `None` when it is empty or has problems (which are recorded).
    pub fn row(&mut self, row: usize, line: Option<usize>, cells: &[Cell<'_>]) -> Option<Employee> {
        if cells.iter().all(|c| c.text.is_empty()) {
            return None;
        }
        let h = self.header;
        let place = self.place;
        let nip_cell = cell(cells, &h.nip).map(|(c, i, _)| (c, i));
        let nip_text = nip_cell.map_or("", |(c, _)| c.text);
        let nip_col = nip_cell.map(|(_, i)| i);
        let mut record = place.record(row);
        if !nip_text.is_empty() {
            let label = match nip_cell {
                Some((c, _)) if c.number => quote(&as_excel_number(nip_text)),
                _ => nip_label(nip_text),
            };
            record = msg!("store-record-nip", record = record, nip = label);
        }
        let before = self.problems.total();
        let mut report = |col: Option<usize>, field: &str, message: Msg| {
            self.problems.push(ImportError {
                file: String::new(),
                line,
                record: Some(record.clone()),
                field: field.to_string(),
                message: place.message(col, row, message),
            });
        };
        if cells.len() < h.len || cells.iter().skip(h.len).any(|c| !c.text.is_empty()) {
            report(
                None,
                "",
                msg!("store-cell-count", cells = cells.len(), columns = h.len),
            );
            return None;
        }
        for &i in &h.blank {
            let value = cells.get(i).map_or("", |c| c.text);
            if !value.is_empty() {
                report(
                    Some(i),
                    "",
                    msg!("store-cell-without-header", value = quote(value)),
                );
            }
        }
        let nip = row_nip(nip_cell, nip_text, nip_col, &mut report);
        let nip = nip.filter(|nip| match self.seen.get(nip) {
            Some(&first) => {
                report(
                    nip_col,
                    "nip",
                    msg!(
                        "store-nip-twice",
                        nip = nip.to_string(),
                        first = first.to_string()
                    ),
                );
                false
            }
            None => true,
        });
        let existing = nip
            .and_then(|nip| self.current.employee_ix(&nip))
            .map(|ix| self.current.employee(ix));
        let name = row_name(cells, &h.name, existing.is_none(), &mut report);
        let rank = row_rank(cells, &h.rank, existing.is_none(), &mut report);
        if let (Some(nip), Some(rank)) = (&nip, rank)
            && let Some(message) = rank_kind_mismatch(nip, rank)
        {
            let (i, col) =
                cell(cells, &h.rank).map_or((None, "golongan"), |(_, i, c)| (Some(i), c));
            report(i, col, message);
        }
        let position = row_position(cells, &h.position, self.current, &mut report);
        let nip = nip?;
        self.seen.insert(nip, row);
        if self.problems.total() != before {
            return None;
        }
        let mut employee = match existing {
            Some(e) => e.clone(),
            None => Employee {
                nip,
                name: String::new(),
                rank: rank?,
                position: None,
                competencies: Levels::new(),
                performance: None,
                potential: None,
                readiness: None,
                notes: Vec::new(),
                profile: Default::default(),
            },
        };
        if let Some(name) = name {
            employee.name = name;
        }
        if let Some(rank) = rank {
            employee.rank = rank;
        }
        if let Some(position) = position {
            employee.position = position;
        }
        Some(employee)
    }
}

/// A row's NIP: present, written as text (not a number a spreadsheet rounded) and valid.
fn row_nip(
    nip_cell: Option<(Cell<'_>, usize)>,
    nip_text: &str,
    nip_col: Option<usize>,
    report: &mut dyn FnMut(Option<usize>, &str, Msg),
) -> Option<Nip> {
    match nip_cell {
        _ if nip_text.is_empty() => {
            report(nip_col, "nip", msg!("store-nip-empty"));
            None
        }
        Some((c, _)) if c.number => {
            report(
                nip_col,
                "nip",
                msg!("store-nip-as-number", shown = as_excel_number(nip_text)),
            );
            None
        }
        _ => match Nip::parse(nip_text) {
            Ok(nip) => Some(nip),
            Err(_) if nip_text.contains(['E', 'e']) && nip_text.contains('+') => {
                report(
                    nip_col,
                    "nip",
                    msg!("store-nip-scientific", nip = quote(nip_text)),
                );
                None
            }
            Err(e) => {
                report(nip_col, "nip", e.msg());
                None
            }
        },
    }
}

/// A row's name; an empty or absent one is a problem only for a new employee (`required`).
fn row_name<'r>(
    cells: &'r [Cell<'r>],
    slot: &'r Slot,
    required: bool,
    report: &mut dyn FnMut(Option<usize>, &str, Msg),
) -> Option<String> {
    match cell(cells, slot) {
        // Not too long, and no character a terminal would obey (a control, a bidi override).
        Some((c, i, col)) if !c.text.is_empty() => {
            let max = crate::domain::limits::MAX_LINE_CHARS;
            let why = crate::domain::limits::check_len(col, c.text, max)
                .err()
                .or_else(|| crate::domain::text::refused(col, c.text, false));
            match why {
                Some(why) => {
                    report(Some(i), col, why);
                    None
                }
                None => Some(c.text.to_string()),
            }
        }
        Some((_, i, col)) if required => {
            report(Some(i), col, msg!("store-name-empty", column = col));
            None
        }
        None if required => {
            report(None, "nama", msg!("store-no-name-column"));
            None
        }
        _ => None,
    }
}

/// A row's seat. Outer `None`: the column is absent (keep the seat); inner `None`: not
/// placed. A position that is not in `current` is a problem.
fn row_position<'r>(
    cells: &'r [Cell<'r>],
    slot: &'r Slot,
    current: &Organization,
    report: &mut dyn FnMut(Option<usize>, &str, Msg),
) -> Option<Option<String>> {
    match cell(cells, slot) {
        None => None,
        Some((c, _, _)) if c.text.is_empty() => Some(None),
        Some((c, i, col)) => {
            if current.position_ix(c.text).is_none() {
                report(
                    Some(i),
                    col,
                    msg!("store-unknown-position", column = col, id = quote(c.text)),
                );
            }
            Some(Some(c.text.to_string()))
        }
    }
}

/// A row's rank (golongan); an empty or absent one is a problem only for a new employee
/// (`required`), whose record it starts.
fn row_rank<'r>(
    cells: &'r [Cell<'r>],
    slot: &'r Slot,
    required: bool,
    report: &mut dyn FnMut(Option<usize>, &str, Msg),
) -> Option<Rank> {
    match cell(cells, slot) {
        Some((c, i, col)) if !c.text.is_empty() => match Rank::parse(c.text) {
            Ok(rank) => Some(rank),
            Err(e) => {
                report(
                    Some(i),
                    col,
                    msg!("store-column-says", column = col, message = e.msg()),
                );
                None
            }
        },
        Some((_, i, col)) if required => {
            report(Some(i), col, msg!("store-rank-empty", column = col));
            None
        }
        None if required => {
            report(None, "golongan", msg!("store-no-rank-column"));
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_as_excel_names_them() {
        let cases = [
            (0, "A"),
            (2, "C"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (701, "ZZ"),
            (702, "AAA"),
        ];
        for (i, name) in cases {
            assert_eq!(column_letters(i), name, "{i}");
        }
    }

    #[test]
    fn large_numbers_show_as_excel_shows_them() {
        assert_eq!(
            as_excel_number("198811202014022000"),
            "1.98811202014022E+17"
        );
        assert_eq!(as_excel_number("12345"), "12345");
    }
}
