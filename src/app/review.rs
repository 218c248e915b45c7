//! Review meeting mode: the active plan's moves one at a time, large and readable, with
//! NIPs masked on request (the app-wide mask); `s`/`t`/`x` record setuju/tunda/tolak (then an optional remark).

use super::prompt::{self, PromptFor};
use super::{Action, AppState, Effect, ModeState};

/// Which move is shown (masking is the app-wide `AppState::masked`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReviewState {
    pub index: usize,
}

/// Opens the meeting on the first undecided move (or the first move).
pub fn open(state: &mut AppState) {
    let first = state
        .active
        .as_ref()
        .and_then(|a| a.plan.moves.iter().position(|m| m.review.is_none()))
        .unwrap_or(0);
    state.set_mode(ModeState::Review(ReviewState { index: first }));
}

fn count(state: &AppState) -> usize {
    state.active.as_ref().map_or(0, |a| a.plan.moves.len())
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    let n = count(state);
    let Some(review) = state.modes.review_mut() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    match action {
        Action::Down => review.index = (review.index + 1).min(n.saturating_sub(1)),
        Action::Up => review.index = review.index.saturating_sub(1),
        Action::Home => review.index = 0,
        Action::End => review.index = n.saturating_sub(1),
        Action::Decide(decision) if review.index < n => {
            let index = review.index;
            prompt::open(state, PromptFor::Remark { index, decision }, String::new());
        }
        Action::Close => state.set_mode(ModeState::Browse),
        Action::Help => super::open_help(state),
        _ => {}
    }
    Vec::new()
}
