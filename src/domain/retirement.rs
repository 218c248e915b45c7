//! Retirement outlook: when each seat falls vacant as its holder reaches the retirement
//! age (batas usia pensiun, BUP) of the seat's type.
//!
//! The rule used: a civil servant reaching BUP is honourably discharged at the end of the
//! month of that birthday, and the pension (TMT pensiun) starts on the first day of the
//! next month (PP 11/2017, as BKN applies it). So someone born 1968-03-15 in a 58-year
//! seat works through 2026-03-31 and the seat is vacant from 2026-04-01. The birth date
//! comes from the NIP. The ages are settings ([`RetirementAges`]).

use time::{Date, Month};

use super::org::{EmployeeIx, Organization, PositionIx, UnitIx};
use super::position::PositionType;
use super::subtree::subtree_positions;

/// Retirement ages (BUP) by seat type; a setting, with the defaults of DOMAIN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetirementAges {
    /// JPT Utama, Madya and Pratama.
    pub jpt: u8,
    /// Administrator, Pengawas and Pelaksana.
    pub administrasi: u8,
    /// Functional posts (their own rules set 60 or 65 for senior levels).
    pub fungsional: u8,
}

impl Default for RetirementAges {
    fn default() -> Self {
        RetirementAges {
            jpt: 60,
            administrasi: 58,
            fungsional: 58,
        }
    }
}

impl RetirementAges {
    /// The BUP of a seat type.
    pub fn age_for(&self, t: PositionType) -> u8 {
        match t {
            PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => self.jpt,
            PositionType::Administrator | PositionType::Pengawas | PositionType::Pelaksana => {
                self.administrasi
            }
            PositionType::Fungsional => self.fungsional,
        }
    }
}

/// The date `years` after `date`; 29 February becomes 28 February in a common year.
pub fn add_years(date: Date, years: i32) -> Option<Date> {
    let year = date.year().checked_add(years)?;
    let day = date.day().min(date.month().length(year));
    Date::from_calendar_date(year, date.month(), day).ok()
}

/// The last day of the month of the BUP birthday: the last working day.
pub fn last_day_of_service(birth: Date, age: u8) -> Option<Date> {
    let year = birth.year().checked_add(i32::from(age))?;
    let month = birth.month();
    Date::from_calendar_date(year, month, month.length(year)).ok()
}

/// TMT pensiun: the first day of the month after the BUP birthday, when the seat falls
/// vacant.
pub fn pension_date(birth: Date, age: u8) -> Option<Date> {
    last_day_of_service(birth, age)?.next_day()
}

/// One seat holder reaching BUP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retirement {
    pub employee: EmployeeIx,
    pub position: PositionIx,
    pub unit: UnitIx,
    /// The BUP that applies (from the seat's type).
    pub age: u8,
    /// The first day the seat is vacant (TMT pensiun).
    pub vacant_from: Date,
}

impl Retirement {
    /// Already past BUP on `today` and still holding the seat.
    pub fn overdue(&self, today: Date) -> bool {
        self.vacant_from <= today
    }
}

/// Holders of seats in a subtree whose seat falls vacant within `years` of `today`
/// (overdue ones included), the earliest first. Holders whose NIP carries no calendar
/// date are left out.
pub fn retirements(
    org: &Organization,
    unit: Option<UnitIx>,
    ages: &RetirementAges,
    today: Date,
    years: u32,
) -> Vec<Retirement> {
    let Some(horizon) = add_years(today, years.min(200) as i32) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in subtree_positions(org, unit) {
        let Some(u) = org.unit_of(p) else { continue };
        let age = ages.age_for(org.position(p).kind);
        for &e in org.holders(p) {
            let vacant = org
                .employee(e)
                .nip
                .birth_date()
                .and_then(|b| pension_date(b, age));
            if let Some(vacant_from) = vacant
                && vacant_from <= horizon
            {
                out.push(Retirement {
                    employee: e,
                    position: p,
                    unit: u,
                    age,
                    vacant_from,
                });
            }
        }
    }
    out.sort_by_key(|r| (r.vacant_from, r.employee));
    out
}

/// The horizons (years) the outlook counts.
pub const HORIZONS: [u32; 3] = [1, 2, 5];

/// Seats falling vacant per unit, cumulatively within 1, 2 and 5 years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitOutlook {
    pub unit: UnitIx,
    /// `within[i]` seats vacant within `HORIZONS[i]` years (overdue ones included).
    pub within: [u32; 3],
    /// Holders already past BUP.
    pub overdue: u32,
}

/// Groups retirements by the seat's own unit (units in file order). Pass a list that
/// reaches at least 5 years for the last horizon to be complete.
pub fn outlook_by_unit(list: &[Retirement], today: Date) -> Vec<UnitOutlook> {
    let limits: Vec<Option<Date>> = HORIZONS
        .iter()
        .map(|&y| add_years(today, y as i32))
        .collect();
    let mut by_unit: std::collections::BTreeMap<UnitIx, UnitOutlook> = Default::default();
    for r in list {
        let o = by_unit.entry(r.unit).or_insert(UnitOutlook {
            unit: r.unit,
            within: [0; 3],
            overdue: 0,
        });
        for (i, limit) in limits.iter().enumerate() {
            if limit.is_some_and(|l| r.vacant_from <= l) {
                o.within[i] += 1;
            }
        }
        if r.overdue(today) {
            o.overdue += 1;
        }
    }
    by_unit.into_values().collect()
}

/// A calendar date for tests and callers that build one from parts.
pub fn date(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::subtree::tests::org;

    fn d(y: i32, m: u8, day: u8) -> Date {
        date(y, m, day).unwrap()
    }

    #[test]
    fn ages_by_seat_type() {
        let a = RetirementAges::default();
        let table = [
            (PositionType::JptUtama, 60),
            (PositionType::JptPratama, 60),
            (PositionType::Administrator, 58),
            (PositionType::Pengawas, 58),
            (PositionType::Pelaksana, 58),
            (PositionType::Fungsional, 58),
        ];
        for (t, age) in table {
            assert_eq!(a.age_for(t), age, "{t:?}");
        }
        let senior = RetirementAges {
            fungsional: 65,
            ..a
        };
        assert_eq!(senior.age_for(PositionType::Fungsional), 65);
    }

    #[test]
    fn vacant_from_the_first_of_the_month_after_the_bup_birthday() {
        // born        BUP  last day     vacant from
        let table = [
            (d(1968, 3, 15), 58, d(2026, 3, 31), d(2026, 4, 1)),
            (d(1968, 3, 1), 58, d(2026, 3, 31), d(2026, 4, 1)),
            (d(1966, 12, 31), 60, d(2026, 12, 31), d(2027, 1, 1)),
            // Born on 29 February: the month's end is 28 February in a common year.
            (d(1968, 2, 29), 58, d(2026, 2, 28), d(2026, 3, 1)),
            (d(1964, 2, 29), 60, d(2024, 2, 29), d(2024, 3, 1)),
        ];
        for (born, age, last, vacant) in table {
            assert_eq!(last_day_of_service(born, age), Some(last), "{born}");
            assert_eq!(pension_date(born, age), Some(vacant), "{born}");
        }
    }

    #[test]
    fn add_years_keeps_the_day_or_the_end_of_february() {
        assert_eq!(add_years(d(2024, 2, 29), 1), Some(d(2025, 2, 28)));
        assert_eq!(add_years(d(2026, 11, 23), 5), Some(d(2031, 11, 23)));
    }

    #[test]
    fn outlook_of_a_subtree() {
        // Holders: 001 born 1970-01-01 in a.kadis (JPT, 60): vacant 2030-02-01.
        //          002 born 1980-01-01, 003 born 1985-02-02 in a.b.staf (58): 2038, 2043.
        //          004 born 1990-03-03 in c.staf (58): 2048-04-01.
        let o = org();
        let ages = RetirementAges::default();
        let today = d(2026, 11, 23);
        let five = retirements(&o, None, &ages, today, 5);
        assert_eq!(five.len(), 1);
        assert_eq!((five[0].employee, five[0].age), (0, 60));
        assert_eq!(five[0].vacant_from, d(2030, 2, 1));
        assert!(!five[0].overdue(today));
        let all = retirements(&o, o.unit_ix("a"), &ages, today, 20);
        let dates: Vec<Date> = all.iter().map(|r| r.vacant_from).collect();
        assert_eq!(dates, vec![d(2030, 2, 1), d(2038, 2, 1), d(2043, 3, 1)]);
        // Ten years on, 001 is overdue; 002 falls within 1 year of 2037-06-01.
        let later = d(2037, 6, 1);
        let list = retirements(&o, None, &ages, later, 5);
        let outlook = outlook_by_unit(&list, later);
        assert_eq!(outlook.len(), 2);
        assert_eq!(
            outlook[0],
            UnitOutlook {
                unit: 0,
                within: [1, 1, 1],
                overdue: 1
            }
        );
        assert_eq!(
            outlook[1],
            UnitOutlook {
                unit: 1,
                within: [1, 1, 1],
                overdue: 0
            }
        );
        assert!(retirements(&o, o.unit_ix("c"), &ages, today, 5).is_empty());
    }
}
