//! Operations on plans: making a move against a plan's view, applying and reverting a plan's
//! moves on an organization, the conflicts a changed baseline causes, what applying a plan to
//! the baseline changes, undo/redo, and the database invariants `penata check` verifies.
//!
//! Invariant: [`apply_moves`] applies a move only when the person's seat at that moment is
//! the move's `from`; so [`revert_moves`], given the same moves and the conflicts that
//! `apply_moves` returned, restores the organization exactly, in O(moves), without a clone.

use std::collections::{HashMap, HashSet};
use std::fmt;

use time::OffsetDateTime;

use super::nip::Nip;
use super::org::{EmployeeIx, Organization, PositionIx};
use super::plan::{Decision, Move, Plan};
use crate::lang::safe::{code_point, first_refused};
use crate::lang::{Msg, msg};

/// Longest plan name, in characters.
pub const PLAN_NAME_MAX: usize = 64;

/// Why a move cannot be made; every message says what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveError {
    UnknownPerson(String),
    UnknownSeat(String),
    AlreadyHolds {
        name: String,
        title: String,
        id: String,
    },
    NotPlaced(String),
    Abolished {
        title: String,
        id: String,
    },
    /// The reason holds a character a terminal would obey (a control, a bidi override).
    Reason(char),
}

impl MoveError {
    /// The message saying why and what to do instead, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            MoveError::UnknownPerson(nip) => msg!("domain-move-unknown-person", nip = nip),
            MoveError::Reason(c) => refused_char(msg!("domain-field-reason"), *c),
            MoveError::UnknownSeat(id) => msg!("domain-move-unknown-seat", id = id),
            MoveError::AlreadyHolds { name, title, id } => {
                msg!(
                    "domain-move-already-holds",
                    name = name,
                    title = title,
                    id = id
                )
            }
            MoveError::NotPlaced(name) => msg!("domain-move-not-placed", name = name),
            MoveError::Abolished { title, id } => {
                msg!("domain-move-abolished", title = title, id = id)
            }
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for MoveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// Makes a move of the person `nip` to seat `to` (`None` = unplace) against the plan's
/// current view; `from` is the person's seat in that view.
pub fn new_move(
    view: &Organization,
    nip: &Nip,
    to: Option<&str>,
    reason: Option<String>,
    author: String,
    at: OffsetDateTime,
) -> Result<Move, MoveError> {
    let e = view
        .employee_ix(nip)
        .ok_or_else(|| MoveError::UnknownPerson(nip.grouped()))?;
    let emp = view.employee(e);
    let current = view.seat_of(e);
    let target = match to {
        None => None,
        Some(id) => Some(
            view.position_ix(id)
                .ok_or_else(|| MoveError::UnknownSeat(id.to_string()))?,
        ),
    };
    if target == current {
        return Err(match target {
            Some(p) => MoveError::AlreadyHolds {
                name: emp.name.clone(),
                title: view.position(p).title.clone(),
                id: view.position(p).id.clone(),
            },
            None => MoveError::NotPlaced(emp.name.clone()),
        });
    }
    if let Some(p) = target
        && view.position(p).formation == 0
    {
        return Err(MoveError::Abolished {
            title: view.position(p).title.clone(),
            id: view.position(p).id.clone(),
        });
    }
    let reason = reason
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    if let Some(c) = reason.as_deref().and_then(|r| first_refused(r, false)) {
        return Err(MoveError::Reason(c));
    }
    Ok(Move {
        nip: *nip,
        from: current.map(|p| view.position(p).id.clone()),
        to: target.map(|p| view.position(p).id.clone()),
        reason,
        author,
        at,
        review: None,
    })
}

/// Why a move of a plan cannot be applied to this organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictKind {
    /// Nobody with the move's NIP is in the organization any more.
    PersonGone,
    /// The target seat no longer exists.
    SeatGone(String),
    /// The target seat is being abolished (formation 0).
    SeatAbolished(String),
    /// The person's seat is no longer the move's `from`.
    SeatChanged {
        expected: Option<String>,
        actual: Option<String>,
    },
}

/// One move of a plan that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The move's index in the plan (move number `index + 1`).
    pub index: usize,
    pub nip: Nip,
    pub kind: ConflictKind,
}

/// A seat's label in a conflict: its id, or "unplaced".
pub(super) fn seat_label(seat: &Option<String>) -> Msg {
    match seat {
        Some(id) => msg!("domain-record", label = id),
        None => msg!("domain-not-placed"),
    }
}

impl ConflictKind {
    /// Why the move was skipped, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            ConflictKind::PersonGone => msg!("domain-conflict-person-gone"),
            ConflictKind::SeatGone(id) => msg!("domain-conflict-seat-gone", id = id),
            ConflictKind::SeatAbolished(id) => msg!("domain-conflict-seat-abolished", id = id),
            ConflictKind::SeatChanged { expected, actual } => msg!(
                "domain-conflict-seat-changed",
                actual = seat_label(actual),
                expected = seat_label(expected),
            ),
        }
    }
}

impl Conflict {
    /// Which move was skipped and why, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        msg!(
            "domain-conflict",
            number = (self.index + 1).to_string(),
            nip = self.nip.grouped(),
            why = self.kind.msg(),
        )
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// Checks one move against the person's current seat; the employee and target seat to set.
fn check_move(
    org: &Organization,
    m: &Move,
    current: impl Fn(EmployeeIx) -> Option<PositionIx>,
) -> Result<(EmployeeIx, Option<PositionIx>), ConflictKind> {
    let e = org.employee_ix(&m.nip).ok_or(ConflictKind::PersonGone)?;
    let cur = current(e);
    let from = m.from.as_deref().and_then(|id| org.position_ix(id));
    if cur != from || (m.from.is_some() && from.is_none()) {
        return Err(ConflictKind::SeatChanged {
            expected: m.from.clone(),
            actual: cur.map(|p| org.position(p).id.clone()),
        });
    }
    let to = match m.to.as_deref() {
        None => None,
        Some(id) => {
            let p = org
                .position_ix(id)
                .ok_or_else(|| ConflictKind::SeatGone(id.to_string()))?;
            if org.position(p).formation == 0 {
                return Err(ConflictKind::SeatAbolished(id.to_string()));
            }
            Some(p)
        }
    };
    Ok((e, to))
}

/// Applies moves in order with [`Organization::set_seat`]; a move that no longer fits (see
/// [`ConflictKind`]) is skipped and reported. Keep the result for [`revert_moves`].
pub fn apply_moves(org: &mut Organization, moves: &[Move]) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    for (index, m) in moves.iter().enumerate() {
        match check_move(org, m, |e| org.seat_of(e)) {
            Ok((e, to)) => org.set_seat(e, to),
            Err(kind) => conflicts.push(Conflict {
                index,
                nip: m.nip,
                kind,
            }),
        }
    }
    conflicts
}

/// Undoes [`apply_moves`] exactly: in reverse order, each applied move puts the person back
/// in its `from`; `skipped` is what `apply_moves` returned for these moves.
pub fn revert_moves(org: &mut Organization, moves: &[Move], skipped: &[Conflict]) {
    let skipped: HashSet<usize> = skipped.iter().map(|c| c.index).collect();
    for (index, m) in moves.iter().enumerate().rev() {
        if skipped.contains(&index) {
            continue;
        }
        if let Some(e) = org.employee_ix(&m.nip) {
            let from = m.from.as_deref().and_then(|id| org.position_ix(id));
            org.set_seat(e, from);
        }
    }
}

/// The organization as the plan would make it (a clone of the baseline with the moves).
pub fn plan_view(baseline: &Organization, plan: &Plan) -> Organization {
    let mut view = baseline.clone();
    apply_moves(&mut view, &plan.moves);
    view
}

/// The moves of the plan that conflict with the baseline, computed without a clone.
pub fn conflicts(baseline: &Organization, plan: &Plan) -> Vec<Conflict> {
    simulate(baseline, plan.moves.iter().enumerate()).1
}

/// Runs moves against per-person seats layered over the baseline; returns the final seats of
/// the people moved, the conflicts and the indexes applied.
fn simulate<'a>(
    baseline: &Organization,
    moves: impl Iterator<Item = (usize, &'a Move)>,
) -> (
    HashMap<EmployeeIx, Option<PositionIx>>,
    Vec<Conflict>,
    Vec<usize>,
) {
    let mut seats: HashMap<EmployeeIx, Option<PositionIx>> = HashMap::new();
    let mut conflicts = Vec::new();
    let mut applied = Vec::new();
    for (index, m) in moves {
        let current = |e| {
            seats
                .get(&e)
                .copied()
                .unwrap_or_else(|| baseline.seat_of(e))
        };
        match check_move(baseline, m, current) {
            Ok((e, to)) => {
                seats.insert(e, to);
                applied.push(index);
            }
            Err(kind) => conflicts.push(Conflict {
                index,
                nip: m.nip,
                kind,
            }),
        }
    }
    (seats, conflicts, applied)
}

/// What applying a plan to the baseline would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Application {
    /// Indexes of the moves that would be applied, in order.
    pub applied: Vec<usize>,
    /// Moves skipped because the baseline changed under them.
    pub conflicts: Vec<Conflict>,
    /// Moves of a reviewed plan not decided `setuju` (left out on purpose).
    pub not_approved: Vec<usize>,
    /// The new seat of each person whose seat changes, in NIP order.
    pub seats: Vec<(Nip, Option<String>)>,
}

/// Works out applying a plan: only conflict-free moves, and for a reviewed plan (any move has
/// a review) only the moves decided `setuju`.
pub fn prepare_apply(baseline: &Organization, plan: &Plan) -> Application {
    let reviewed = plan.is_reviewed();
    let mut not_approved = Vec::new();
    let selected = plan.moves.iter().enumerate().filter(|(i, m)| {
        let ok = !reviewed || m.review.as_ref().map(|r| r.decision) == Some(Decision::Setuju);
        if !ok {
            not_approved.push(*i);
        }
        ok
    });
    let (seats, conflicts, applied) = simulate(baseline, selected);
    let mut seats: Vec<(Nip, Option<String>)> = seats
        .into_iter()
        .filter(|&(e, to)| baseline.seat_of(e) != to)
        .map(|(e, to)| {
            (
                baseline.employee(e).nip,
                to.map(|p| baseline.position(p).id.clone()),
            )
        })
        .collect();
    seats.sort_by_key(|(nip, _)| *nip);
    Application {
        applied,
        conflicts,
        not_approved,
        seats,
    }
}

/// Counts of the decisions recorded on a plan's moves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub setuju: usize,
    pub tunda: usize,
    pub tolak: usize,
    pub undecided: usize,
}

impl Plan {
    /// An empty plan.
    pub fn new(name: String, created_by: String, created_at: OffsetDateTime) -> Plan {
        Plan {
            name,
            created_by,
            created_at,
            moves: Vec::new(),
            redo: Vec::new(),
            applied_at: None,
        }
    }

    /// Adds a move at the end; a new move clears what redo could bring back.
    pub fn push(&mut self, m: Move) {
        self.moves.push(m);
        self.redo.clear();
    }

    /// Takes the last move back (it goes to `redo`); `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<&Move> {
        let m = self.moves.pop()?;
        self.redo.push(m);
        self.redo.last()
    }

    /// Brings the most recently undone move back; `None` when there is nothing to redo.
    pub fn redo(&mut self) -> Option<&Move> {
        let m = self.redo.pop()?;
        self.moves.push(m);
        self.moves.last()
    }

    /// Whether a review meeting recorded any decision (then only `setuju` moves apply).
    pub fn is_reviewed(&self) -> bool {
        self.moves.iter().any(|m| m.review.is_some())
    }

    /// The review tally over the plan's moves.
    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for m in &self.moves {
            match m.review.as_ref().map(|r| r.decision) {
                Some(Decision::Setuju) => t.setuju += 1,
                Some(Decision::Tunda) => t.tunda += 1,
                Some(Decision::Tolak) => t.tolak += 1,
                None => t.undecided += 1,
            }
        }
        t
    }
}

/// Why a plan name cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanNameError {
    Empty,
    TooLong {
        name: String,
        chars: usize,
    },
    Spaces(String),
    /// A control or bidi character (the rule of [`crate::lang::safe`]).
    Control(char),
}

impl PlanNameError {
    /// The message saying what a plan name must be, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            PlanNameError::Empty => msg!("domain-plan-name-empty"),
            PlanNameError::TooLong { name, chars } => msg!(
                "domain-plan-name-too-long",
                name = name,
                max = PLAN_NAME_MAX,
                count = *chars,
            ),
            PlanNameError::Spaces(name) => msg!("domain-plan-name-spaces", name = name),
            PlanNameError::Control(c) => refused_char(msg!("domain-field-plan-name"), *c),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for PlanNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// The message refusing a typed text for the character `c` in `field`.
fn refused_char(field: Msg, c: char) -> Msg {
    msg!("domain-text-refused", field = field, char = code_point(c))
}

/// Checks a plan name: 1-64 characters, no control or bidi characters, no leading/trailing spaces.
pub fn check_plan_name(name: &str) -> Result<(), PlanNameError> {
    let n = name.chars().count();
    if n == 0 || name.trim().is_empty() {
        return Err(PlanNameError::Empty);
    }
    if n > PLAN_NAME_MAX {
        return Err(PlanNameError::TooLong {
            name: name.to_owned(),
            chars: n,
        });
    }
    if name.trim() != name {
        return Err(PlanNameError::Spaces(name.to_owned()));
    }
    if let Some(c) = first_refused(name, false) {
        return Err(PlanNameError::Control(c));
    }
    Ok(())
}

mod invariants;

pub use invariants::{Finding, HolderDetail, check};

#[cfg(test)]
mod tests;
