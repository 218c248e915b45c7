//! Who should sit here: everyone ranked by Job Person Match for one seat, then by
//! performance, then by potential.
//!
//! One pass over the employees against one standard, with no allocation per employee:
//! each person's JPM numerator is summed straight from their levels, and only the best
//! `limit` are kept in a bounded heap. Every candidate shares the seat's denominator, so
//! ranking by the integer numerator is ranking by JPM, with exact ties.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use super::competency::{DefaultStandards, Levels};
use super::employee::{Employee, Performance, Potential};
use super::fit::Fit;
use super::org::{EmployeeIx, Organization, PositionIx, UnitIx};
use super::position::PositionType;
use super::rank::Rank;
use super::subtree::subtree_mask;

/// Which people may be candidates; the default admits everyone not already in the seat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CandidateFilter {
    /// Only people not yet placed (belum ditempatkan).
    pub unplaced: bool,
    /// Only people whose current seat holds more people than its formation.
    pub over_formation: bool,
    /// Only people seated in this unit's subtree.
    pub subtree: Option<UnitIx>,
    /// Only people of this rank or higher. Ranks compare within a kind, so a PNS minimum
    /// leaves PPPK out and a PPPK minimum leaves PNS out.
    pub min_rank: Option<Rank>,
    /// Also people in structural seats above the seat's level. Off by default: moving
    /// someone down a level is a disciplinary sanction (PP 94/2021), not a placement.
    pub any_level: bool,
}

/// The structural level of a position type (JPT Utama 6 down to Pelaksana 1); `None` for
/// functional posts, whose levels run on their own ladder.
pub fn structural_level(t: PositionType) -> Option<u8> {
    match t {
        PositionType::JptUtama => Some(6),
        PositionType::JptMadya => Some(5),
        PositionType::JptPratama => Some(4),
        PositionType::Administrator => Some(3),
        PositionType::Pengawas => Some(2),
        PositionType::Pelaksana => Some(1),
        PositionType::Fungsional => None,
    }
}

/// The level of a functional post's jenjang, on the structural ladder it was equated with
/// when administrative posts became functional (PermenPANRB 17/2021): Ahli Utama = JPT
/// Madya (5), Ahli Madya = Administrator (3), Ahli Muda = Pengawas (2), Ahli Pertama and
/// every keterampilan jenjang (Pemula, Terampil, Mahir, Penyelia) = Pelaksana (1). Read from
/// the title, as the format has no jenjang field; `None` when the title names none.
pub fn functional_level(title: &str) -> Option<u8> {
    let t = title.to_lowercase();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    let after_ahli = words.windows(2).find(|w| w[0] == "ahli").map(|w| w[1]);
    match after_ahli {
        Some("utama") => Some(5),
        Some("madya") => Some(3),
        Some("muda") => Some(2),
        Some("pertama") => Some(1),
        _ if words
            .iter()
            .any(|w| matches!(*w, "pemula" | "terampil" | "mahir" | "penyelia")) =>
        {
            Some(1)
        }
        _ => None,
    }
}

/// A seat's level for the "no placement below one's level" rule: the structural level,
/// or for a functional post the level its jenjang is equated with.
pub fn seat_level(org: &Organization, p: PositionIx) -> Option<u8> {
    let pos = org.position(p);
    structural_level(pos.kind).or_else(|| {
        (pos.kind == PositionType::Fungsional)
            .then(|| functional_level(&pos.title))
            .flatten()
    })
}

/// One ranked candidate for a seat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub employee: EmployeeIx,
    /// JPM for the seat in percent, uncapped.
    pub percent: f64,
    /// Sum of the person's levels over the seat's required competencies.
    pub have: u32,
    /// Sum of the seat's required levels (the same for every candidate).
    pub required: u32,
}

/// The ranking key: greater is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    have: u32,
    performance: Option<Performance>,
    potential: Option<Potential>,
    /// Lower index (NIP order) first among full ties, so the order is stable.
    employee: Reverse<EmployeeIx>,
}

/// The sum of a person's levels over required competencies (unassessed counts 0).
pub fn levels_toward(levels: &Levels, requirements: &Levels) -> u32 {
    requirements
        .keys()
        .map(|code| u32::from(levels.get(code).copied().unwrap_or(0)))
        .sum()
}

/// Orders two people for a seat: higher fit, then better performance, then higher
/// potential (not assessed ranks below any rating), then NIP order.
pub fn compare_candidates(
    a: (&Employee, u32, EmployeeIx),
    b: (&Employee, u32, EmployeeIx),
) -> Ordering {
    key(a.0, a.1, a.2).cmp(&key(b.0, b.1, b.2)).reverse()
}

fn key(e: &Employee, have: u32, ix: EmployeeIx) -> Key {
    Key {
        have,
        performance: e.performance,
        potential: e.potential,
        employee: Reverse(ix),
    }
}

/// Ranks candidates for `position`, best first, at most `limit` of them. People already
/// in the seat are left out, and unless `any_level`, people in seats above its level
/// ([`seat_level`]: structural, or a functional jenjang's equated level);
/// so are people assessed on none of the seat's required competencies (no fit there).
/// `None` when the seat's standard requires nothing.
pub fn rank_candidates(
    org: &Organization,
    position: PositionIx,
    standards: &DefaultStandards,
    filter: &CandidateFilter,
    limit: usize,
) -> Option<Vec<Candidate>> {
    let requirements = org.requirements(position, standards);
    let required: u32 = requirements.values().map(|&l| u32::from(l)).sum();
    if required == 0 {
        return None;
    }
    let barred = barred_by_seat(org, position, filter);
    let mut heap: BinaryHeap<Reverse<Key>> = BinaryHeap::with_capacity(limit.min(4096) + 1);
    for (i, e) in org.employees().iter().enumerate() {
        let ix = i as EmployeeIx;
        if barred[i] || !rank_admitted(filter, e) {
            continue;
        }
        // Never assessed on anything the seat requires: no fit there to rank by.
        if !requirements.keys().any(|c| e.competencies.contains_key(c)) {
            continue;
        }
        let k = key(e, levels_toward(&e.competencies, &requirements), ix);
        if heap.len() < limit {
            heap.push(Reverse(k));
        } else if heap.peek().is_some_and(|worst| k > worst.0) {
            heap.pop();
            heap.push(Reverse(k));
        }
    }
    // `into_sorted_vec` is ascending by `Reverse<Key>`, that is best first.
    Some(
        heap.into_sorted_vec()
            .into_iter()
            .map(|Reverse(k)| Candidate {
                employee: k.employee.0,
                percent: f64::from(k.have) * 100.0 / f64::from(required),
                have: k.have,
                required,
            })
            .collect(),
    )
}

fn rank_admitted(f: &CandidateFilter, e: &Employee) -> bool {
    f.min_rank
        .is_none_or(|min| e.rank.kind() == min.kind() && e.rank.order() >= min.order())
}

/// Per employee (index = `EmployeeIx`), whether their seat keeps them out: they hold the
/// target seat, or a seat the filters exclude. Built from the holder lists, so the pass
/// over employees does no lookups by id.
fn barred_by_seat(org: &Organization, target: PositionIx, f: &CandidateFilter) -> Vec<bool> {
    let in_subtree = f.subtree.map(|u| subtree_mask(org, u));
    let ceiling = if f.any_level {
        None
    } else {
        seat_level(org, target)
    };
    // Not placed: no seat can be over formation or inside a subtree.
    let unplaced_barred = f.over_formation || in_subtree.is_some();
    let mut barred = vec![unplaced_barred; org.employees().len()];
    for p in 0..org.positions().len() as PositionIx {
        let seat_ok = p != target
            && !f.unplaced
            && (!f.over_formation || org.position_headcount(p).over() > 0)
            && in_subtree
                .as_ref()
                .is_none_or(|mask| org.unit_of(p).is_some_and(|u| mask[u as usize]))
            && ceiling.is_none_or(|max| seat_level(org, p).is_none_or(|l| l <= max));
        for &e in org.holders(p) {
            barred[e as usize] = !seat_ok;
        }
    }
    barred
}

/// What a candidate row shows beyond the ranking: computed for the visible rows only.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateDetail {
    /// Fit for the seat, with the per-competency gaps.
    pub there: Option<Fit>,
    /// The current seat (`None` = belum ditempatkan).
    pub seat: Option<PositionIx>,
    /// Fit in the current seat.
    pub now: Option<Fit>,
    /// Taking them leaves their current seat under its formation.
    pub opens_vacancy: bool,
}

/// The details of one candidate for `position`.
pub fn candidate_detail(
    org: &Organization,
    position: PositionIx,
    employee: EmployeeIx,
    standards: &DefaultStandards,
) -> CandidateDetail {
    let seat = org.seat_of(employee);
    CandidateDetail {
        there: org.fit(employee, position, standards),
        seat,
        now: seat.and_then(|p| org.fit(employee, p, standards)),
        opens_vacancy: opens_vacancy(org, employee),
    }
}

/// Whether taking this person opens a vacancy in their current seat (it is not over its
/// formation); `false` for people not yet placed.
pub fn opens_vacancy(org: &Organization, employee: EmployeeIx) -> bool {
    org.seat_of(employee)
        .is_some_and(|p| org.position_headcount(p).over() == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::subtree::tests::org;

    fn nips(o: &Organization, c: &[Candidate]) -> Vec<String> {
        c.iter()
            .map(|c| o.employee(c.employee).nip.as_str()[15..].to_string())
            .collect()
    }

    /// Ranks with every structural level admitted (the level rule has its own test).
    fn rank(o: &Organization, seat: &str, f: CandidateFilter, limit: usize) -> Vec<Candidate> {
        let f = CandidateFilter {
            any_level: true,
            ..f
        };
        let p = o.position_ix(seat).unwrap();
        rank_candidates(o, p, &DefaultStandards::default(), &f, limit).unwrap()
    }

    #[test]
    fn higher_seats_are_left_out_unless_asked() {
        let o = org();
        let p = o.position_ix("a.b.staf").unwrap();
        let d = DefaultStandards::default();
        let c = rank_candidates(&o, p, &d, &CandidateFilter::default(), 10).unwrap();
        // 001 sits in a JPT Pratama seat, above this Pelaksana seat.
        assert_eq!(nips(&o, &c), vec!["005", "004"]);
        let any = CandidateFilter {
            any_level: true,
            ..Default::default()
        };
        let c = rank_candidates(&o, p, &d, &any, 10).unwrap();
        assert_eq!(nips(&o, &c), vec!["001", "005", "004"]);
        assert_eq!(structural_level(PositionType::Fungsional), None);
    }

    #[test]
    fn functional_jenjang_reads_as_its_equated_level() {
        let table = [
            ("Analis Kebijakan Ahli Utama", Some(5)),
            ("Analis Kebijakan Ahli Madya", Some(3)),
            ("Perencana Ahli Muda", Some(2)),
            ("Perawat Ahli Pertama", Some(1)),
            ("Pranata Komputer Terampil", Some(1)),
            ("Perawat Penyelia", Some(1)),
            ("Dokter Ahli-Madya", Some(3)),
            ("Guru Kelas", None),
            ("Tenaga Ahli", None),
        ];
        for (title, level) in table {
            assert_eq!(functional_level(title), level, "{title}");
        }
    }

    #[test]
    fn higher_seats_are_left_out_of_a_functional_seat_too() {
        let mut o = org();
        // Make the Pelaksana target an Ahli Muda functional seat (equated with Pengawas, 2).
        let (name, comps, units, mut positions, employees) = o.clone().into_parts();
        let t = positions.iter_mut().find(|p| p.id == "a.b.staf").unwrap();
        t.kind = PositionType::Fungsional;
        t.title = "Analis Ahli Muda".into();
        o = Organization::from_parts(name, comps, units, positions, employees);
        let p = o.position_ix("a.b.staf").unwrap();
        let d = DefaultStandards::default();
        let c = rank_candidates(&o, p, &d, &CandidateFilter::default(), 10).unwrap();
        // 001 (JPT Pratama, 4) stays out; the others are at or below level 2.
        assert!(!nips(&o, &c).contains(&"001".to_string()));
        assert!(!c.is_empty());
    }

    #[test]
    fn ranks_by_fit_for_the_seat() {
        // a.b.kasubbag asks INT 2 + KS 2 + KEU 4 = 8.
        // person    INT KS KEU  have  JPM
        // ...001     4   3  -     7   87.5
        // ...002     2   2  3     7   87.5
        // ...003     2   1  4     7   87.5
        // ...004     1   -  5     6   75.0
        // ...005     2   2  4     8  100.0
        let o = org();
        let c = rank(&o, "a.b.kasubbag", CandidateFilter::default(), 10);
        let have: Vec<u32> = c.iter().map(|c| c.have).collect();
        assert_eq!(have, vec![8, 7, 7, 7, 6]);
        assert!((c[0].percent - 100.0).abs() < 1e-9);
        assert!((c[4].percent - 75.0).abs() < 1e-9);
        // Full ties fall back to NIP order.
        assert_eq!(nips(&o, &c), vec!["005", "001", "002", "003", "004"]);
    }

    #[test]
    fn people_never_assessed_for_the_seat_are_not_ranked() {
        let mut o = org();
        // 004 keeps only a competency the seat does not ask for.
        let mut e = o.employee(3).clone();
        e.competencies = [("OTHER".to_string(), 5)].into_iter().collect();
        o.replace_employee(3, e);
        let c = rank(&o, "a.b.kasubbag", CandidateFilter::default(), 10);
        assert_eq!(nips(&o, &c), vec!["005", "001", "002", "003"]);
    }

    #[test]
    fn ties_break_on_performance_then_potential() {
        use Performance::*;
        use Potential::*;
        let mut o = org();
        // The three at 7/8: performance, then potential decide (not assessed is lowest).
        // person  performance  potential  place among them
        // ...001  Baik         Tinggi     2nd
        // ...002  SangatBaik   Rendah     1st
        // ...003  Baik         -          3rd
        let set = |o: &mut Organization, n: u32, perf, pot| {
            let mut e = o.employee(n).clone();
            e.performance = perf;
            e.potential = pot;
            o.replace_employee(n, e);
        };
        set(&mut o, 0, Some(Baik), Some(Tinggi));
        set(&mut o, 1, Some(SangatBaik), Some(Rendah));
        set(&mut o, 2, Some(Baik), None);
        let c = rank(&o, "a.b.kasubbag", CandidateFilter::default(), 10);
        assert_eq!(nips(&o, &c), vec!["005", "002", "001", "003", "004"]);
        // Potential decides when performance is equal.
        set(&mut o, 2, Some(Baik), Some(Menengah));
        set(&mut o, 0, Some(Baik), Some(Rendah));
        let c = rank(&o, "a.b.kasubbag", CandidateFilter::default(), 10);
        assert_eq!(nips(&o, &c), vec!["005", "002", "003", "001", "004"]);
    }

    #[test]
    fn bounded_heap_keeps_the_best() {
        let o = org();
        let all = rank(&o, "a.b.kasubbag", CandidateFilter::default(), usize::MAX);
        for limit in 0..=6 {
            let top = rank(&o, "a.b.kasubbag", CandidateFilter::default(), limit);
            assert_eq!(top, all[..limit.min(all.len())].to_vec(), "limit {limit}");
        }
    }

    #[test]
    fn holders_are_not_candidates_for_their_own_seat() {
        let o = org();
        let c = rank(&o, "a.b.staf", CandidateFilter::default(), 10);
        // Pelaksana default standard: INT 1 + KS 1; 002 and 003 hold the seat.
        assert_eq!(nips(&o, &c), vec!["001", "005", "004"]);
    }

    #[test]
    fn filters() {
        let o = org();
        let f = |f: CandidateFilter| nips(&o, &rank(&o, "a.b.kasubbag", f, 10));
        let unplaced = CandidateFilter {
            unplaced: true,
            ..Default::default()
        };
        assert_eq!(f(unplaced), vec!["005"]);
        // a.b.staf holds 2 against a formation of 1.
        let over = CandidateFilter {
            over_formation: true,
            ..Default::default()
        };
        assert_eq!(f(over), vec!["002", "003"]);
        let sub = CandidateFilter {
            subtree: o.unit_ix("a"),
            ..Default::default()
        };
        assert_eq!(f(sub), vec!["001", "002", "003"]);
        let min = CandidateFilter {
            min_rank: Some(Rank::parse("III/b").unwrap()),
            ..Default::default()
        };
        assert_eq!(f(min), vec!["001", "002", "003"]);
        let pppk = CandidateFilter {
            min_rank: Some(Rank::parse("IX").unwrap()),
            ..Default::default()
        };
        assert!(f(pppk).is_empty());
    }

    #[test]
    fn vacancy_opens_unless_the_seat_is_over_formation() {
        let o = org();
        assert!(opens_vacancy(&o, 0));
        assert!(!opens_vacancy(&o, 1));
        assert!(!opens_vacancy(&o, 4));
        let p = o.position_ix("a.b.kasubbag").unwrap();
        let d = candidate_detail(&o, p, 3, &DefaultStandards::default());
        // 004: INT 1 of 2, KS unassessed, KEU 5 of 4 = 6/8 there; KEU 5 of 2 in c.staf.
        assert_eq!(d.there.as_ref().map(|f| (f.have, f.required)), Some((6, 8)));
        assert_eq!(d.seat, o.position_ix("c.staf"));
        assert_eq!(d.now.map(|f| f.have), Some(5));
        assert!(d.opens_vacancy);
    }
}

#[cfg(test)]
mod scale {
    use super::*;
    use crate::domain::Nip;

    /// One pass over 1M employees against one standard, keeping the best 20.
    #[test]
    #[ignore = "builds a 1M-employee organization; run on demand"]
    fn one_million_employees() {
        let base = crate::domain::subtree::tests::org();
        let (name, comps, units, positions, people) = base.into_parts();
        let template = people[1].clone();
        let employees: Vec<_> = (0..1_000_000u32)
            .map(|i| {
                let mut e = template.clone();
                // Distinct valid NIPs: birth dates 1970-1999, TMT 2020-01, sequence 001-999.
                let nip = format!(
                    "{}{:02}{:02}202001{}{:03}",
                    1970 + i % 30,
                    1 + (i / 30) % 12,
                    1 + (i / 360) % 28,
                    1 + (i / 10_080) % 2,
                    1 + (i / 20_160) % 999
                );
                e.nip = Nip::parse(&nip).unwrap();
                e.competencies.insert("KEU".into(), (i % 5 + 1) as u8);
                e
            })
            .collect();
        let org = Organization::from_parts(name, comps, units, positions, employees);
        let p = org.position_ix("a.b.kasubbag").unwrap();
        let started = std::time::Instant::now();
        let top = rank_candidates(
            &org,
            p,
            &DefaultStandards::default(),
            &CandidateFilter::default(),
            20,
        )
        .unwrap();
        let took = started.elapsed();
        eprintln!("{} employees ranked in {took:?}", org.employees().len());
        assert_eq!(top.len(), 20);
        assert!(took.as_secs() < 10);
    }
}
