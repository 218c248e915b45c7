//! Job Person Match (JPM) as BKN computes it, and the fit categories of the two profiles.
//!
//! JPM = sum of the person's levels over the competencies the position requires, divided by
//! the sum of the required levels, in percent. A required competency not yet assessed counts
//! 0 and is reported in `missing`. The value is not capped (BKN reports above 100% exist).

use serde::{Deserialize, Serialize};

use super::competency::Levels;

/// The result of matching one person against one position's standard.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// JPM in percent, uncapped.
    pub percent: f64,
    /// Sum of the person's levels over the required competencies.
    pub have: u32,
    /// Sum of the required levels.
    pub required: u32,
    /// Required competencies the person has not been assessed on (counted as 0).
    pub missing: Vec<String>,
    /// Per required competency: (code, required, person's level or None, gap >= 0).
    pub gaps: Vec<Gap>,
}

/// One required competency compared with the person's level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub code: String,
    pub required: u8,
    pub level: Option<u8>,
}

impl Gap {
    /// How many levels short the person is (0 when they meet or exceed the standard).
    pub fn shortfall(&self) -> u8 {
        self.required.saturating_sub(self.level.unwrap_or(0))
    }
}

/// Computes JPM; `None` when the position requires nothing (the sum of required levels is
/// 0) or when none of the required competencies was assessed: a person never assessed has
/// no fit to show (not a fit of 0%), and is left out of averages.
pub fn job_person_match(levels: &Levels, requirements: &Levels) -> Option<Fit> {
    let badge = jpm_badge(levels, requirements)?;
    let mut have = 0u32;
    let mut required = 0u32;
    let mut missing = Vec::new();
    let mut gaps = Vec::with_capacity(requirements.len());
    for (code, &req) in requirements {
        required += u32::from(req);
        let level = levels.get(code).copied();
        match level {
            Some(l) => have += u32::from(l),
            None => missing.push(code.clone()),
        }
        gaps.push(Gap {
            code: code.clone(),
            required: req,
            level,
        });
    }
    Some(Fit {
        percent: badge.percent,
        have,
        required,
        missing,
        gaps,
    })
}

/// What a row shows of a person's JPM: the percentage, and whether some required
/// competency was not assessed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JpmBadge {
    pub percent: f64,
    pub incomplete: bool,
}

/// The percentage of [`job_person_match`] without its per-competency detail (no
/// allocation: computed for every person when data arrive); `None` in the same cases.
pub fn jpm_badge(levels: &Levels, requirements: &Levels) -> Option<JpmBadge> {
    let mut have = 0u32;
    let mut required = 0u32;
    let mut assessed = 0usize;
    for (code, &req) in requirements {
        required += u32::from(req);
        if let Some(&l) = levels.get(code) {
            have += u32::from(l);
            assessed += 1;
        }
    }
    if required == 0 || assessed == 0 {
        return None;
    }
    Some(JpmBadge {
        percent: f64::from(have) * 100.0 / f64::from(required),
        incomplete: assessed < requirements.len(),
    })
}

/// Fit category, from best to worst; its label depends on the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FitCategory {
    High,
    Middle,
    Low,
}

/// Which regulation's category names and thresholds apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileKind {
    /// Mapping (pemetaan): Optimal / Cukup Optimal / Kurang Optimal.
    Mapping,
    /// Filling a position (seleksi): MS / MMS / KMS.
    Selection,
}

/// Thresholds (percent) that split fit into categories; a setting.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FitProfile {
    pub kind: ProfileKind,
    /// At or above: `High`.
    pub high: f64,
    /// At or above (and below `high`): `Middle`; below: `Low`.
    pub middle: f64,
}

impl Default for FitProfile {
    fn default() -> Self {
        Self::mapping()
    }
}

impl FitProfile {
    /// The mapping profile: Optimal >= 90%, Cukup Optimal 78-<90%, Kurang Optimal < 78%.
    pub fn mapping() -> Self {
        FitProfile {
            kind: ProfileKind::Mapping,
            high: 90.0,
            middle: 78.0,
        }
    }

    /// The selection profile: MS >= 80%, MMS 68-<80%, KMS < 68%.
    pub fn selection() -> Self {
        FitProfile {
            kind: ProfileKind::Selection,
            high: 80.0,
            middle: 68.0,
        }
    }

    /// The category of a JPM percentage.
    pub fn categorize(&self, percent: f64) -> FitCategory {
        if percent >= self.high {
            FitCategory::High
        } else if percent >= self.middle {
            FitCategory::Middle
        } else {
            FitCategory::Low
        }
    }

    /// The category's full name in this profile.
    pub fn label(&self, c: FitCategory) -> &'static str {
        match (self.kind, c) {
            (ProfileKind::Mapping, FitCategory::High) => "Optimal",
            (ProfileKind::Mapping, FitCategory::Middle) => "Cukup Optimal", // i18n-exempt: a JPM category (a domain term)
            (ProfileKind::Mapping, FitCategory::Low) => "Kurang Optimal", // i18n-exempt: a JPM category (a domain term)
            (ProfileKind::Selection, FitCategory::High) => "Memenuhi Syarat", // i18n-exempt: a JPM category (a domain term)
            (ProfileKind::Selection, FitCategory::Middle) => "Masih Memenuhi Syarat", // i18n-exempt: a JPM category (a domain term)
            (ProfileKind::Selection, FitCategory::Low) => "Kurang Memenuhi Syarat", // i18n-exempt: a JPM category (a domain term)
        }
    }

    /// A short tag readable without colour (`O`, `CO`, `KO` or `MS`, `MMS`, `KMS`).
    pub fn short(&self, c: FitCategory) -> &'static str {
        match (self.kind, c) {
            (ProfileKind::Mapping, FitCategory::High) => "O",
            (ProfileKind::Mapping, FitCategory::Middle) => "CO",
            (ProfileKind::Mapping, FitCategory::Low) => "KO",
            (ProfileKind::Selection, FitCategory::High) => "MS",
            (ProfileKind::Selection, FitCategory::Middle) => "MMS",
            (ProfileKind::Selection, FitCategory::Low) => "KMS",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(pairs: &[(&str, u8)]) -> Levels {
        pairs.iter().map(|(c, l)| (c.to_string(), *l)).collect()
    }

    #[test]
    fn jpm_is_sum_over_sum() {
        let req = levels(&[("INT", 4), ("PB", 4), ("KEU", 3)]);
        let have = levels(&[("INT", 4), ("PB", 3), ("KEU", 4), ("OTHER", 5)]);
        let fit = job_person_match(&have, &req).unwrap();
        assert_eq!((fit.have, fit.required), (11, 11));
        assert!((fit.percent - 100.0).abs() < 1e-9);
        assert!(fit.missing.is_empty());
    }

    #[test]
    fn unassessed_counts_zero_and_is_flagged() {
        let req = levels(&[("INT", 3), ("KS", 3)]);
        let have = levels(&[("INT", 3)]);
        let fit = job_person_match(&have, &req).unwrap();
        assert!((fit.percent - 50.0).abs() < 1e-9);
        assert_eq!(fit.missing, vec!["KS".to_string()]);
        assert_eq!(fit.gaps[1].shortfall(), 3);
    }

    #[test]
    fn above_standard_is_not_capped() {
        let fit = job_person_match(&levels(&[("INT", 5)]), &levels(&[("INT", 4)])).unwrap();
        assert!((fit.percent - 125.0).abs() < 1e-9);
        assert_eq!(fit.gaps[0].shortfall(), 0);
    }

    #[test]
    fn no_requirements_no_fit() {
        assert!(job_person_match(&levels(&[("INT", 5)]), &Levels::new()).is_none());
    }

    #[test]
    fn never_assessed_has_no_fit_rather_than_zero() {
        let req = levels(&[("INT", 3), ("KS", 3)]);
        assert!(job_person_match(&levels(&[("OTHER", 4)]), &req).is_none());
        assert!(job_person_match(&Levels::new(), &req).is_none());
        // One assessed competency is enough for a (flagged) fit.
        assert!(job_person_match(&levels(&[("KS", 1)]), &req).is_some());
    }

    #[test]
    fn category_boundaries() {
        let m = FitProfile::mapping();
        let table = [
            (90.0, FitCategory::High),
            (89.99, FitCategory::Middle),
            (78.0, FitCategory::Middle),
            (77.99, FitCategory::Low),
        ];
        for (p, c) in table {
            assert_eq!(m.categorize(p), c, "{p}");
        }
        let s = FitProfile::selection();
        assert_eq!(s.categorize(80.0), FitCategory::High);
        assert_eq!(s.categorize(68.0), FitCategory::Middle);
        assert_eq!(s.label(FitCategory::Low), "Kurang Memenuhi Syarat"); // i18n-exempt: a JPM category (a domain term)
        // 27 of 30 is exactly 90%: integer sums must not fall just below by rounding.
        let fit = job_person_match(
            &levels(&[("A", 5), ("B", 5), ("C", 5), ("D", 5), ("E", 5), ("F", 2)]),
            &levels(&[("A", 5), ("B", 5), ("C", 5), ("D", 5), ("E", 5), ("F", 5)]),
        )
        .unwrap();
        assert_eq!(m.categorize(fit.percent), FitCategory::High);
    }

    proptest::proptest! {
        /// The badge is exactly the full match's percentage and "something not assessed".
        #[test]
        fn badge_agrees_with_the_full_match(
            levels in proptest::collection::btree_map("[A-E]", 0u8..=5, 0..5),
            requirements in proptest::collection::btree_map("[A-E]", 0u8..=5, 0..5),
        ) {
            let full = job_person_match(&levels, &requirements).map(|f| JpmBadge {
                percent: f.percent,
                incomplete: !f.missing.is_empty(),
            });
            proptest::prop_assert_eq!(jpm_badge(&levels, &requirements), full);
        }
    }
}
