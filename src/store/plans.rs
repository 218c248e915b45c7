//! Plans, their moves and the audit log in the sled database, beside the baseline.
//!
//! Trees (outside the `g{n}/` generations, so they outlive a baseline replacement):
//! - `plans`: plan name -> [`PlanRec`] (id, author, time, move and redo counts, applied);
//!   the key `\0next_id` holds the next plan id (names cannot hold control characters).
//! - `plan_moves`: plan id (u64 BE) + index (u64 BE) -> [`MoveRec`], indexes `0..moves`.
//! - `plan_redo`: the same keys for undone moves, indexes `moves..moves + redo`; the lowest
//!   is the most recently undone. Undo moves key `moves - 1` from `plan_moves` here; redo
//!   moves it back; a new move removes them all. Every key a change touches is known from
//!   the header, so each change is one sled transaction without scans.
//! - `audit`: sequence number (u64 BE) -> prev hash (32) + own hash (32) + entry bytes, and
//!   the key `head` -> last sequence number + its hash. The hash is SHA-256 over the previous
//!   hash and the entry bytes exactly as stored, so an edited, removed or reordered entry
//!   breaks the chain; `head` reveals a truncated tail.
//!
//! Every change runs as one transaction together with its audit entry and is flushed before
//! `Ok` is returned: an acknowledged change survives a kill, and a kill never leaves half.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sled::transaction::{
    ConflictableTransactionError, ConflictableTransactionResult, TransactionError,
    TransactionalTree,
};
use sled::{Db, Transactional, Tree};
use time::{OffsetDateTime, UtcOffset};

use super::StoreError;
use super::codec;
use super::sled_store::{SledStore, db_err, poisoned};
use crate::domain::Nip;
use crate::domain::plan::{Decision, Move, Plan, Review};
use crate::domain::plan_ops::{Application, check_plan_name};

/// Tree of plan headers by name.
pub const PLANS: &str = "plans";
/// Tree of the moves of every plan.
pub const PLAN_MOVES: &str = "plan_moves";
/// Tree of the undone moves of every plan.
pub const PLAN_REDO: &str = "plan_redo";
/// Tree of the audit log.
pub const AUDIT: &str = "audit";

const K_NEXT_ID: &[u8] = b"\0next_id";
const K_HEAD: &[u8] = b"head";

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

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: u64,
    pub at: OffsetDateTime,
    /// The OS user (USER or LOGNAME).
    pub user: String,
    /// The SSH client address when the change came over SSH.
    pub ssh: Option<String>,
    /// What was done: `import`, `plan_new`, `move`, `undo`, `decide`, `apply`, ...
    pub action: String,
    /// The plan concerned: its id (stable across renames) and its name at the time.
    pub plan: Option<(u64, String)>,
    /// Details as ordered key/value pairs (`nip`, `from`, `to`, `reason`, ...).
    pub detail: Vec<(String, String)>,
    /// This entry's hash, hex.
    pub hash: String,
}

/// The result of checking the audit chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditVerdict {
    Intact {
        entries: u64,
    },
    /// The first entry found wrong (`seq`), and why.
    Broken {
        seq: u64,
        reason: String,
    },
}

#[derive(Serialize, Deserialize, Clone, Copy)]
struct Stamp {
    unix_nanos: i128,
    offset_seconds: i32,
}

impl Stamp {
    fn of(t: OffsetDateTime) -> Stamp {
        Stamp {
            unix_nanos: t.unix_timestamp_nanos(),
            offset_seconds: t.offset().whole_seconds(),
        }
    }

    fn time(self, tree: &str, key: &[u8]) -> Result<OffsetDateTime, StoreError> {
        let offset = UtcOffset::from_whole_seconds(self.offset_seconds)
            .map_err(|e| corrupt(tree, key, e.to_string()))?;
        OffsetDateTime::from_unix_timestamp_nanos(self.unix_nanos)
            .map(|t| t.to_offset(offset))
            .map_err(|e| corrupt(tree, key, e.to_string()))
    }
}

#[derive(Serialize, Deserialize, Clone)]
struct PlanRec {
    id: u64,
    created_by: String,
    created_at: Stamp,
    moves: u64,
    redo: u64,
    applied_at: Option<Stamp>,
}

#[derive(Serialize, Deserialize)]
struct ReviewRec<'a> {
    decision: u8,
    remark: Option<Cow<'a, str>>,
    by: Cow<'a, str>,
    at: Stamp,
}

#[derive(Serialize, Deserialize)]
struct MoveRec<'a> {
    nip: Cow<'a, str>,
    from: Option<Cow<'a, str>>,
    to: Option<Cow<'a, str>>,
    reason: Option<Cow<'a, str>>,
    author: Cow<'a, str>,
    at: Stamp,
    review: Option<ReviewRec<'a>>,
}

/// The canonical bytes of an audit entry (hashed as stored).
#[derive(Serialize, Deserialize)]
struct AuditBody<'a> {
    seq: u64,
    at: Stamp,
    user: Cow<'a, str>,
    ssh: Option<Cow<'a, str>>,
    action: Cow<'a, str>,
    plan: Option<(u64, Cow<'a, str>)>,
    detail: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

// Stored decision codes: never renumber, only append.
const DECISIONS: &[(Decision, u8)] = &[
    (Decision::Setuju, 1),
    (Decision::Tunda, 2),
    (Decision::Tolak, 3),
];

fn corrupt(tree: &str, key: &[u8], message: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        key: format!("{tree}/{}", hex(key)),
        message: message.into(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn encode<T: Serialize>(tree: &str, key: &[u8], rec: &T) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(rec).map_err(|e| corrupt(tree, key, format!("cannot encode: {e}")))
}

fn decode<'a, T: Deserialize<'a>>(tree: &str, key: &[u8], v: &'a [u8]) -> Result<T, StoreError> {
    postcard::from_bytes(v).map_err(|e| corrupt(tree, key, e.to_string()))
}

fn move_key(plan: u64, index: u64) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&plan.to_be_bytes());
    k[8..].copy_from_slice(&index.to_be_bytes());
    k
}

fn encode_move(key: &[u8], m: &Move) -> Result<Vec<u8>, StoreError> {
    let rec = MoveRec {
        nip: Cow::Borrowed(m.nip.as_str()),
        from: m.from.as_deref().map(Cow::Borrowed),
        to: m.to.as_deref().map(Cow::Borrowed),
        reason: m.reason.as_deref().map(Cow::Borrowed),
        author: Cow::Borrowed(&m.author),
        at: Stamp::of(m.at),
        review: m.review.as_ref().map(|r| ReviewRec {
            decision: DECISIONS
                .iter()
                .find(|(d, _)| *d == r.decision)
                .map_or(0, |(_, c)| *c),
            remark: r.remark.as_deref().map(Cow::Borrowed),
            by: Cow::Borrowed(&r.by),
            at: Stamp::of(r.at),
        }),
    };
    encode(PLAN_MOVES, key, &rec)
}

fn decode_move(tree: &str, key: &[u8], v: &[u8]) -> Result<Move, StoreError> {
    let rec: MoveRec = decode(tree, key, v)?;
    let nip = Nip::parse(&rec.nip).map_err(|e| corrupt(tree, key, e.to_string()))?;
    let review = match rec.review {
        None => None,
        Some(r) => Some(Review {
            decision: DECISIONS
                .iter()
                .find(|(_, c)| *c == r.decision)
                .map(|(d, _)| *d)
                .ok_or_else(|| corrupt(tree, key, format!("unknown decision {}", r.decision)))?,
            remark: r.remark.map(Cow::into_owned),
            by: r.by.into_owned(),
            at: r.at.time(tree, key)?,
        }),
    };
    Ok(Move {
        nip,
        from: rec.from.map(Cow::into_owned),
        to: rec.to.map(Cow::into_owned),
        reason: rec.reason.map(Cow::into_owned),
        author: rec.author.into_owned(),
        at: rec.at.time(tree, key)?,
        review,
    })
}

type Tx<T> = ConflictableTransactionResult<T, StoreError>;

fn abort<T>(e: StoreError) -> Tx<T> {
    Err(ConflictableTransactionError::Abort(e))
}

fn tx_err(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => db_err(e),
    }
}

fn no_plan(name: &str) -> StoreError {
    StoreError::Refused(format!(
        "no plan named \"{name}\"; list plans with: penata plan list"
    ))
}

fn plan_exists(name: &str) -> StoreError {
    StoreError::Refused(format!(
        "a plan named \"{name}\" already exists; choose another name"
    ))
}

fn check_name(name: &str) -> Result<(), StoreError> {
    check_plan_name(name).map_err(StoreError::Refused)
}

/// The plan header inside a transaction, or an abort naming the unknown plan.
fn header(plans: &TransactionalTree, name: &str) -> Tx<PlanRec> {
    match plans.get(name.as_bytes())? {
        None => abort(no_plan(name)),
        Some(v) => decode(PLANS, name.as_bytes(), &v).or_else(abort),
    }
}

fn put_header(plans: &TransactionalTree, name: &str, rec: &PlanRec) -> Tx<()> {
    let v = encode(PLANS, name.as_bytes(), rec).or_else(abort)?;
    plans.insert(name.as_bytes(), v)?;
    Ok(())
}

/// Refuses changes to a plan that was applied (it is the record of what happened).
fn not_applied(name: &str, rec: &PlanRec) -> Tx<()> {
    match rec.applied_at {
        None => Ok(()),
        Some(at) => {
            let when = at
                .time(PLANS, name.as_bytes())
                .map(|t| t.date().to_string())
                .unwrap_or_default();
            abort(StoreError::Refused(format!(
                "plan \"{name}\" was applied to the baseline on {when}; to keep planning, \
                 duplicate it: penata plan duplicate \"{name}\" NEW"
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

/// What an audit entry says, before it gets its sequence number, time and hashes.
pub(super) struct Draft {
    pub action: &'static str,
    pub plan: Option<(u64, String)>,
    pub detail: Vec<(&'static str, String)>,
}

impl Draft {
    pub(super) fn new(action: &'static str) -> Draft {
        Draft {
            action,
            plan: None,
            detail: Vec::new(),
        }
    }

    pub(super) fn with(mut self, key: &'static str, value: impl Into<String>) -> Draft {
        self.detail.push((key, value.into()));
        self
    }

    fn plan(mut self, id: u64, name: &str) -> Draft {
        self.plan = Some((id, name.to_string()));
        self
    }
}

/// The OS user and SSH client address of this process, for the audit log.
fn actor() -> (String, Option<String>) {
    (super::actor::os_user(), super::actor::ssh_client())
}

fn chain_hash(prev: &[u8; 32], body: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(body);
    h.finalize().into()
}

/// Appends an audit entry inside a transaction, continuing the hash chain from `head`.
pub(super) fn append_audit(audit: &TransactionalTree, draft: &Draft) -> Tx<u64> {
    let (last, prev) = match audit.get(K_HEAD)? {
        None => (0, [0u8; 32]),
        Some(v) => match parse_head(&v) {
            Some(h) => h,
            None => return abort(corrupt(AUDIT, K_HEAD, "not a sequence number and hash")),
        },
    };
    let seq = last + 1;
    let (user, ssh) = actor();
    let body = AuditBody {
        seq,
        at: Stamp::of(crate::store::actor::now()),
        user: Cow::Owned(user),
        ssh: ssh.map(Cow::Owned),
        action: Cow::Borrowed(draft.action),
        plan: draft
            .plan
            .as_ref()
            .map(|(id, n)| (*id, Cow::Borrowed(n.as_str()))),
        detail: draft
            .detail
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), Cow::Borrowed(v.as_str())))
            .collect(),
    };
    let key = seq.to_be_bytes();
    let bytes = encode(AUDIT, &key, &body).or_else(abort)?;
    let hash = chain_hash(&prev, &bytes);
    let mut value = Vec::with_capacity(64 + bytes.len());
    value.extend_from_slice(&prev);
    value.extend_from_slice(&hash);
    value.extend_from_slice(&bytes);
    audit.insert(&key, value)?;
    let mut head = [0u8; 40];
    head[..8].copy_from_slice(&key);
    head[8..].copy_from_slice(&hash);
    audit.insert(K_HEAD, &head[..])?;
    Ok(seq)
}

fn parse_head(v: &[u8]) -> Option<(u64, [u8; 32])> {
    let seq = u64::from_be_bytes(v.get(..8)?.try_into().ok()?);
    let hash = v.get(8..40)?.try_into().ok()?;
    (v.len() == 40).then_some((seq, hash))
}

/// The audit tree, for the baseline changes in `sled_store` to log into.
pub(super) fn audit_tree(db: &Db) -> Result<Tree, StoreError> {
    db.open_tree(AUDIT).map_err(db_err)
}

/// The four trees a plan change touches.
struct PlanTrees {
    plans: Tree,
    moves: Tree,
    redo: Tree,
    audit: Tree,
}

impl SledStore {
    fn plan_trees(&self) -> Result<PlanTrees, StoreError> {
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
                    format!("{} moves stored, {} expected", rows.len(), to - from),
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
            .ok_or_else(|| StoreError::Refused("the database holds no organization".into()))?;
        let t = self.plan_trees()?;
        (&t.plans, &t.audit, employees)
            .transaction(|(plans, audit, employees)| {
                let mut rec = header(plans, name)?;
                not_applied(name, &rec)?;
                if app.applied.iter().any(|&i| i as u64 >= rec.moves) {
                    return abort(StoreError::Refused(format!(
                        "plan \"{name}\" changed while it was being applied; apply it again"
                    )));
                }
                for (nip, to) in &app.seats {
                    let key = codec::employee_key(nip);
                    let Some(v) = employees.get(key)? else {
                        return abort(StoreError::Refused(format!(
                            "employee {} is no longer in the baseline; apply the plan again",
                            nip.grouped()
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

    /// Audit entries in order; with `plan`, only those about that plan (by its id, so
    /// entries from before a rename are included; by name for a deleted plan).
    pub(super) fn audit_entries(&self, plan: Option<&str>) -> Result<Vec<AuditEntry>, StoreError> {
        let t = self.plan_trees()?;
        let id = match plan {
            None => None,
            Some(name) => match t.plans.get(name.as_bytes()).map_err(db_err)? {
                Some(v) => Some(decode::<PlanRec>(PLANS, name.as_bytes(), &v)?.id),
                None => None,
            },
        };
        let mut out = Vec::new();
        for kv in t.audit.iter() {
            let (k, v) = kv.map_err(db_err)?;
            if k.len() != 8 {
                continue;
            }
            let e = decode_entry(&k, &v)?;
            let keep = match (plan, id, &e.plan) {
                (None, _, _) => true,
                (Some(_), Some(id), Some((pid, _))) => *pid == id,
                (Some(name), None, Some((_, n))) => n == name,
                _ => false,
            };
            if keep {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Walks the audit chain from the first entry; names the first entry that is wrong.
    pub(super) fn verify_audit_chain(&self) -> Result<AuditVerdict, StoreError> {
        let t = self.plan_trees()?;
        let mut prev = [0u8; 32];
        let mut expected = 1u64;
        for kv in t.audit.iter() {
            let (k, v) = kv.map_err(db_err)?;
            if k.len() != 8 {
                continue;
            }
            let seq = u64::from_be_bytes(k.as_ref().try_into().unwrap_or([0xff; 8]));
            let broken = |reason: &str| {
                Ok(AuditVerdict::Broken {
                    seq,
                    reason: reason.to_string(),
                })
            };
            if seq != expected {
                return Ok(AuditVerdict::Broken {
                    seq: expected,
                    reason: format!("entry {expected} is missing (the next one is {seq})"),
                });
            }
            if v.len() < 64 {
                return broken("the entry is truncated");
            }
            if v[..32] != prev {
                return broken("it does not carry the previous entry's hash");
            }
            if chain_hash(&prev, &v[64..]) != v[32..64] {
                return broken("its content does not match its hash (edited)");
            }
            match decode::<AuditBody>(AUDIT, &k, &v[64..]) {
                Ok(body) if body.seq == seq => {}
                _ => return broken("its content is unreadable or names another number"),
            }
            prev.copy_from_slice(&v[32..64]);
            expected += 1;
        }
        let last = expected - 1;
        match t.audit.get(K_HEAD).map_err(db_err)? {
            None if last == 0 => Ok(AuditVerdict::Intact { entries: 0 }),
            None => Ok(AuditVerdict::Broken {
                seq: last,
                reason: "the log's head record is missing".into(),
            }),
            Some(h) => match parse_head(&h) {
                Some((seq, hash)) if seq == last && hash == prev => {
                    Ok(AuditVerdict::Intact { entries: last })
                }
                Some((seq, _)) if seq > last => Ok(AuditVerdict::Broken {
                    seq: last + 1,
                    reason: format!("entries {} to {seq} were removed", last + 1),
                }),
                _ => Ok(AuditVerdict::Broken {
                    seq: last,
                    reason: "the log's head record does not match the last entry".into(),
                }),
            },
        }
    }
}

fn summary(key: &[u8], rec: &PlanRec) -> Result<PlanSummary, StoreError> {
    Ok(PlanSummary {
        name: String::from_utf8(key.to_vec()).map_err(|_| corrupt(PLANS, key, "not UTF-8"))?,
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

fn decode_entry(key: &[u8], v: &[u8]) -> Result<AuditEntry, StoreError> {
    let body: AuditBody = decode(AUDIT, key, v.get(64..).unwrap_or_default())?;
    Ok(AuditEntry {
        seq: body.seq,
        at: body.at.time(AUDIT, key)?,
        user: body.user.into_owned(),
        ssh: body.ssh.map(Cow::into_owned),
        action: body.action.into_owned(),
        plan: body.plan.map(|(id, n)| (id, n.into_owned())),
        detail: body
            .detail
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        hash: hex(v.get(32..64).unwrap_or_default()),
    })
}

/// The trees of one plan transaction.
struct TxTrees<'a> {
    plans: &'a TransactionalTree,
    moves: &'a TransactionalTree,
    redo: &'a TransactionalTree,
    audit: &'a TransactionalTree,
}

fn seat(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

impl TxTrees<'_> {
    fn get_move(&self, tree: &TransactionalTree, name: &str, key: &[u8]) -> Tx<Move> {
        match tree.get(key)? {
            Some(v) => decode_move(name, key, &v).or_else(abort),
            None => abort(corrupt(
                name,
                key,
                "a move the plan header counts is missing",
            )),
        }
    }

    fn change(&self, change: &PlanChange) -> Tx<Option<Move>> {
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
            PlanChange::Duplicate { from, to, by, at } => {
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
                    created_by: by.clone(),
                    created_at: Stamp::of(*at),
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
            PlanChange::Move { plan, mv } => {
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
            } => {
                let rec = header(self.plans, plan)?;
                not_applied(plan, &rec)?;
                if *index as u64 >= rec.moves {
                    return abort(StoreError::Refused(format!(
                        "plan \"{plan}\" has {} moves; there is no move {}",
                        rec.moves,
                        index + 1
                    )));
                }
                let key = move_key(rec.id, *index as u64);
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
            PlanChange::Apply { .. } => abort(StoreError::Db(
                "apply runs in its own transaction (a bug)".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests;
