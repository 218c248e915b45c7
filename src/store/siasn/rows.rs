//! The rows read from SIASN exports and office workbooks, typed but not yet joined: the
//! interface between the file readers ([`super::read`]) and the builder that turns them
//! into an organization ([`super::build()`]).
//!
//! Every row carries where it came from (file index and spreadsheet row number), so a
//! finding about it can name the file, row, column and value.

use time::Date;

use crate::domain::{Level, Nip, Performance, Rank};
use crate::lang::Msg;

/// What a file is, recognized by its header row (never by its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// "Export Data ASN" / "Data Utama": one row per person (PNS or PPPK).
    Profile,
    /// SOTK / "HierarkiUnor": one row per unit with its parent.
    Hierarchy,
    /// Peta jabatan: kebutuhan (and bezetting) per seat.
    PetaJabatan,
    /// Standar kompetensi jabatan: required level per competency per seat.
    Standard,
    /// Assessment rekap: assessed level per competency per person.
    Assessment,
    /// SKP: predikat kinerja per person and year.
    Skp,
}

/// Where a row came from: the file (an index into [`Parsed::files`]) and the row number as
/// the spreadsheet shows it (the header is row 1 when it is the first row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct At {
    pub file: usize,
    pub row: u32,
}

/// One file as read: its kind, how many data rows it had, and the header columns penata
/// does not use (listed once in the summary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The name the planner gave (a path as typed).
    pub name: String,
    pub kind: FileKind,
    /// The worksheet read, for a workbook.
    pub sheet: Option<String>,
    /// Data rows read (blank rows not counted).
    pub rows: usize,
    /// Header cells of columns penata ignores, as written in the file.
    pub ignored: Vec<String>,
    /// The profile file holds PPPK (its rows' NIPs are NI PPPK, or a column says so).
    pub pppk: bool,
}

/// `JENIS JABATAN`: 1 Struktural, 2 Fungsional, 4 Pelaksana.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JenisJabatan {
    Struktural,
    Fungsional,
    Pelaksana,
}

/// An eselon level as SIASN writes it (`II.a`, `III.b`, `IV.a`, `21`, `32` ...): the roman
/// level 1-5 and the sub-level letter when given (`a` = 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Eselon {
    pub level: u8,
    pub sub: Option<u8>,
}

/// A competency column: one of the nine PermenPANRB 38/2017 competencies (by penata's
/// code: `INT`, `KS`, `KOM`, `OH`, `PP`, `PDO`, `MP`, `PK`, `PB`), or a technical
/// competency by the name in its header.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompetencyKey {
    Core(&'static str),
    Technical(String),
}

/// A person from the ASN profile export.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    pub at: At,
    /// `PNS ID`: SIASN's own id of the person (a GUID-like text).
    pub pns_id: Option<String>,
    pub nip: Nip,
    /// `GELAR DEPAN NAMA, GELAR BELAKANG`, in the person's own letter case.
    pub name: String,
    pub birth_date: Option<Date>,
    /// `KEDUDUKAN HUKUM NAMA` as written (`Aktif`, `CLTN`, `Pemberhentian` ...).
    pub kedudukan: Option<String>,
    /// Whether the kedudukan hukum counts as active staff (empty = active).
    pub active: bool,
    pub rank: Option<Rank>,
    pub tmt_cpns: Option<Date>,
    pub jenis: Option<JenisJabatan>,
    pub eselon: Option<Eselon>,
    /// `JABATAN ID`: SIASN's id of the seat.
    pub jabatan_id: Option<String>,
    /// `JABATAN NAMA`.
    pub jabatan: Option<String>,
    pub tmt_jabatan: Option<Date>,
    /// `TINGKAT PENDIDIKAN NAMA` (`S-1/Sarjana`).
    pub education_level: Option<String>,
    /// `PENDIDIKAN NAMA` (`S-1 Akuntansi`).
    pub education_name: Option<String>,
    /// `UNOR ID`.
    pub unor_id: Option<String>,
    /// `UNOR NAMA`, cleaned of depth dashes and the instansi suffix.
    pub unor_name: Option<String>,
    /// The unit path from the top when the file gives one (`UNOR (1)`..`UNOR (n)` level
    /// columns, or a path written in `UNOR NAMA` with ` - ` or `/`), outermost first.
    pub unor_path: Vec<String>,
    /// `INSTANSI INDUK NAMA`.
    pub instansi: Option<String>,
}

/// A unit from the hierarchy file.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    pub at: At,
    /// `ID`: SIASN's unit id (`UNOR ID` in the other files).
    pub id: String,
    /// `NAMA_UNOR`, cleaned of leading depth dashes and a `- PEMERINTAH ...` suffix.
    pub name: String,
    /// `ID_ATASAN`; `None` (or empty) for the top.
    pub parent: Option<String>,
    pub eselon: Option<Eselon>,
    /// `URUTAN`: order among its siblings.
    pub order: Option<u32>,
}

/// A seat from the peta jabatan.
#[derive(Debug, Clone, PartialEq)]
pub struct SeatRow {
    pub at: At,
    pub unor_id: Option<String>,
    pub unor_name: Option<String>,
    pub jabatan_id: Option<String>,
    pub title: Option<String>,
    pub jenis: Option<JenisJabatan>,
    pub eselon: Option<Eselon>,
    /// `KEBUTUHAN` / `ABK` / `FORMASI` / `K`.
    pub kebutuhan: u32,
    /// `BEZETTING` / `EKSISTING` / `TERISI` / `B`: a cross-check only.
    pub bezetting: Option<u32>,
}

/// The required levels of one seat.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardRow {
    pub at: At,
    pub unor_id: Option<String>,
    pub jabatan_id: Option<String>,
    pub title: Option<String>,
    pub levels: Vec<(CompetencyKey, Level)>,
}

/// One person's assessed levels.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRow {
    pub at: At,
    pub nip: Nip,
    pub name: Option<String>,
    pub levels: Vec<(CompetencyKey, Level)>,
    /// `JPM` as written (a percentage or a fraction): a cross-check only.
    pub jpm: Option<String>,
    /// `KATEGORI` as written: a cross-check only.
    pub kategori: Option<String>,
}

/// One person's SKP predicate for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct SkpRow {
    pub at: At,
    pub nip: Nip,
    pub year: u16,
    pub predicate: Performance,
}

/// How serious a finding is: an error refuses the whole import; a note is listed for the
/// planner to act on and changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Note,
}

/// One thing a planner should know about the files: which file, row, column and value,
/// and what is wrong or was assumed, with what would be valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    /// The file's name (as in [`SourceFile::name`]); empty when it is about the set.
    pub file: String,
    /// The worksheet, for a workbook (as in [`SourceFile::sheet`]).
    pub sheet: Option<String>,
    /// The row as the spreadsheet numbers it, when it is about one row.
    pub row: Option<u32>,
    /// The column's header as written in the file, when it is about one cell.
    pub column: Option<String>,
    /// The offending value, as written.
    pub value: Option<String>,
    pub message: Msg,
}

impl Finding {
    /// A finding about a whole file (`file` empty: about the set of files).
    pub fn new(severity: Severity, file: &str, message: Msg) -> Finding {
        Finding {
            severity,
            file: file.to_owned(),
            sheet: None,
            row: None,
            column: None,
            value: None,
            message,
        }
    }

    /// An error about a whole file.
    pub fn error(file: &str, message: Msg) -> Finding {
        Finding::new(Severity::Error, file, message)
    }

    /// A note about a whole file.
    pub fn note(file: &str, message: Msg) -> Finding {
        Finding::new(Severity::Note, file, message)
    }

    /// The same finding, about one worksheet.
    #[must_use]
    pub fn in_sheet(mut self, sheet: &str) -> Finding {
        self.sheet = Some(sheet.to_owned());
        self
    }

    /// The same finding, about one row.
    #[must_use]
    pub fn at_row(mut self, row: u32) -> Finding {
        self.row = Some(row);
        self
    }

    /// The same finding, about one column (its header as written).
    #[must_use]
    pub fn in_column(mut self, column: &str) -> Finding {
        self.column = Some(column.to_owned());
        self
    }

    /// The same finding, about one value (as written).
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Finding {
        self.value = Some(value.into());
        self
    }
}

/// Everything read from a set of files, before it is joined into an organization.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub files: Vec<SourceFile>,
    pub profiles: Vec<ProfileRow>,
    pub units: Vec<UnitRow>,
    pub seats: Vec<SeatRow>,
    pub standards: Vec<StandardRow>,
    pub assessments: Vec<AssessmentRow>,
    pub skp: Vec<SkpRow>,
    pub findings: Vec<Finding>,
}

impl Parsed {
    /// Whether any finding refuses the import.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}
