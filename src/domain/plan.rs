//! Reorganization plans: a named, ordered list of moves layered over the baseline.
//!
//! The baseline is never changed by planning. A plan's view of the organization is the
//! baseline with its moves applied in order. Moves name people by NIP and seats by position
//! id, so a plan survives a baseline re-import; what no longer fits is a conflict at apply.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::nip::Nip;

/// One move: a person from a seat (or none) to a seat (or none = unplaced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub nip: Nip,
    /// The seat in the plan's view when the move was made (`None` = not placed).
    pub from: Option<String>,
    /// The new seat (`None` = belum ditempatkan).
    pub to: Option<String>,
    /// The optional one-line reason typed at the drop.
    pub reason: Option<String>,
    /// Who made the move (OS user).
    pub author: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The review meeting's decision, if one was recorded.
    pub review: Option<Review>,
}

/// A review meeting's decision on one move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Approved: applied when the plan is applied.
    Setuju,
    /// Postponed: stays in the plan, not applied.
    Tunda,
    /// Rejected: not applied.
    Tolak,
}

impl Decision {
    /// Every decision, in the order the review screen offers them.
    pub const ALL: [Decision; 3] = [Decision::Setuju, Decision::Tunda, Decision::Tolak];

    /// The value used in files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Decision::Setuju => "setuju",
            Decision::Tunda => "tunda",
            Decision::Tolak => "tolak",
        }
    }

    /// Parses the file/CLI value.
    pub fn parse(s: &str) -> Option<Decision> {
        Self::ALL.into_iter().find(|d| d.code() == s)
    }
}

/// A recorded decision with its optional remark, author and time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub decision: Decision,
    pub remark: Option<String>,
    pub by: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// A named plan (scenario): its moves in order and the undone moves that redo brings back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub name: String,
    pub created_by: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Moves in the order they were made; the view applies them in this order.
    pub moves: Vec<Move>,
    /// Undone moves, the most recently undone last; a new move clears it.
    pub redo: Vec<Move>,
    /// Set once the plan was applied to the baseline.
    #[serde(with = "time::serde::rfc3339::option")]
    pub applied_at: Option<OffsetDateTime>,
}
