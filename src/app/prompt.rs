//! Prompt mode: typing one line (a plan's name, the reason of a drop, a review remark).
//! Enter accepts (an empty reason or remark is skipped), Esc goes back.

use time::OffsetDateTime;

use super::input_line::{Edited, InputLine};
use super::{Action, AppState, Effect, ModeState, active, carrying};
use crate::domain::PositionIx;
use crate::domain::plan::{Decision, Review};
use crate::domain::plan_ops::check_plan_name;
use crate::store::PlanChange;

/// Longest line a prompt takes, in characters.
pub const PROMPT_MAX: usize = 200;

/// What the typed line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    /// The name of a new plan (then the people in `pending_carry` are picked up).
    NewPlan,
    /// A new name for a plan.
    Rename { from: String },
    /// The name of a copy of a plan.
    Duplicate { from: String },
    /// The optional reason of a drop on a seat (`None` = unplace).
    Reason { to: Option<PositionIx> },
    /// The optional remark of a review decision on move `index`.
    Remark { index: usize, decision: Decision },
}

/// The line being typed, and what it is for (Esc returns to the mode it was opened over).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub purpose: PromptFor,
    /// The text and its cursor.
    pub line: InputLine,
}

impl Prompt {
    /// The text typed so far.
    pub fn text(&self) -> &str {
        self.line.text()
    }
}

/// Opens a prompt with some text already typed, over the current mode.
pub fn open(state: &mut AppState, purpose: PromptFor, text: String) {
    let line = InputLine::with_text(&text, PROMPT_MAX);
    state.push_mode(ModeState::Prompt(Prompt { purpose, line }));
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(p) = state.modes.prompt_mut() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    if p.line.apply(action) != Edited::NotAnEdit {
        return Vec::new();
    }
    match action {
        Action::Close => {
            if matches!(p.purpose, PromptFor::NewPlan) {
                state.pending_carry.clear();
            }
            state.pop_mode();
        }
        Action::PromptAccept => return accept(state),
        Action::Help => super::open_help(state),
        _ => {}
    }
    Vec::new()
}

fn accept(state: &mut AppState) -> Vec<Effect> {
    let Some(p) = state.prompt().cloned() else {
        return Vec::new();
    };
    let text = p.text().to_string();
    let typed = text.trim().to_string();
    let optional = (!typed.is_empty()).then(|| typed.clone());
    let needs_name = matches!(
        p.purpose,
        PromptFor::NewPlan | PromptFor::Rename { .. } | PromptFor::Duplicate { .. }
    );
    if needs_name && let Err(why) = check_plan_name(&text) {
        state.toast(super::Notice::Refused(why.msg()));
        return Vec::new();
    }
    state.pop_mode();
    let at = OffsetDateTime::UNIX_EPOCH;
    match p.purpose {
        PromptFor::NewPlan => {
            vec![Effect::Persist(PlanChange::Create {
                name: text,
                by: state.user.clone(),
                at,
            })]
        }
        PromptFor::Rename { from } => {
            vec![Effect::Persist(PlanChange::Rename { from, to: text })]
        }
        PromptFor::Duplicate { from } => vec![Effect::Persist(PlanChange::Duplicate {
            from,
            to: text,
            by: state.user.clone(),
            at,
        })],
        PromptFor::Reason { to } => carrying::finish_drop(state, to, optional),
        PromptFor::Remark { index, decision } => {
            let Some(plan) = active::name(state).map(str::to_string) else {
                return Vec::new();
            };
            vec![Effect::Persist(PlanChange::Decide {
                plan,
                index,
                review: Some(Review {
                    decision,
                    remark: optional,
                    by: state.user.clone(),
                    at,
                }),
            })]
        }
    }
}
