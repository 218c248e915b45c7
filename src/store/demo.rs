//! The built-in demo organization (a subset of Pemerintah Kota Semarang), compiled into the
//! binary and loaded on first start with an empty database.

use std::path::Path;

use super::format::parse_v1;
use super::{Change, OrgStore, StoreError};
use crate::lang::{Msg, msg};

/// The demo organization in `penata/v1` format.
pub const DEMO_JSON: &str = include_str!("../../fixtures/demo-semarang.json");

/// The demo's file name, used in messages.
pub const DEMO_FILE: &str = "fixtures/demo-semarang.json";

/// Loads the demo into an empty database; returns the notice to show, or `None` when the
/// database already held data.
pub fn ensure_demo(store: &dyn OrgStore, dir: &Path) -> Result<Option<Msg>, StoreError> {
    let info = store.info()?;
    if info.units > 0 || info.positions > 0 || info.employees > 0 {
        return Ok(None);
    }
    let org = parse_v1(DEMO_FILE, DEMO_JSON)
        .map_err(|e| StoreError::Refused(msg!("store-demo-invalid", error = e.msg())))?;
    let notice = msg!(
        "store-demo-loaded",
        organization = org.name(),
        employees = org.employees().len(),
        dir = dir.display().to_string()
    );
    store.apply(&Change::ReplaceOrganization { org, demo: true })?;
    Ok(Some(notice))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_is_valid_and_big_enough() {
        let org = parse_v1(DEMO_FILE, DEMO_JSON).unwrap();
        assert_eq!(org.name(), "Pemerintah Kota Semarang");
        assert!(org.units().len() >= 25, "units {}", org.units().len());
        assert!(
            org.positions().len() >= 120,
            "positions {}",
            org.positions().len()
        );
        assert!(
            org.employees().len() >= 400,
            "employees {}",
            org.employees().len()
        );
        assert!(!org.unplaced().is_empty(), "a pool of staff not yet placed");
        let abolished_but_held = org
            .positions()
            .iter()
            .enumerate()
            .any(|(i, p)| p.formation == 0 && !org.holders(i as u32).is_empty());
        assert!(
            abolished_but_held,
            "a seat being abolished that is still occupied"
        );
        let kinds: std::collections::HashSet<_> =
            org.employees().iter().map(|e| e.nip.kind()).collect();
        assert_eq!(kinds.len(), 2, "PNS and PPPK");
    }
}
