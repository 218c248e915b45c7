//! What the runtime did with an effect comes back here: a persisted change updates the
//! view (incrementally), a refusal becomes a message and changes nothing.

use super::{
    AfterLoad, AppState, Derived, Effect, ModeState, Notice, Outcome, TreeView, active, carrying,
};
use super::{compare, confirm, review};
use crate::domain::Organization;
use crate::domain::plan::Move;
use crate::domain::plan::Plan;
use crate::domain::plan_ops::prepare_apply;
use crate::store::PlanChange;

/// The second half of the reducer: takes an [`Outcome`]; pure like [`super::update`].
pub fn feedback(state: &mut AppState, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::Persisted { change, result } => match result {
            Ok(m) => persisted(state, change, m),
            Err(msg) => {
                if matches!(change, PlanChange::Create { .. }) {
                    state.pending_carry.clear();
                }
                state.toast(Notice::Refused(msg));
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
            state.toast(Notice::Refused(msg));
            Vec::new()
        }
        Outcome::Plan {
            result: Ok(None), ..
        } => {
            state.toast(Notice::PlanGone);
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
            state.toast(Notice::Refused(msg));
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
            state.toast(Notice::PlanCreated(name.clone()));
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
            state.toast(Notice::PlanCreated(to));
            vec![Effect::LoadPlans]
        }
        PlanChange::Delete { name } => {
            if active::name(state) == Some(name.as_str()) {
                active::deactivate(state);
            }
            state.toast(Notice::PlanDeleted(name));
            vec![Effect::LoadPlans]
        }
        PlanChange::Move { .. } => {
            if let Some(mv) = m {
                let msg = Notice::Moved {
                    who: person(&state.org, &mv),
                    to: seat(&state.org, mv.to.as_deref()),
                };
                active::moved(state, mv);
                state.toast(msg);
            }
            Vec::new()
        }
        PlanChange::Undo { .. } => {
            if m.is_none() {
                state.toast(Notice::NothingToUndo);
                return Vec::new();
            }
            match active::undone(state) {
                Some(mv) => {
                    let msg = Notice::Undone {
                        who: person(&state.org, &mv),
                        from: seat(&state.org, mv.from.as_deref()),
                    };
                    state.toast(msg);
                }
                None => state.toast(Notice::NothingToUndo),
            }
            carrying::refresh_preview(state);
            Vec::new()
        }
        PlanChange::Redo { .. } => {
            if m.is_none() {
                state.toast(Notice::NothingToRedo);
                return Vec::new();
            }
            match active::redone(state) {
                Some(mv) => {
                    let msg = Notice::Redone {
                        who: person(&state.org, &mv),
                        to: seat(&state.org, mv.to.as_deref()),
                    };
                    state.toast(msg);
                }
                None => state.toast(Notice::NothingToRedo),
            }
            Vec::new()
        }
        PlanChange::Decide { index, review, .. } => {
            if let Some(a) = state.active.as_mut()
                && let Some(mv) = a.plan.moves.get_mut(index)
            {
                mv.review = review;
                let n = a.plan.moves.len();
                if let Some(r) = state.modes.review_mut() {
                    r.index = (index + 1).min(n.saturating_sub(1));
                }
            }
            Vec::new()
        }
        PlanChange::Apply { plan, .. } => {
            state.toast(Notice::PlanApplied(plan));
            state.set_mode(ModeState::Browse);
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
            state.set_mode(ModeState::Browse);
            if pending.is_empty() {
                state.toast(Notice::PlanActive(name));
            } else {
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
                state.toast(Notice::AlreadyApplied);
                return Vec::new();
            }
            let baseline = active::baseline(state);
            let app = prepare_apply(&baseline, &plan);
            let who = app
                .conflicts
                .iter()
                .map(|c| {
                    baseline
                        .employee_ix(&c.nip)
                        .map_or_else(|| c.nip.grouped(), |e| baseline.employee(e).name.clone())
                })
                .collect();
            confirm::open(
                state,
                confirm::ConfirmFor::Apply {
                    plan: plan.name.clone(),
                    moves: plan.moves.len(),
                    application: app,
                    who,
                },
            );
        }
    }
    Vec::new()
}

/// Who a move is about, for a notice: the name, or the grouped NIP of someone not in `org`.
fn person(org: &Organization, m: &Move) -> String {
    org.employee_ix(&m.nip)
        .map_or_else(|| m.nip.grouped(), |e| org.employee(e).name.clone())
}

/// A seat for a notice: its title (its id when `org` lacks it); `None` is unplaced.
fn seat(org: &Organization, id: Option<&str>) -> Option<String> {
    id.map(|id| {
        org.position_ix(id)
            .map_or_else(|| id.to_string(), |p| org.position(p).title.clone())
    })
}
