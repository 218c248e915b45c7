//! Read-only presenting (`--read-only`): the actions that would change data are refused
//! with a message before any mode sees them, so nothing changes and no write is asked for.
//! The runtime refuses write effects as well (defence in depth).

use super::talent::Body;
use super::{Action, AppState, Effect, Mode};

/// Whether an action would change data or start doing so (carrying, a plan prompt, a
/// decision, a note or readiness).
pub fn would_write(state: &AppState, action: Action) -> bool {
    match action {
        Action::PickUp
        | Action::Drop
        | Action::Undo
        | Action::Redo
        | Action::PlanNew
        | Action::PlanRename
        | Action::PlanDuplicate
        | Action::PlanDelete
        | Action::PlanApply
        | Action::Decide(_)
        | Action::OpenReadiness
        | Action::SetReadiness(_)
        | Action::OpenNote
        | Action::SaveNote
        | Action::PromptAccept
        | Action::ConfirmYes => true,
        // Enter on a candidate picks them up for the seat.
        Action::Choose => {
            state.mode == Mode::Talent
                && state
                    .talent
                    .as_ref()
                    .is_some_and(|v| matches!(v.body, Body::Candidates(_)))
        }
        _ => false,
    }
}

/// Whether an effect writes to the database.
pub fn writes(effect: &Effect) -> bool {
    matches!(effect, Effect::Persist(_) | Effect::Annotate { .. })
}
