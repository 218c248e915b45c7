//! Walking one unit subtree: its units, its seats and the people who hold them.
//!
//! The talent views (9-box, gaps, workload, retirements) look at a subtree only, so they
//! cost what the subtree holds, not what the organization holds.

use super::org::{EmployeeIx, Organization, PositionIx, UnitIx};

/// The units of `unit`'s subtree (itself first, then depth-first in file order), or every
/// unit in the same order when `unit` is `None`.
pub fn subtree_units(org: &Organization, unit: Option<UnitIx>) -> Vec<UnitIx> {
    let mut order = Vec::new();
    let mut stack: Vec<UnitIx> = match unit {
        Some(u) => vec![u],
        None => org.roots().iter().rev().copied().collect(),
    };
    // The unit graph is a forest (validated); the bound guards against corrupt data.
    while let Some(u) = stack.pop() {
        if order.len() > org.units().len() {
            break;
        }
        order.push(u);
        stack.extend(org.children(u).iter().rev());
    }
    order
}

/// The seats of a subtree, unit by unit in [`subtree_units`] order.
pub fn subtree_positions(org: &Organization, unit: Option<UnitIx>) -> Vec<PositionIx> {
    subtree_units(org, unit)
        .into_iter()
        .flat_map(|u| org.positions_of(u).iter().copied())
        .collect()
}

/// Whether each unit lies in `unit`'s subtree (index = `UnitIx`), for membership tests in
/// a pass over all employees.
pub fn subtree_mask(org: &Organization, unit: UnitIx) -> Vec<bool> {
    let mut mask = vec![false; org.units().len()];
    for u in subtree_units(org, Some(unit)) {
        mask[u as usize] = true;
    }
    mask
}

/// The people a subtree view counts: the holders of its seats; with `None` (the whole
/// organization) also the people not yet placed.
pub fn subtree_people(org: &Organization, unit: Option<UnitIx>) -> Vec<EmployeeIx> {
    let mut people: Vec<EmployeeIx> = subtree_positions(org, unit)
        .into_iter()
        .flat_map(|p| org.holders(p).iter().copied())
        .collect();
    if unit.is_none() {
        people.extend_from_slice(org.unplaced());
    }
    people
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::{
        Competency, CompetencyGroup, Employee, Levels, Nip, Position, PositionType, Rank, Unit,
    };

    /// Two units (`a` > `a.b`) and a sibling root `c`; four seats; five people.
    pub(crate) fn org() -> Organization {
        let comps = ["INT", "KS", "KEU"]
            .iter()
            .map(|c| Competency {
                code: (*c).into(),
                name: (*c).into(),
                group: if *c == "KEU" {
                    CompetencyGroup::Teknis
                } else {
                    CompetencyGroup::Manajerial
                },
            })
            .collect();
        let unit = |id: &str, parent: Option<&str>| Unit {
            id: id.into(),
            name: format!("Unit {id}"),
            parent: parent.map(Into::into),
            feedback: Vec::new(),
            siasn_id: None,
        };
        let units = vec![unit("a", None), unit("a.b", Some("a")), unit("c", None)];
        let pos = |id: &str, unit: &str, kind, formation, req: &[(&str, u8)]| Position {
            id: id.into(),
            unit: unit.into(),
            title: id.into(),
            kind,
            formation,
            requirements: req.iter().map(|(c, l)| (c.to_string(), *l)).collect(),
            workload: vec![],
            siasn_id: None,
            jenjang: None,
        };
        let positions = vec![
            pos("a.kadis", "a", PositionType::JptPratama, 1, &[("INT", 4)]),
            pos(
                "a.b.kasubbag",
                "a.b",
                PositionType::Pengawas,
                1,
                &[("INT", 2), ("KS", 2), ("KEU", 4)],
            ),
            pos("a.b.staf", "a.b", PositionType::Pelaksana, 1, &[]),
            pos("c.staf", "c", PositionType::Pelaksana, 2, &[("KEU", 2)]),
        ];
        let emp = |nip: &str, seat: Option<&str>, rank: &str, levels: &[(&str, u8)]| Employee {
            nip: Nip::parse(nip).unwrap(),
            name: format!("Pegawai {nip}"),
            rank: Rank::parse(rank).unwrap(),
            position: seat.map(Into::into),
            competencies: levels
                .iter()
                .map(|(c, l)| (c.to_string(), *l))
                .collect::<Levels>(),
            performance: None,
            potential: None,
            readiness: None,
            notes: vec![],
            profile: Default::default(),
        };
        let employees = vec![
            emp(
                "197001011995031001",
                Some("a.kadis"),
                "IV/c",
                &[("INT", 4), ("KS", 3)],
            ),
            emp(
                "198001012005012002",
                Some("a.b.staf"),
                "III/b",
                &[("INT", 2), ("KS", 2), ("KEU", 3)],
            ),
            emp(
                "198502022010011003",
                Some("a.b.staf"),
                "III/c",
                &[("INT", 2), ("KS", 1), ("KEU", 4)],
            ),
            emp(
                "199003032015012004",
                Some("c.staf"),
                "II/c",
                &[("INT", 1), ("KEU", 5)],
            ),
            emp(
                "199104042019031005",
                None,
                "III/a",
                &[("INT", 2), ("KS", 2), ("KEU", 4)],
            ),
        ];
        Organization::from_parts("Kota Uji".into(), comps, units, positions, employees) // i18n-exempt: test data
    }

    #[test]
    fn subtree_walks_only_the_subtree() {
        let o = org();
        let a = o.unit_ix("a").unwrap();
        assert_eq!(subtree_units(&o, Some(a)), vec![0, 1]);
        assert_eq!(subtree_units(&o, None), vec![0, 1, 2]);
        assert_eq!(subtree_positions(&o, Some(a)).len(), 3);
        assert_eq!(subtree_people(&o, Some(a)).len(), 3);
        assert_eq!(subtree_people(&o, None).len(), 5);
        assert_eq!(subtree_mask(&o, 1), vec![false, true, false]);
    }
}
