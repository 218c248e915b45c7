//! The key map as data: which key does what in each mode.
//!
//! Order matters: within a mode, bindings are listed in the order the help overlay shows
//! them, and the first key of a binding is the one the status bar names.

use std::borrow::Cow;

use crossterm::event::{KeyCode, KeyModifiers};

use super::action::{Action, CandidateToggle, Mode};
use crate::domain::Readiness;
use crate::domain::plan::Decision;

/// A key with its modifiers (Shift is ignored for characters: `G` is already shifted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

/// One line of the key map: these keys, in this mode, mean this action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// The defaults borrow from the tables below; the settings file may replace them.
    pub keys: Cow<'static, [Key]>,
    pub action: Action,
    /// Shown in the status bar, not only in the help overlay.
    pub hint: bool,
}

const fn b(keys: &'static [Key], action: Action, hint: bool) -> Binding {
    Binding {
        keys: Cow::Borrowed(keys),
        action,
        hint,
    }
}

/// Keys that work in every mode, checked first.
pub const GLOBAL: &[Binding] = &[b(&[ctrl('c')], Action::Quit, false)];

/// Walking the tree.
pub const BROWSE: &[Binding] = &[
    b(&[c('j'), k(KeyCode::Down)], Action::Down, false),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, false),
    b(
        &[c('l'), k(KeyCode::Enter), k(KeyCode::Right)],
        Action::Expand,
        true,
    ),
    b(&[c('h'), k(KeyCode::Left)], Action::Collapse, false),
    b(&[k(KeyCode::Backspace)], Action::ToParent, false),
    b(&[k(KeyCode::PageDown), ctrl('f')], Action::PageDown, false),
    b(&[k(KeyCode::PageUp), ctrl('b')], Action::PageUp, false),
    b(&[c('g'), k(KeyCode::Home)], Action::Home, false),
    b(&[c('G'), k(KeyCode::End)], Action::End, false),
    b(&[c('*')], Action::ExpandSubtree, false),
    b(&[c('-')], Action::CollapseSubtree, false),
    b(&[c('/')], Action::OpenSearch, true),
    b(&[k(KeyCode::Tab)], Action::ToggleDetails, false),
    b(&[c('J')], Action::DetailsDown, false),
    b(&[c('K')], Action::DetailsUp, false),
    b(&[c(' ')], Action::ToggleMark, false),
    b(&[c('m')], Action::PickUp, true),
    b(&[c('u')], Action::Undo, false),
    b(&[ctrl('r')], Action::Redo, false),
    b(&[c('P')], Action::OpenPlans, true),
    b(&[c('c')], Action::OpenCandidates, false),
    b(&[c('r')], Action::OpenReadiness, false),
    b(&[c('n')], Action::OpenNote, false),
    b(&[c('d')], Action::OpenDashboard, false),
    b(&[c('9')], Action::OpenNineBox, false),
    b(&[c('t')], Action::OpenGaps, false),
    b(&[c('w')], Action::OpenWorkload, false),
    b(&[c('p')], Action::OpenRetirements, false),
    b(&[c('N')], Action::ToggleMask, false),
    b(&[c('M')], Action::ToggleMouse, false),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, true),
    b(&[c('q')], Action::Quit, true),
];

/// A talent view (candidates, gaps, 9-box, workload, retirements, dashboard).
pub const TALENT: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::Choose, true),
    b(&[c('j'), k(KeyCode::Down)], Action::Down, false),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, false),
    b(&[c('h'), k(KeyCode::Left)], Action::Left, false),
    b(&[c('l'), k(KeyCode::Right)], Action::Right, false),
    b(&[k(KeyCode::PageDown), ctrl('f')], Action::PageDown, false),
    b(&[k(KeyCode::PageUp), ctrl('b')], Action::PageUp, false),
    b(&[c('g'), k(KeyCode::Home)], Action::Home, false),
    b(&[c('G'), k(KeyCode::End)], Action::End, false),
    b(&[k(KeyCode::Tab)], Action::SwitchList, false),
    b(
        &[c('u')],
        Action::ToggleFilter(CandidateToggle::Unplaced),
        false,
    ),
    b(
        &[c('o')],
        Action::ToggleFilter(CandidateToggle::OverFormation),
        false,
    ),
    b(
        &[c('s')],
        Action::ToggleFilter(CandidateToggle::SameUnit),
        false,
    ),
    b(
        &[c('a')],
        Action::ToggleFilter(CandidateToggle::AnyLevel),
        false,
    ),
    b(&[c('+'), c('=')], Action::MinRank(true), false),
    b(&[c('-')], Action::MinRank(false), false),
    b(&[c('N')], Action::ToggleMask, false),
    b(&[k(KeyCode::Esc), c('q')], Action::Close, true),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, true),
];

/// Choosing a readiness.
pub const READINESS: &[Binding] = &[
    b(&[c('s')], Action::SetReadiness(Some(Readiness::Siap)), true),
    b(&[c('r')], Action::SetReadiness(Some(Readiness::Ragu)), true),
    b(
        &[c('m')],
        Action::SetReadiness(Some(Readiness::Menolak)),
        true,
    ),
    b(&[c('b')], Action::SetReadiness(None), true),
    b(&[c('j'), k(KeyCode::Down)], Action::Down, false),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, false),
    b(&[k(KeyCode::Enter)], Action::Choose, false),
    b(&[k(KeyCode::Esc), c('q')], Action::Close, true),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, false),
];

/// Writing a note (every other key edits the text).
pub const NOTE: &[Binding] = &[
    b(&[ctrl('s')], Action::SaveNote, true),
    b(&[k(KeyCode::Esc)], Action::Close, true),
    b(&[k(KeyCode::F(1))], Action::Help, false),
];

/// Carrying people to a new seat.
pub const CARRYING: &[Binding] = &[
    b(&[k(KeyCode::Enter), c('p')], Action::Drop, true),
    b(&[k(KeyCode::Esc)], Action::CancelCarry, true),
    b(&[c('/')], Action::OpenSearch, true),
    b(&[c('j'), k(KeyCode::Down)], Action::Down, false),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, false),
    b(&[c('l'), k(KeyCode::Right)], Action::Expand, false),
    b(&[c('h'), k(KeyCode::Left)], Action::Collapse, false),
    b(&[k(KeyCode::Backspace)], Action::ToParent, false),
    b(&[k(KeyCode::PageDown), ctrl('f')], Action::PageDown, false),
    b(&[k(KeyCode::PageUp), ctrl('b')], Action::PageUp, false),
    b(&[c('g'), k(KeyCode::Home)], Action::Home, false),
    b(&[c('G'), k(KeyCode::End)], Action::End, false),
    b(&[c('N')], Action::ToggleMask, false),
    b(&[c('M')], Action::ToggleMouse, false),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, true),
];

/// The list of plans.
pub const PLANS: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::PlanSwitch, true),
    b(&[c('n')], Action::PlanNew, true),
    b(&[c('r')], Action::PlanRename, false),
    b(&[c('c')], Action::PlanDuplicate, false),
    b(&[c('x'), k(KeyCode::Delete)], Action::PlanDelete, false),
    b(&[c('d')], Action::PlanCompare, true),
    b(&[c('v')], Action::PlanReview, true),
    b(&[c('a')], Action::PlanApply, false),
    b(&[c('b')], Action::PlanBaseline, false),
    b(&[c('j'), k(KeyCode::Down)], Action::Down, false),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, false),
    b(&[k(KeyCode::Esc), c('q')], Action::Close, true),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, false),
];

/// Typing one line (other printable characters are typed).
pub const PROMPT: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::PromptAccept, true),
    b(&[k(KeyCode::Esc)], Action::Close, true),
    b(&[k(KeyCode::Left)], Action::LineLeft, false),
    b(&[k(KeyCode::Right)], Action::LineRight, false),
    b(&[k(KeyCode::Home), ctrl('a')], Action::LineHome, false),
    b(&[k(KeyCode::End), ctrl('e')], Action::LineEnd, false),
    b(&[k(KeyCode::Backspace)], Action::SearchBackspace, false),
    b(&[k(KeyCode::Delete)], Action::LineDelete, false),
    b(&[ctrl('w')], Action::LineDeleteWord, false),
    b(&[ctrl('u')], Action::SearchClear, false),
    b(&[k(KeyCode::F(1))], Action::Help, false),
];

/// A yes/no question.
pub const CONFIRM: &[Binding] = &[
    b(&[c('y')], Action::ConfirmYes, true),
    b(&[c('n'), k(KeyCode::Esc)], Action::ConfirmNo, true),
];

/// Reading a comparison.
pub const COMPARE: &[Binding] = &[
    b(&[c('j'), k(KeyCode::Down)], Action::Down, true),
    b(&[c('k'), k(KeyCode::Up)], Action::Up, true),
    b(&[k(KeyCode::PageDown), ctrl('f')], Action::PageDown, false),
    b(&[k(KeyCode::PageUp), ctrl('b')], Action::PageUp, false),
    b(&[c('g'), k(KeyCode::Home)], Action::Home, false),
    b(&[k(KeyCode::Esc), c('q')], Action::Close, true),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, false),
];

/// The review meeting.
pub const REVIEW: &[Binding] = &[
    b(&[c('s')], Action::Decide(Decision::Setuju), true),
    b(&[c('t')], Action::Decide(Decision::Tunda), true),
    b(&[c('x')], Action::Decide(Decision::Tolak), true),
    b(
        &[c('j'), k(KeyCode::Down), k(KeyCode::Right)],
        Action::Down,
        true,
    ),
    b(
        &[c('k'), k(KeyCode::Up), k(KeyCode::Left)],
        Action::Up,
        false,
    ),
    b(&[c('N'), c('n')], Action::ToggleMask, true),
    b(&[k(KeyCode::Esc), c('q')], Action::Close, true),
    b(&[c('?'), k(KeyCode::F(1))], Action::Help, false),
];

/// Typing a lookup query (other printable characters are typed into the query).
pub const SEARCH: &[Binding] = &[
    b(&[k(KeyCode::Enter)], Action::SearchAccept, true),
    b(&[k(KeyCode::Esc)], Action::SearchCancel, true),
    b(&[k(KeyCode::Down), ctrl('n')], Action::SearchDown, true),
    b(&[k(KeyCode::Up), ctrl('p')], Action::SearchUp, true),
    b(&[k(KeyCode::Left)], Action::LineLeft, false),
    b(&[k(KeyCode::Right)], Action::LineRight, false),
    b(&[k(KeyCode::Home), ctrl('a')], Action::LineHome, false),
    b(&[k(KeyCode::End), ctrl('e')], Action::LineEnd, false),
    b(&[k(KeyCode::Backspace)], Action::SearchBackspace, false),
    b(&[k(KeyCode::Delete)], Action::LineDelete, false),
    b(&[ctrl('w')], Action::LineDeleteWord, false),
    b(&[ctrl('u')], Action::SearchClear, false),
    b(&[k(KeyCode::F(1))], Action::Help, false),
];

/// Reading the help overlay.
pub const HELP: &[Binding] = &[
    b(
        &[k(KeyCode::Esc), c('?'), c('q'), k(KeyCode::Enter)],
        Action::CloseHelp,
        true,
    ),
    b(&[c('j'), k(KeyCode::Down)], Action::HelpDown, true),
    b(&[c('k'), k(KeyCode::Up)], Action::HelpUp, true),
];

/// The bindings of one mode (without the global ones).
pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Browse => BROWSE,
        Mode::Search => SEARCH,
        Mode::Help => HELP,
        Mode::Carrying => CARRYING,
        Mode::Plans => PLANS,
        Mode::Prompt => PROMPT,
        Mode::Confirm => CONFIRM,
        Mode::Compare => COMPARE,
        Mode::Review => REVIEW,
        Mode::Talent => TALENT,
        Mode::Readiness => READINESS,
        Mode::Note => NOTE,
    }
}

/// Every mode, in the order the help overlay may list them.
pub const MODES: [Mode; 12] = [
    Mode::Browse,
    Mode::Talent,
    Mode::Readiness,
    Mode::Note,
    Mode::Carrying,
    Mode::Plans,
    Mode::Review,
    Mode::Compare,
    Mode::Prompt,
    Mode::Confirm,
    Mode::Search,
    Mode::Help,
];

/// Whether printable characters are typed as text in this mode.
pub fn types_text(mode: Mode) -> bool {
    matches!(mode, Mode::Search | Mode::Prompt)
}
