//! Help mode: the overlay listing the keys of the mode it was opened from. It sits over
//! the mode stack, so closing it returns to that mode with its state as it was.

use super::{Action, AppState};

pub(super) fn update(state: &mut AppState, action: Action) {
    match action {
        Action::CloseHelp | Action::Help => state.modes.help = None,
        Action::HelpUp => {
            if let Some(h) = state.modes.help.as_mut() {
                h.scroll = h.scroll.saturating_sub(1);
            }
        }
        Action::HelpDown => {
            if let Some(h) = state.modes.help.as_mut() {
                h.scroll = h.scroll.saturating_add(1);
            }
        }
        _ => {}
    }
}
