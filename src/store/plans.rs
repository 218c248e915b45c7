//! Plans and their moves in the sled database, beside the baseline.
//!
//! Trees (outside the `g{n}/` generations, so they outlive a baseline replacement):
//! - `plans`: plan name -> `PlanRec` (id, author, time, move and redo counts, applied);
//!   the key `\0next_id` holds the next plan id (names cannot hold control characters).
//! - `plan_moves`: plan id (u64 BE) + index (u64 BE) -> `MoveRec`,
//!   indexes `0..moves`.
//! - `plan_redo`: the same keys for undone moves, indexes `moves..moves + redo`; the lowest
//!   is the most recently undone. Undo moves key `moves - 1` from `plan_moves` here; redo
//!   moves it back; a new move removes them all. Every key a change touches is known from
//!   the header, so each change is one sled transaction without scans.
//!
//! Every change runs as one transaction together with its audit entry (see
//! [`super::audit`]) and is flushed before `Ok` is returned: an acknowledged change
//! survives a kill, and a kill never leaves half. The stored records are in `records`, the
//! body of a change transaction in `change`.

use sled::{Transactional, Tree};
use time::OffsetDateTime;

use super::StoreError;
use super::audit::{AUDIT, Draft, append_audit};
use super::codec;
use super::sled_store::{SledStore, db_err, poisoned};
use crate::domain::plan::{Move, Plan, Review};
use crate::domain::plan_ops::Application;
use crate::lang::msg;
use change::{TxTrees, abort, check_name, header, not_applied, put_header, tx_err};
use records::{PlanRec, Stamp, corrupt, decode, decode_move, move_key};

pub(super) mod change;
pub(super) mod records;

/// Tree of plan headers by name.
pub const PLANS: &str = "plans";
/// Tree of the moves of every plan.
pub const PLAN_MOVES: &str = "plan_moves";
/// Tree of the undone moves of every plan.
pub const PLAN_REDO: &str = "plan_redo";

const K_NEXT_ID: &[u8] = b"\0next_id";

/// A plan without its moves: what a list of plans needs, cheap to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    pub name: String,
    pub created_by: String,
    pub created_at: OffsetDateTime,
    /// Number of moves (undone ones not counted).
    pub moves: usize,
    /// Number of undone moves redo can bring back.
    pub redo: usize,
    pub applied_at: Option<OffsetDateTime>,
}

/// One user action on plans; [`super::OrgStore::change_plan`] applies it atomically and
/// durably together with its audit entry.
#[derive(Debug, Clone)]
pub enum PlanChange {
    /// A new, empty plan.
    Create {
        name: String,
        by: String,
        at: OffsetDateTime,
    },
    Rename {
        from: String,
        to: String,
    },
    /// A copy of a plan's moves (and redo) under a new name; decisions are not copied.
    Duplicate {
        from: String,
        to: String,
        by: String,
        at: OffsetDateTime,
    },
    /// Removes a plan with all its moves.
    Delete {
        name: String,
    },
    /// Appends a move (made with `plan_ops::new_move` against the plan's view); clears redo.
    Move {
        plan: String,
        mv: Move,
    },
    Undo {
        plan: String,
    },
    Redo {
        plan: String,
    },
    /// Records (or with `None` clears) the review decision on move `index` (0-based).
    Decide {
        plan: String,
        index: usize,
        review: Option<Review>,
    },
    /// Writes the application's seats into the baseline and marks the plan applied.
    Apply {
        plan: String,
        application: Application,
        at: OffsetDateTime,
    },
}

/// The four trees a plan change touches.
pub(in crate::store) struct PlanTrees {
    pub(in crate::store) plans: Tree,
    pub(in crate::store) moves: Tree,
    pub(in crate::store) redo: Tree,
    pub(in crate::store) audit: Tree,
}

impl SledStore {
    pub(in crate::store) fn plan_trees(&self) -> Result<PlanTrees, StoreError> {
        let t = |name: &str| self.db.open_tree(name).map_err(db_err);
        Ok(PlanTrees {
            plans: t(PLANS)?,
            moves: t(PLAN_MOVES)?,
            redo: t(PLAN_REDO)?,
            audit: t(AUDIT)?,
        })
    }

    /// Every plan's header, in name order.
    pub(super) fn list_plans(&self) -> Result<Vec<PlanSummary>, StoreError> {
        let trees = self.plan_trees()?;
        let mut out = Vec::new();
        for kv in trees.plans.iter() {
            let (k, v) = kv.map_err(db_err)?;
            if k.first() == Some(&0) {
                continue;
            }
            let rec: PlanRec = decode(PLANS, &k, &v)?;
            out.push(summary(&k, &rec)?);
        }
        Ok(out)
    }

    /// One plan with its moves and redo stack.
    pub(super) fn load_plan(&self, name: &str) -> Result<Option<Plan>, StoreError> {
        let trees = self.plan_trees()?;
        let Some(v) = trees.plans.get(name.as_bytes()).map_err(db_err)? else {
            return Ok(None);
        };
        let rec: PlanRec = decode(PLANS, name.as_bytes(), &v)?;
        let s = summary(name.as_bytes(), &rec)?;
        let read = |tree: &Tree, tree_name: &str, from: u64, to: u64| {
            let rows = tree
                .range(move_key(rec.id, from)..move_key(rec.id, to))
                .map(|kv| {
                    let (k, v) = kv.map_err(db_err)?;
                    decode_move(tree_name, &k, &v)
                })
                .collect::<Result<Vec<_>, _>>()?;
            if rows.len() as u64 != to - from {
                return Err(corrupt(
                    tree_name,
                    name.as_bytes(),
                    msg!(
                        "store-moves-count",
                        stored = rows.len(),
                        expected = to - from
                    ),
                ));
            }
            Ok(rows)
        };
        let moves = read(&trees.moves, PLAN_MOVES, 0, rec.moves)?;
        let mut redo = read(&trees.redo, PLAN_REDO, rec.moves, rec.moves + rec.redo)?;
        // Stored lowest first = most recently undone first; the domain keeps it last.
        redo.reverse();
        Ok(Some(Plan {
            name: s.name,
            created_by: s.created_by,
            created_at: s.created_at,
            moves,
            redo,
            applied_at: s.applied_at,
        }))
    }

    /// Applies one plan change with its audit entry, atomically, then flushes.
    pub(super) fn apply_plan_change(
        &self,
        change: &PlanChange,
    ) -> Result<Option<Move>, StoreError> {
        if let PlanChange::Apply {
            plan,
            application,
            at,
        } = change
        {
            return self.apply_to_baseline(plan, application, *at);
        }
        match change {
            PlanChange::Create { name, .. } | PlanChange::Rename { to: name, .. } => {
                check_name(name)?
            }
            PlanChange::Duplicate { to, .. } => check_name(to)?,
            _ => {}
        }
        let t = self.plan_trees()?;
        let result = (&t.plans, &t.moves, &t.redo, &t.audit)
            .transaction(|(plans, moves, redo, audit)| {
                let trees = TxTrees {
                    plans,
                    moves,
                    redo,
                    audit,
                };
                trees.change(change)
            })
            .map_err(tx_err)?;
        self.db.flush().map_err(db_err)?;
        Ok(result)
    }

    fn apply_to_baseline(
        &self,
        name: &str,
        app: &Application,
        at: OffsetDateTime,
    ) -> Result<Option<Move>, StoreError> {
        let _writer = self.writer.lock().map_err(poisoned)?;
        let live = self.live.read().map_err(poisoned)?;
        let employees = live
            .as_ref()
            .map(|t| &t.employees)
            .ok_or_else(|| StoreError::Refused(msg!("store-no-organization")))?;
        let t = self.plan_trees()?;
        // Before the baseline changes: a snapshot must never outlive the records it shows.
        self.invalidate_snapshot()?;
        (&t.plans, &t.audit, employees)
            .transaction(|(plans, audit, employees)| {
                let mut rec = header(plans, name)?;
                not_applied(name, &rec)?;
                if app.applied.iter().any(|&i| i as u64 >= rec.moves) {
                    return abort(StoreError::Refused(msg!(
                        "store-plan-changed-while-applying",
                        name = name
                    )));
                }
                for (nip, to) in &app.seats {
                    let key = codec::employee_key(nip);
                    let Some(v) = employees.get(key)? else {
                        return abort(StoreError::Refused(msg!(
                            "store-employee-left-baseline",
                            nip = nip.grouped()
                        )));
                    };
                    let mut e = codec::decode_employee(key, &v).or_else(abort)?;
                    e.position = to.clone();
                    let (k, v) = codec::encode_employee(&e).or_else(abort)?;
                    employees.insert(k, v)?;
                }
                rec.applied_at = Some(Stamp::of(at));
                put_header(plans, name, &rec)?;
                let applied: Vec<String> =
                    app.applied.iter().map(|i| (i + 1).to_string()).collect();
                let skipped: Vec<String> = app
                    .conflicts
                    .iter()
                    .map(|c| (c.index + 1).to_string())
                    .collect();
                let mut draft = Draft::new("apply")
                    .plan(rec.id, name)
                    .with("moves_applied", applied.join(","))
                    .with("seats_changed", app.seats.len().to_string());
                if !skipped.is_empty() {
                    draft = draft.with("conflicts_skipped", skipped.join(","));
                }
                if !app.not_approved.is_empty() {
                    draft = draft.with("not_approved", app.not_approved.len().to_string());
                }
                append_audit(audit, &draft)?;
                Ok(())
            })
            .map_err(tx_err)?;
        self.db.flush().map_err(db_err)?;
        Ok(None)
    }
}

fn summary(key: &[u8], rec: &PlanRec) -> Result<PlanSummary, StoreError> {
    Ok(PlanSummary {
        name: String::from_utf8(key.to_vec())
            .map_err(|_| corrupt(PLANS, key, msg!("store-not-utf8")))?,
        created_by: rec.created_by.clone(),
        created_at: rec.created_at.time(PLANS, key)?,
        moves: rec.moves as usize,
        redo: rec.redo as usize,
        applied_at: match rec.applied_at {
            Some(s) => Some(s.time(PLANS, key)?),
            None => None,
        },
    })
}

#[cfg(test)]
pub(super) mod tests;
