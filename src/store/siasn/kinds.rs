//! The reader of each kind of file: a data row's cells into a typed row, every problem a
//! finding naming the row, the column as written and the value. A row whose key (NIP, unit
//! ID, seat) cannot be read is left out; a bad value in another cell is reported and that
//! field left empty, so one typo does not hide the person from the checks across files.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use super::grid::{Cell, RowView, cell_name, first};
use super::header::{Col, Header};
use super::levels::LevelsReader;
use super::profile::ProfileReader;
use super::read::Sink;
use super::rows::{At, Parsed, SeatRow, Severity, SkpRow, UnitRow};
use super::values;
use crate::domain::Nip;
use crate::lang::{Msg, msg};

/// What a reader learnt once the file is read.
pub(crate) struct Done {
    /// Columns read beyond the header's aliases (technical competencies).
    pub read_too: Vec<usize>,
    /// The profile file holds PPPK.
    pub pppk: bool,
}

/// The reader of one file's kind.
pub(crate) enum Reader {
    Profile(Box<ProfileReader>),
    Hierarchy(UnitReader),
    Peta(SeatReader),
    Levels(Box<LevelsReader>),
    Skp(SkpReader),
}

impl Reader {
    pub fn new(header: &Header, file: usize) -> Reader {
        use super::rows::FileKind as K;
        match header.kind {
            K::Profile => Reader::Profile(Box::new(ProfileReader::new(header, file))),
            K::Hierarchy => Reader::Hierarchy(UnitReader::new(header, file)),
            K::PetaJabatan => Reader::Peta(SeatReader::new(header, file)),
            K::Standard | K::Assessment => {
                Reader::Levels(Box::new(LevelsReader::new(header, file)))
            }
            K::Skp => Reader::Skp(SkpReader::new(header, file)),
        }
    }

    /// Reads one data row (`n`: its row number as the spreadsheet shows it).
    pub fn row(&mut self, row: &dyn RowView, n: u32, header: &Header, sink: &mut Sink<'_>) {
        let mut cx = Cx {
            row,
            n,
            header,
            sink,
        };
        match self {
            Reader::Profile(r) => r.row(&mut cx),
            Reader::Hierarchy(r) => r.row(&mut cx),
            Reader::Peta(r) => r.row(&mut cx),
            Reader::Levels(r) => r.row(&mut cx),
            Reader::Skp(r) => r.row(&mut cx),
        }
    }

    /// Hands the rows over and adds what only the whole file shows.
    pub fn finish(self, header: &Header, sink: &mut Sink<'_>, parsed: &mut Parsed) -> Done {
        let plain = Done {
            read_too: Vec::new(),
            pppk: false,
        };
        match self {
            Reader::Profile(r) => r.finish(header, sink, parsed),
            Reader::Hierarchy(r) => {
                parsed.units.extend(r.rows);
                plain
            }
            Reader::Peta(r) => {
                parsed.seats.extend(r.rows);
                plain
            }
            Reader::Levels(r) => r.finish(header, sink, parsed),
            Reader::Skp(r) => {
                parsed.skp.extend(r.rows);
                plain
            }
        }
    }
}

/// One data row being read: its cells, number and header, and where findings go.
pub(crate) struct Cx<'a, 's> {
    pub row: &'a dyn RowView,
    pub n: u32,
    pub header: &'a Header,
    pub sink: &'a mut Sink<'s>,
}

impl Cx<'_, '_> {
    /// Reports a problem with the cell in column `col`.
    pub fn cell_finding(&mut self, severity: Severity, col: usize, value: String, message: Msg) {
        if self.sink.is_full() {
            // Counted, not built: a file of errors stays cheap.
            return self.sink.count_unlisted(severity);
        }
        let name = self.header.names.get(col).map_or("", String::as_str);
        let f = self
            .sink
            .finding(severity, message)
            .at_row(self.n)
            .in_column(name)
            .with_value(value);
        self.sink.push(f);
    }

    /// Reports an error in the cell in column `col`, quoting its value.
    pub fn error(&mut self, col: usize, message: Msg) {
        let value = self.row.cell(col).written();
        self.cell_finding(Severity::Error, col, value, message);
    }

    /// Reports a problem with the row as a whole, naming the first of `cols` (the column
    /// that is missing a value), if the file has it.
    pub fn row_error(&mut self, cols: &[usize], message: Msg) {
        match cols.first() {
            Some(&c) => self.cell_finding(Severity::Error, c, String::new(), message),
            None => {
                let f = self.sink.finding(Severity::Error, message).at_row(self.n);
                self.sink.push(f);
            }
        }
    }

    /// The first non-empty cell among `cols`, with an Excel error in it reported.
    pub fn cell(&mut self, cols: &[usize]) -> Option<(usize, Cell<'_>)> {
        let (i, c) = first(self.row, cols)?;
        if let Cell::Error(e) = c {
            let m = msg!(
                "store-excel-error",
                cell = cell_name(i, self.n),
                error = e.to_string()
            );
            self.cell_finding(Severity::Error, i, e.to_string(), m);
            return None;
        }
        Some((i, self.row.cell(i)))
    }

    /// The text of the first non-empty cell among `cols`.
    pub fn text(&mut self, cols: &[usize]) -> Option<String> {
        self.cell(cols).map(|(_, c)| c.written())
    }

    /// A value read by `read` from the first non-empty cell among `cols`; a value it
    /// refuses is reported and read as none.
    pub fn value<T>(
        &mut self,
        cols: &[usize],
        read: impl Fn(Cell<'_>) -> Result<Option<T>, Msg>,
    ) -> Option<T> {
        let (i, c) = self.cell(cols)?;
        match read(c) {
            Ok(v) => v,
            Err(m) => {
                self.error(i, m);
                None
            }
        }
    }

    /// The NIP of the row, or `None` with the problem reported.
    pub fn nip(&mut self, cols: &[usize]) -> Option<(usize, Nip)> {
        let Some((i, c)) = self.cell(cols) else {
            self.row_error(cols, msg!("siasn-nip-missing"));
            return None;
        };
        match values::nip(c) {
            Ok(nip) => Some((i, nip)),
            Err(m) => {
                self.error(i, m);
                None
            }
        }
    }
}

/// The columns of the hierarchy file.
pub(crate) struct UnitReader {
    file: usize,
    id: Vec<usize>,
    name: Vec<usize>,
    parent: Vec<usize>,
    eselon: Vec<usize>,
    order: Vec<usize>,
    seen: HashMap<String, u32, RandomState>,
    rows: Vec<UnitRow>,
}

impl UnitReader {
    fn new(h: &Header, file: usize) -> UnitReader {
        UnitReader {
            file,
            id: h.find(Col::Id),
            name: h.find(Col::UnorName),
            parent: h.find(Col::Parent),
            eselon: h.find(Col::Eselon),
            order: h.find(Col::Order),
            seen: HashMap::default(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cx: &mut Cx<'_, '_>) {
        let Some((id_col, id)) = cx.cell(&self.id).map(|(i, c)| (i, c.written())) else {
            return cx.row_error(&self.id, msg!("siasn-unit-id-missing"));
        };
        if let Some(&first) = self.seen.get(&id) {
            let m = msg!("siasn-duplicate-unit", first = first.to_string());
            return cx.error(id_col, m);
        }
        let name = cx.text(&self.name);
        let name = name.as_deref().map(values::unit_name).unwrap_or_default();
        if name.is_empty() {
            return cx.row_error(&self.name, msg!("siasn-unit-name-missing"));
        }
        let parent = cx
            .text(&self.parent)
            .filter(|p| !matches!(p.to_ascii_lowercase().as_str(), "-" | "null"));
        let row = UnitRow {
            at: At {
                file: self.file,
                row: cx.n,
            },
            id: id.clone(),
            name: name.to_owned(),
            parent,
            eselon: cx.value(&self.eselon, values::eselon),
            order: cx.value(&self.order, values::count),
        };
        self.seen.insert(id, cx.n);
        self.rows.push(row);
    }
}

/// The columns of the peta jabatan.
pub(crate) struct SeatReader {
    file: usize,
    unor_id: Vec<usize>,
    unor_name: Vec<usize>,
    jabatan_id: Vec<usize>,
    title: Vec<usize>,
    jenis: Vec<usize>,
    eselon: Vec<usize>,
    kebutuhan: Vec<usize>,
    bezetting: Vec<usize>,
    rows: Vec<SeatRow>,
}

impl SeatReader {
    fn new(h: &Header, file: usize) -> SeatReader {
        SeatReader {
            file,
            unor_id: h.find(Col::UnorId),
            unor_name: h.find(Col::UnorName),
            jabatan_id: h.find(Col::JabatanId),
            title: h.find(Col::Jabatan),
            jenis: h.find(Col::Jenis),
            eselon: h.find(Col::Eselon),
            kebutuhan: h.find(Col::Kebutuhan),
            bezetting: h.find(Col::Bezetting),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cx: &mut Cx<'_, '_>) {
        let jabatan_id = cx.text(&self.jabatan_id);
        let title = cx.text(&self.title);
        if jabatan_id.is_none() && title.is_none() {
            let cols = [self.jabatan_id.as_slice(), &self.title].concat();
            return cx.row_error(&cols, msg!("siasn-seat-missing"));
        }
        let unor_id = cx.text(&self.unor_id);
        let unor_name = cx
            .text(&self.unor_name)
            .map(|n| values::unit_name(&n).to_owned())
            .filter(|n| !n.is_empty());
        if unor_id.is_none() && unor_name.is_none() {
            let cols = [self.unor_id.as_slice(), &self.unor_name].concat();
            return cx.row_error(&cols, msg!("siasn-seat-unit-missing"));
        }
        let row = SeatRow {
            at: At {
                file: self.file,
                row: cx.n,
            },
            unor_id,
            unor_name,
            jabatan_id,
            title,
            jenis: cx.value(&self.jenis, values::jenis),
            eselon: cx.value(&self.eselon, values::eselon),
            kebutuhan: cx.value(&self.kebutuhan, values::count).unwrap_or(0),
            bezetting: cx.value(&self.bezetting, values::count),
        };
        self.rows.push(row);
    }
}

/// The columns of the SKP file.
pub(crate) struct SkpReader {
    file: usize,
    nip: Vec<usize>,
    year: Vec<usize>,
    predicate: Vec<usize>,
    seen: HashMap<(Nip, u16), u32, RandomState>,
    rows: Vec<SkpRow>,
}

impl SkpReader {
    fn new(h: &Header, file: usize) -> SkpReader {
        SkpReader {
            file,
            nip: h.find(Col::Nip),
            year: h.find(Col::Year),
            predicate: h.find(Col::Predicate),
            seen: HashMap::default(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cx: &mut Cx<'_, '_>) {
        let Some((nip_col, nip)) = cx.nip(&self.nip) else {
            return;
        };
        let Some((year_col, c)) = cx.cell(&self.year) else {
            return cx.row_error(&self.year, msg!("siasn-bad-year"));
        };
        let year = match values::year(c) {
            Ok(y) => y,
            Err(m) => return cx.error(year_col, m),
        };
        let Some((pcol, text)) = cx.cell(&self.predicate).map(|(i, c)| (i, c.written())) else {
            let f = cx
                .sink
                .finding(Severity::Note, msg!("siasn-predicate-missing"))
                .at_row(cx.n);
            let f = match self.predicate.first() {
                Some(&c) => f.in_column(&cx.header.names[c]),
                None => f,
            };
            return cx.sink.push(f);
        };
        let predicate = match values::predicate(&text) {
            Ok((p, old)) => {
                if old {
                    let m = msg!("siasn-old-predicate", read = p.label());
                    cx.cell_finding(Severity::Note, pcol, text, m);
                }
                p
            }
            Err(m) => return cx.error(pcol, m),
        };
        if let Some(&first) = self.seen.get(&(nip, year)) {
            let m = msg!("siasn-duplicate-skp", first = first.to_string());
            return cx.error(nip_col, m);
        }
        self.seen.insert((nip, year), cx.n);
        self.rows.push(SkpRow {
            at: At {
                file: self.file,
                row: cx.n,
            },
            nip,
            year,
            predicate,
        });
    }
}
