//! Confirm mode: a yes/no question before something that cannot be taken back (deleting
//! a plan, applying it to the baseline). `y` does it; `n` or Esc goes back.

use time::OffsetDateTime;

use super::{Action, AppState, Effect, ModeState};
use crate::domain::plan_ops::Application;
use crate::store::PlanChange;

/// What a yes would do, with what the question says about it (the screen words it).
#[derive(Debug, Clone)]
pub enum ConfirmFor {
    /// Delete the plan `name` and its `moves`.
    Delete { name: String, moves: usize },
    /// Apply the plan of `moves` moves as `application` found; `who` names the person of
    /// each of its conflicts, in order.
    Apply {
        plan: String,
        moves: usize,
        application: Application,
        who: Vec<String>,
    },
}

/// The question on screen.
#[derive(Debug, Clone)]
pub struct Confirm {
    pub what: ConfirmFor,
}

/// Asks, over the current mode; the answer (`y`, `n`, Esc) returns to the plans view.
pub fn open(state: &mut AppState, what: ConfirmFor) {
    state.push_mode(ModeState::Confirm(Confirm { what }));
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    match action {
        Action::ConfirmYes => {
            // Either answer returns to the plans view.
            let Some(ModeState::Confirm(c)) = state.pop_mode() else {
                state.set_mode(ModeState::Plans);
                return Vec::new();
            };
            state.set_mode(ModeState::Plans);
            let change = match c.what {
                ConfirmFor::Delete { name, .. } => PlanChange::Delete { name },
                ConfirmFor::Apply {
                    plan, application, ..
                } => PlanChange::Apply {
                    plan,
                    application,
                    at: OffsetDateTime::UNIX_EPOCH,
                },
            };
            vec![Effect::Persist(change)]
        }
        Action::ConfirmNo | Action::Close => {
            state.set_mode(ModeState::Plans);
            Vec::new()
        }
        _ => Vec::new(),
    }
}
