//! The semantic vocabulary shared by the key map and the app: modes, actions and what
//! each action is ([`Action::spec`]).
//!
//! Keys never reach the reducer: `input` turns them into [`Action`]s, so tests, the help
//! overlay and the mouse all speak the same language. The vocabulary sits here, below the
//! app, so the key map names it without importing the app.

use crate::domain::Readiness;
use crate::domain::plan::Decision;

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
    /// Delete the character before the cursor.
    SearchBackspace,
    /// Delete from the start of the line to the cursor.
    SearchClear,
    /// Cursor one character left in the line being typed.
    LineLeft,
    /// Cursor one character right in the line being typed.
    LineRight,
    /// Cursor to the start of the line being typed.
    LineHome,
    /// Cursor to the end of the line being typed.
    LineEnd,
    /// Delete the character under the cursor.
    LineDelete,
    /// Delete the word before the cursor.
    LineDeleteWord,
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

/// Where an action comes from and what it does, in one place: the settings file's name,
/// the words of the help overlay and the status bar, whether it writes, and the modes
/// whose key map has it. Help, hints, `config keys` and the read-only guard read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionSpec {
    /// The name in the settings file (`[keys.browse] candidates = "C"`); `None` for what
    /// no key can mean (typed text, mouse, resize).
    pub name: Option<&'static str>,
    /// The message id of what the help overlay says it does.
    pub label: &'static str,
    /// The message id of the status bar's short hint (`None`: the label).
    pub hint: Option<&'static str>,
    /// Whether it changes data (refused while presenting).
    pub writes: Writes,
    /// The modes whose default key table binds it (besides the global keys).
    pub modes: &'static [Mode],
}

/// Whether an action changes data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// Never.
    No,
    /// Always, or it starts doing so (carrying, a plan prompt, a decision, a note).
    Yes,
    /// Only where it picks up a candidate (Enter on the candidates list): the app decides.
    OnCandidate,
}

const fn spec(
    name: Option<&'static str>,
    label: &'static str,
    hint: Option<&'static str>,
    writes: Writes,
    modes: &'static [Mode],
) -> ActionSpec {
    ActionSpec {
        name,
        label,
        hint,
        writes,
        modes,
    }
}

impl Action {
    /// Everything known about this action (exhaustive: a new action must say it all). A
    /// table, one action a line: name, label, hint, writes, modes.
    #[rustfmt::skip]
    pub const fn spec(self) -> ActionSpec {
        use Action as A;
        use Mode as M;
        use Writes::{No, OnCandidate, Yes};
        match self {
            A::Up => spec(Some("up"), "ui-action-up", Some("ui-action-up.hint"), No, &[M::Browse, M::Talent, M::Readiness, M::Carrying, M::Plans, M::Compare, M::Review]),
            A::Down => spec(Some("down"), "ui-action-down", Some("ui-action-down.hint"), No, &[M::Browse, M::Talent, M::Readiness, M::Carrying, M::Plans, M::Compare, M::Review]),
            A::PageUp => spec(Some("page_up"), "ui-action-page-up", None, No, &[M::Browse, M::Talent, M::Carrying, M::Compare]),
            A::PageDown => spec(Some("page_down"), "ui-action-page-down", None, No, &[M::Browse, M::Talent, M::Carrying, M::Compare]),
            A::Home => spec(Some("home"), "ui-action-home", None, No, &[M::Browse, M::Talent, M::Carrying, M::Compare]),
            A::End => spec(Some("end"), "ui-action-end", None, No, &[M::Browse, M::Talent, M::Carrying]),
            A::Expand => spec(Some("expand"), "ui-action-expand", Some("ui-action-expand.hint"), No, &[M::Browse, M::Carrying]),
            A::Collapse => spec(Some("collapse"), "ui-action-collapse", Some("ui-action-collapse.hint"), No, &[M::Browse, M::Carrying]),
            A::ToParent => spec(Some("parent"), "ui-action-to-parent", None, No, &[M::Browse, M::Carrying]),
            A::ExpandSubtree => spec(Some("expand_all"), "ui-action-expand-subtree", None, No, &[M::Browse]),
            A::CollapseSubtree => spec(Some("collapse_all"), "ui-action-collapse-subtree", None, No, &[M::Browse]),
            A::ToggleDetails => spec(Some("details"), "ui-action-toggle-details", Some("ui-action-toggle-details.hint"), No, &[M::Browse]),
            A::DetailsUp => spec(Some("details_up"), "ui-action-details-up", None, No, &[M::Browse]),
            A::DetailsDown => spec(Some("details_down"), "ui-action-details-down", None, No, &[M::Browse]),
            A::OpenSearch => spec(Some("search"), "ui-action-open-search", Some("ui-action-open-search.hint"), No, &[M::Browse, M::Carrying]),
            A::SearchInput(_) => spec(None, "ui-action-search-input", None, No, &[]), A::SearchBackspace => spec( Some("backspace"), "ui-action-search-backspace", None, No, &[M::Prompt, M::Search]),
            A::SearchClear => spec(Some("clear"), "ui-action-search-clear", None, No, &[M::Prompt, M::Search]),
            A::LineLeft => spec(Some("cursor_left"), "ui-action-line-left", None, No, &[M::Prompt, M::Search]),
            A::LineRight => spec(Some("cursor_right"), "ui-action-line-right", None, No, &[M::Prompt, M::Search]),
            A::LineHome => spec(Some("line_start"), "ui-action-line-home", None, No, &[M::Prompt, M::Search]),
            A::LineEnd => spec(Some("line_end"), "ui-action-line-end", None, No, &[M::Prompt, M::Search]),
            A::LineDelete => spec(Some("delete"), "ui-action-line-delete", None, No, &[M::Prompt, M::Search]),
            A::LineDeleteWord => spec(Some("delete_word"), "ui-action-line-delete-word", None, No, &[M::Prompt, M::Search]),
            A::SearchUp => spec(Some("previous"), "ui-action-search-up", Some("ui-action-search-up.hint"), No, &[M::Search]),
            A::SearchDown => spec(Some("next"), "ui-action-search-down", Some("ui-action-search-down.hint"), No, &[M::Search]),
            A::SearchAccept => spec(Some("accept"), "ui-action-search-accept", Some("ui-action-search-accept.hint"), No, &[M::Search]),
            A::SearchCancel => spec(Some("cancel"), "ui-action-search-cancel", Some("ui-action-search-cancel.hint"), No, &[M::Search]),
            A::Help => spec(Some("help"), "ui-action-help", Some("ui-action-help.hint"), No, &[M::Browse, M::Talent, M::Readiness, M::Note, M::Carrying, M::Plans, M::Prompt, M::Compare, M::Review, M::Search]),
            A::CloseHelp => spec(Some("close"), "ui-action-close-help", Some("ui-action-close-help.hint"), No, &[M::Help]),
            A::HelpUp => spec(Some("up"), "ui-action-help-up", Some("ui-action-help-up.hint"), No, &[M::Help]),
            A::HelpDown => spec(Some("down"), "ui-action-help-down", Some("ui-action-help-down.hint"), No, &[M::Help]),
            A::Quit => spec(Some("quit"), "ui-action-quit", Some("ui-action-quit.hint"), No, &[M::Browse]),
            A::Resize(..) => spec(None, "ui-action-resize", None, No, &[]), A::DismissToast => spec(None, "ui-action-dismiss-toast", None, No, &[]), A::ToggleMark => spec( Some("mark"), "ui-action-toggle-mark", None, No, &[M::Browse]),
            A::PickUp => spec(Some("pick_up"), "ui-action-pick-up", Some("ui-action-pick-up.hint"), Yes, &[M::Browse]),
            A::Drop => spec(Some("drop"), "ui-action-drop", Some("ui-action-drop.hint"), Yes, &[M::Carrying]),
            A::CancelCarry => spec(Some("cancel"), "ui-action-cancel-carry", Some("ui-action-cancel-carry.hint"), No, &[M::Carrying]),
            A::Undo => spec(Some("undo"), "ui-action-undo", None, Yes, &[M::Browse]),
            A::Redo => spec(Some("redo"), "ui-action-redo", None, Yes, &[M::Browse]),
            A::ToggleMouse => spec(Some("mouse"), "ui-action-toggle-mouse", None, No, &[M::Browse, M::Carrying]),
            A::Mouse(..) => spec(None, "ui-action-mouse-event", None, No, &[]), A::OpenPlans => spec( Some("plans"), "ui-action-open-plans", Some("ui-action-open-plans.hint"), No, &[M::Browse]),
            A::Close => spec(Some("close"), "ui-action-close", Some("ui-action-close.hint"), No, &[M::Talent, M::Readiness, M::Note, M::Plans, M::Prompt, M::Compare, M::Review]),
            A::PlanSwitch => spec(Some("switch"), "ui-action-plan-switch", Some("ui-action-plan-switch.hint"), No, &[M::Plans]),
            A::PlanBaseline => spec(Some("baseline"), "ui-action-plan-baseline", None, No, &[M::Plans]),
            A::PlanNew => spec(Some("new"), "ui-action-plan-new", Some("ui-action-plan-new.hint"), Yes, &[M::Plans]),
            A::PlanRename => spec(Some("rename"), "ui-action-plan-rename", None, Yes, &[M::Plans]),
            A::PlanDuplicate => spec(Some("duplicate"), "ui-action-plan-duplicate", None, Yes, &[M::Plans]),
            A::PlanDelete => spec(Some("delete"), "ui-action-plan-delete", None, Yes, &[M::Plans]),
            A::PlanCompare => spec(Some("compare"), "ui-action-plan-compare", Some("ui-action-plan-compare.hint"), No, &[M::Plans]),
            A::PlanReview => spec(Some("review"), "ui-action-plan-review", Some("ui-action-plan-review.hint"), No, &[M::Plans]),
            A::PlanApply => spec(Some("apply"), "ui-action-plan-apply", None, Yes, &[M::Plans]),
            A::PromptAccept => spec(Some("accept"), "ui-action-prompt-accept", Some("ui-action-prompt-accept.hint"), Yes, &[M::Prompt]),
            A::ConfirmYes => spec(Some("yes"), "ui-action-confirm-yes", Some("ui-action-confirm-yes.hint"), Yes, &[M::Confirm]),
            A::ConfirmNo => spec(Some("no"), "ui-action-confirm-no", Some("ui-action-confirm-no.hint"), No, &[M::Confirm]),
            A::Decide(Decision::Setuju) => spec(Some("setuju"), "ui-action-decide-setuju", None, Yes, &[M::Review]),
            A::Decide(Decision::Tunda) => spec(Some("tunda"), "ui-action-decide-tunda", None, Yes, &[M::Review]),
            A::Decide(Decision::Tolak) => spec(Some("tolak"), "ui-action-decide-tolak", None, Yes, &[M::Review]),
            A::ToggleMask => spec(Some("mask"), "ui-action-toggle-mask", Some("ui-action-toggle-mask.hint"), No, &[M::Browse, M::Talent, M::Carrying, M::Review]),
            A::OpenCandidates => spec(Some("candidates"), "ui-action-open-candidates", Some("ui-action-open-candidates.hint"), No, &[M::Browse]),
            A::OpenGaps => spec(Some("gaps"), "ui-action-open-gaps", None, No, &[M::Browse]),
            A::OpenNineBox => spec(Some("ninebox"), "ui-action-open-nine-box", None, No, &[M::Browse]),
            A::OpenWorkload => spec(Some("workload"), "ui-action-open-workload", None, No, &[M::Browse]),
            A::OpenRetirements => spec(Some("retirements"), "ui-action-open-retirements", None, No, &[M::Browse]),
            A::OpenDashboard => spec(Some("dashboard"), "ui-action-open-dashboard", None, No, &[M::Browse]),
            A::Choose => spec(Some("choose"), "ui-action-choose", Some("ui-action-choose.hint"), OnCandidate, &[M::Talent, M::Readiness]),
            A::Left => spec(Some("left"), "ui-action-left", None, No, &[M::Talent]),
            A::Right => spec(Some("right"), "ui-action-right", None, No, &[M::Talent]),
            A::SwitchList => spec(Some("switch_list"), "ui-action-switch-list", None, No, &[M::Talent]),
            A::ToggleFilter(CandidateToggle::Unplaced) => spec(Some("filter_unplaced"), "ui-action-filter-unplaced", None, No, &[M::Talent]),
            A::ToggleFilter(CandidateToggle::OverFormation) => spec(Some("filter_over_formation"), "ui-action-filter-over-formation", None, No, &[M::Talent]),
            A::ToggleFilter(CandidateToggle::SameUnit) => spec(Some("filter_same_unit"), "ui-action-filter-same-unit", None, No, &[M::Talent]),
            A::ToggleFilter(CandidateToggle::AnyLevel) => spec(Some("filter_any_level"), "ui-action-filter-any-level", None, No, &[M::Talent]),
            A::MinRank(true) => spec(Some("rank_up"), "ui-action-min-rank-up", None, No, &[M::Talent]),
            A::MinRank(false) => spec(Some("rank_down"), "ui-action-min-rank-down", None, No, &[M::Talent]),
            A::OpenReadiness => spec(Some("readiness"), "ui-action-open-readiness", None, Yes, &[M::Browse]),
            A::SetReadiness(Some(Readiness::Siap)) => spec(Some("siap"), "ui-action-set-readiness-siap", None, Yes, &[M::Readiness]),
            A::SetReadiness(Some(Readiness::Ragu)) => spec(Some("ragu"), "ui-action-set-readiness-ragu", None, Yes, &[M::Readiness]),
            A::SetReadiness(Some(Readiness::Menolak)) => spec(Some("menolak"), "ui-action-set-readiness-menolak", None, Yes, &[M::Readiness]),
            A::SetReadiness(None) => spec(Some("belum"), "ui-action-set-readiness-none", None, Yes, &[M::Readiness]),
            A::OpenNote => spec(Some("note"), "ui-action-open-note", None, Yes, &[M::Browse]),
            A::Edit(_) => spec(None, "ui-action-edit", None, No, &[]), A::SaveNote => spec( Some("save"), "ui-action-save-note", Some("ui-action-save-note.hint"), Yes, &[M::Note]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::keys::{GLOBAL, MODES, bindings};
    use crate::lang::{Lang, Localizer};

    /// Every action some default key means, once each.
    fn bound() -> Vec<Action> {
        let mut out: Vec<Action> = Vec::new();
        let all = MODES.iter().flat_map(|&m| bindings(m).iter()).chain(GLOBAL);
        for b in all {
            if !out.contains(&b.action) {
                out.push(b.action);
            }
        }
        out
    }

    #[test]
    fn the_modes_of_an_action_are_the_modes_whose_table_binds_it() {
        for a in bound() {
            for mode in MODES {
                let in_table = bindings(mode).iter().any(|b| b.action == a);
                assert_eq!(
                    a.spec().modes.contains(&mode),
                    in_table,
                    "{a:?} in {mode:?}: the spec and the key table disagree"
                );
            }
        }
    }

    #[test]
    fn every_bound_action_has_a_name_and_every_named_one_a_mode() {
        for a in bound() {
            assert!(a.spec().name.is_some(), "{a:?} has a key but no name");
        }
        for a in [
            Action::SearchInput('x'),
            Action::Resize(1, 1),
            Action::DismissToast,
            Action::Mouse(MouseKind::Up, 0, 0),
        ] {
            let s = a.spec();
            assert!(s.name.is_none() && s.modes.is_empty(), "{a:?}");
            assert_eq!(s.writes, Writes::No, "{a:?}");
        }
    }

    #[test]
    fn labels_and_hints_exist_in_every_language() {
        let l = Localizer::builtin();
        let mut all = bound();
        all.extend([Action::SearchInput('x'), Action::Resize(1, 1)]);
        for a in all {
            let s = a.spec();
            for lang in Lang::ALL {
                assert!(l.has(lang.code(), s.label), "{a:?}: {}", s.label);
                let attr = format!("{}.hint", s.label);
                // The spec names the hint exactly when the resource has one.
                assert_eq!(
                    s.hint.map(str::to_owned),
                    l.has(lang.code(), &attr).then_some(attr),
                    "{a:?} in {lang:?}"
                );
            }
        }
    }
}
