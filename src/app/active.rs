//! The active plan and the organization the tree shows (the plan's view).
//!
//! Invariant: `AppState::org` is the baseline with the active plan's moves applied, except
//! the moves listed in `skipped` (conflicts). Switching plans reverts one list of moves and
//! applies another (cost: the moves, not the organization), and every seat change refreshes
//! only the numbers of the people and units it touched.

use std::collections::HashMap;

use super::AppState;
use crate::domain::plan::{Move, Plan};
use crate::domain::plan_ops::{Conflict, apply_moves, revert_moves};
use crate::domain::{EmployeeIx, Organization, PositionIx};

/// The plan being shown and edited, with what its view needs to stay exact.
#[derive(Debug, Clone)]
pub struct ActivePlan {
    pub plan: Plan,
    /// Moves that did not fit the baseline and are not in the view.
    pub skipped: Vec<Conflict>,
    /// The baseline seat of everyone whose seat in the view differs from it.
    pub origin: HashMap<EmployeeIx, Option<PositionIx>>,
}

impl ActivePlan {
    /// Where a moved person came from (`Some(None)`: was not placed); `None` if not moved.
    pub fn origin_of(&self, e: EmployeeIx) -> Option<Option<PositionIx>> {
        self.origin.get(&e).copied()
    }
}

/// Seats of the people a list of moves names, before a change.
fn seats_before(org: &Organization, moves: &[Move]) -> Vec<(EmployeeIx, Option<PositionIx>)> {
    moves
        .iter()
        .filter_map(|m| org.employee_ix(&m.nip))
        .map(|e| (e, org.seat_of(e)))
        .collect()
}

/// Refreshes numbers and rows after seats changed; `before` holds each touched person's
/// seat before the change (a person may appear more than once: the first entry counts).
fn after_seats(state: &mut AppState, before: &[(EmployeeIx, Option<PositionIx>)]) {
    let mut seen: HashMap<EmployeeIx, Option<PositionIx>> = HashMap::new();
    for &(e, seat) in before {
        seen.entry(e).or_insert(seat);
    }
    for (&e, &old) in &seen {
        if state.org.seat_of(e) != old {
            state.derived.reseat(&state.org, e, old);
        }
        if let Some(active) = state.active.as_mut() {
            let origin = *active.origin.entry(e).or_insert(old);
            if state.org.seat_of(e) == origin {
                active.origin.remove(&e);
            }
        }
    }
    state.tree.rebuild(&state.org);
}

/// Shows the baseline again: reverts the active plan's moves.
pub fn deactivate(state: &mut AppState) {
    let Some(active) = state.active.take() else {
        return;
    };
    let before = seats_before(&state.org, &active.plan.moves);
    revert_moves(&mut state.org, &active.plan.moves, &active.skipped);
    after_seats(state, &before);
}

/// Makes `plan` the active one: reverts the current plan, applies this one.
pub fn activate(state: &mut AppState, plan: Plan) {
    deactivate(state);
    let before = seats_before(&state.org, &plan.moves);
    let skipped = apply_moves(&mut state.org, &plan.moves);
    state.active = Some(ActivePlan {
        plan,
        skipped,
        origin: HashMap::new(),
    });
    after_seats(state, &before);
    if let Some(a) = &state.active
        && !a.skipped.is_empty()
    {
        let n = a.skipped.len();
        state.toast(super::Notice::ConflictsSkipped(n));
    }
}

/// Records a move the store accepted and shows it in the view.
pub fn moved(state: &mut AppState, m: Move) {
    let Some(active) = state.active.as_mut() else {
        return;
    };
    let index = active.plan.moves.len();
    active.plan.push(m.clone());
    let before = seats_before(&state.org, std::slice::from_ref(&m));
    let skipped = apply_moves(&mut state.org, std::slice::from_ref(&m));
    if let Some(active) = state.active.as_mut() {
        active
            .skipped
            .extend(skipped.into_iter().map(|c| Conflict { index, ..c }));
    }
    after_seats(state, &before);
}

/// Takes the plan's last move back in the view (the store already did).
pub fn undone(state: &mut AppState) -> Option<Move> {
    let active = state.active.as_mut()?;
    let index = active.plan.moves.len().checked_sub(1)?;
    let m = active.plan.undo()?.clone();
    let was_skipped = active.skipped.iter().any(|c| c.index == index);
    active.skipped.retain(|c| c.index != index);
    if !was_skipped {
        let before = seats_before(&state.org, std::slice::from_ref(&m));
        revert_moves(&mut state.org, std::slice::from_ref(&m), &[]);
        after_seats(state, &before);
    }
    Some(m)
}

/// Brings the last undone move back in the view (the store already did).
pub fn redone(state: &mut AppState) -> Option<Move> {
    let active = state.active.as_mut()?;
    let m = active.plan.redo()?.clone();
    let index = active.plan.moves.len() - 1;
    let before = seats_before(&state.org, std::slice::from_ref(&m));
    let skipped = apply_moves(&mut state.org, std::slice::from_ref(&m));
    if let Some(active) = state.active.as_mut() {
        active
            .skipped
            .extend(skipped.into_iter().map(|c| Conflict { index, ..c }));
    }
    after_seats(state, &before);
    Some(m)
}

/// The baseline, rebuilt from the view without touching it (one clone, for compare/apply).
pub fn baseline(state: &AppState) -> Organization {
    let mut org = state.org.clone();
    if let Some(a) = &state.active {
        revert_moves(&mut org, &a.plan.moves, &a.skipped);
    }
    org
}

/// The name of the active plan, if any.
pub fn name(state: &AppState) -> Option<&str> {
    state.active.as_ref().map(|a| a.plan.name.as_str())
}
