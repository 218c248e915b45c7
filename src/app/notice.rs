//! What the reducer tells the planner happened, as data: the screen words each [`Notice`]
//! in its language (`ui::notice`). The app layer writes no sentences.

use crate::domain::Readiness;
use crate::domain::plan_ops::MoveError;

/// One short message for the status area: what happened, with the values it names.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    // Presenting and screen switches.
    /// A change was refused in read-only presenting.
    ReadOnlyRefused,
    /// Mouse capture is now on (`true`) or off.
    MouseToggled(bool),
    /// Masking is now on (`true`) or off; `key` is the key that switches it.
    MaskToggled {
        on: bool,
        key: String,
    },
    /// First start: the built-in demo was loaded into the empty database.
    DemoLoaded {
        organization: String,
        employees: usize,
    },

    // Refusals.
    /// The store or the rules refused; the reason as the layer below named it.
    Refused(crate::lang::Msg),
    /// A message the layer that made it already worded (a store error shown as it is).
    Said(String),
    /// The domain refused a move.
    MoveRefused(MoveError),

    // Plans.
    PlanCreated(String),
    PlanDeleted(String),
    /// The plan became the active one.
    PlanActive(String),
    PlanApplied(String),
    /// The plan asked for no longer exists.
    PlanGone,
    /// The plan was applied before.
    AlreadyApplied,
    /// The tree shows the baseline again.
    OnBaseline,
    /// Moves of the plan no longer fit the baseline and are not shown.
    ConflictsSkipped(usize),

    // Moves. `who` is the person's name (or grouped NIP); a seat is its title (or id),
    // `None` for unplaced.
    Moved {
        who: String,
        to: Option<String>,
    },
    Undone {
        who: String,
        from: Option<String>,
    },
    Redone {
        who: String,
        to: Option<String>,
    },
    NothingToUndo,
    NothingToRedo,

    // Carrying.
    /// Marking works on employees only.
    MarkPeopleOnly,
    /// Nothing selected or marked to pick up.
    PickPeopleFirst,
    NoActivePlan,
    /// Carrying was cancelled, nothing moved.
    CarryCancelled,
    /// The cursor is on nothing one can drop on.
    DropNowhere,
    UnitWithoutPositions,
    /// A drop on a unit: the planner must choose one of its positions.
    ChoosePosition,

    // Talent views.
    /// Candidates are for a position (or its holder).
    CandidatesOnPosition,

    // Readiness and notes.
    /// Readiness and notes are for employees only.
    AnnotatePeopleOnly,
    ReadinessUnchanged,
    ReadinessSaved(Option<Readiness>),
    NoteTooLong,
    NoteEmpty,
    NoteDiscarded,
    NoteSaved,
    /// The store could not save a note or readiness; its reason.
    AnnotateFailed(crate::lang::Msg),
}

impl From<String> for Notice {
    fn from(text: String) -> Self {
        Notice::Said(text)
    }
}
