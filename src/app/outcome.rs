//! What the runtime did with an effect comes back here: a persisted change updates the
//! view (incrementally), a refusal becomes a message and changes nothing.

use super::{AfterLoad, AppState, Derived, Effect, Mode, Outcome, TreeView, active, carrying};
use super::{compare, confirm, review};
use crate::domain::plan::Plan;
use crate::domain::plan_ops::prepare_apply;
use crate::store::PlanChange;
use crate::ui::text;

/// The second half of the reducer: takes an [`Outcome`]; pure like [`super::update`].
pub fn feedback(state: &mut AppState, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::Persisted { change, result } => match result {
            Ok(m) => persisted(state, change, m),
            Err(msg) => {
                if matches!(change, PlanChange::Create { .. }) {
                    state.pending_carry.clear();
                }
                state.toast(text::refused(&msg));
                Vec::new()
            }
        },
        Outcome::Plans(Ok(list)) => {
            let prefer = active::name(state).map(str::to_string);
            let keep = if state.plans.list.is_empty() {
                prefer
            } else {
                None
            };
            state.plans.set(list, keep.as_deref());
            Vec::new()
        }
        Outcome::Plans(Err(msg))
        | Outcome::Plan {
            result: Err(msg), ..
        } => {
            state.toast(text::refused(&msg));
            Vec::new()
        }
        Outcome::Plan {
            result: Ok(None), ..
        } => {
            state.toast(text::PLAN_GONE());
            vec![Effect::LoadPlans]
        }
        Outcome::Plan {
            then,
            result: Ok(Some(plan)),
        } => loaded(state, then, plan),
        Outcome::Reloaded(Ok(org)) => {
            state.active = None;
            state.derived =
                Derived::compute(&org, state.derived.profile, state.derived.standards.clone());
            let expanded = std::mem::take(&mut state.tree.expanded);
            let mut tree = TreeView::new(&org);
            tree.expanded = expanded;
            tree.viewport = state.tree.viewport;
            tree.rebuild(&org);
            state.tree = tree;
            state.search = super::SearchState::new(&org);
            // A node held by the details pane belongs to the old organization.
            state.settle();
            state.org = org;
            Vec::new()
        }
        Outcome::Reloaded(Err(msg)) => {
            state.toast(text::refused(&msg));
            Vec::new()
        }
        Outcome::Annotated {
            nip,
            note,
            readiness,
            result,
        } => {
            super::annotate::annotated(state, &nip, note, readiness, result);
            Vec::new()
        }
        Outcome::Searched { query, ranking } => {
            state.search.searched(&state.org, &query, &ranking);
            Vec::new()
        }
    }
}

fn persisted(
    state: &mut AppState,
    change: PlanChange,
    m: Option<crate::domain::plan::Move>,
) -> Vec<Effect> {
    match change {
        PlanChange::Create { name, .. } => {
            state.toast(text::plan_created(&name));
            let mut effects = vec![Effect::LoadPlans];
            if !state.pending_carry.is_empty() {
                effects.push(Effect::LoadPlan {
                    name,
                    then: AfterLoad::Activate,
                });
            }
            effects
        }
        PlanChange::Rename { from, to } => {
            if let Some(a) = state.active.as_mut()
                && a.plan.name == from
            {
                a.plan.name = to.clone();
            }
            vec![Effect::LoadPlans]
        }
        PlanChange::Duplicate { to, .. } => {
            state.toast(text::plan_created(&to));
            vec![Effect::LoadPlans]
        }
        PlanChange::Delete { name } => {
            if active::name(state) == Some(name.as_str()) {
                active::deactivate(state);
            }
            state.toast(text::plan_deleted(&name));
            vec![Effect::LoadPlans]
        }
        PlanChange::Move { .. } => {
            if let Some(mv) = m {
                let msg = text::moved(&state.org, &mv);
                active::moved(state, mv);
                state.toast(msg);
            }
            Vec::new()
        }
        PlanChange::Undo { .. } => {
            if m.is_none() {
                state.toast(text::NOTHING_TO_UNDO());
                return Vec::new();
            }
            match active::undone(state) {
                Some(mv) => {
                    let msg = text::undone(&state.org, &mv);
                    state.toast(msg);
                }
                None => state.toast(text::NOTHING_TO_UNDO()),
            }
            carrying::refresh_preview(state);
            Vec::new()
        }
        PlanChange::Redo { .. } => {
            if m.is_none() {
                state.toast(text::NOTHING_TO_REDO());
                return Vec::new();
            }
            match active::redone(state) {
                Some(mv) => {
                    let msg = text::redone(&state.org, &mv);
                    state.toast(msg);
                }
                None => state.toast(text::NOTHING_TO_REDO()),
            }
            Vec::new()
        }
        PlanChange::Decide { index, review, .. } => {
            if let Some(a) = state.active.as_mut()
                && let Some(mv) = a.plan.moves.get_mut(index)
            {
                mv.review = review;
                let n = a.plan.moves.len();
                state.review.index = (index + 1).min(n.saturating_sub(1));
            }
            Vec::new()
        }
        PlanChange::Apply { plan, .. } => {
            state.toast(text::plan_applied(&plan));
            state.mode = Mode::Browse;
            vec![Effect::Reload, Effect::LoadPlans]
        }
    }
}

fn loaded(state: &mut AppState, then: AfterLoad, plan: Plan) -> Vec<Effect> {
    match then {
        AfterLoad::Activate => {
            let name = plan.name.clone();
            active::activate(state, plan);
            state.marked.clear();
            let pending = std::mem::take(&mut state.pending_carry);
            if pending.is_empty() {
                state.mode = Mode::Browse;
                state.toast(text::plan_active(&name));
            } else {
                state.mode = Mode::Browse;
                carrying::start(state, pending, false);
            }
        }
        AfterLoad::Review => {
            active::activate(state, plan);
            review::open(state);
        }
        AfterLoad::Compare => compare::open(state, &plan),
        AfterLoad::Apply => {
            if plan.applied_at.is_some() {
                state.toast(text::ALREADY_APPLIED());
                return Vec::new();
            }
            let baseline = active::baseline(state);
            let app = prepare_apply(&baseline, &plan);
            let lines = text::apply_lines(&baseline, &plan, &app);
            confirm::open(
                state,
                confirm::ConfirmFor::Apply(plan.name.clone(), app),
                text::confirm_apply(&plan.name),
                lines,
            );
        }
    }
    Vec::new()
}
