//! Help mode: the overlay listing the keys of the mode it was opened from.

use super::{Action, AppState};

pub(super) fn update(state: &mut AppState, action: Action) {
    match action {
        Action::CloseHelp | Action::Help => state.mode = state.help_for,
        Action::HelpUp => state.help_scroll = state.help_scroll.saturating_sub(1),
        Action::HelpDown => state.help_scroll = state.help_scroll.saturating_add(1),
        _ => {}
    }
}
