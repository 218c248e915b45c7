//! The database invariants `penata check` verifies: every reference resolves, the units
//! form a forest, and the holder lists agree with each employee's seat.

use std::fmt;

use super::seat_label;
use crate::domain::nip::Nip;
use crate::domain::org::{EmployeeIx, Organization, PositionIx};
use crate::lang::{Msg, msg};

/// A broken database invariant found by [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    DuplicateId { kind: &'static str, id: String },
    UnknownParent { unit: String, parent: String },
    UnitCycle { unit: String },
    UnknownUnit { position: String, unit: String },
    UnknownSeat { nip: Nip, position: String },
    HolderIndex { nip: Nip, detail: HolderDetail },
}

/// How the holder lists disagree about an employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolderDetail {
    /// The employee is in no holder list.
    NoList,
    /// The employee is in several lists (the seat ids; `None` = the unplaced list) but
    /// holds `holds`.
    ListedIn {
        seats: Vec<Option<String>>,
        holds: Option<String>,
    },
}

impl HolderDetail {
    /// What is wrong, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            HolderDetail::NoList => msg!("domain-check-no-holder-list"),
            HolderDetail::ListedIn { seats, holds } => {
                // The seat ids, and "unplaced" for the list of people without one, in one
                // language: a Msg value per seat would be worded apart from the list.
                let list = seats
                    .iter()
                    .map(seat_label)
                    .reduce(|a, b| msg!("domain-check-seat-list", first = a, rest = b))
                    .unwrap_or_else(|| msg!("domain-record", label = ""));
                msg!(
                    "domain-check-listed-in-seats",
                    count = seats.len(),
                    seats = list,
                    holds = match holds {
                        Some(id) => msg!("domain-record", label = id),
                        None => msg!("domain-check-no-seat"),
                    },
                )
            }
        }
    }
}

impl Finding {
    /// The broken invariant, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            Finding::DuplicateId { kind, id } => {
                msg!("domain-check-duplicate", kind = *kind, id = id)
            }
            Finding::UnknownParent { unit, parent } => {
                msg!("domain-check-unknown-parent", unit = unit, parent = parent)
            }
            Finding::UnitCycle { unit } => msg!("domain-check-unit-cycle", unit = unit),
            Finding::UnknownUnit { position, unit } => {
                msg!(
                    "domain-check-unknown-unit",
                    position = position,
                    unit = unit
                )
            }
            Finding::UnknownSeat { nip, position } => msg!(
                "domain-check-unknown-seat",
                nip = nip.grouped(),
                position = position
            ),
            Finding::HolderIndex { nip, detail } => msg!(
                "domain-check-holder-index",
                nip = nip.grouped(),
                detail = detail.msg()
            ),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// Verifies the organization's invariants: every reference resolves, the unit graph is a
/// forest, and the holder lists agree with each employee's seat (so nobody is in two seats
/// or none).
pub fn check(org: &Organization) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, u) in org.units().iter().enumerate() {
        if org.unit_ix(&u.id) != Some(i as u32) {
            out.push(Finding::DuplicateId {
                kind: "unit",
                id: u.id.clone(),
            });
        }
        if let Some(p) = &u.parent
            && org.unit_ix(p).is_none()
        {
            out.push(Finding::UnknownParent {
                unit: u.id.clone(),
                parent: p.clone(),
            });
        }
    }
    for u in 0..org.units().len() as u32 {
        let mut cur = u;
        let mut steps = 0usize;
        while let Some(p) = org.parent(cur) {
            steps += 1;
            if p == u || steps > org.units().len() {
                out.push(Finding::UnitCycle {
                    unit: org.unit(u).id.clone(),
                });
                break;
            }
            cur = p;
        }
    }
    for (i, p) in org.positions().iter().enumerate() {
        if org.position_ix(&p.id) != Some(i as u32) {
            out.push(Finding::DuplicateId {
                kind: "position",
                id: p.id.clone(),
            });
        }
        if org.unit_ix(&p.unit).is_none() {
            out.push(Finding::UnknownUnit {
                position: p.id.clone(),
                unit: p.unit.clone(),
            });
        }
    }
    check_seats(org, &mut out);
    out
}

fn check_seats(org: &Organization, out: &mut Vec<Finding>) {
    // Where each employee appears in the holder lists and the unplaced list.
    let mut listed: Vec<Vec<Option<PositionIx>>> = vec![Vec::new(); org.employees().len()];
    for p in 0..org.positions().len() as u32 {
        for &e in org.holders(p) {
            if let Some(l) = listed.get_mut(e as usize) {
                l.push(Some(p));
            }
        }
    }
    for &e in org.unplaced() {
        if let Some(l) = listed.get_mut(e as usize) {
            l.push(None);
        }
    }
    for (i, emp) in org.employees().iter().enumerate() {
        let e = i as EmployeeIx;
        if org.employee_ix(&emp.nip) != Some(e) {
            out.push(Finding::DuplicateId {
                kind: "employee",
                id: emp.nip.grouped(),
            });
        }
        if let Some(id) = &emp.position
            && org.position_ix(id).is_none()
        {
            out.push(Finding::UnknownSeat {
                nip: emp.nip,
                position: id.clone(),
            });
        }
        let seat = org.seat_of(e);
        match listed[i].as_slice() {
            [one] if *one == seat => {}
            [] => out.push(Finding::HolderIndex {
                nip: emp.nip,
                detail: HolderDetail::NoList,
            }),
            many => out.push(Finding::HolderIndex {
                nip: emp.nip,
                detail: HolderDetail::ListedIn {
                    seats: many
                        .iter()
                        .map(|p| p.map(|p| org.position(p).id.clone()))
                        .collect(),
                    holds: seat.map(|p| org.position(p).id.clone()),
                },
            }),
        }
    }
}
