//! The semantic vocabulary of the app: modes, actions and effects.
//!
//! Keys never reach the reducer: `input` turns them into [`Action`]s, so tests, the help
//! overlay and the mouse all speak the same language. What the runtime did with an
//! [`Effect`] comes back as an [`Outcome`].

use crate::domain::Organization;
use crate::domain::plan::{Decision, Plan};
use crate::store::{PlanChange, PlanSummary};

/// What the keyboard is talking to right now; each mode has its own reducer file and key map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Walking the organization tree.
    Browse,
    /// Typing a lookup query with live results.
    Search,
    /// Reading the key overlay of the mode it was opened from.
    Help,
    /// Carrying people to a new seat (the keyboard "drag").
    Carrying,
    /// The list of plans.
    Plans,
    /// Typing one line (plan name, reason, remark).
    Prompt,
    /// Answering yes or no (delete, apply).
    Confirm,
    /// Reading a plan's comparison with the baseline.
    Compare,
    /// Review meeting: one move at a time, with decisions.
    Review,
    /// A talent view: candidates, gaps, 9-box, workload, retirements or a unit dashboard.
    Talent,
    /// Choosing a person's readiness (siap, ragu, menolak, belum dinilai).
    Readiness,
    /// Writing a multi-line note on a person.
    Note,
}

/// What the mouse did, in screen cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    /// Left button pressed.
    Down,
    /// Moved with the left button held.
    Drag,
    /// Left button released.
    Up,
    /// Wheel up.
    ScrollUp,
    /// Wheel down.
    ScrollDown,
}

/// A user intention, independent of the key that expressed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Selection one row up.
    Up,
    /// Selection one row down.
    Down,
    /// Selection one screen up.
    PageUp,
    /// Selection one screen down.
    PageDown,
    /// First row.
    Home,
    /// Last row.
    End,
    /// Open the selected node, or step into it when already open.
    Expand,
    /// Close the selected node, or go to its parent when already closed.
    Collapse,
    /// Go to the parent node.
    ToParent,
    /// Open the selected node and everything below it.
    ExpandSubtree,
    /// Close the selected node and everything below it.
    CollapseSubtree,
    /// Show the details pane over the whole body (narrow screens) or back.
    ToggleDetails,
    /// Scroll the details pane up.
    DetailsUp,
    /// Scroll the details pane down.
    DetailsDown,
    /// Open the lookup line.
    OpenSearch,
    /// One typed character of the query.
    SearchInput(char),
    /// Delete the last character of the query.
    SearchBackspace,
    /// Empty the query.
    SearchClear,
    /// Previous result.
    SearchUp,
    /// Next result.
    SearchDown,
    /// Jump to the chosen result.
    SearchAccept,
    /// Close the lookup and return to where the selection was.
    SearchCancel,
    /// Show the keys of the current mode.
    Help,
    /// Close the help overlay.
    CloseHelp,
    /// Scroll the help overlay up.
    HelpUp,
    /// Scroll the help overlay down.
    HelpDown,
    /// Leave the app.
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The oldest message on screen has been read long enough.
    DismissToast,
    /// Mark or unmark the selected person for moving.
    ToggleMark,
    /// Pick up the marked people, or the selected one.
    PickUp,
    /// Drop what is carried on the row under the cursor.
    Drop,
    /// Put everything carried back.
    CancelCarry,
    /// Take the plan's last move back.
    Undo,
    /// Bring the last undone move back.
    Redo,
    /// Turn mouse capture on or off (off lets the terminal select text).
    ToggleMouse,
    /// A mouse event at a column and row.
    Mouse(MouseKind, u16, u16),
    /// Open the plans view.
    OpenPlans,
    /// Close the current view and go back.
    Close,
    /// Make the selected plan the active one.
    PlanSwitch,
    /// Show the baseline (no active plan).
    PlanBaseline,
    /// Create a new plan.
    PlanNew,
    /// Rename the selected plan.
    PlanRename,
    /// Copy the selected plan under a new name.
    PlanDuplicate,
    /// Delete the selected plan (asks first).
    PlanDelete,
    /// Compare the selected plan with the baseline.
    PlanCompare,
    /// Start the review meeting of the selected plan.
    PlanReview,
    /// Apply the selected plan to the baseline (asks first).
    PlanApply,
    /// Accept the typed line.
    PromptAccept,
    /// Yes.
    ConfirmYes,
    /// No.
    ConfirmNo,
    /// Record a decision on the move shown.
    Decide(Decision),
    /// Hide or show NIPs on the review screen.
    ToggleMask,
    /// Candidates for the selected position (or the seat of the selected person).
    OpenCandidates,
    /// Competency gaps and training needs of the selected unit's subtree.
    OpenGaps,
    /// The 9-box talent map of the selected unit's subtree.
    OpenNineBox,
    /// Workload-based formation of the selected unit's subtree.
    OpenWorkload,
    /// Retirement outlook of the selected unit's subtree.
    OpenRetirements,
    /// The dashboard of the selected unit.
    OpenDashboard,
    /// Enter in a talent view: pick up a candidate, open a box, go to a row in the tree.
    Choose,
    /// One column left (the 9-box grid).
    Left,
    /// One column right (the 9-box grid).
    Right,
    /// Switch between a view's lists (gaps: needs or people).
    SwitchList,
    /// Turn a candidate filter on or off.
    ToggleFilter(CandidateToggle),
    /// Raise (`true`) or lower the minimum rank of candidates.
    MinRank(bool),
    /// Open the readiness choice for the selected person.
    OpenReadiness,
    /// Set the readiness of the person being rated (`None`: belum dinilai).
    SetReadiness(Option<crate::domain::Readiness>),
    /// Open the note editor for the selected person.
    OpenNote,
    /// A key typed into the note editor.
    Edit(EditKey),
    /// Save the note being written.
    SaveNote,
}

/// The candidate filters that a key turns on and off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateToggle {
    /// Only people not yet placed.
    Unplaced,
    /// Only people in seats over their formation.
    OverFormation,
    /// Only people in the seat's unit subtree.
    SameUnit,
    /// Also people in structural seats above the seat.
    AnyLevel,
}

/// A key for the text editor, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditKey {
    pub key: ratatui_textarea::Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// What to do with a plan once it is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterLoad {
    /// Make it the active plan.
    Activate,
    /// Make it active and open the review meeting.
    Review,
    /// Show its comparison with the baseline.
    Compare,
    /// Ask to apply it to the baseline.
    Apply,
}

/// Work the runtime performs after the reducer ran (the reducer itself does no I/O).
// A handful exist per key press and are consumed at once: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
    /// Write one plan change through the store (the runtime stamps the time).
    Persist(PlanChange),
    /// Read the list of plans.
    LoadPlans,
    /// Read one plan, then do `then` with it.
    LoadPlan { name: String, then: AfterLoad },
    /// Read the baseline again (after a plan was applied to it).
    Reload,
    /// Turn the terminal's mouse reporting on or off.
    MouseCapture(bool),
    /// Add a note and/or set a readiness on one person (the runtime stamps author and time).
    Annotate {
        nip: crate::domain::Nip,
        note: Option<String>,
        /// Who writes it (the app's user).
        author: String,
        /// `Some(None)` clears the readiness (belum dinilai); `None` leaves it.
        readiness: Option<Option<crate::domain::Readiness>>,
    },
}

/// What the runtime got back from an [`Effect`]; errors are messages the screen words.
// One exists at a time, consumed at once: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Outcome {
    /// A plan change was written (or refused).
    Persisted {
        change: PlanChange,
        result: Result<Option<crate::domain::plan::Move>, crate::lang::Msg>,
    },
    /// The list of plans.
    Plans(Result<Vec<PlanSummary>, crate::lang::Msg>),
    /// A plan was read (`None`: no plan by that name any more).
    Plan {
        then: AfterLoad,
        result: Result<Option<Plan>, crate::lang::Msg>,
    },
    /// The baseline as stored now.
    Reloaded(Result<Organization, crate::lang::Msg>),
    /// A note or readiness was written (or refused).
    Annotated {
        nip: crate::domain::Nip,
        note: Option<crate::domain::Note>,
        readiness: Option<Option<crate::domain::Readiness>>,
        result: Result<(), crate::lang::Msg>,
    },
    /// A worker thread ranked this lookup query.
    Searched {
        query: String,
        ranking: crate::domain::search::Ranking,
    },
}
