//! What a start shows while the employees are still being read: the organization's name
//! and its top-level units with their headcounts, from the snapshot's unit and position
//! records and holder counts alone (see `docs/architecture.md`, "The startup path").
//!
//! It is only drawn, never changed by keys: keys pressed meanwhile wait, in order, for the
//! real state.

use crate::domain::{Headcount, Organization};
use crate::lang::Lang;

/// The first frame's data, before the employees arrive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The organization's name.
    pub name: String,
    /// Employees being read.
    pub employees: u64,
    /// Top-level units in tree order, with their whole subtree's headcount.
    pub units: Vec<(String, Headcount)>,
    /// People not yet placed.
    pub unplaced: u32,
    /// The language it speaks: Bahasa Indonesia unless the runtime sets the resolved one.
    pub lang: Lang,
}

impl Preview {
    /// The preview of `org` (units and positions, no employees) where `filled[p]` people
    /// hold position `p`.
    pub fn new(org: &Organization, filled: &[u32], unplaced: u32, employees: u64) -> Preview {
        let heads = org.unit_headcounts_with(|p| filled.get(p as usize).copied().unwrap_or(0));
        let units = org
            .roots()
            .iter()
            .map(|&u| {
                (
                    org.unit(u).name.clone(),
                    heads.get(u as usize).copied().unwrap_or_default(),
                )
            })
            .collect();
        Preview {
            name: org.name().to_string(),
            employees,
            units,
            unplaced,
            lang: Lang::Id,
        }
    }
}
