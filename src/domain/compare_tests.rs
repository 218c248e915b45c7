//! Hand-worked comparisons on a small organization; shared with the minutes renderer tests.

use time::macros::datetime;

use super::*;
use crate::domain::plan::Move;
use crate::domain::{Competency, CompetencyGroup, Employee, Levels, Position, PositionType, Unit};

/// Two roots: Dinas D (with Bidang X and Bidang Y) and Kecamatan K. Every seat requires
/// only INT, so JPM = INT level / required level:
///
/// | seat      | unit | formation | INT req | holders (INT)       | JPM        |
/// |-----------|------|-----------|---------|---------------------|------------|
/// | d.kadis   | D    | 1         | 4       | Ani (4)             | 100        |
/// | d.x.staf  | X    | 2         | 4       | Budi (2), Citra (3) | 50, 75     |
/// | d.y.staf  | Y    | 2         | 2       | Dedi (1)            | 50         |
/// | k.camat   | K    | 1         | 4       | Eko (4)             | 100        |
/// | (none)    |      |           |         | Fitri (2)           |            |
///
/// Baseline: D 4/5 avg 68.75, X 2/2 avg 62.5, Y 1/2 avg 50, K 1/1 avg 100; overall 5 seated,
/// avg 75.
pub(crate) fn sample_org() -> Organization {
    let comps = vec![Competency {
        code: "INT".into(),
        name: "Integritas".into(),
        group: CompetencyGroup::Manajerial,
    }];
    let unit = |id: &str, name: &str, parent: Option<&str>| Unit {
        id: id.into(),
        name: name.into(),
        parent: parent.map(Into::into),
        feedback: Vec::new(),
        siasn_id: None,
    };
    let units = vec![
        unit("d", "Dinas D", None),
        unit("d.x", "Bidang X", Some("d")),
        unit("d.y", "Bidang Y", Some("d")),
        unit("k", "Kecamatan K", None),
    ];
    let pos = |id: &str, unit: &str, title: &str, kind, formation, req: u8| Position {
        id: id.into(),
        unit: unit.into(),
        title: title.into(),
        kind,
        formation,
        requirements: [("INT".to_string(), req)].into_iter().collect::<Levels>(),
        workload: vec![],
        siasn_id: None,
        jenjang: None,
    };
    let positions = vec![
        pos(
            "d.kadis",
            "d",
            "Kepala Dinas",
            PositionType::JptPratama,
            1,
            4,
        ),
        pos("d.x.staf", "d.x", "Analis X", PositionType::Pelaksana, 2, 4),
        pos(
            "d.y.staf",
            "d.y",
            "Pengelola Y",
            PositionType::Pelaksana,
            2,
            2,
        ),
        pos("k.camat", "k", "Camat", PositionType::Administrator, 1, 4),
    ];
    let emp = |seq: u32, name: &str, rank: &str, seat: Option<&str>, int: u8| Employee {
        nip: nip(seq),
        name: name.into(),
        rank: Rank::parse(rank).unwrap(),
        position: seat.map(Into::into),
        competencies: [("INT".to_string(), int)].into_iter().collect(),
        performance: None,
        potential: None,
        readiness: None,
        notes: vec![],
        profile: Default::default(),
    };
    let employees = vec![
        emp(1, "Ani Lestari, S.H.", "IV/a", Some("d.kadis"), 4),
        emp(2, "Budi Santoso", "III/a", Some("d.x.staf"), 2),
        emp(3, "Citra Dewi | S.E.", "III/b", Some("d.x.staf"), 3),
        emp(4, "Dedi Kurniawan", "II/c", Some("d.y.staf"), 1),
        emp(5, "Eko Prasetyo, M.Si.", "III/d", Some("k.camat"), 4),
        emp(6, "Fitri Handayani", "IX", None, 2),
    ];
    Organization::from_parts(
        "Pemerintah Kota Uji".into(),
        comps,
        units,
        positions,
        employees,
    )
}

/// The NIP of sample employee `seq` (1 = Ani ... 6 = Fitri).
pub(crate) fn nip(seq: u32) -> Nip {
    Nip::parse(&format!("19800101200501{}{seq:03}", 1 + seq % 2)).unwrap()
}

/// A move made at a fixed time, optionally reviewed.
pub(crate) fn mv(
    seq: u32,
    from: Option<&str>,
    to: Option<&str>,
    reason: Option<&str>,
    decision: Option<(Decision, Option<&str>)>,
) -> Move {
    Move {
        nip: nip(seq),
        from: from.map(Into::into),
        to: to.map(Into::into),
        reason: reason.map(Into::into),
        author: "perencana".into(),
        at: datetime!(2026-11-20 09:15 +07:00),
        review: decision.map(|(decision, remark)| Review {
            decision,
            remark: remark.map(Into::into),
            by: "sekretaris".into(),
            at: datetime!(2026-11-21 10:00 +07:00),
        }),
    }
}

pub(crate) fn plan_of(moves: Vec<Move>) -> Plan {
    Plan {
        name: "rotasi-2027".into(),
        created_by: "perencana".into(),
        created_at: datetime!(2026-11-20 09:00 +07:00),
        moves,
        redo: vec![],
        applied_at: None,
    }
}

/// Compares a plan of `moves` against the sample with default settings.
pub(crate) fn sample_comparison(moves: Vec<Move>) -> Comparison {
    let org = sample_org();
    let plan = plan_of(moves);
    let view = plan_ops::plan_view(&org, &plan);
    compare(
        &org,
        &view,
        &plan,
        &DefaultStandards::default(),
        &FitProfile::mapping(),
        Lang::Id,
    )
}

/// (unit id, filled before, filled after, avg before, avg after, in, out, vac. filled, opened)
type RowExpect = (
    &'static str,
    u32,
    u32,
    Option<f64>,
    Option<f64>,
    u32,
    u32,
    u32,
    u32,
);

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

fn check_rows(name: &str, c: &Comparison, expect: &[RowExpect]) {
    let ids: Vec<&str> = c.units.iter().map(|r| r.id.as_str()).collect();
    let want: Vec<&str> = expect.iter().map(|e| e.0).collect();
    assert_eq!(ids, want, "{name}: units listed");
    for (r, e) in c.units.iter().zip(expect) {
        let got = (
            r.headcount_before.filled,
            r.headcount_after.filled,
            r.moved_in,
            r.moved_out,
            r.vacancies_filled,
            r.vacancies_opened,
        );
        assert_eq!(got, (e.1, e.2, e.5, e.6, e.7, e.8), "{name}: unit {}", e.0);
        assert_eq!(
            r.headcount_before.formation, r.headcount_after.formation,
            "{name}: formation is the baseline's"
        );
        assert!(
            close(r.fit_before.mean(), e.3),
            "{name}: {} avg before {:?}, want {:?}",
            e.0,
            r.fit_before.mean(),
            e.3
        );
        assert!(
            close(r.fit_after.mean(), e.4),
            "{name}: {} avg after {:?}, want {:?}",
            e.0,
            r.fit_after.mean(),
            e.4
        );
    }
}

#[test]
fn unit_rows_and_overall_by_hand() {
    // (case, moves, expected rows, overall (seated before, after, avg before, avg after,
    //  vacancies filled, opened))
    type Overall6 = (u32, u32, f64, f64, u32, u32);
    let cases: Vec<(&str, Vec<Move>, Vec<RowExpect>, Overall6)> = vec![
        (
            // Citra X -> Y: JPM 75 -> 3/2 = 150. X opens a seat, Y fills one; inside D
            // nobody enters or leaves, but D's average rises to (100+50+150+50)/4.
            "lateral inside a dinas",
            vec![mv(3, Some("d.x.staf"), Some("d.y.staf"), None, None)],
            vec![
                ("d", 4, 4, Some(68.75), Some(87.5), 0, 0, 1, 1),
                ("d.x", 2, 1, Some(62.5), Some(50.0), 0, 1, 0, 1),
                ("d.y", 1, 2, Some(50.0), Some(100.0), 1, 0, 1, 0),
            ],
            (5, 5, 75.0, 90.0, 1, 1),
        ),
        (
            // Dedi unplaced: Y 1/2 -> 0/2 opens a seat and has no average left.
            "unplacing",
            vec![mv(4, Some("d.y.staf"), None, None, None)],
            vec![
                ("d", 4, 3, Some(68.75), Some(75.0), 0, 1, 0, 1),
                ("d.y", 1, 0, Some(50.0), None, 0, 1, 0, 1),
            ],
            (5, 4, 75.0, 81.25, 0, 1),
        ),
        (
            // Fitri from the pool into Y's vacant seat: JPM 2/2 = 100.
            "placing from the unplaced pool into a vacancy",
            vec![mv(6, None, Some("d.y.staf"), None, None)],
            vec![
                ("d", 4, 5, Some(68.75), Some(75.0), 1, 0, 1, 0),
                ("d.y", 1, 2, Some(50.0), Some(75.0), 1, 0, 1, 0),
            ],
            (5, 6, 75.0, 475.0 / 6.0, 1, 0),
        ),
        (
            // Fitri onto the camat's seat, already held: over formation, no vacancy filled.
            "placing onto a full seat",
            vec![mv(6, None, Some("k.camat"), None, None)],
            vec![("k", 1, 2, Some(100.0), Some(75.0), 1, 0, 0, 0)],
            (5, 6, 75.0, 425.0 / 6.0, 0, 0),
        ),
        (
            // Citra X -> Y and Dedi Y -> unplaced: Y's seat count nets to zero (no vacancy
            // change there), X opens one; Eko K -> X fills it back.
            "chain across roots",
            vec![
                mv(3, Some("d.x.staf"), Some("d.y.staf"), None, None),
                mv(4, Some("d.y.staf"), None, None, None),
                mv(5, Some("k.camat"), Some("d.x.staf"), None, None),
            ],
            vec![
                // D: Ani 100, Budi 50, Citra 150, Eko 4/4 = 100.
                ("d", 4, 4, Some(68.75), Some(100.0), 1, 1, 0, 0),
                ("d.x", 2, 2, Some(62.5), Some(75.0), 1, 1, 0, 0),
                ("d.y", 1, 1, Some(50.0), Some(150.0), 1, 1, 0, 0),
                ("k", 1, 0, Some(100.0), None, 0, 1, 0, 1),
            ],
            (5, 4, 75.0, 100.0, 0, 1),
        ),
        (
            // Moved away and back: nothing changes, no unit listed.
            "there and back",
            vec![
                mv(2, Some("d.x.staf"), Some("k.camat"), None, None),
                mv(2, Some("k.camat"), Some("d.x.staf"), None, None),
            ],
            vec![],
            (5, 5, 75.0, 75.0, 0, 0),
        ),
    ];
    for (name, moves, rows, o) in cases {
        let c = sample_comparison(moves);
        check_rows(name, &c, &rows);
        let got = (
            c.overall.headcount_before.filled,
            c.overall.headcount_after.filled,
            c.overall.vacancies_filled,
            c.overall.vacancies_opened,
        );
        assert_eq!(got, (o.0, o.1, o.4, o.5), "{name}: overall counts");
        assert!(close(c.overall.fit_before.mean(), Some(o.2)), "{name}");
        assert!(
            close(c.overall.fit_after.mean(), Some(o.3)),
            "{name}: overall after {:?}",
            c.overall.fit_after.mean()
        );
    }
}

#[test]
fn moved_people_summary() {
    let c = sample_comparison(vec![
        mv(3, Some("d.x.staf"), Some("d.y.staf"), None, None),
        mv(6, None, Some("k.camat"), None, None),
        mv(4, Some("d.y.staf"), None, None, None),
    ]);
    let o = &c.overall;
    assert_eq!(o.people_moved, 3);
    // Before: Citra 75, Dedi 50 (Fitri unplaced); after: Citra 150, Fitri 50 (Dedi unplaced).
    assert!(close(o.moved_fit_before.mean(), Some(62.5)));
    assert!(close(o.moved_fit_after.mean(), Some(100.0)));
    assert_eq!((o.improved, o.worsened), (1, 0));
}

#[test]
fn move_lines_carry_people_seats_fits_and_reviews() {
    let c = sample_comparison(vec![
        mv(
            3,
            Some("d.x.staf"),
            Some("d.y.staf"),
            Some("penguatan Bidang Y"),
            Some((Decision::Setuju, Some("mulai Januari"))),
        ),
        mv(
            6,
            None,
            Some("k.camat"),
            None,
            Some((Decision::Tolak, None)),
        ),
        mv(4, Some("d.y.staf"), None, None, None),
    ]);
    assert_eq!(c.moves.len(), 3);
    let first = &c.moves[0];
    assert_eq!(first.no, 1);
    assert_eq!(first.name.as_deref(), Some("Citra Dewi | S.E."));
    assert_eq!(first.rank.map(|r| r.to_string()).as_deref(), Some("III/b"));
    let from = first.from.as_ref().unwrap();
    assert_eq!(
        (from.title.as_str(), from.unit_name.as_str()),
        ("Analis X", "Bidang X")
    );
    assert_eq!(first.to.as_ref().unwrap().unit_name, "Bidang Y");
    assert!(close(first.fit_before, Some(75.0)));
    assert!(close(first.fit_after, Some(150.0)));
    assert_eq!(first.category_before, Some(FitCategory::Low));
    assert_eq!(first.category_after, Some(FitCategory::High));
    assert_eq!(first.reason.as_deref(), Some("penguatan Bidang Y"));
    assert_eq!(first.decision(), Some(Decision::Setuju));
    let pooled = &c.moves[1];
    assert!(pooled.from.is_none() && pooled.fit_before.is_none());
    assert!(close(pooled.fit_after, Some(50.0)));
    let unplaced = &c.moves[2];
    assert!(unplaced.to.is_none() && unplaced.fit_after.is_none());
    assert_eq!(
        c.tally,
        Tally {
            setuju: 1,
            tunda: 0,
            tolak: 1,
            undecided: 1
        }
    );
}

#[test]
fn a_seat_or_person_gone_from_the_baseline_is_shown_not_dropped() {
    let org = sample_org();
    let gone = mv(2, Some("d.x.staf"), Some("d.z.hapus"), None, None);
    let stranger = Move {
        nip: Nip::parse("199912312020121001").unwrap(),
        ..mv(1, None, Some("d.kadis"), None, None)
    };
    let plan = plan_of(vec![gone, stranger]);
    // The view cannot place anyone on a missing seat; Budi stays where he was.
    let view = org.clone();
    let c = compare(
        &org,
        &view,
        &plan,
        &DefaultStandards::default(),
        &FitProfile::mapping(),
        Lang::Id,
    );
    let to = c.moves[0].to.as_ref().unwrap();
    assert!(!to.found);
    assert_eq!(to.title, "d.z.hapus");
    assert!(c.moves[0].fit_after.is_none());
    assert!(c.moves[1].name.is_none());
    assert!(
        c.moves[0]
            .conflict
            .as_deref()
            .unwrap()
            .contains("sudah tidak ada")
    );
    assert!(c.moves[1].conflict.is_some());
    assert!(c.units.is_empty());
    assert_eq!(c.overall.people_moved, 0);
}

#[test]
fn totals_match_unit_headcounts() {
    let org = sample_org();
    let totals = FitTotals::of(&org, &DefaultStandards::default());
    let hc = org.unit_headcounts();
    for (u, h) in hc.iter().enumerate() {
        assert_eq!(totals.units[u].headcount, *h, "unit {u}");
    }
    assert_eq!(totals.overall.headcount.filled, 5);
    assert_eq!(totals.overall.headcount.formation, 6);
}

#[test]
fn comparison_serializes_for_scripts() {
    let c = sample_comparison(vec![mv(
        4,
        Some("d.y.staf"),
        None,
        None,
        Some((Decision::Tunda, None)),
    )]);
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["plan"], "rotasi-2027");
    assert_eq!(v["moves"][0]["nip"], nip(4).as_str());
    assert_eq!(v["moves"][0]["review"]["decision"], "tunda");
    assert_eq!(v["moves"][0]["at"], "2026-11-20T09:15:00+07:00");
    assert_eq!(v["units"][1]["headcount_after"]["filled"], 0);
    assert_eq!(v["units"][1]["fit_after"]["mean"], serde_json::Value::Null);
    assert_eq!(v["overall"]["fit_after"]["people"], 4);
}

/// 1M employees in 10,000 units: the baseline pass once, then a comparison of a few moves
/// costs microseconds. Run with `cargo test --release -- --ignored compare_scales`.
#[test]
#[ignore = "builds a 1M-employee organization; run on demand"]
fn compare_scales_with_the_moves_not_the_organization() {
    use std::time::Instant;
    let comps = vec![Competency {
        code: "INT".into(),
        name: "Integritas".into(),
        group: CompetencyGroup::Manajerial,
    }];
    let mut units = vec![Unit {
        id: "root".into(),
        name: "Kota".into(),
        parent: None,
        feedback: Vec::new(),
        siasn_id: None,
    }];
    let mut positions = Vec::new();
    for d in 0..100 {
        units.push(Unit {
            id: format!("d{d}"),
            name: format!("Dinas {d}"),
            parent: Some("root".into()),
            feedback: Vec::new(),
            siasn_id: None,
        });
        for b in 0..99 {
            units.push(Unit {
                id: format!("d{d}.b{b}"),
                name: format!("Bidang {b}"),
                parent: Some(format!("d{d}")),
                feedback: Vec::new(),
                siasn_id: None,
            });
            positions.push(Position {
                id: format!("d{d}.b{b}.staf"),
                unit: format!("d{d}.b{b}"),
                title: "Staf".into(),
                kind: PositionType::Pelaksana,
                formation: 110,
                requirements: Levels::new(),
                workload: vec![],
                siasn_id: None,
                jenjang: None,
            });
        }
    }
    let nip_of = |i: u32| {
        let (seq, k) = (i % 999 + 1, i / 999);
        let (day, month, year) = (k % 28 + 1, (k / 28) % 12 + 1, 1960 + k / (28 * 12));
        Nip::parse(&format!("{year}{month:02}{day:02}2005011{seq:03}")).unwrap()
    };
    let employees: Vec<Employee> = (0..1_000_000u32)
        .map(|i| Employee {
            nip: nip_of(i),
            name: format!("Pegawai {i}"),
            rank: Rank::parse("III/a").unwrap(),
            position: Some(positions[i as usize % positions.len()].id.clone()),
            competencies: [("INT".to_string(), 1 + (i % 5) as u8)]
                .into_iter()
                .collect(),
            performance: None,
            potential: None,
            readiness: None,
            notes: vec![],
            profile: Default::default(),
        })
        .collect();
    let org = Organization::from_parts("Kota".into(), comps, units, positions, employees);
    let standards = DefaultStandards::default();
    let started = Instant::now();
    let totals = FitTotals::of(&org, &standards);
    let baseline_pass = started.elapsed();
    let moves: Vec<Move> = (0..20u32)
        .map(|i| Move {
            nip: nip_of(i * 7),
            from: Some(format!("d{}.b{}.staf", (i * 7) % 9900 / 99, (i * 7) % 99)),
            to: Some(format!("d{}.b{}.staf", 99 - i, 98 - i)),
            ..mv(1, None, None, None, None)
        })
        .collect();
    let plan = plan_of(moves);
    let view = plan_ops::plan_view(&org, &plan);
    let started = Instant::now();
    let c = compare_with(
        &totals,
        &org,
        &view,
        &plan,
        &standards,
        &FitProfile::mapping(),
        Lang::Id,
    );
    let comparison = started.elapsed();
    eprintln!("baseline pass {baseline_pass:?}, comparison of 20 moves {comparison:?}");
    assert_eq!(c.overall.people_moved, 20);
    assert_eq!(c.overall.headcount_before.filled, 1_000_000);
    assert!(
        comparison < baseline_pass / 10,
        "{comparison:?} vs {baseline_pass:?}"
    );
}
