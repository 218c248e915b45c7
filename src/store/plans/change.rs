//! The body of one plan change transaction: which keys a change reads and writes, the
//! refusals it can end with, and the audit entry it appends.

use sled::transaction::{
    ConflictableTransactionError, ConflictableTransactionResult, TransactionError,
    TransactionalTree,
};
use time::OffsetDateTime;

use super::records::{PlanRec, Stamp, corrupt, decode, decode_move, encode, encode_move, move_key};
use super::{K_NEXT_ID, PLAN_MOVES, PLAN_REDO, PLANS, PlanChange};
use crate::domain::plan::{Move, Review};
use crate::domain::plan_ops::check_plan_name;
use crate::lang::msg;
use crate::store::StoreError;
use crate::store::audit::{Draft, append_audit};
use crate::store::codec;
use crate::store::sled_store::db_err;

pub(in crate::store) type Tx<T> = ConflictableTransactionResult<T, StoreError>;

pub(in crate::store) fn abort<T>(e: StoreError) -> Tx<T> {
    Err(ConflictableTransactionError::Abort(e))
}

pub(super) fn tx_err(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => db_err(e),
    }
}

fn no_plan(name: &str) -> StoreError {
    StoreError::Refused(msg!("store-no-plan", name = name))
}

fn plan_exists(name: &str) -> StoreError {
    StoreError::Refused(msg!("store-plan-exists", name = name))
}

pub(super) fn check_name(name: &str) -> Result<(), StoreError> {
    check_plan_name(name).map_err(|e| StoreError::Refused(e.msg()))
}

/// The plan header inside a transaction, or an abort naming the unknown plan.
pub(super) fn header(plans: &TransactionalTree, name: &str) -> Tx<PlanRec> {
    match plans.get(name.as_bytes())? {
        None => abort(no_plan(name)),
        Some(v) => decode(PLANS, name.as_bytes(), &v).or_else(abort),
    }
}

pub(super) fn put_header(plans: &TransactionalTree, name: &str, rec: &PlanRec) -> Tx<()> {
    let v = encode(PLANS, name.as_bytes(), rec).or_else(abort)?;
    plans.insert(name.as_bytes(), v)?;
    Ok(())
}

/// Refuses changes to a plan that was applied (it is the record of what happened).
pub(super) fn not_applied(name: &str, rec: &PlanRec) -> Tx<()> {
    match rec.applied_at {
        None => Ok(()),
        Some(at) => {
            let when = at
                .time(PLANS, name.as_bytes())
                .map(|t| t.date().to_string())
                .unwrap_or_default();
            abort(StoreError::Refused(msg!(
                "store-plan-applied",
                name = name,
                when = when
            )))
        }
    }
}

fn next_plan_id(plans: &TransactionalTree) -> Tx<u64> {
    let id = match plans.get(K_NEXT_ID)? {
        Some(v) => codec::decode_count(PLANS, K_NEXT_ID, &v).or_else(abort)?,
        None => 1,
    };
    plans.insert(K_NEXT_ID, &codec::encode_count(id + 1))?;
    Ok(id)
}

/// The trees of one plan transaction.
pub(super) struct TxTrees<'a> {
    pub(super) plans: &'a TransactionalTree,
    pub(super) moves: &'a TransactionalTree,
    pub(super) redo: &'a TransactionalTree,
    pub(super) audit: &'a TransactionalTree,
}

fn seat(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

impl TxTrees<'_> {
    fn get_move(&self, tree: &TransactionalTree, name: &str, key: &[u8]) -> Tx<Move> {
        match tree.get(key)? {
            Some(v) => decode_move(name, key, &v).or_else(abort),
            None => abort(corrupt(name, key, msg!("store-move-missing"))),
        }
    }

    /// A copy of plan `from` named `to`, with its moves and undone moves but no reviews.
    fn duplicate(&self, from: &str, to: &str, by: &str, at: OffsetDateTime) -> Tx<Option<Move>> {
        let src = header(self.plans, from)?;
        if self.plans.get(to.as_bytes())?.is_some() {
            return abort(plan_exists(to));
        }
        let id = next_plan_id(self.plans)?;
        for i in 0..src.moves + src.redo {
            let (tree, tree_name) = if i < src.moves {
                (self.moves, PLAN_MOVES)
            } else {
                (self.redo, PLAN_REDO)
            };
            let mut m = self.get_move(tree, tree_name, &move_key(src.id, i))?;
            m.review = None;
            let key = move_key(id, i);
            tree.insert(&key, encode_move(&key, &m).or_else(abort)?)?;
        }
        let rec = PlanRec {
            id,
            created_by: by.to_owned(),
            created_at: Stamp::of(at),
            moves: src.moves,
            redo: src.redo,
            applied_at: None,
        };
        put_header(self.plans, to, &rec)?;
        let draft = Draft::new("plan_duplicate")
            .plan(id, to)
            .with("from", from)
            .with("moves", src.moves.to_string());
        append_audit(self.audit, &draft)?;
        Ok(None)
    }

    /// Appends a move to `plan`; the undone moves can no longer come back.
    fn push_move(&self, plan: &str, mv: &Move) -> Tx<Option<Move>> {
        let mut rec = header(self.plans, plan)?;
        not_applied(plan, &rec)?;
        for i in rec.moves..rec.moves + rec.redo {
            self.redo.remove(&move_key(rec.id, i))?;
        }
        let key = move_key(rec.id, rec.moves);
        self.moves
            .insert(&key, encode_move(&key, mv).or_else(abort)?)?;
        rec.moves += 1;
        rec.redo = 0;
        put_header(self.plans, plan, &rec)?;
        let mut draft = Draft::new("move")
            .plan(rec.id, plan)
            .with("no", rec.moves.to_string())
            .with("nip", mv.nip.as_str())
            .with("from", seat(&mv.from))
            .with("to", seat(&mv.to));
        if let Some(r) = &mv.reason {
            draft = draft.with("reason", r.clone());
        }
        append_audit(self.audit, &draft)?;
        Ok(Some(mv.clone()))
    }

    /// Records the review of move `index` of `plan` (`None` takes the decision back).
    fn decide(&self, plan: &str, index: usize, review: &Option<Review>) -> Tx<Option<Move>> {
        let rec = header(self.plans, plan)?;
        not_applied(plan, &rec)?;
        if index as u64 >= rec.moves {
            return abort(StoreError::Refused(msg!(
                "store-no-move",
                plan = plan,
                moves = rec.moves,
                number = (index + 1).to_string()
            )));
        }
        let key = move_key(rec.id, index as u64);
        let mut m = self.get_move(self.moves, PLAN_MOVES, &key)?;
        m.review = review.clone();
        self.moves
            .insert(&key, encode_move(&key, &m).or_else(abort)?)?;
        let mut draft = Draft::new("decide")
            .plan(rec.id, plan)
            .with("no", (index + 1).to_string())
            .with("nip", m.nip.as_str())
            .with(
                "decision",
                review.as_ref().map_or("-", |r| r.decision.code()),
            );
        if let Some(remark) = review.as_ref().and_then(|r| r.remark.clone()) {
            draft = draft.with("remark", remark);
        }
        append_audit(self.audit, &draft)?;
        Ok(Some(m))
    }

    pub(super) fn change(&self, change: &PlanChange) -> Tx<Option<Move>> {
        match change {
            PlanChange::Create { name, by, at } => {
                if self.plans.get(name.as_bytes())?.is_some() {
                    return abort(plan_exists(name));
                }
                let id = next_plan_id(self.plans)?;
                let rec = PlanRec {
                    id,
                    created_by: by.clone(),
                    created_at: Stamp::of(*at),
                    moves: 0,
                    redo: 0,
                    applied_at: None,
                };
                put_header(self.plans, name, &rec)?;
                append_audit(self.audit, &Draft::new("plan_new").plan(id, name))?;
                Ok(None)
            }
            PlanChange::Rename { from, to } => {
                let rec = header(self.plans, from)?;
                if self.plans.get(to.as_bytes())?.is_some() {
                    return abort(plan_exists(to));
                }
                self.plans.remove(from.as_bytes())?;
                put_header(self.plans, to, &rec)?;
                let draft = Draft::new("plan_rename")
                    .plan(rec.id, to)
                    .with("from", from);
                append_audit(self.audit, &draft)?;
                Ok(None)
            }
            PlanChange::Duplicate { from, to, by, at } => self.duplicate(from, to, by, *at),
            PlanChange::Delete { name } => {
                let rec = header(self.plans, name)?;
                for i in 0..rec.moves {
                    self.moves.remove(&move_key(rec.id, i))?;
                }
                for i in rec.moves..rec.moves + rec.redo {
                    self.redo.remove(&move_key(rec.id, i))?;
                }
                self.plans.remove(name.as_bytes())?;
                let draft = Draft::new("plan_delete")
                    .plan(rec.id, name)
                    .with("moves", rec.moves.to_string());
                append_audit(self.audit, &draft)?;
                Ok(None)
            }
            PlanChange::Move { plan, mv } => self.push_move(plan, mv),
            PlanChange::Undo { plan } => {
                let mut rec = header(self.plans, plan)?;
                not_applied(plan, &rec)?;
                if rec.moves == 0 {
                    return Ok(None);
                }
                let key = move_key(rec.id, rec.moves - 1);
                let m = self.get_move(self.moves, PLAN_MOVES, &key)?;
                self.moves.remove(&key)?;
                self.redo
                    .insert(&key, encode_move(&key, &m).or_else(abort)?)?;
                rec.moves -= 1;
                rec.redo += 1;
                put_header(self.plans, plan, &rec)?;
                let draft = Draft::new("undo")
                    .plan(rec.id, plan)
                    .with("no", (rec.moves + 1).to_string())
                    .with("nip", m.nip.as_str())
                    .with("from", seat(&m.from))
                    .with("to", seat(&m.to));
                append_audit(self.audit, &draft)?;
                Ok(Some(m))
            }
            PlanChange::Redo { plan } => {
                let mut rec = header(self.plans, plan)?;
                not_applied(plan, &rec)?;
                if rec.redo == 0 {
                    return Ok(None);
                }
                let key = move_key(rec.id, rec.moves);
                let m = self.get_move(self.redo, PLAN_REDO, &key)?;
                self.redo.remove(&key)?;
                self.moves
                    .insert(&key, encode_move(&key, &m).or_else(abort)?)?;
                rec.moves += 1;
                rec.redo -= 1;
                put_header(self.plans, plan, &rec)?;
                let draft = Draft::new("redo")
                    .plan(rec.id, plan)
                    .with("no", rec.moves.to_string())
                    .with("nip", m.nip.as_str())
                    .with("from", seat(&m.from))
                    .with("to", seat(&m.to));
                append_audit(self.audit, &draft)?;
                Ok(Some(m))
            }
            PlanChange::Decide {
                plan,
                index,
                review,
            } => self.decide(plan, *index, review),
            PlanChange::Apply { .. } => abort(StoreError::Db(msg!("store-apply-own-transaction"))),
        }
    }
}
