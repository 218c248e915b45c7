//! What validation works on and reports: raw records as a reader found them, and the
//! problems found in them.

use crate::lang::Msg;

/// How many problems are kept with their details; the rest are only counted.
pub const MAX_PROBLEMS: usize = 100;

/// Fields a competency record may have.
pub const COMPETENCY_FIELDS: &[&str] = &["code", "name", "group"];
/// Fields a unit record may have.
pub const UNIT_FIELDS: &[&str] = &["id", "name", "parent", "feedback", "siasn_id"];
/// Fields a unit's feedback entry may have.
pub const FEEDBACK_FIELDS: &[&str] = &[
    "date",
    "source",
    "severity",
    "text",
    "recorded_by",
    "recorded_at",
];
/// Fields a position record may have.
pub const POSITION_FIELDS: &[&str] = &[
    "id",
    "unit",
    "title",
    "type",
    "formation",
    "requirements",
    "workload",
    "siasn_id",
    "jenjang",
];
/// Fields a workload entry may have.
pub const WORKLOAD_FIELDS: &[&str] = &["task", "volume", "minutes"];
/// Fields an employee record may have.
pub const EMPLOYEE_FIELDS: &[&str] = &[
    "nip",
    "name",
    "rank",
    "position",
    "competencies",
    "performance",
    "potential",
    "readiness",
    "notes",
    "pns_id",
    "birth_date",
    "tmt_cpns",
    "tmt_jabatan",
    "education_level",
    "education_name",
    "kedudukan",
    "skp",
];
/// Fields an SKP entry may have.
pub const SKP_FIELDS: &[&str] = &["year", "predicate"];
/// Fields a note may have.
pub const NOTE_FIELDS: &[&str] = &["at", "author", "text"];

/// One thing wrong with the input: where it is and what would be valid, as messages the
/// layer that shows them words.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Line in the file where the record starts, when the reader knows it.
    pub line: Option<usize>,
    /// The record: `employees[12] nip 197802302005012004`, `positions[3] id dinkes.kadis`,
    /// "top level"; `None` when the problem is the file as a whole (JSON syntax).
    pub record: Option<Msg>,
    /// The field at fault (`nip`, `notes[0].at`); empty for the file as a whole.
    pub field: String,
    /// What is wrong, with the bad value and what would be valid.
    pub message: Msg,
}

impl Problem {
    /// The message saying what is wrong, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        self.message.clone()
    }
}

/// Problems found so far: the first [`MAX_PROBLEMS`] in full, the rest counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problems {
    pub list: Vec<Problem>,
    /// Problems beyond the cap, counted but not kept.
    pub more: usize,
}

impl Problems {
    /// Records a problem, keeping its details only below the cap.
    pub fn push(&mut self, problem: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && self.more == 0
    }

    /// Puts the kept problems in file order (stable: same-line problems keep their order).
    pub fn sort_by_line(&mut self) {
        self.list.sort_by_key(|p| p.line.unwrap_or(0));
    }

    /// Every problem found, kept or counted.
    pub fn total(&self) -> usize {
        self.list.len() + self.more
    }
}

/// A field as found in the input, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Raw<T> {
    /// The key is absent.
    #[default]
    Missing,
    /// The value has the wrong type; holds how it reads in messages (`12`, `null`, `a list`).
    Wrong(String),
    /// A value of the expected type (`None` for `null` where null is allowed).
    Value(T),
}

/// One element of a list of records, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord<T> {
    /// Line where the element starts, when known.
    pub line: Option<usize>,
    /// Keys that are not fields of this kind of record.
    pub unknown: Vec<String>,
    /// The fields, or how the element reads when it is not an object.
    pub body: Result<T, String>,
}

/// A competency level map as found: code and level, in file order.
pub type RawLevels = Vec<(String, Raw<i64>)>;

/// A competency dictionary entry as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCompetency {
    pub code: Raw<String>,
    pub name: Raw<String>,
    pub group: Raw<String>,
}

/// A unit as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawUnit {
    pub id: Raw<String>,
    pub name: Raw<String>,
    pub parent: Raw<Option<String>>,
    pub feedback: Raw<Option<Vec<RawRecord<RawFeedback>>>>,
    pub siasn_id: Raw<Option<String>>,
}

/// A unit's feedback entry as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFeedback {
    pub date: Raw<String>,
    pub source: Raw<Option<String>>,
    pub severity: Raw<String>,
    pub text: Raw<String>,
    pub recorded_by: Raw<String>,
    pub recorded_at: Raw<String>,
}

/// A workload entry as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawWorkload {
    pub task: Raw<String>,
    pub volume: Raw<i64>,
    pub minutes: Raw<i64>,
}

/// A position as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPosition {
    pub id: Raw<String>,
    pub unit: Raw<String>,
    pub title: Raw<String>,
    pub kind: Raw<String>,
    pub formation: Raw<i64>,
    pub requirements: Raw<Option<RawLevels>>,
    pub workload: Raw<Option<Vec<RawRecord<RawWorkload>>>>,
    pub siasn_id: Raw<Option<String>>,
    pub jenjang: Raw<Option<String>>,
}

/// A note as found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawNote {
    pub at: Raw<String>,
    pub author: Raw<String>,
    pub text: Raw<String>,
}

/// An employee as found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawEmployee {
    pub nip: Raw<String>,
    pub name: Raw<String>,
    pub rank: Raw<String>,
    pub position: Raw<Option<String>>,
    pub competencies: Raw<Option<RawLevels>>,
    pub performance: Raw<Option<String>>,
    pub potential: Raw<Option<String>>,
    pub readiness: Raw<Option<String>>,
    pub notes: Raw<Option<Vec<RawRecord<RawNote>>>>,
    /// The SIASN keys, all optional.
    pub profile: RawProfile,
}

/// An employee's SIASN keys as found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawProfile {
    pub pns_id: Raw<Option<String>>,
    pub birth_date: Raw<Option<String>>,
    pub tmt_cpns: Raw<Option<String>>,
    pub tmt_jabatan: Raw<Option<String>>,
    pub education_level: Raw<Option<String>>,
    pub education_name: Raw<Option<String>>,
    pub kedudukan: Raw<Option<String>>,
    pub skp: Raw<Option<Vec<RawRecord<RawSkp>>>>,
}

/// One SKP entry as found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawSkp {
    pub year: Raw<i64>,
    pub predicate: Raw<String>,
}

/// The records of a whole file, as found; the reader has already checked the file's shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawFile {
    pub organization: Raw<String>,
    /// Line of the `organization` key, when known.
    pub organization_line: Option<usize>,
    pub competencies: Vec<RawRecord<RawCompetency>>,
    pub units: Vec<RawRecord<RawUnit>>,
    pub positions: Vec<RawRecord<RawPosition>>,
    pub employees: Vec<RawRecord<RawEmployee>>,
}
