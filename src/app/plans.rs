//! Plans mode (`P`): the list of plans; switch, create, rename, duplicate, delete (asks
//! first), compare, review, apply (asks first), or go back to the baseline.

use super::confirm::{self, ConfirmFor};
use super::prompt::{self, PromptFor};
use super::{Action, AfterLoad, AppState, Effect, ModeState, active};
use crate::lang::tr;
use crate::store::PlanSummary;

/// The list as last read from the store, and the cursor in it.
#[derive(Debug, Clone, Default)]
pub struct PlansView {
    pub list: Vec<PlanSummary>,
    pub cursor: usize,
}

impl PlansView {
    /// The plan under the cursor.
    pub fn selected(&self) -> Option<&PlanSummary> {
        self.list.get(self.cursor)
    }

    /// Takes a fresh list, keeping the cursor on the same plan when it is still there.
    pub fn set(&mut self, list: Vec<PlanSummary>, prefer: Option<&str>) {
        let keep = prefer
            .map(str::to_string)
            .or_else(|| self.selected().map(|p| p.name.clone()));
        self.list = list;
        if let Some(i) = keep.and_then(|n| self.list.iter().position(|p| p.name == n)) {
            self.cursor = i;
        }
        self.cursor = self.cursor.min(self.list.len().saturating_sub(1));
    }
}

/// A default name for a new plan that no listed plan has yet.
pub fn free_name(state: &AppState) -> String {
    let taken = |n: &str| state.plans.list.iter().any(|p| p.name == n);
    let mut i = state.plans.list.len() + 1;
    loop {
        // A name the planner may keep: in the screen's language.
        let name = tr!(state.lang, "ui-plan-default-name", number = i.to_string()).into_owned();
        if !taken(&name) {
            return name;
        }
        i += 1;
    }
}

/// `P`: opens the view on the active plan and asks for a fresh list.
pub fn open(state: &mut AppState) -> Vec<Effect> {
    state.set_mode(ModeState::Plans);
    if let Some(name) = active::name(state).map(str::to_string)
        && let Some(i) = state.plans.list.iter().position(|p| p.name == name)
    {
        state.plans.cursor = i;
    }
    vec![Effect::LoadPlans]
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    let selected = state.plans.selected().map(|p| p.name.clone());
    let load = |then| match &selected {
        Some(name) => vec![Effect::LoadPlan {
            name: name.clone(),
            then,
        }],
        None => Vec::new(),
    };
    match action {
        Action::Up => state.plans.cursor = state.plans.cursor.saturating_sub(1),
        Action::Down => {
            state.plans.cursor =
                (state.plans.cursor + 1).min(state.plans.list.len().saturating_sub(1));
        }
        Action::Home => state.plans.cursor = 0,
        Action::End => state.plans.cursor = state.plans.list.len().saturating_sub(1),
        Action::Close => state.set_mode(ModeState::Browse),
        Action::Help => super::open_help(state),
        Action::PlanBaseline => {
            active::deactivate(state);
            state.marked.clear();
            state.set_mode(ModeState::Browse);
            state.toast(super::Notice::OnBaseline);
        }
        Action::PlanNew => {
            state.pending_carry.clear();
            let name = free_name(state);
            prompt::open(state, PromptFor::NewPlan, name);
        }
        Action::PlanRename => {
            if let Some(from) = selected {
                prompt::open(state, PromptFor::Rename { from: from.clone() }, from);
            }
        }
        Action::PlanDuplicate => {
            if let Some(from) = selected {
                let to = tr!(state.lang, "ui-plan-copy-name", from = from.as_str()).into_owned();
                prompt::open(state, PromptFor::Duplicate { from }, to);
            }
        }
        Action::PlanDelete => {
            if let Some(p) = state.plans.selected().cloned() {
                confirm::open(
                    state,
                    ConfirmFor::Delete {
                        name: p.name.clone(),
                        moves: p.moves,
                    },
                );
            }
        }
        Action::PlanSwitch => return load(AfterLoad::Activate),
        Action::PlanCompare => return load(AfterLoad::Compare),
        Action::PlanReview => return load(AfterLoad::Review),
        Action::PlanApply => return load(AfterLoad::Apply),
        _ => {}
    }
    Vec::new()
}
