//! Confirm mode: a yes/no question before something that cannot be taken back (deleting
//! a plan, applying it to the baseline). `y` does it; `n` or Esc goes back.

use time::OffsetDateTime;

use super::{Action, AppState, Effect, Mode};
use crate::domain::plan_ops::Application;
use crate::store::PlanChange;

/// What a yes would do.
#[derive(Debug, Clone)]
pub enum ConfirmFor {
    Delete(String),
    Apply(String, Application),
}

/// The question on screen: a title line and the lines that explain it.
#[derive(Debug, Clone)]
pub struct Confirm {
    pub what: ConfirmFor,
    pub title: String,
    pub lines: Vec<String>,
}

/// Asks; the answer comes back through `update`.
pub fn open(state: &mut AppState, what: ConfirmFor, title: String, lines: Vec<String>) {
    state.confirm = Some(Confirm { what, title, lines });
    state.mode = Mode::Confirm;
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    match action {
        Action::ConfirmYes => {
            let Some(c) = state.confirm.take() else {
                state.mode = Mode::Plans;
                return Vec::new();
            };
            state.mode = Mode::Plans;
            let change = match c.what {
                ConfirmFor::Delete(name) => PlanChange::Delete { name },
                ConfirmFor::Apply(plan, application) => PlanChange::Apply {
                    plan,
                    application,
                    at: OffsetDateTime::UNIX_EPOCH,
                },
            };
            vec![Effect::Persist(change)]
        }
        Action::ConfirmNo | Action::Close => {
            state.confirm = None;
            state.mode = Mode::Plans;
            Vec::new()
        }
        _ => Vec::new(),
    }
}
