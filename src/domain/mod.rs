//! The pure domain: organization, units, positions, employees, NIP, ranks, competencies,
//! fit (Job Person Match), validation and search. No I/O, no terminal, no database.

pub mod compare;
pub mod competency;
pub mod employee;
pub mod feedback;
pub mod fit;
pub mod limits;
pub mod nip;
pub mod org;
pub mod position;
pub mod rank;
pub mod search;
pub mod validate;

pub use competency::{Competency, CompetencyGroup, DefaultStandards, Level, Levels};
pub use employee::{Employee, Note, Performance, Potential, Profile, Readiness, SkpYear};
pub use feedback::{Feedback, FeedbackError, Severity, recent_feedback};
pub use fit::{
    Fit, FitCategory, FitProfile, Gap, JpmBadge, ProfileKind, job_person_match, jpm_badge,
};
pub use nip::{AsnKind, Nip, NipError};
pub use org::{EmployeeIx, Headcount, Organization, PositionIx, UnitIx};
pub use position::{Jenjang, Position, PositionType, Unit, WorkloadEntry};
pub use rank::{Rank, RankError};
pub mod candidates;
pub mod gaps;
pub mod ninebox;
pub mod plan;
pub mod plan_ops;
pub mod retirement;
pub mod subtree;
pub mod text;
pub mod workload;
