//! Competency gaps to training needs: who falls short of their seat's standard, on which
//! competency and by how much, aggregated per competency.
//!
//! A person's gap on a competency is the seat's required level minus their level when
//! that is positive. Competencies never assessed are not training needs yet (the level is
//! unknown): they are listed with `level: None` and counted apart as `unassessed`.

use std::collections::BTreeMap;

use super::competency::DefaultStandards;
use super::org::{EmployeeIx, Organization, PositionIx, UnitIx};
use super::subtree::subtree_positions;

/// One person short of their seat's standard on one competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonGap {
    pub employee: EmployeeIx,
    pub position: PositionIx,
    pub code: String,
    pub required: u8,
    /// The assessed level; `None` = never assessed.
    pub level: Option<u8>,
}

impl PersonGap {
    /// Levels short (the whole requirement when not assessed).
    pub fn shortfall(&self) -> u8 {
        self.required.saturating_sub(self.level.unwrap_or(0))
    }
}

/// The training need for one competency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingNeed {
    pub code: String,
    /// People assessed below the standard.
    pub people: u32,
    /// Their levels short, summed.
    pub total_gap: u32,
    /// The largest single shortfall.
    pub max_gap: u8,
    /// People whose seat requires it but who were never assessed on it.
    pub unassessed: u32,
}

/// Gaps of a subtree and the training needs they add up to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GapReport {
    /// Seated people the report looked at.
    pub people: u32,
    /// Every shortfall, seat by seat in subtree order, people in NIP order, competencies by code.
    pub gaps: Vec<PersonGap>,
    /// Per competency, the biggest total gap first.
    pub needs: Vec<TrainingNeed>,
}

/// Gaps of everyone seated in a unit subtree (the whole organization with `None`) against
/// their own seat's standard.
pub fn gap_report(
    org: &Organization,
    unit: Option<UnitIx>,
    standards: &DefaultStandards,
) -> GapReport {
    let mut report = GapReport::default();
    for p in subtree_positions(org, unit) {
        let requirements = org.requirements(p, standards);
        for &e in org.holders(p) {
            report.people += 1;
            let levels = &org.employee(e).competencies;
            for (code, &required) in requirements.iter() {
                let level = levels.get(code).copied();
                if level.unwrap_or(0) < required {
                    report.gaps.push(PersonGap {
                        employee: e,
                        position: p,
                        code: code.clone(),
                        required,
                        level,
                    });
                }
            }
        }
    }
    report.needs = training_needs(&report.gaps);
    report
}

/// Adds gaps up per competency: the biggest total gap first, then the most people, then
/// by code.
pub fn training_needs(gaps: &[PersonGap]) -> Vec<TrainingNeed> {
    let mut by_code: BTreeMap<&str, TrainingNeed> = BTreeMap::new();
    for g in gaps {
        let need = by_code
            .entry(g.code.as_str())
            .or_insert_with(|| TrainingNeed {
                code: g.code.clone(),
                ..TrainingNeed::default()
            });
        match g.level {
            Some(_) => {
                need.people += 1;
                need.total_gap += u32::from(g.shortfall());
                need.max_gap = need.max_gap.max(g.shortfall());
            }
            None => need.unassessed += 1,
        }
    }
    let mut needs: Vec<TrainingNeed> = by_code.into_values().collect();
    needs.sort_by(|a, b| {
        b.total_gap
            .cmp(&a.total_gap)
            .then(b.people.cmp(&a.people))
            .then(a.code.cmp(&b.code))
    });
    needs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::subtree::tests::org;

    fn gap(e: u32, code: &str, required: u8, level: Option<u8>) -> PersonGap {
        PersonGap {
            employee: e,
            position: 0,
            code: code.into(),
            required,
            level,
        }
    }

    #[test]
    fn needs_add_up_per_competency() {
        // person code req level  short
        //   0    KEU   4    2      2
        //   1    KEU   4    3      1
        //   1    INT   3    1      2
        //   2    INT   3    -      (unassessed)
        //   2    KS    2    1      1
        let gaps = [
            gap(0, "KEU", 4, Some(2)),
            gap(1, "KEU", 4, Some(3)),
            gap(1, "INT", 3, Some(1)),
            gap(2, "INT", 3, None),
            gap(2, "KS", 2, Some(1)),
        ];
        let needs = training_needs(&gaps);
        let rows: Vec<_> = needs
            .iter()
            .map(|n| {
                (
                    n.code.as_str(),
                    n.people,
                    n.total_gap,
                    n.max_gap,
                    n.unassessed,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![("KEU", 2, 3, 2, 0), ("INT", 1, 2, 2, 1), ("KS", 1, 1, 1, 0),]
        );
        assert_eq!(gaps[3].shortfall(), 3);
    }

    #[test]
    fn report_looks_at_the_subtree_seats() {
        let o = org();
        let d = DefaultStandards::default();
        // a.kadis asks INT 4: 001 has INT 4, no gap.
        // a.b.staf (Pelaksana default: INT 1, KS 1): 002 INT 2 KS 2, 003 INT 2 KS 1: no gap.
        let a = gap_report(&o, o.unit_ix("a"), &d);
        assert_eq!((a.people, a.gaps.len()), (3, 0));
        // c.staf asks KEU 2: 004 has KEU 5. The whole organization: still no gaps.
        let all = gap_report(&o, None, &d);
        assert_eq!((all.people, all.gaps.len()), (4, 0));
        // Raise the Pelaksana default to 2: 003 (KS 1) falls short in a.b.staf.
        let mut d = DefaultStandards::default();
        d.set(crate::domain::PositionType::Pelaksana, 2);
        let ab = gap_report(&o, o.unit_ix("a.b"), &d);
        let rows: Vec<_> = ab
            .gaps
            .iter()
            .map(|g| (g.employee, g.code.as_str(), g.required, g.level))
            .collect();
        assert_eq!(rows, vec![(2, "KS", 2, Some(1))]);
        assert_eq!(ab.needs.len(), 1);
        assert_eq!((ab.needs[0].people, ab.needs[0].total_gap), (1, 1));
    }
}
