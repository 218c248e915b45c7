//! Spreadsheet CSV of employees, as offices export it from Excel: `,` or `;` as delimiter
//! (read from the header line); optional UTF-8 BOM; CRLF or LF; RFC 4180 quoting.
//!
//! This module only reads CSV; the columns and the check of each row against the stored
//! organization are [`super::employee_rows`], shared with the `.xlsx` reader. Any problem
//! refuses the whole file. Rows are numbered as the spreadsheet shows them (the header is
//! row 1); problems also carry the line in the file.

use csv::{ReaderBuilder, StringRecord, Trim};

use crate::domain::{Employee, Organization};
use crate::lang::msg;

use super::employee_rows::{Cell, Place, Rows, header};
use super::import::ImportErrors;

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
            msg!("store-csv-empty"),
        ));
    }
    let mut problems = ImportErrors::default();
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .trim(Trim::All)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(rec)) => header(Place::Csv, 1, Some(1), &cells(&rec), &mut problems),
        Some(Err(e)) => {
            return Err(ImportErrors::whole_file(
                file_name,
                Some(1),
                msg!("store-csv-header-unreadable", error = e.to_string()),
            ));
        }
        None => None,
    };
    let Some(header) = header else {
        return Err(problems.in_file(file_name));
    };
    let mut lines = LineCounter {
        text: text.as_bytes(),
        pos: 0,
        line: 1,
    };
    let mut rows = Rows::new(Place::Csv, &header, current, &mut problems);
    let mut out = Vec::new();
    for (i, rec) in records.enumerate() {
        let row = i + 2;
        match rec {
            Ok(rec) => {
                // Blank rows are skipped without moving the line counter past them.
                if rec.iter().all(str::is_empty) {
                    continue;
                }
                let line = rec.position().map(|p| lines.line_of(p.byte() as usize));
                if let Some(e) = rows.row(row, line, &cells(&rec)) {
                    out.push(e);
                }
            }
            Err(e) => {
                let line = e.position().map(|p| lines.line_of(p.byte() as usize));
                rows.problem(
                    row,
                    line,
                    msg!("store-csv-row-unreadable", error = e.to_string()),
                );
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems.in_file(file_name))
    }
}

/// A CSV record's fields as cells (CSV has only text). One leading apostrophe, a
/// spreadsheet's mark for "text" (and what penata's CSV export adds before a cell a
/// spreadsheet would run as a formula), is dropped: see [`super::csv_safe`].
fn cells(rec: &StringRecord) -> Vec<Cell<'_>> {
    rec.iter()
        .map(|field| Cell::text(super::csv_safe::unescape(field)))
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Nip, Readiness};
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
             \"19950724 201903 2 004\";\"Rina \"\"Ina\"\" Marlina, S.Ak.\";iii/b;\r\n"
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
        assert_eq!(rows[1].name, "Rina \"Ina\" Marlina, S.Ak.");
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
        let shown: Vec<String> = errors
            .errors
            .iter()
            .map(|e| crate::lang::Lang::Id.say(&e.msg()))
            .collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert!(
            // The rule is the domain's (its wording is checked there); the place is ours.
            shown[0].starts_with("p.csv:4: baris 3 nip 199001012021211001: ")
                && shown[0].contains("III/a"),
            "{}",
            shown[0]
        );
        assert!(
            shown[1].starts_with(
                "p.csv:4: baris 3 nip 199001012021211001: jabatan \"nope\": tidak ada jabatan"
            ),
            "{}",
            shown[1]
        );
        assert_eq!(
            shown[2],
            format!(
                "p.csv:5: baris 4 nip {NEW}: nip {NEW} juga ada di baris 2: satu pegawai satu baris"
            )
        );
    }

    #[test]
    fn line_numbers_follow_multi_line_cells() {
        let text = format!(
            "nip,nama,golongan\r\n{NEW},\"Dewi\r\nLestari\",III/a\r\n199001012021211001,Andi,V/a\r\n"
        );
        let errors = read_csv("p.csv", &text, &current()).unwrap_err();
        // A line break in a name is refused (names are one line), on the cell's first line.
        assert_eq!(errors.errors[0].line, Some(2), "{errors}");
        assert!(
            errors.to_string().contains("U+000D CARRIAGE RETURN"),
            "{errors}"
        );
        assert_eq!(errors.errors[1].line, Some(4), "{errors}");
        let record = errors.errors[1]
            .record
            .as_ref()
            .map(|r| crate::lang::Lang::Id.say(r));
        assert_eq!(record.as_deref(), Some("baris 3 nip 199001012021211001"));
    }
}
