//! Spreadsheet CSV of employees, as offices export it from Excel: a header row naming the
//! columns `nip`, `nama`/`name`, `golongan`/`rank`, `jabatan`/`position` (any case);
//! `,` or `;` as delimiter (read from the header line); optional UTF-8 BOM; CRLF or LF;
//! RFC 4180 quoting.
//!
//! Each row adds an employee (NIP not stored yet) or updates the listed columns of a stored
//! one, keeping every other field. Rows are checked against the stored organization; any
//! problem refuses the whole file. Rows are numbered as the spreadsheet shows them (the
//! header is row 1).

use std::collections::HashMap;

use csv::{ReaderBuilder, StringRecord, Trim};

use crate::domain::validate::{Problem, Problems, nip_label, quote, rank_kind_mismatch};
use crate::domain::{Employee, Levels, Nip, Organization, Rank};

use super::import::ImportErrors;

/// The columns a spreadsheet may have, as a message lists them.
pub const ALLOWED_COLUMNS: &str = "nip, nama (or name), golongan (or rank), jabatan (or position)";

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

/// Where each known column is, by header position, with the header as written.
#[derive(Default)]
struct Header {
    nip: Option<(usize, String)>,
    name: Option<(usize, String)>,
    rank: Option<(usize, String)>,
    position: Option<(usize, String)>,
    blank: Vec<usize>,
    len: usize,
}

/// Reads the rows of a spreadsheet into full employee records to upsert.
pub fn read_csv(
    file_name: &str,
    text: &str,
    current: &Organization,
) -> Result<Vec<Employee>, ImportErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportErrors::whole_file(
            file_name,
            None,
            format!(
                "the file is empty: expected a penata/v1 JSON object or a CSV header row with \
                 the columns {ALLOWED_COLUMNS}"
            ),
        ));
    }
    let mut problems = Problems::default();
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .trim(Trim::All)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(rec)) => header(&rec, &mut problems),
        Some(Err(e)) => {
            return Err(ImportErrors::whole_file(
                file_name,
                Some(1),
                format!("the header row cannot be read: {e}"),
            ));
        }
        None => None,
    };
    let Some(header) = header else {
        return Err(ImportErrors::from_problems(file_name, problems));
    };
    let mut rows = Rows {
        header: &header,
        current,
        problems: &mut problems,
        seen: HashMap::new(),
        lines: LineCounter {
            text: text.as_bytes(),
            pos: 0,
            line: 1,
        },
    };
    let mut out = Vec::new();
    for (i, rec) in records.enumerate() {
        let row = i + 2;
        match rec {
            Ok(rec) => {
                if let Some(e) = rows.row(row, &rec) {
                    out.push(e);
                }
            }
            Err(e) => {
                let line = e.position().map(|p| rows.lines.line_of(p.byte() as usize));
                rows.problems.push(Problem {
                    line,
                    record: format!("row {row}"),
                    field: String::new(),
                    message: format!("the row cannot be read: {e}"),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(ImportErrors::from_problems(file_name, problems))
    }
}

/// `;` when the header line has more semicolons than commas (outside quotes), else `,`.
fn delimiter(text: &str) -> u8 {
    let mut quoted = false;
    let (mut commas, mut semicolons) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

fn header(rec: &StringRecord, problems: &mut Problems) -> Option<Header> {
    let mut h = Header {
        len: rec.len(),
        ..Header::default()
    };
    let before = problems.total();
    let at = |message: String, field: &str| Problem {
        line: Some(1),
        record: "row 1 (header)".to_string(),
        field: field.to_string(),
        message,
    };
    for (i, name) in rec.iter().enumerate() {
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
                    format!(
                        "unknown column {}: allowed columns are {ALLOWED_COLUMNS}",
                        quote(name)
                    ),
                    name,
                ));
                continue;
            }
        };
        match slot {
            Some((_, first)) => {
                let message = format!(
                    "columns {} and {} mean the same: keep one",
                    quote(first),
                    quote(name)
                );
                problems.push(at(message, name));
            }
            None => *slot = Some((i, name.to_lowercase())),
        }
    }
    if h.nip.is_none() {
        problems.push(at(
            format!("there is no nip column: the header row names the columns {ALLOWED_COLUMNS}"),
            "nip",
        ));
    }
    (problems.total() == before).then_some(h)
}

struct Rows<'a> {
    header: &'a Header,
    current: &'a Organization,
    problems: &'a mut Problems,
    /// NIPs read so far, with their row.
    seen: HashMap<Nip, usize>,
    lines: LineCounter<'a>,
}

/// Line numbers from byte offsets, counted incrementally as rows come in order (the csv
/// crate's own line numbers lag behind after blank lines and multi-line cells).
struct LineCounter<'t> {
    text: &'t [u8],
    pos: usize,
    line: usize,
}

impl LineCounter<'_> {
    /// The line of the record whose reading started at `byte`: the offset may point at the
    /// end of the previous line or at blank lines before the record, so those are skipped.
    fn line_of(&mut self, byte: usize) -> usize {
        let mut start = byte.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start >= self.pos {
            self.line += self.text[self.pos..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.pos = start;
        }
        self.line
    }
}

impl Rows<'_> {
    /// Checks one row; the full record to upsert when the row is valid.
    fn row(&mut self, row: usize, rec: &StringRecord) -> Option<Employee> {
        if rec.iter().all(str::is_empty) {
            return None;
        }
        let line = rec
            .position()
            .map(|p| self.lines.line_of(p.byte() as usize));
        let h = self.header;
        let nip_text = cell(rec, &h.nip).map_or("", |(v, _)| v);
        let mut record = format!("row {row}");
        if !nip_text.is_empty() {
            record = format!("row {row} nip {}", nip_label(nip_text));
        }
        let before = self.problems.total();
        let mut report = |field: &str, message: String| {
            self.problems.push(Problem {
                line,
                record: record.clone(),
                field: field.to_string(),
                message,
            });
        };
        if rec.len() < h.len || rec.iter().skip(h.len).any(|c| !c.is_empty()) {
            report(
                "",
                format!(
                    "the row has {} cells but the header has {} columns",
                    rec.len(),
                    h.len
                ),
            );
            return None;
        }
        for &i in &h.blank {
            let value = rec.get(i).unwrap_or_default();
            if !value.is_empty() {
                report(
                    "",
                    format!(
                        "cell {} is in a column without a header: name the column ({ALLOWED_COLUMNS})",
                        quote(value)
                    ),
                );
            }
        }
        let nip = match Nip::parse(nip_text) {
            _ if nip_text.is_empty() => {
                report(
                    "nip",
                    "nip is empty: every row needs the employee's NIP".into(),
                );
                None
            }
            Ok(nip) => Some(nip),
            Err(_) if nip_text.contains(['E', 'e']) && nip_text.contains('+') => {
                report(
                    "nip",
                    format!(
                        "nip {} was turned into a number by the spreadsheet: format the nip \
                         column as Text and export again",
                        quote(nip_text)
                    ),
                );
                None
            }
            Err(e) => {
                report("nip", e.to_string());
                None
            }
        };
        let nip = nip.filter(|nip| match self.seen.get(nip) {
            Some(&first) => {
                report("nip", format!("nip {nip} is also on row {first}"));
                false
            }
            None => true,
        });
        let existing = nip
            .and_then(|nip| self.current.employee_ix(&nip))
            .map(|ix| self.current.employee(ix));
        let name = match cell(rec, &h.name) {
            Some((v, _)) if !v.is_empty() => Some(v.to_string()),
            Some((_, col)) if existing.is_none() => {
                report(
                    col,
                    format!("{col} is empty: a new employee (NIP not stored yet) needs a name"),
                );
                None
            }
            None if existing.is_none() => {
                report(
                    "nama",
                    "there is no nama column: a new employee (NIP not stored yet) needs a name"
                        .into(),
                );
                None
            }
            _ => None,
        };
        let rank = match cell(rec, &h.rank) {
            Some((v, col)) if !v.is_empty() => match Rank::parse(v) {
                Ok(rank) => Some(rank),
                Err(e) => {
                    report(col, format!("{col} {e}"));
                    None
                }
            },
            Some((_, col)) if existing.is_none() => {
                report(
                    col,
                    format!(
                        "{col} is empty: a new employee needs a golongan such as III/c (PNS) or IX (PPPK)"
                    ),
                );
                None
            }
            None if existing.is_none() => {
                report(
                    "golongan",
                    "there is no golongan column: a new employee (NIP not stored yet) needs a golongan"
                        .into(),
                );
                None
            }
            _ => None,
        };
        if let (Some(nip), Some(rank)) = (&nip, rank)
            && let Some(message) = rank_kind_mismatch(nip, rank)
        {
            let col = cell(rec, &h.rank).map_or("golongan", |(_, c)| c);
            report(col, message);
        }
        // Outer None: the column is absent (keep the seat); inner None: not placed.
        let position: Option<Option<String>> = match cell(rec, &h.position) {
            None => None,
            Some(("", _)) => Some(None),
            Some((v, col)) => {
                if self.current.position_ix(v).is_none() {
                    report(
                        col,
                        format!(
                            "{col} {}: no position has this id (leave the cell empty for staff not yet placed)",
                            quote(v)
                        ),
                    );
                }
                Some(Some(v.to_string()))
            }
        };
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

/// A row's cell in a column, with the column's header as written; `None` without the column.
fn cell<'r>(rec: &'r StringRecord, col: &'r Option<(usize, String)>) -> Option<(&'r str, &'r str)> {
    col.as_ref()
        .map(|(i, name)| (rec.get(*i).unwrap_or_default(), name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Readiness;
    use crate::store::format::parse_v1;

    fn current() -> Organization {
        let path = format!("{}/fixtures/example-small.json", env!("CARGO_MANIFEST_DIR"));
        parse_v1(
            "example-small.json",
            &std::fs::read_to_string(path).unwrap(),
        )
        .unwrap()
    }

    fn read(text: &str) -> Vec<Employee> {
        read_csv("pegawai.csv", text, &current()).unwrap_or_else(|e| panic!("{e}"))
    }

    const NEW: &str = "198811202014022001";
    const STORED: &str = "197608172003121002";

    #[test]
    fn detects_the_delimiter_from_the_header() {
        assert_eq!(delimiter("nip;nama;golongan\n1,2;3;4"), b';');
        assert_eq!(delimiter("nip,nama,golongan\n1;2;3"), b',');
        assert_eq!(delimiter("\"nip;x\",nama\n"), b',');
        assert_eq!(delimiter("nip\n"), b',');
    }

    #[test]
    fn reads_excel_exports_with_bom_crlf_semicolons_and_quotes() {
        let text = format!(
            "\u{feff} NIP ; Nama ;GOLONGAN;Jabatan\r\n\
             {NEW};\"Dewi Lestari; S.Kom.\";III/a;disdukcapil.dafduk.operator\r\n\
             ;;;\r\n\
             \"19950724 201903 2 004\";\"Rina \"\"Ina\"\" Marlina,\r\nS.Ak.\";iii/b;\r\n"
        );
        let rows = read(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].nip.as_str(), NEW);
        assert_eq!(rows[0].name, "Dewi Lestari; S.Kom.");
        assert_eq!(rows[0].rank.to_string(), "III/a");
        assert_eq!(
            rows[0].position.as_deref(),
            Some("disdukcapil.dafduk.operator")
        );
        assert_eq!(rows[1].name, "Rina \"Ina\" Marlina,\r\nS.Ak.");
        assert_eq!(rows[1].rank.to_string(), "III/b");
        assert_eq!(rows[1].position, None);
    }

    #[test]
    fn comma_and_lf_with_english_headers() {
        let rows = read(
            &format!("nip,name,rank,position\n{NEW},\"Dewi, S.Kom.\",IX,\n")
                .replace(NEW, "199001012021211001"),
        );
        assert_eq!(rows[0].name, "Dewi, S.Kom.");
        assert_eq!(rows[0].rank.to_string(), "IX");
    }

    #[test]
    fn updates_only_the_listed_columns_of_stored_employees() {
        let org = current();
        let before = org
            .employee(org.employee_ix(&Nip::parse(STORED).unwrap()).unwrap())
            .clone();
        let rows = read(&format!("nip;golongan\n{STORED};IV/a\n"));
        assert_eq!(rows.len(), 1);
        let after = &rows[0];
        assert_eq!(after.rank.to_string(), "IV/a");
        assert_eq!(after.name, before.name);
        assert_eq!(after.position, before.position);
        assert_eq!(after.readiness, Some(Readiness::Ragu));
        assert_eq!(after.notes, before.notes);
        // Empty nama keeps the name; an empty jabatan cell means not placed.
        let rows = read(&format!("nip;nama;jabatan\n{STORED};;\n"));
        assert_eq!(rows[0].name, before.name);
        assert_eq!(rows[0].position, None);
    }

    #[test]
    fn new_employees_start_unassessed() {
        let rows = read(&format!("nip,nama,golongan\n{NEW},Dewi Lestari,III/a\n"));
        let e = &rows[0];
        assert_eq!(e.position, None);
        assert!(e.competencies.is_empty() && e.notes.is_empty());
        assert_eq!(
            (e.performance, e.potential, e.readiness),
            (None, None, None)
        );
    }

    #[test]
    fn all_errors_have_row_numbers_and_nothing_is_returned() {
        let text = format!(
            "nip;nama;golongan;jabatan\n{NEW};Dewi;III/a;\n\n199001012021211001;Andi;III/a;nope\n{NEW};Dewi;III/a;\n"
        );
        let errors = read_csv("p.csv", &text, &current()).unwrap_err();
        let shown: Vec<String> = errors.errors.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert!(
            shown[0]
                .starts_with("p.csv:4: row 3 nip 199001012021211001: rank III/a is a PNS golongan"),
            "{}",
            shown[0]
        );
        assert!(
            shown[1].starts_with("p.csv:4: row 3 nip 199001012021211001: jabatan \"nope\""),
            "{}",
            shown[1]
        );
        assert_eq!(
            shown[2],
            format!("p.csv:5: row 4 nip {NEW}: nip {NEW} is also on row 2")
        );
    }

    #[test]
    fn line_numbers_follow_multi_line_cells() {
        let text = format!(
            "nip,nama,golongan\r\n{NEW},\"Dewi\r\nLestari\",III/a\r\n199001012021211001,Andi,V/a\r\n"
        );
        let errors = read_csv("p.csv", &text, &current()).unwrap_err();
        assert_eq!(errors.errors[0].line, Some(4), "{errors}");
        assert_eq!(errors.errors[0].record, "row 3 nip 199001012021211001");
    }
}
