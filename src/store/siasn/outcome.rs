//! What an import comes to: the planner's options, the counts of what it does, and the
//! report of every file and finding with the organization when nothing is wrong.

use crate::domain::Organization;

use super::people::{Inactive, Leaver};
use super::rows::{Finding, Severity, SourceFile};

/// What the planner asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Remove the people missing from the new export instead of keeping them.
    pub drop_missing: bool,
}

/// Counts of what the import does, for the summary and the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Whether it lays the files over a stored organization (a refresh).
    pub refresh: bool,
    pub units: usize,
    pub units_new: usize,
    pub units_renamed: usize,
    pub units_moved: usize,
    pub seats: usize,
    pub seats_new: usize,
    pub seats_renamed: usize,
    pub people: usize,
    pub people_new: usize,
    pub people_updated: usize,
    /// People whose seat in the baseline changed.
    pub people_moved: usize,
    /// Seats the kebutuhan allows that nobody holds; `None` without a peta jabatan.
    pub vacancies: Option<u32>,
    pub standards: usize,
    pub assessed: usize,
    pub skp_years: usize,
    pub competencies_new: usize,
    pub leavers: Vec<Leaver>,
    /// Whether the leavers were removed (`--drop-missing`) rather than kept.
    pub dropped: bool,
    pub inactive: Vec<Inactive>,
}

/// The whole outcome: the files, every finding, and the organization when nothing is wrong.
#[derive(Debug, Clone)]
pub struct Report {
    pub files: Vec<SourceFile>,
    pub findings: Vec<Finding>,
    /// Findings beyond those listed, counted: errors and notes.
    pub more: (usize, usize),
    pub built: Option<(Organization, Summary)>,
}

impl Report {
    /// Whether any finding refuses the import.
    pub fn has_errors(&self) -> bool {
        self.more.0 > 0 || self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}
