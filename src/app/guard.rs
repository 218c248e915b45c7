//! Read-only presenting (`--read-only`): the actions that would change data are refused
//! with a message before any mode sees them, so nothing changes and no write is asked for.
//! The runtime refuses write effects as well (defence in depth).
//!
//! Whether an action writes is said once, in its [`super::ActionSpec`]; the guard only
//! resolves the actions whose answer depends on what is on screen.

use super::talent::Body;
use super::{Action, AppState, Effect, Mode, ModeState, Writes};

/// Whether an action would change data or start doing so (carrying, a plan prompt, a
/// decision, a note or readiness).
pub fn would_write(state: &AppState, action: Action) -> bool {
    match action.spec().writes {
        Writes::No => false,
        Writes::Yes => true,
        // Enter on a candidate picks them up for the seat.
        Writes::OnCandidate => {
            state.mode() == Mode::Talent
                && matches!(state.top(), ModeState::Talent(v) if matches!(v.body, Body::Candidates(_)))
        }
    }
}

/// Whether an effect writes to the database.
pub fn writes(effect: &Effect) -> bool {
    matches!(effect, Effect::Persist(_) | Effect::Annotate { .. })
}
