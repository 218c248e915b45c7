//! Workload analysis (ABK, PermenPANRB 1/2020): the headcount a seat's workload needs and
//! the position's effectiveness grade, beside the recorded formation.
//!
//! Needed headcount = sum(volume a year x minutes each) / 75,000 effective minutes a year.
//! Effectiveness EJ = workload minutes / (75,000 x holders). The grade reads EJ at two
//! decimals, as the regulation's table is written: A > 1.00, B 0.90-1.00, C 0.70-0.89,
//! D 0.50-0.69, E < 0.50 (so 0.895 reads 0.90, grade B).

use super::org::{Organization, PositionIx, UnitIx};
use super::position::{EFFECTIVE_MINUTES_PER_YEAR, WorkloadEntry};
use super::subtree::subtree_positions;

/// Position effectiveness grade (prestasi kerja jabatan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    A,
    B,
    C,
    D,
    E,
}

impl Grade {
    /// The letter.
    pub fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::E => "E",
        }
    }

    /// How ABK reports word it.
    pub fn label(self) -> &'static str {
        match self {
            Grade::A => "Sangat Baik", // i18n-exempt: an ABK grade (a domain term)
            Grade::B => "Baik",
            Grade::C => "Cukup",
            Grade::D => "Sedang",
            Grade::E => "Kurang",
        }
    }
}

/// The most workload minutes a year one position may add up to: the work of 100,000 people,
/// far above any seat, far below where the sums could overflow. An import refuses more.
pub const MAX_WORKLOAD_MINUTES: u64 = 75_000 * 100_000;

/// Workload minutes a year: the sum of volume x minutes, saturating (an import refuses a
/// position past [`MAX_WORKLOAD_MINUTES`], see [`checked_workload_minutes`]).
pub fn workload_minutes(entries: &[WorkloadEntry]) -> u64 {
    checked_workload_minutes(entries).unwrap_or(u64::MAX)
}

/// The sum of volume x minutes, `None` past [`MAX_WORKLOAD_MINUTES`] (every step checked,
/// so no sum wraps).
pub fn checked_workload_minutes(entries: &[WorkloadEntry]) -> Option<u64> {
    entries
        .iter()
        .try_fold(0u64, |sum, w| {
            sum.checked_add(u64::from(w.volume).checked_mul(u64::from(w.minutes))?)
        })
        .filter(|&m| m <= MAX_WORKLOAD_MINUTES)
}

/// Needed headcount for a workload in minutes a year.
pub fn needed_headcount(minutes: u64) -> f64 {
    minutes as f64 / EFFECTIVE_MINUTES_PER_YEAR
}

/// EJ for a workload and the people holding the seat; `None` when nobody holds it.
pub fn effectiveness(minutes: u64, holders: u32) -> Option<f64> {
    (holders > 0).then(|| minutes as f64 / (EFFECTIVE_MINUTES_PER_YEAR * f64::from(holders)))
}

/// The grade of an EJ value, read at two decimals.
pub fn grade(ej: f64) -> Grade {
    let hundredths = (ej * 100.0).round() as i64;
    match hundredths {
        h if h > 100 => Grade::A,
        h if h >= 90 => Grade::B,
        h if h >= 70 => Grade::C,
        h if h >= 50 => Grade::D,
        _ => Grade::E,
    }
}

/// One seat's workload beside its formation and holders.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionWorkload {
    pub position: PositionIx,
    /// Workload minutes a year.
    pub minutes: u64,
    /// Needed headcount, unrounded.
    pub need: f64,
    /// Needed headcount rounded to whole people (half up), as formations are written.
    pub need_rounded: u32,
    /// Recorded formation.
    pub formation: u32,
    /// People holding the seat (bezetting).
    pub holders: u32,
    /// EJ; `None` when nobody holds the seat.
    pub ej: Option<f64>,
    pub grade: Option<Grade>,
}

impl PositionWorkload {
    /// Computes a seat's workload figures; `None` when it has no workload entries.
    pub fn of(org: &Organization, position: PositionIx) -> Option<PositionWorkload> {
        let p = org.position(position);
        if p.workload.is_empty() {
            return None;
        }
        let minutes = workload_minutes(&p.workload);
        let need = needed_headcount(minutes);
        let holders = org.holders(position).len() as u32;
        let ej = effectiveness(minutes, holders);
        Some(PositionWorkload {
            position,
            minutes,
            need,
            need_rounded: need.round() as u32,
            formation: p.formation,
            holders,
            ej,
            grade: ej.map(grade),
        })
    }

    /// Formation minus the rounded need: positive = the recorded formation allows more
    /// than the workload needs, negative = fewer.
    pub fn formation_gap(&self) -> i64 {
        i64::from(self.formation) - i64::from(self.need_rounded)
    }

    /// Holders minus the unrounded need: kelebihan (> 0) or kekurangan (< 0) pegawai.
    pub fn staffing_gap(&self) -> f64 {
        f64::from(self.holders) - self.need
    }
}

/// Workload figures of every seat with workload entries in a subtree, in subtree order.
pub fn subtree_workload(org: &Organization, unit: Option<UnitIx>) -> Vec<PositionWorkload> {
    subtree_positions(org, unit)
        .into_iter()
        .filter_map(|p| PositionWorkload::of(org, p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(volume: u32, minutes: u32) -> WorkloadEntry {
        WorkloadEntry {
            task: "t".into(),
            volume,
            minutes,
        }
    }

    #[test]
    fn need_is_minutes_over_75000() {
        // 1,000 x 60 + 500 x 30 = 75,000 minutes = 1.00 person.
        let m = workload_minutes(&[entry(1000, 60), entry(500, 30)]);
        assert_eq!(m, 75_000);
        assert!((needed_headcount(m) - 1.0).abs() < 1e-12);
        // 5,200 x 25 + 1,400 x 40 + 48 x 600 + 540 x 120 = 279,600 minutes = 3.728 people.
        let m = workload_minutes(&[
            entry(5200, 25),
            entry(1400, 40),
            entry(48, 600),
            entry(540, 120),
        ]);
        assert_eq!(m, 279_600);
        assert!((needed_headcount(m) - 3.728).abs() < 1e-12);
        assert_eq!(workload_minutes(&[]), 0);
    }

    #[test]
    fn workload_sums_never_wrap_and_stop_at_the_cap() {
        let max = entry(u32::MAX, u32::MAX);
        // Two of the largest entries would wrap a u64 sum.
        assert_eq!(checked_workload_minutes(&[max.clone(), max.clone()]), None);
        assert_eq!(workload_minutes(&[max.clone(), max]), u64::MAX);
        let at_cap = entry(100_000, 75_000);
        assert_eq!(
            checked_workload_minutes(std::slice::from_ref(&at_cap)),
            Some(MAX_WORKLOAD_MINUTES)
        );
        assert_eq!(checked_workload_minutes(&[at_cap, entry(1, 1)]), None);
    }

    #[test]
    fn effectiveness_divides_by_holders() {
        assert_eq!(effectiveness(150_000, 0), None);
        let ej = effectiveness(150_000, 2).unwrap();
        assert!((ej - 1.0).abs() < 1e-12);
        let ej = effectiveness(279_600, 4).unwrap();
        assert!((ej - 0.932).abs() < 1e-12);
    }

    #[test]
    fn grade_boundaries() {
        let table = [
            (1.2, Grade::A),
            (1.01, Grade::A),
            (1.004, Grade::B),
            (1.00, Grade::B),
            (0.90, Grade::B),
            (0.895, Grade::B),
            (0.894, Grade::C),
            (0.89, Grade::C),
            (0.70, Grade::C),
            (0.69, Grade::D),
            (0.50, Grade::D),
            (0.49, Grade::E),
            (0.0, Grade::E),
        ];
        for (ej, g) in table {
            assert_eq!(grade(ej), g, "{ej}");
        }
        assert_eq!(Grade::C.letter(), "C");
    }

    #[test]
    fn seat_figures() {
        let o = crate::domain::subtree::tests::org();
        assert!(subtree_workload(&o, None).is_empty());
        // c.staf: formation 2, one holder, 150,000 minutes = 2.00 people, EJ 2.00 (A).
        let (name, comps, units, mut positions, employees) = o.into_parts();
        positions[3].workload = vec![entry(1000, 90), entry(600, 100)];
        let o = Organization::from_parts(name, comps, units, positions, employees);
        let w = subtree_workload(&o, o.unit_ix("c"));
        assert_eq!(w.len(), 1);
        let w = &w[0];
        assert_eq!(
            (w.minutes, w.need_rounded, w.formation, w.holders),
            (150_000, 2, 2, 1)
        );
        assert_eq!((w.grade, w.formation_gap()), (Some(Grade::A), 0));
        assert!((w.staffing_gap() + 1.0).abs() < 1e-12);
        assert!(subtree_workload(&o, o.unit_ix("a")).is_empty());
    }
}
