//! The audit log replayed against the data (`penata check`): every plan, move, decision,
//! note and import the data holds has its audit entry, and every entry its effect in the
//! data. The replay rebuilds, from the entries alone, what the plans must hold (their names,
//! moves, reasons, decisions and undone moves), which organization is live with how many
//! people, and which notes and readiness were written since the last import; each
//! difference from the data is one finding. Pure: the caller reads the log and the data.
//!
//! What it cannot see: the notes and readiness that came with an imported file (the import
//! entry records the file's counts, not its contents), and a data edit made together with a
//! matching rewrite of the whole chain (see README, "Security").

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::{AuditEntry, StoreInfo};
use crate::domain::plan::Plan;
use crate::domain::{Nip, Organization};
use crate::lang::{Msg, msg};

/// A move as the log says it was made.
#[derive(Debug, Clone, PartialEq)]
struct Logged {
    nip: String,
    from: String,
    to: String,
    reason: Option<String>,
    decision: String,
    remark: Option<String>,
}

/// A plan as the log rebuilds it.
#[derive(Debug, Clone, Default)]
struct LoggedPlan {
    name: String,
    moves: Vec<Logged>,
    redo: Vec<Logged>,
}

fn detail<'a>(e: &'a AuditEntry, key: &str) -> Option<&'a str> {
    e.detail
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn seat(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

/// What the log says the baseline is.
struct Baseline {
    /// The organization named by the last import or refresh, and when it happened.
    organization: Option<(String, OffsetDateTime)>,
    /// The headcount the imports add up to (unknown after a refresh).
    employees: Option<u64>,
    /// Notes written since the last import: (NIP, text, entry number).
    notes: Vec<(String, String, u64)>,
    /// The last readiness written per NIP since the last import.
    readiness: BTreeMap<String, (String, u64)>,
}

/// Replays `entries` (in order) against the plans, the organization and its summary;
/// returns one message per difference.
pub fn replay(
    entries: &[AuditEntry],
    plans: &[Plan],
    org: &Organization,
    info: &StoreInfo,
) -> Vec<Msg> {
    let mut found = Vec::new();
    let logged = replay_plans(entries, &mut found);
    compare_plans(&logged, plans, &mut found);
    let baseline = replay_baseline(entries);
    compare_baseline(&baseline, org, info, &mut found);
    found
}

fn replay_plans(entries: &[AuditEntry], found: &mut Vec<Msg>) -> BTreeMap<u64, LoggedPlan> {
    let mut plans: BTreeMap<u64, LoggedPlan> = BTreeMap::new();
    for e in entries {
        let Some((id, name)) = &e.plan else { continue };
        let seq = e.seq.to_string();
        if e.action == "plan_new" {
            plans.insert(
                *id,
                LoggedPlan {
                    name: name.clone(),
                    ..LoggedPlan::default()
                },
            );
            continue;
        }
        if e.action == "plan_duplicate" {
            let from = detail(e, "from").unwrap_or_default();
            let source = plans.values().find(|p| p.name == from).cloned();
            let Some(mut copy) = source else {
                found.push(msg!("store-replay-unknown-plan", seq = seq, plan = from));
                continue;
            };
            copy.name = name.clone();
            for m in copy.moves.iter_mut().chain(copy.redo.iter_mut()) {
                m.decision = "-".into();
                m.remark = None;
            }
            plans.insert(*id, copy);
            continue;
        }
        let Some(plan) = plans.get_mut(id) else {
            found.push(msg!(
                "store-replay-unknown-plan",
                seq = seq,
                plan = name.as_str()
            ));
            continue;
        };
        match e.action.as_str() {
            "plan_rename" => plan.name = name.clone(),
            "plan_delete" => {
                plans.remove(id);
            }
            "move" => {
                plan.redo.clear();
                plan.moves.push(Logged {
                    nip: detail(e, "nip").unwrap_or_default().into(),
                    from: detail(e, "from").unwrap_or("-").into(),
                    to: detail(e, "to").unwrap_or("-").into(),
                    reason: detail(e, "reason").map(str::to_string),
                    decision: "-".into(),
                    remark: None,
                });
            }
            "undo" => {
                if let Some(m) = plan.moves.pop() {
                    plan.redo.push(m);
                }
            }
            "redo" => {
                if let Some(m) = plan.redo.pop() {
                    plan.moves.push(m);
                }
            }
            "decide" => {
                let no: usize = detail(e, "no").and_then(|n| n.parse().ok()).unwrap_or(0);
                match no.checked_sub(1).and_then(|i| plan.moves.get_mut(i)) {
                    Some(m) => {
                        m.decision = detail(e, "decision").unwrap_or("-").into();
                        m.remark = detail(e, "remark").map(str::to_string);
                    }
                    None => found.push(msg!(
                        "store-replay-no-such-move",
                        seq = seq,
                        plan = name.as_str(),
                        no = no.to_string()
                    )),
                }
            }
            _ => {}
        }
    }
    plans
}

fn compare_plans(logged: &BTreeMap<u64, LoggedPlan>, plans: &[Plan], found: &mut Vec<Msg>) {
    for p in plans {
        if !logged.values().any(|l| l.name == p.name) {
            found.push(msg!("store-replay-plan-unlogged", plan = p.name.as_str()));
        }
    }
    for l in logged.values() {
        let Some(p) = plans.iter().find(|p| p.name == l.name) else {
            found.push(msg!("store-replay-plan-missing", plan = l.name.as_str()));
            continue;
        };
        let counts = [
            ("moves", l.moves.len(), p.moves.len()),
            ("redo", l.redo.len(), p.redo.len()),
        ];
        for (what, want, got) in counts {
            if want != got {
                found.push(msg!(
                    "store-replay-count",
                    plan = l.name.as_str(),
                    what = what,
                    logged = want,
                    found = got
                ));
            }
        }
        for (i, (want, m)) in l.moves.iter().zip(&p.moves).enumerate() {
            let review = m.review.as_ref();
            let fields = [
                (
                    "nip",
                    Some(want.nip.clone()),
                    Some(m.nip.as_str().to_string()),
                ),
                ("from", Some(want.from.clone()), Some(seat(&m.from))),
                ("to", Some(want.to.clone()), Some(seat(&m.to))),
                ("reason", want.reason.clone(), m.reason.clone()),
                (
                    "decision",
                    Some(want.decision.clone()),
                    Some(review.map_or("-", |r| r.decision.code()).to_string()),
                ),
                (
                    "remark",
                    want.remark.clone(),
                    review.and_then(|r| r.remark.clone()),
                ),
            ];
            for (field, want, got) in fields {
                if want != got {
                    found.push(msg!(
                        "store-replay-move-differs",
                        plan = l.name.as_str(),
                        no = (i + 1).to_string(),
                        field = field
                    ));
                }
            }
        }
    }
}

fn replay_baseline(entries: &[AuditEntry]) -> Baseline {
    let mut b = Baseline {
        organization: None,
        employees: None,
        notes: Vec::new(),
        readiness: BTreeMap::new(),
    };
    for e in entries {
        match e.action.as_str() {
            "import" | "refresh" => {
                let name = detail(e, "organization").unwrap_or_default().to_string();
                b.organization = Some((name, e.at));
                b.employees = detail(e, "employees").and_then(|n| n.parse().ok());
                b.notes.clear();
                b.readiness.clear();
            }
            "import_employees" => {
                let added: Option<u64> = detail(e, "added").and_then(|n| n.parse().ok());
                b.employees = b.employees.zip(added).map(|(n, a)| n + a);
            }
            "note" => {
                let nip = detail(e, "nip").unwrap_or_default().to_string();
                if let Some(text) = detail(e, "text") {
                    b.notes.push((nip.clone(), text.to_string(), e.seq));
                }
                if let Some(r) = detail(e, "readiness") {
                    b.readiness.insert(nip, (r.to_string(), e.seq));
                }
            }
            _ => {}
        }
    }
    b
}

fn compare_baseline(b: &Baseline, org: &Organization, info: &StoreInfo, found: &mut Vec<Msg>) {
    let holds = info.units > 0 || info.positions > 0 || info.employees > 0;
    let Some((name, imported_at)) = &b.organization else {
        if holds {
            found.push(msg!(
                "store-replay-no-import",
                org = info.organization.as_str()
            ));
        }
        return;
    };
    if *name != info.organization {
        found.push(msg!(
            "store-replay-org-differs",
            logged = name.as_str(),
            found = info.organization.as_str()
        ));
    }
    if let Some(n) = b.employees
        && n != info.employees
    {
        found.push(msg!(
            "store-replay-employees-differ",
            logged = n,
            found = info.employees
        ));
    }
    let person = |nip: &str| {
        Nip::parse(nip)
            .ok()
            .and_then(|n| org.employee_ix(&n))
            .map(|ix| org.employee(ix))
    };
    // Every note written since the import is on its person, and the other way round.
    for (nip, text, seq) in &b.notes {
        let there = person(nip).is_some_and(|e| e.notes.iter().any(|n| n.text == *text));
        if !there {
            found.push(msg!(
                "store-replay-note-missing",
                nip = nip.as_str(),
                seq = seq.to_string()
            ));
        }
    }
    for e in org.employees() {
        for n in e.notes.iter().filter(|n| n.at > *imported_at) {
            let nip = e.nip.as_str();
            if !b.notes.iter().any(|(p, t, _)| p == nip && *t == n.text) {
                found.push(msg!("store-replay-note-unlogged", nip = nip));
            }
        }
    }
    for (nip, (code, seq)) in &b.readiness {
        let got = person(nip).map(|e| e.readiness.map_or("belum", |r| r.code()));
        if got != Some(code.as_str()) {
            found.push(msg!(
                "store-replay-readiness-differs",
                nip = nip.as_str(),
                seq = seq.to_string()
            ));
        }
    }
}

#[cfg(test)]
mod tests;
