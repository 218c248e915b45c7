//! The audit log in the sled database: every change, who made it and when, in a hash chain.
//!
//! The `audit` tree lies outside the `g{n}/` generations, so it outlives a baseline
//! replacement:
//! - sequence number (u64 BE) -> prev hash (32) + own hash (32) + entry bytes;
//! - the key `head` -> last sequence number + its hash.
//!
//! The hash is SHA-256 over the previous hash and the entry bytes exactly as stored, so an
//! edited, removed or reordered entry breaks the chain; `head` reveals a truncated tail.
//!
//! Every change (baseline imports and notes in `sled_store`, plan changes in
//! [`super::plans`]) appends its entry with `append_audit` inside its own transaction, so a
//! change and its entry are written together or not at all.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sled::transaction::TransactionalTree;
use sled::{Db, Tree};
use time::OffsetDateTime;

use super::StoreError;
use super::plans::PLANS;
use super::plans::change::{Tx, abort};
use super::plans::records::{PlanRec, Stamp, corrupt, decode, encode, hex};
use super::sled_store::{SledStore, db_err};
use crate::lang::{Msg, msg};

/// Tree of the audit log.
pub const AUDIT: &str = "audit";

const K_HEAD: &[u8] = b"head";

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: u64,
    pub at: OffsetDateTime,
    /// The OS account of the real uid (never `$USER`, see `env::os_user`).
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
#[derive(Debug, Clone, PartialEq)]
pub enum AuditVerdict {
    Intact {
        entries: u64,
    },
    /// The first entry found wrong (`seq`), and why.
    Broken {
        seq: u64,
        reason: Msg,
    },
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

    pub(super) fn plan(mut self, id: u64, name: &str) -> Draft {
        self.plan = Some((id, name.to_string()));
        self
    }
}

/// The OS user and SSH client address of this process, for the audit log.
fn actor() -> (String, Option<String>) {
    (crate::env::os_user(), crate::env::ssh_client())
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
            None => return abort(corrupt(AUDIT, K_HEAD, msg!("store-audit-head-bad"))),
        },
    };
    let seq = last + 1;
    let (user, ssh) = actor();
    let body = AuditBody {
        seq,
        at: Stamp::of(crate::env::now()),
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

impl SledStore {
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

    /// The chain's head as `head` records it: the last entry's number and hash (hex), or
    /// `None` while nothing was logged. Printed on the minutes, so that a paper copy can
    /// later prove the chain still holds that entry (`penata log --verify --anchor`).
    pub fn audit_head(&self) -> Result<Option<(u64, String)>, StoreError> {
        let audit = audit_tree(&self.db)?;
        match audit.get(K_HEAD).map_err(db_err)? {
            None => Ok(None),
            Some(v) => parse_head(&v)
                .map(|(seq, hash)| Some((seq, hex(&hash))))
                .ok_or_else(|| corrupt(AUDIT, K_HEAD, msg!("store-audit-head-bad"))),
        }
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
            let broken = |reason: Msg| Ok(AuditVerdict::Broken { seq, reason });
            if seq != expected {
                return Ok(AuditVerdict::Broken {
                    seq: expected,
                    reason: msg!(
                        "store-audit-entry-missing",
                        expected = expected.to_string(),
                        next = seq.to_string()
                    ),
                });
            }
            if v.len() < 64 {
                return broken(msg!("store-audit-truncated"));
            }
            if v[..32] != prev {
                return broken(msg!("store-audit-prev-hash"));
            }
            if chain_hash(&prev, &v[64..]) != v[32..64] {
                return broken(msg!("store-audit-edited"));
            }
            match decode::<AuditBody>(AUDIT, &k, &v[64..]) {
                Ok(body) if body.seq == seq => {}
                _ => return broken(msg!("store-audit-unreadable")),
            }
            prev.copy_from_slice(&v[32..64]);
            expected += 1;
        }
        let last = expected - 1;
        match t.audit.get(K_HEAD).map_err(db_err)? {
            None if last == 0 => Ok(AuditVerdict::Intact { entries: 0 }),
            None => Ok(AuditVerdict::Broken {
                seq: last,
                reason: msg!("store-audit-head-missing"),
            }),
            Some(h) => match parse_head(&h) {
                Some((seq, hash)) if seq == last && hash == prev => {
                    Ok(AuditVerdict::Intact { entries: last })
                }
                Some((seq, _)) if seq > last => Ok(AuditVerdict::Broken {
                    seq: last + 1,
                    reason: msg!(
                        "store-audit-entries-removed",
                        from = (last + 1).to_string(),
                        to = seq.to_string()
                    ),
                }),
                _ => Ok(AuditVerdict::Broken {
                    seq: last,
                    reason: msg!("store-audit-head-mismatch"),
                }),
            },
        }
    }
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

#[cfg(test)]
mod tests;
