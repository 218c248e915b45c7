//! Numbers the screen shows on every row, computed once when the data arrive.
//!
//! Invariant: everything here is a pure function of the organization and the settings;
//! it is recomputed only when they change, never while drawing.

use crate::domain::{
    DefaultStandards, EmployeeIx, FitCategory, FitProfile, Headcount, Levels, Organization,
    PositionIx, PositionType, Readiness, UnitIx, job_person_match, jpm_badge,
};

/// An employee's fit in their current seat, as the tree badge shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitBadge {
    pub percent: f32,
    pub category: FitCategory,
    /// Some required competency was never assessed (counted 0).
    pub incomplete: bool,
}

/// Readiness tallies: ready, hesitant, resisting, not assessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadinessCounts {
    pub ready: u32,
    pub hesitant: u32,
    pub resisting: u32,
    pub unknown: u32,
}

impl ReadinessCounts {
    fn add(&mut self, r: Option<Readiness>) {
        match r {
            Some(Readiness::Siap) => self.ready += 1,
            Some(Readiness::Ragu) => self.hesitant += 1,
            Some(Readiness::Menolak) => self.resisting += 1,
            None => self.unknown += 1,
        }
    }

    fn remove(&mut self, r: Option<Readiness>) {
        let n = match r {
            Some(Readiness::Siap) => &mut self.ready,
            Some(Readiness::Ragu) => &mut self.hesitant,
            Some(Readiness::Menolak) => &mut self.resisting,
            None => &mut self.unknown,
        };
        *n = n.saturating_sub(1);
    }

    fn merge(&mut self, o: ReadinessCounts) {
        self.ready += o.ready;
        self.hesitant += o.hesitant;
        self.resisting += o.resisting;
        self.unknown += o.unknown;
    }
}

/// Totals over a unit's whole subtree.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct UnitStats {
    pub headcount: Headcount,
    /// Sum of the fit percentages of placed people with a fit.
    pub fit_sum: f64,
    pub fit_count: u32,
    pub readiness: ReadinessCounts,
}

impl UnitStats {
    /// Average fit of the people placed in the subtree, if anyone has one.
    pub fn average_fit(&self) -> Option<f64> {
        (self.fit_count > 0).then(|| self.fit_sum / f64::from(self.fit_count))
    }
}

/// Cached per-row numbers: fit per employee, totals per unit.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    pub profile: FitProfile,
    pub standards: DefaultStandards,
    fits: Vec<Option<FitBadge>>,
    units: Vec<UnitStats>,
    /// Readiness of the people not yet placed.
    pub unplaced: ReadinessCounts,
}

/// Every placed person's fit badge, seat by seat (each seat's standard is looked up once;
/// the default standards once per position type), the seats split over two threads.
fn fits(
    org: &Organization,
    profile: FitProfile,
    standards: &DefaultStandards,
) -> Vec<Option<FitBadge>> {
    let defaults: Vec<(PositionType, Levels)> = PositionType::ALL
        .iter()
        .map(|&t| (t, standards.standard_for(t, org.competencies())))
        .collect();
    let score = |seats: std::ops::Range<usize>| {
        let mut out = Vec::new();
        for p in seats {
            let position = org.position(p as PositionIx);
            let req = if position.requirements.is_empty() {
                match defaults.iter().find(|(t, _)| *t == position.kind) {
                    Some((_, levels)) => levels,
                    None => continue,
                }
            } else {
                &position.requirements
            };
            for &e in org.holders(p as PositionIx) {
                if let Some(b) = jpm_badge(&org.employee(e).competencies, req) {
                    out.push((
                        e,
                        FitBadge {
                            percent: b.percent as f32,
                            category: profile.categorize(b.percent),
                            incomplete: b.incomplete,
                        },
                    ));
                }
            }
        }
        out
    };
    let n = org.positions().len();
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| score(n / 2..n));
        let mine = score(0..n / 2);
        (mine, other.join())
    });
    let second = second.unwrap_or_else(|_| score(n / 2..n));
    let mut fits = vec![None; org.employees().len()];
    for (e, badge) in first.into_iter().chain(second) {
        if let Some(slot) = fits.get_mut(e as usize) {
            *slot = Some(badge);
        }
    }
    fits
}

impl Derived {
    /// Computes every fit and unit total in one pass over the organization.
    pub fn compute(org: &Organization, profile: FitProfile, standards: DefaultStandards) -> Self {
        let fits = fits(org, profile, &standards);
        let heads = org.unit_headcounts();
        let mut units: Vec<UnitStats> = heads
            .iter()
            .map(|&headcount| UnitStats {
                headcount,
                ..UnitStats::default()
            })
            .collect();
        // Own people first, then add children into parents bottom-up (children have
        // higher depth; process units deepest first).
        let mut own: Vec<UnitStats> = vec![UnitStats::default(); org.units().len()];
        for (u, stats) in own.iter_mut().enumerate() {
            for &p in org.positions_of(u as UnitIx) {
                for &e in org.holders(p) {
                    stats.readiness.add(org.employee(e).readiness);
                    if let Some(f) = fits[e as usize] {
                        stats.fit_sum += f64::from(f.percent);
                        stats.fit_count += 1;
                    }
                }
            }
        }
        let mut order: Vec<(usize, UnitIx)> = (0..org.units().len())
            .map(|u| (org.unit_path(u as UnitIx).len(), u as UnitIx))
            .collect();
        order.sort_unstable_by_key(|&(depth, _)| std::cmp::Reverse(depth));
        for &(_, u) in &order {
            let mine = own[u as usize];
            if let Some(stats) = units.get_mut(u as usize) {
                stats.fit_sum += mine.fit_sum;
                stats.fit_count += mine.fit_count;
                stats.readiness.merge(mine.readiness);
            }
            if let Some(parent) = org.parent(u) {
                let s = own[u as usize];
                let p = &mut own[parent as usize];
                p.fit_sum += s.fit_sum;
                p.fit_count += s.fit_count;
                p.readiness.merge(s.readiness);
            }
        }
        Derived {
            profile,
            standards,
            fits,
            units,
            unplaced: readiness_of(org, org.unplaced()),
        }
    }

    /// The fit badge of an employee in their current seat.
    pub fn fit(&self, e: EmployeeIx) -> Option<FitBadge> {
        self.fits.get(e as usize).copied().flatten()
    }

    /// Updates the numbers after `e` changed seat from `old` to its seat in `org`: only
    /// that person's fit and the units on the two paths to the root (cost: tree depth).
    pub fn reseat(&mut self, org: &Organization, e: EmployeeIx, old: Option<PositionIx>) {
        let readiness = org.employee(e).readiness;
        let before = self.fit(e);
        self.shift(org, old, before, readiness, false);
        let now = org.seat_of(e).and_then(|p| {
            let req = org.requirements(p, &self.standards);
            let fit = job_person_match(&org.employee(e).competencies, &req)?;
            Some(FitBadge {
                percent: fit.percent as f32,
                category: self.profile.categorize(fit.percent),
                incomplete: !fit.missing.is_empty(),
            })
        });
        if let Some(slot) = self.fits.get_mut(e as usize) {
            *slot = now;
        }
        self.shift(org, org.seat_of(e), now, readiness, true);
    }

    /// Updates the readiness tallies after `e`'s readiness changed from `old` to its value
    /// in `org` (cost: tree depth).
    pub fn readiness_changed(&mut self, org: &Organization, e: EmployeeIx, old: Option<Readiness>) {
        let seat = org.seat_of(e);
        let new = org.employee(e).readiness;
        self.shift_readiness(org, seat, old, false);
        self.shift_readiness(org, seat, new, true);
    }

    fn shift_readiness(
        &mut self,
        org: &Organization,
        seat: Option<PositionIx>,
        r: Option<Readiness>,
        add: bool,
    ) {
        let apply = |c: &mut ReadinessCounts| {
            if add {
                c.add(r);
            } else {
                c.remove(r);
            }
        };
        let Some(p) = seat else {
            apply(&mut self.unplaced);
            return;
        };
        self.along_units(org, p, |s| apply(&mut s.readiness));
    }

    /// Applies `f` to the totals of a seat's unit and of every unit above it.
    fn along_units(
        &mut self,
        org: &Organization,
        seat: PositionIx,
        mut f: impl FnMut(&mut UnitStats),
    ) {
        let mut unit = org.unit_of(seat);
        // A guard against a cycle in damaged data: no path is longer than the unit count.
        let mut guard = org.units().len() + 1;
        while let Some(u) = unit {
            let Some(s) = self.units.get_mut(u as usize) else {
                break;
            };
            f(s);
            guard -= 1;
            if guard == 0 {
                break;
            }
            unit = org.parent(u);
        }
    }

    /// Adds (or removes) one person with this fit and readiness along a seat's units.
    fn shift(
        &mut self,
        org: &Organization,
        seat: Option<PositionIx>,
        fit: Option<FitBadge>,
        readiness: Option<Readiness>,
        add: bool,
    ) {
        let Some(p) = seat else {
            if add {
                self.unplaced.add(readiness);
            } else {
                self.unplaced.remove(readiness);
            }
            return;
        };
        self.along_units(org, p, |s| {
            if add {
                s.headcount.filled += 1;
                s.readiness.add(readiness);
                if let Some(f) = fit {
                    s.fit_sum += f64::from(f.percent);
                    s.fit_count += 1;
                }
            } else {
                s.headcount.filled = s.headcount.filled.saturating_sub(1);
                s.readiness.remove(readiness);
                if let Some(f) = fit {
                    s.fit_sum -= f64::from(f.percent);
                    s.fit_count = s.fit_count.saturating_sub(1);
                }
            }
        });
    }

    /// Subtree totals of a unit.
    pub fn unit(&self, u: UnitIx) -> UnitStats {
        self.units.get(u as usize).copied().unwrap_or_default()
    }
}

/// Readiness tallies of a list of people (the unplaced group, a position's holders).
pub fn readiness_of(org: &Organization, people: &[EmployeeIx]) -> ReadinessCounts {
    let mut c = ReadinessCounts::default();
    for &e in people {
        c.add(org.employee(e).readiness);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::small_org;

    #[test]
    fn subtree_totals_include_children() {
        let org = small_org();
        let d = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        let root = d.unit(0);
        let child = d.unit(1);
        assert_eq!(root.headcount.filled, 2);
        assert_eq!(child.headcount.filled, 1);
        assert_eq!(root.fit_count, child.fit_count + 1);
        let total = root.readiness;
        assert_eq!(
            total.ready + total.hesitant + total.resisting + total.unknown,
            2
        );
    }

    #[test]
    fn reseat_matches_a_full_recompute() {
        let mut org = small_org();
        let mut d = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        let e = org.unplaced()[0];
        org.set_seat(e, Some(1));
        d.reseat(&org, e, None);
        let full = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        assert_eq!(d.fits, full.fits);
        assert_eq!(d.units, full.units);
        assert_eq!(d.unplaced, full.unplaced);
        let placed = org.holders(0)[0];
        org.set_seat(placed, None);
        d.reseat(&org, placed, Some(0));
        let full = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        assert_eq!(d.units, full.units);
        assert_eq!(d.unplaced, full.unplaced);
    }

    #[test]
    fn a_readiness_change_matches_a_full_recompute() {
        let mut org = small_org();
        let mut d = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        // Every person (placed or not) through every value and back.
        let values = [
            Some(Readiness::Siap),
            Some(Readiness::Ragu),
            Some(Readiness::Menolak),
            None,
        ];
        for e in 0..org.employees().len() as EmployeeIx {
            for r in values.iter().chain(values.iter().rev()) {
                let old = org.employee(e).readiness;
                let mut record = org.employee(e).clone();
                record.readiness = *r;
                org.replace_employee(e, record);
                d.readiness_changed(&org, e, old);
                let full =
                    Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
                assert_eq!(d.units, full.units, "person {e} to {r:?}");
                assert_eq!(d.unplaced, full.unplaced, "person {e} to {r:?}");
            }
        }
    }

    #[test]
    fn unplaced_people_have_no_fit() {
        let org = small_org();
        let d = Derived::compute(&org, FitProfile::mapping(), DefaultStandards::default());
        assert_eq!(d.fit(org.unplaced()[0]), None);
        assert!(d.fit(org.holders(0)[0]).is_some());
    }
}
