//! The talent 9-box (PermenPANRB 3/2020): performance by potential, boxes numbered as
//! Indonesian talent management does.
//!
//! Rows from the top: above expectation `4 7 9`, as expected `2 5 8`, below `1 3 6`;
//! columns from low to high potential. SKP Sangat Baik counts as above expectation, Baik
//! as expected, the rest as below. People without both ratings are counted apart as
//! "belum dinilai".

use super::employee::{Employee, Performance, Potential};
use super::org::{EmployeeIx, Organization, UnitIx};
use super::subtree::subtree_people;
use crate::lang::{Lang, Msg, msg};

/// The performance axis of the 9-box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PerformanceBand {
    Below,
    AsExpected,
    Above,
}

impl PerformanceBand {
    /// The band an SKP predicate falls in.
    pub fn of(p: Performance) -> PerformanceBand {
        match p {
            Performance::SangatBaik => PerformanceBand::Above,
            Performance::Baik => PerformanceBand::AsExpected,
            Performance::ButuhPerbaikan | Performance::Kurang | Performance::SangatKurang => {
                PerformanceBand::Below
            }
        }
    }

    /// How the regulation words it (a domain term, the same in every language).
    pub fn label(self) -> &'static str {
        match self {
            PerformanceBand::Below => "Di bawah ekspektasi", // i18n-exempt: the regulation's term
            PerformanceBand::AsExpected => "Sesuai ekspektasi", // i18n-exempt: the regulation's term
            PerformanceBand::Above => "Di atas ekspektasi", // i18n-exempt: the regulation's term
        }
    }

    /// The band in the language of the layer that shows it (the regulation's words in
    /// Bahasa Indonesia, a translation in English).
    pub fn msg(self) -> Msg {
        match self {
            PerformanceBand::Below => msg!("domain-band-below"),
            PerformanceBand::AsExpected => msg!("domain-band-as-expected"),
            PerformanceBand::Above => msg!("domain-band-above"),
        }
    }
}

/// Box numbers as drawn: rows from the top (above expectation) down, columns from low to
/// high potential.
pub const GRID: [[u8; 3]; 3] = [[4, 7, 9], [2, 5, 8], [1, 3, 6]];

/// The box (1-9) for a pair of ratings; `None` unless both are assessed.
pub fn box_of(performance: Option<Performance>, potential: Option<Potential>) -> Option<u8> {
    let row = match PerformanceBand::of(performance?) {
        PerformanceBand::Above => 0,
        PerformanceBand::AsExpected => 1,
        PerformanceBand::Below => 2,
    };
    let col = match potential? {
        Potential::Rendah => 0,
        Potential::Menengah => 1,
        Potential::Tinggi => 2,
    };
    Some(GRID[row][col])
}

/// An employee's box.
pub fn employee_box(e: &Employee) -> Option<u8> {
    box_of(e.performance, e.potential)
}

/// The usual advice for a box as PermenPANRB 3/2020 words it (the regulation's own words,
/// which the documents quote whatever the language); empty for any other number.
pub fn advice(b: u8) -> &'static str {
    match b {
        9 => "Dipromosikan dan dipertahankan", // i18n-exempt: the regulation's words
        // i18n-exempt: the regulation's words
        7 | 8 => "Dipertahankan; kelompok rencana suksesi; rotasi atau pengayaan jabatan",
        // i18n-exempt: the regulation's words
        3 | 5 | 6 => "Penempatan sesuai; bimbingan kinerja; pengembangan kompetensi",
        4 => "Rotasi; pengembangan kompetensi", // i18n-exempt: the regulation's words
        2 => "Bimbingan kinerja; pengembangan kompetensi", // i18n-exempt: the regulation's words
        1 => "Diproses sesuai ketentuan disiplin", // i18n-exempt: the regulation's words
        _ => "",
    }
}

/// The advice for a box in the language of the layer that shows it (the regulation's words
/// in Bahasa Indonesia, a translation in English); `None` for a number that is not a box.
pub fn advice_msg(b: u8) -> Option<Msg> {
    Some(match b {
        9 => msg!("domain-ninebox-advice-promote"),
        7 | 8 => msg!("domain-ninebox-advice-retain"),
        3 | 5 | 6 => msg!("domain-ninebox-advice-place"),
        4 => msg!("domain-ninebox-advice-rotate"),
        2 => msg!("domain-ninebox-advice-coach"),
        1 => msg!("domain-ninebox-advice-discipline"),
        _ => return None,
    })
}

/// The advice for box `b` in a language; empty for a number that is not a box.
pub fn advice_in(lang: Lang, b: u8) -> String {
    advice_msg(b).map(|m| lang.say(&m)).unwrap_or_default()
}

/// Whether a box belongs to the succession group (7-9).
pub fn is_succession(b: u8) -> bool {
    (7..=9).contains(&b)
}

/// People per box for one subtree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NineBox {
    /// `counts[b - 1]` people in box `b`.
    pub counts: [u32; 9],
    /// People without both ratings (belum dinilai).
    pub unrated: u32,
}

impl NineBox {
    /// People in box `b` (1-9); 0 for anything else.
    pub fn count(&self, b: u8) -> u32 {
        if (1..=9).contains(&b) {
            self.counts[usize::from(b) - 1]
        } else {
            0
        }
    }

    /// Everyone counted, rated or not.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum::<u32>() + self.unrated
    }

    /// Adds one person.
    pub fn add(&mut self, b: Option<u8>) {
        match b {
            Some(b @ 1..=9) => self.counts[usize::from(b) - 1] += 1,
            _ => self.unrated += 1,
        }
    }
}

/// Counts the 9-box of a unit subtree (the holders of its seats), or of the whole
/// organization with everyone, placed or not, when `unit` is `None`.
pub fn ninebox(org: &Organization, unit: Option<UnitIx>) -> NineBox {
    let mut nb = NineBox::default();
    for e in subtree_people(org, unit) {
        nb.add(employee_box(org.employee(e)));
    }
    nb
}

/// The people of a subtree in one box (`None` = belum dinilai), in subtree order: the
/// drill-down behind a count.
pub fn box_members(org: &Organization, unit: Option<UnitIx>, b: Option<u8>) -> Vec<EmployeeIx> {
    subtree_people(org, unit)
        .into_iter()
        .filter(|&e| employee_box(org.employee(e)) == b)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::subtree::tests::org;
    use Performance::*;
    use Potential::*;

    #[test]
    fn every_rating_pair_lands_in_its_box() {
        // performance      rendah menengah tinggi
        let table = [
            (SangatBaik, [4, 7, 9]),
            (Baik, [2, 5, 8]),
            (ButuhPerbaikan, [1, 3, 6]),
            (Kurang, [1, 3, 6]),
            (SangatKurang, [1, 3, 6]),
        ];
        for (perf, boxes) in table {
            for (pot, b) in [Rendah, Menengah, Tinggi].into_iter().zip(boxes) {
                assert_eq!(box_of(Some(perf), Some(pot)), Some(b), "{perf:?} {pot:?}");
            }
        }
    }

    #[test]
    fn missing_either_rating_is_unrated() {
        assert_eq!(box_of(None, Some(Tinggi)), None);
        assert_eq!(box_of(Some(SangatBaik), None), None);
        assert_eq!(box_of(None, None), None);
    }

    #[test]
    fn grid_holds_each_box_once_and_succession_is_7_to_9() {
        let mut seen: Vec<u8> = GRID.iter().flatten().copied().collect();
        seen.sort_unstable();
        assert_eq!(seen, (1..=9).collect::<Vec<_>>());
        assert!(is_succession(7) && is_succession(9) && !is_succession(6));
        assert!(!advice(1).is_empty() && advice(0).is_empty());
        assert!(advice_msg(1).is_some() && advice_msg(0).is_none());
    }

    #[test]
    fn counts_add_up_over_a_subtree() {
        let mut o = org();
        let set = |o: &mut Organization, n: u32, perf, pot| {
            let mut e = o.employee(n).clone();
            e.performance = perf;
            e.potential = pot;
            o.replace_employee(n, e);
        };
        set(&mut o, 0, Some(SangatBaik), Some(Tinggi)); // a: box 9
        set(&mut o, 1, Some(Baik), Some(Menengah)); // a.b: box 5
        set(&mut o, 2, Some(Kurang), None); // a.b: unrated
        set(&mut o, 3, Some(Baik), Some(Rendah)); // c: box 2
        set(&mut o, 4, Some(Baik), Some(Menengah)); // unplaced: box 5
        let a = ninebox(&o, o.unit_ix("a"));
        assert_eq!((a.count(9), a.count(5), a.unrated, a.total()), (1, 1, 1, 3));
        let ab = ninebox(&o, o.unit_ix("a.b"));
        assert_eq!((ab.count(5), ab.unrated, ab.total()), (1, 1, 2));
        let all = ninebox(&o, None);
        assert_eq!((all.count(5), all.count(2), all.total()), (2, 1, 5));
        assert_eq!(box_members(&o, o.unit_ix("a"), Some(9)), vec![0]);
        assert_eq!(box_members(&o, o.unit_ix("a"), None), vec![2]);
        assert_eq!(all.count(10), 0);
    }

    #[test]
    fn the_indonesian_messages_are_the_regulations_words() {
        for b in 0..=10 {
            assert_eq!(advice_in(Lang::Id, b), advice(b), "box {b}");
            assert_eq!(advice_in(Lang::En, b).is_empty(), advice(b).is_empty());
        }
        for band in [
            PerformanceBand::Below,
            PerformanceBand::AsExpected,
            PerformanceBand::Above,
        ] {
            assert_eq!(Lang::Id.say(&band.msg()), band.label());
            assert_ne!(Lang::En.say(&band.msg()), band.label());
        }
    }
}
