//! The stored records of plans (header, move, review) and the time stamp they share with
//! the audit log, as postcard bytes. Decisions are stored as explicit codes, so reordering
//! the domain enum cannot change the meaning of stored data.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, UtcOffset};

use super::PLAN_MOVES;
use crate::domain::Nip;
use crate::domain::plan::{Decision, Move, Review};
use crate::lang::{Msg, msg};
use crate::store::{StoreError, as_is};

#[derive(Serialize, Deserialize, Clone, Copy)]
pub(in crate::store) struct Stamp {
    unix_nanos: i128,
    offset_seconds: i32,
}

impl Stamp {
    pub(in crate::store) fn of(t: OffsetDateTime) -> Stamp {
        Stamp {
            unix_nanos: t.unix_timestamp_nanos(),
            offset_seconds: t.offset().whole_seconds(),
        }
    }

    pub(in crate::store) fn time(
        self,
        tree: &str,
        key: &[u8],
    ) -> Result<OffsetDateTime, StoreError> {
        let offset = UtcOffset::from_whole_seconds(self.offset_seconds)
            .map_err(|e| corrupt(tree, key, as_is(e.to_string())))?;
        OffsetDateTime::from_unix_timestamp_nanos(self.unix_nanos)
            .map(|t| t.to_offset(offset))
            .map_err(|e| corrupt(tree, key, as_is(e.to_string())))
    }
}

#[derive(Serialize, Deserialize, Clone)]
pub(in crate::store) struct PlanRec {
    pub(in crate::store) id: u64,
    pub(in crate::store) created_by: String,
    pub(in crate::store) created_at: Stamp,
    pub(in crate::store) moves: u64,
    pub(in crate::store) redo: u64,
    pub(in crate::store) applied_at: Option<Stamp>,
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

// Stored decision codes: never renumber, only append.
const DECISIONS: &[(Decision, u8)] = &[
    (Decision::Setuju, 1),
    (Decision::Tunda, 2),
    (Decision::Tolak, 3),
];

pub(in crate::store) fn corrupt(tree: &str, key: &[u8], message: Msg) -> StoreError {
    StoreError::Corrupt {
        key: format!("{tree}/{}", hex(key)),
        message,
    }
}

pub(in crate::store) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(in crate::store) fn encode<T: Serialize>(
    tree: &str,
    key: &[u8],
    rec: &T,
) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(rec).map_err(|e| {
        corrupt(
            tree,
            key,
            msg!("store-cannot-encode", error = e.to_string()),
        )
    })
}

pub(in crate::store) fn decode<'a, T: Deserialize<'a>>(
    tree: &str,
    key: &[u8],
    v: &'a [u8],
) -> Result<T, StoreError> {
    postcard::from_bytes(v).map_err(|e| corrupt(tree, key, as_is(e.to_string())))
}

pub(in crate::store) fn move_key(plan: u64, index: u64) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&plan.to_be_bytes());
    k[8..].copy_from_slice(&index.to_be_bytes());
    k
}

pub(in crate::store) fn encode_move(key: &[u8], m: &Move) -> Result<Vec<u8>, StoreError> {
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

pub(in crate::store) fn decode_move(tree: &str, key: &[u8], v: &[u8]) -> Result<Move, StoreError> {
    let rec: MoveRec = decode(tree, key, v)?;
    let nip = Nip::parse(&rec.nip).map_err(|e| corrupt(tree, key, as_is(e.to_string())))?;
    let review = match rec.review {
        None => None,
        Some(r) => Some(Review {
            decision: DECISIONS
                .iter()
                .find(|(_, c)| *c == r.decision)
                .map(|(d, _)| *d)
                .ok_or_else(|| {
                    corrupt(
                        tree,
                        key,
                        msg!("store-unknown-decision", code = r.decision.to_string()),
                    )
                })?,
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
