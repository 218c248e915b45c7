//! The only code that touches the disk: the sled database, its codecs and schema version,
//! and the import/export file formats.
//!
//! The rest of the program talks to a store through [`OrgStore`]: load, apply a change,
//! query. A shared multi-user backend can be added beside [`sled_store::SledStore`] by
//! implementing the same trait.

pub mod audit;
pub mod codec;
pub mod config;
pub mod csv_import;
pub mod csv_safe;
pub mod employee_rows;
pub mod files;
pub mod format;
pub mod import;
pub mod location;
pub mod memory;
pub mod minutes;
pub mod plans;
pub mod replay;
pub mod scratch;
pub mod siasn;
pub mod sled_store;
pub mod snapshot;
pub mod startup;
pub mod workbook;
pub mod xlsx_export;
pub mod xlsx_import;

use std::path::PathBuf;

use crate::domain::plan::{Move, Plan};
use crate::domain::{Employee, Feedback, Nip, Note, Organization, Readiness};
use crate::lang::{Msg, msg};
pub use audit::{AuditEntry, AuditVerdict};
pub use plans::{PlanChange, PlanSummary};

/// One user action's change to the baseline, applied atomically and durably.
// One change exists at a time, for one user action: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Change {
    /// Replace the whole organization (a `penata/v1` import, or the demo on first start).
    ReplaceOrganization {
        org: Organization,
        /// Whether this is the built-in demo (a later import may replace it without asking).
        demo: bool,
    },
    /// Replace the organization with the one an import of SIASN exports built over it (a
    /// monthly refresh): one audited change that names what it did; plans are kept.
    Refresh {
        org: Organization,
        /// What the refresh did, for the audit entry (`people_new` = `12`).
        detail: Vec<(&'static str, String)>,
    },
    /// Add employees or update existing ones, matched by NIP (a spreadsheet import).
    UpsertEmployees(Vec<Employee>),
    /// Add a note to one employee and/or set their readiness (one audited user action).
    Annotate {
        nip: Nip,
        /// A note to add, with its author and time.
        note: Option<Note>,
        /// A new readiness: `Some(None)` clears it (belum dinilai); `None` leaves it.
        readiness: Option<Option<Readiness>>,
    },
    /// Record what the public said about one unit's service (one audited user action).
    AddFeedback {
        /// The unit's id.
        unit_id: String,
        /// The entry, checked again before it is written.
        feedback: Feedback,
    },
}

/// Facts about the stored organization that do not need a full load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoreInfo {
    pub organization: String,
    /// The data is the built-in demo, not a real organization.
    pub demo: bool,
    pub units: u64,
    pub positions: u64,
    pub employees: u64,
}

/// What can go wrong in a store; every message says what to do. [`StoreError::msg`] names
/// the message (in `locales/*/store.ftl`) for the layer that shows it to word.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No database in the directory (a command that only reads never creates one).
    NoDatabase {
        dir: PathBuf,
    },
    Locked {
        dir: PathBuf,
    },
    NewerSchema {
        dir: PathBuf,
        found: u32,
        supported: u32,
    },
    CreateDir {
        dir: PathBuf,
        source: std::io::Error,
    },
    /// The database cannot be opened: what is wrong with it.
    Open {
        dir: PathBuf,
        message: Msg,
    },
    /// A stored record cannot be read: its key and what is wrong with it.
    Corrupt {
        key: String,
        message: Msg,
    },
    /// Any other failure of the database or the disk.
    Db(Msg),
    /// A refusal that says what to do (a store or a domain message).
    Refused(Msg),
}

impl StoreError {
    /// The message saying what went wrong and what to do, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            StoreError::NoDatabase { dir } => {
                msg!("store-no-database", dir = dir.display().to_string())
            }
            StoreError::Locked { dir } => msg!("store-locked", dir = dir.display().to_string()),
            StoreError::NewerSchema {
                dir,
                found,
                supported,
            } => msg!(
                "store-newer-schema",
                dir = dir.display().to_string(),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::CreateDir { dir, source } => msg!(
                "store-create-dir",
                dir = dir.display().to_string(),
                source = crate::lang::io_error(source)
            ),
            StoreError::Open { dir, message } => msg!(
                "store-open-failed",
                dir = dir.display().to_string(),
                message = message.clone()
            ),
            StoreError::Corrupt { key, message } => {
                msg!(
                    "store-corrupt",
                    key = key.as_str(),
                    message = message.clone()
                )
            }
            StoreError::Db(message) => msg!("store-db-error", message = message.clone()),
            StoreError::Refused(message) => message.clone(),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// A text worded elsewhere (another library's error, a domain message already worded), as a
/// message said as it is in every language.
pub fn as_is(text: impl Into<String>) -> Msg {
    msg!("store-as-is", text = text.into())
}

/// The narrow interface between the program and wherever the organization is kept.
pub trait OrgStore {
    /// Loads the whole baseline organization.
    fn load(&self) -> Result<Organization, StoreError>;
    /// Applies one change atomically; returns only after it is durable on disk.
    fn apply(&self, change: &Change) -> Result<(), StoreError>;
    /// Looks one employee up without loading the organization.
    fn employee(&self, nip: &Nip) -> Result<Option<Employee>, StoreError>;
    /// Counts and flags without loading the organization.
    fn info(&self) -> Result<StoreInfo, StoreError>;
    /// Every plan's header (no moves), in name order: cheap.
    fn plans(&self) -> Result<Vec<PlanSummary>, StoreError>;
    /// One plan with its moves, decisions and redo stack; `None` if there is none by that name.
    fn plan(&self, name: &str) -> Result<Option<Plan>, StoreError>;
    /// Applies one plan change with its audit entry atomically; returns only after it is
    /// durable. Returns the move concerned (made, undone, redone, decided), or `None` (also
    /// when there was nothing to undo or redo).
    fn change_plan(&self, change: &PlanChange) -> Result<Option<Move>, StoreError>;
    /// The audit log in order; with a plan name, only that plan's entries.
    fn audit_log(&self, plan: Option<&str>) -> Result<Vec<AuditEntry>, StoreError>;
    /// Checks the audit log's hash chain.
    fn verify_audit(&self) -> Result<AuditVerdict, StoreError>;
    /// The plan the app showed when it was last closed (`None`: the baseline), so the next
    /// start opens on it. A view preference: not audited.
    fn active_plan(&self) -> Result<Option<String>, StoreError>;
    /// Remembers the plan the app shows (`None`: the baseline).
    fn remember_active_plan(&self, name: Option<&str>) -> Result<(), StoreError>;
}
pub mod demo;

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
