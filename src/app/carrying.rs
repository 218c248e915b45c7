//! Carrying mode: the keyboard "drag". Space marks people, `m` picks them up, the row
//! under the cursor previews the drop, Enter drops (after an optional reason), Esc puts
//! everything back. Undo and redo of the plan's moves start here too.
//!
//! Invariant: nothing changes in the view until the store acknowledged a move; a drop only
//! asks the runtime to persist moves that the domain accepted against the current view.

use time::OffsetDateTime;

use super::prompt::{self, PromptFor};
use super::tree::Node;
use super::{Action, AppState, Effect, ModeState, Notice, active, browse};
use crate::domain::plan_ops::new_move;
use crate::domain::{EmployeeIx, Headcount, PositionIx, UnitIx};
use crate::store::PlanChange;

/// What is being carried.
#[derive(Debug, Clone, PartialEq)]
pub struct Carry {
    pub people: Vec<EmployeeIx>,
    /// The preview of dropping on the row under the cursor.
    pub preview: Preview,
    /// Started by a mouse drag (the button release drops).
    pub by_mouse: bool,
}

/// One carried person's fit now and at the previewed seat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitChange {
    pub employee: EmployeeIx,
    pub now: Option<f64>,
    pub there: Option<f64>,
}

/// What dropping on the row under the cursor would do.
#[derive(Debug, Clone, PartialEq)]
pub enum Preview {
    /// Nothing to drop on here.
    Nothing,
    /// Into a position: each person's fit there against now, and the formation after.
    Position {
        position: PositionIx,
        people: Vec<FitChange>,
        after: Headcount,
    },
    /// Onto a unit: its positions to choose from.
    Unit {
        unit: UnitIx,
        positions: Vec<(PositionIx, Headcount)>,
    },
    /// Onto "Belum ditempatkan": unplace.
    Unplace,
}

/// Space: marks or unmarks the selected person and steps down.
pub fn toggle_mark(state: &mut AppState) {
    let Some(Node::Employee(e)) = state.selected() else {
        state.toast(Notice::MarkPeopleOnly);
        return;
    };
    if let Some(i) = state.marked.iter().position(|&m| m == e) {
        state.marked.remove(i);
    } else {
        state.marked.push(e);
    }
    state.tree.step(1);
}

/// `m`: picks up the marked people, or the selected one; on the baseline, first offers
/// to create a plan.
pub fn pick_up(state: &mut AppState) -> Vec<Effect> {
    let people = if state.marked.is_empty() {
        match state.selected() {
            Some(Node::Employee(e)) => vec![e],
            _ => {
                state.toast(Notice::PickPeopleFirst);
                return Vec::new();
            }
        }
    } else {
        state.marked.clone()
    };
    start(state, people, false);
    Vec::new()
}

/// Starts carrying `people` (or, without an active plan, asks for a new plan's name).
pub(super) fn start(state: &mut AppState, people: Vec<EmployeeIx>, by_mouse: bool) {
    // A mouse drag reaches here without a key: presenting never starts a move.
    if state.read_only {
        state.toast(Notice::ReadOnlyRefused);
        return;
    }
    if state.active.is_none() {
        state.pending_carry = people;
        let name = super::plans::free_name(state);
        prompt::open(state, PromptFor::NewPlan, name);
        return;
    }
    state.push_mode(ModeState::Carrying(Carry {
        people,
        preview: Preview::Nothing,
        by_mouse,
    }));
    refresh_preview(state);
}

/// `u` and Ctrl-r: asks the store to undo or redo the active plan's last move.
pub fn history(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(plan) = active::name(state).map(str::to_string) else {
        state.toast(Notice::NoActivePlan);
        return Vec::new();
    };
    let change = if action == Action::Redo {
        PlanChange::Redo { plan }
    } else {
        PlanChange::Undo { plan }
    };
    vec![Effect::Persist(change)]
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    match action {
        Action::Drop => return drop_here(state),
        Action::CancelCarry => {
            state.set_mode(ModeState::Browse);
            state.toast(Notice::CarryCancelled);
        }
        Action::Help => super::open_help(state),
        Action::OpenSearch => {
            state.search.open(&state.tree);
            state.push_mode(ModeState::Search);
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Home
        | Action::End
        | Action::Expand
        | Action::Collapse
        | Action::ToParent => {
            browse::navigate(state, action);
            refresh_preview(state);
        }
        _ => {}
    }
    Vec::new()
}

/// Enter or `p`: drops on the row under the cursor. On a unit it opens the unit and goes
/// to its first position (choose one there); elsewhere it asks for the optional reason.
pub(super) fn drop_here(state: &mut AppState) -> Vec<Effect> {
    let Some(carry) = state.carry() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    match carry.preview.clone() {
        Preview::Nothing => state.toast(Notice::DropNowhere),
        Preview::Unit { unit, positions } => {
            let Some(&(first, _)) = positions.first() else {
                state.toast(Notice::UnitWithoutPositions);
                return Vec::new();
            };
            let i = state.tree.selected;
            state.tree.expand(&state.org, i);
            if let Some(row) = state.tree.index_of(Node::Position(first)) {
                state.tree.select(row);
            }
            let _ = unit;
            refresh_preview(state);
            state.toast(Notice::ChoosePosition);
        }
        Preview::Position { position, .. } => {
            prompt::open(
                state,
                PromptFor::Reason { to: Some(position) },
                String::new(),
            );
        }
        Preview::Unplace => {
            prompt::open(state, PromptFor::Reason { to: None }, String::new());
        }
    }
    Vec::new()
}

/// Makes the moves (reason typed or skipped): each accepted by the domain becomes a
/// persist effect; each refused becomes a message. Carrying ends either way.
pub(super) fn finish_drop(
    state: &mut AppState,
    to: Option<PositionIx>,
    reason: Option<String>,
) -> Vec<Effect> {
    let people = state.carry().map(|c| c.people.clone()).unwrap_or_default();
    state.set_mode(ModeState::Browse);
    state.marked.clear();
    let Some(plan) = active::name(state).map(str::to_string) else {
        state.toast(Notice::NoActivePlan);
        return Vec::new();
    };
    let to_id = to.map(|p| state.org.position(p).id.clone());
    let mut effects = Vec::new();
    for e in people {
        let nip = state.org.employee(e).nip;
        // The runtime stamps the real time when it persists.
        match new_move(
            &state.org,
            &nip,
            to_id.as_deref(),
            reason.clone(),
            state.user.clone(),
            OffsetDateTime::UNIX_EPOCH,
        ) {
            Ok(mv) => effects.push(Effect::Persist(PlanChange::Move {
                plan: plan.clone(),
                mv,
            })),
            Err(err) => state.toast(Notice::MoveRefused(err)),
        }
    }
    effects
}

/// Recomputes the drop preview for the row under the cursor (cost: the people carried
/// and the unit's own positions).
pub fn refresh_preview(state: &mut AppState) {
    let Some(carry) = state.carry() else {
        return;
    };
    let org = &state.org;
    let target = match state.selected() {
        Some(Node::Employee(e)) => org.seat_of(e).map_or(Node::Unplaced, Node::Position),
        Some(n) => n,
        None => {
            return;
        }
    };
    let standards = &state.derived.standards;
    let preview = match target {
        Node::Position(p) => {
            let people: Vec<FitChange> = carry
                .people
                .iter()
                .map(|&e| FitChange {
                    employee: e,
                    now: org
                        .seat_of(e)
                        .and_then(|s| org.fit(e, s, standards))
                        .map(|f| f.percent),
                    there: org.fit(e, p, standards).map(|f| f.percent),
                })
                .collect();
            let arriving = carry
                .people
                .iter()
                .filter(|&&e| org.seat_of(e) != Some(p))
                .count() as u32;
            let h = org.position_headcount(p);
            Preview::Position {
                position: p,
                people,
                after: Headcount {
                    filled: h.filled + arriving,
                    formation: h.formation,
                },
            }
        }
        Node::Unit(u) => Preview::Unit {
            unit: u,
            positions: org
                .positions_of(u)
                .iter()
                .map(|&p| (p, org.position_headcount(p)))
                .collect(),
        },
        Node::Unplaced => Preview::Unplace,
        Node::Employee(_) => Preview::Nothing,
    };
    if let Some(c) = state.modes.carry_mut() {
        c.preview = preview;
    }
}
