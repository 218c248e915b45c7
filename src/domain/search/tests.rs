//! Matching, ranking, NIP lookup, highlighting and incremental search.

use proptest::prelude::*;

use super::*;
use crate::domain::{Employee, Nip, Position, PositionType, Rank, Unit};
use ranking::brute_force_nips;

/// The exact rankings against the slow way.
#[path = "ranking_tests.rs"]
mod ranking;

/// A valid, distinct NIP for every `i` below 10 million.
fn nip(i: usize) -> String {
    let year = 1960 + i % 30;
    let month = 1 + (i / 30) % 12;
    let day = 1 + (i / 360) % 28;
    let seq = 1 + (i / 10_080) % 999;
    format!("{year}{month:02}{day:02}2010011{seq:03}")
}

fn employee(nip: &str, name: &str) -> Employee {
    Employee {
        nip: Nip::parse(nip).unwrap(),
        name: name.into(),
        rank: Rank::parse("III/a").unwrap(),
        position: None,
        competencies: Default::default(),
        performance: None,
        potential: None,
        readiness: None,
        notes: vec![],
        profile: Default::default(),
    }
}

fn org_of(names: &[&str]) -> Organization {
    org_with(
        names
            .iter()
            .enumerate()
            .map(|(i, n)| employee(&nip(i), n))
            .collect(),
    )
}

fn org_with(employees: Vec<Employee>) -> Organization {
    let units = vec![
        Unit {
            id: "dinkes".into(),
            name: "Dinas Kesehatan".into(),
            parent: None,
            feedback: Vec::new(),
            siasn_id: None,
        },
        Unit {
            id: "dinkes.p2p".into(),
            name: "Bidang Pencegahan dan Pengendalian Penyakit".into(),
            parent: Some("dinkes".into()),
            feedback: Vec::new(),
            siasn_id: None,
        },
    ];
    let positions = vec![Position {
        id: "dinkes.kadis".into(),
        unit: "dinkes".into(),
        title: "Kepala Dinas Kesehatan".into(),
        kind: PositionType::JptPratama,
        formation: 1,
        requirements: Default::default(),
        workload: vec![],
        siasn_id: None,
        jenjang: None,
    }];
    Organization::from_parts("Kota Uji".into(), vec![], units, positions, employees)
}

fn names(org: &Organization, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| match h.target {
            Target::Employee(e) => org.employee(e).name.clone(),
            Target::Unit(u) => format!("unit {}", org.unit(u).name),
            Target::Position(p) => format!("position {}", org.position(p).title),
        })
        .collect()
}

fn first(org: &Organization, index: &SearchIndex, query: &str) -> Option<String> {
    names(org, &index.people(org, query, 5)).into_iter().next()
}

#[test]
fn words_match_in_any_order_and_all_must_match() {
    let org = org_of(&["Sri Wahyuni, S.E., M.M.", "Wahyu Setiawan", "Sri Mulyani"]);
    let index = SearchIndex::build(&org);
    assert_eq!(
        first(&org, &index, "wahyuni sri").as_deref(),
        Some("Sri Wahyuni, S.E., M.M.")
    );
    assert_eq!(names(&org, &index.people(&org, "sri wahyu", 5)).len(), 1);
    assert!(index.people(&org, "sri xyz", 5).is_empty());
    assert_eq!(index.people(&org, "SRI", 5).len(), 2);
}

#[test]
fn old_and_new_spellings_find_each_other() {
    let org = org_of(&[
        "Djoko Santoso",
        "Joko Widodo",
        "Tjahjo Kumolo",
        "Cahyo Nugroho",
        "Soeprapto",
        "Suprapto Hadi",
        "Chairul Anwar",
    ]);
    let index = SearchIndex::build(&org);
    let found = |q: &str| names(&org, &index.people(&org, q, 10));
    for (query, expect) in [
        ("joko", "Djoko Santoso"),
        ("djoko", "Joko Widodo"),
        ("cahyo", "Tjahjo Kumolo"),
        ("tjahjo", "Cahyo Nugroho"),
        ("suprapto", "Soeprapto"),
        ("soeprapto", "Suprapto Hadi"),
        ("khairul", "Chairul Anwar"),
    ] {
        assert!(
            found(query).contains(&expect.to_string()),
            "{query}: {:?}",
            found(query)
        );
    }
}

#[test]
fn titles_and_punctuation_do_not_push_the_right_person_down() {
    let org = org_of(&[
        "Sri Wahyuningsih",
        "Prof. Dr. Hj. Sri Wahyuni, S.E., M.M., M.Si.",
        "Sriyati Wahyu Ningrum",
        "Drs. Sri Wahyudi",
    ]);
    let index = SearchIndex::build(&org);
    assert_eq!(
        first(&org, &index, "sri wahyuni").as_deref(),
        Some("Prof. Dr. Hj. Sri Wahyuni, S.E., M.M., M.Si.")
    );
    let org = org_of(&["Dr. Ma'ruf Amin", "Maruf Aminudin"]);
    let index = SearchIndex::build(&org);
    assert_eq!(
        first(&org, &index, "ma'ruf amin").as_deref(),
        Some("Dr. Ma'ruf Amin")
    );
}

#[test]
fn ties_go_to_the_shorter_name_then_the_lower_nip() {
    let org = org_of(&["Budi Santoso Wibowo", "Budi Santoso", "Dr. Budi Santoso"]);
    let index = SearchIndex::build(&org);
    let hits = index.people(&org, "budi", 5);
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0].score, hits[2].score);
    // "Budi Santoso" twice (titles do not count): lower NIP first, then the longer name.
    let e = |h: &Hit| match h.target {
        Target::Employee(e) => e,
        _ => panic!("not an employee"),
    };
    assert!(org.employee(e(&hits[0])).nip < org.employee(e(&hits[1])).nip);
    assert_eq!(
        names(&org, &hits[2..]),
        vec!["Budi Santoso Wibowo".to_string()]
    );
}

#[test]
fn digits_look_up_nips_by_prefix_then_substring() {
    let org = org_of(&["Satu", "Dua", "Tiga"]);
    let index = SearchIndex::build(&org);
    let n0 = nip(0); // 196001012010011001
    let hits = index.people(&org, &n0[..8], 5);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.by_nip));
    assert_eq!(hits[0].target, Target::Employee(0));
    assert_eq!(hits[0].matched, (0..8).collect::<Vec<_>>());
    assert_eq!(hits[0].score, NIP_PREFIX_SCORE);
    // spaces as in the grouped form
    let grouped = format!("{} {}", &n0[..8], &n0[8..12]);
    assert_eq!(
        index.people(&org, &grouped, 5)[0].target,
        Target::Employee(0)
    );
    // a fragment from the middle: TMT 201001 is in everybody's NIP
    let hits = index.people(&org, "201001", 5);
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0].matched, (8..14).collect::<Vec<_>>());
    assert!(hits[0].score < NIP_PREFIX_SCORE);
    assert!(index.people(&org, "99999", 5).is_empty());
    assert_eq!(
        nip_grouped_positions(&[0, 7, 8, 13, 14, 15]),
        vec![0, 7, 9, 14, 16, 18]
    );
}

#[test]
fn highlights_point_into_the_original_name() {
    let original = "Dr. Hj. Siti Aminah, S.E.";
    let org = org_of(&[original]);
    let index = SearchIndex::build(&org);
    let hits = index.people(&org, "amin", 5);
    let chars: Vec<char> = original.chars().collect();
    let lit: String = hits[0].matched.iter().map(|&i| chars[i]).collect();
    assert_eq!(lit, "Amin");
    assert!(hits[0].matched.iter().all(|&i| (12..18).contains(&i)));
    // words in any order each light up; folded letters light up whole
    let original = "Djoko Soeprapto";
    let org = org_of(&[original]);
    let index = SearchIndex::build(&org);
    let hits = index.people(&org, "suprapto joko", 5);
    let chars: Vec<char> = original.chars().collect();
    let lit: String = hits[0].matched.iter().map(|&i| chars[i]).collect();
    assert_eq!(lit, "DjokoSoeprapto");
}

#[test]
fn all_lists_people_then_units_then_positions() {
    let org = org_of(&["Kesi Hartati", "Budi"]);
    let index = SearchIndex::build(&org);
    let hits = index.all(&org, "kesehatan", 10);
    assert_eq!(
        names(&org, &hits),
        vec![
            "unit Dinas Kesehatan".to_string(),
            "position Kepala Dinas Kesehatan".to_string()
        ]
    );
    let hits = index.all(&org, "kes", 10);
    assert_eq!(names(&org, &hits)[0], "Kesi Hartati");
    assert!(matches!(hits[1].target, Target::Unit(_)));
    assert!(matches!(
        hits.last().map(|h| h.target),
        Some(Target::Position(0))
    ));
    // the unit title is highlighted in the unit's own name
    let unit = hits.iter().find(|h| h.target == Target::Unit(0)).unwrap();
    let chars: Vec<char> = "Dinas Kesehatan".chars().collect();
    let lit: String = unit.matched.iter().map(|&i| chars[i]).collect();
    assert_eq!(lit, "Kes");
    // people never crowd units and positions out entirely
    let many: Vec<String> = (0..20).map(|i| format!("Kesi {i}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let org = org_of(&refs);
    let hits = SearchIndex::build(&org).all(&org, "kes", 8);
    assert_eq!(hits.len(), 8);
    assert!(hits.iter().any(|h| matches!(h.target, Target::Unit(_))));
    assert!(hits.iter().any(|h| matches!(h.target, Target::Position(_))));
}

#[test]
fn empty_query_finds_nothing() {
    let org = org_of(&["Sri Wahyuni"]);
    let index = SearchIndex::build(&org);
    for q in ["", "   ", ",", "..."] {
        assert!(index.all(&org, q, 10).is_empty(), "{q:?}");
    }
    assert!(index.people(&org, "sri", 0).is_empty());
}

#[test]
fn share_splits_the_limit() {
    assert_eq!(share([100, 100, 100], 8), [4, 2, 2]);
    assert_eq!(share([100, 0, 1], 8), [7, 0, 1]);
    assert_eq!(share([1, 100, 100], 8), [1, 5, 2]);
    assert_eq!(share([0, 0, 0], 8), [0, 0, 0]);
    assert_eq!(share([5, 5, 5], 0), [0, 0, 0]);
}

#[test]
fn narrowing_is_checked_not_assumed() {
    let q = Query::parse;
    assert!(q("sri").narrows_to(&q("sri w")));
    assert!(q("sri w").narrows_to(&q("sri wa")));
    assert!(q("wa").narrows_to(&q("sri wa")));
    assert!(!q("so").narrows_to(&q("soe"))); // soe = su
    assert!(!q("h").narrows_to(&q("h s"))); // the title H. is dropped
    assert!(q("1985").narrows_to(&q("19850")));
    assert!(!q("1985").narrows_to(&q("sri")));
    assert!(!Query::Empty.narrows_to(&q("sri")));
}

const POOL: &[&str] = &[
    "Sri Wahyuni, S.E., M.M.",
    "Dr. Hj. Siti Aminah, S.E.",
    "Djoko Santoso",
    "Joko Widodo",
    "Tjahjo Kumolo",
    "Soeprapto",
    "Chairul Tanjung",
    "Ma'ruf Amin",
    "Ir. H. Hadi Susanto, M.T.",
    "Tjoa Eng Hoei",
    "Nyoman Sudarsana",
    "Wahyu Setiawan, S.Kom.",
    "Sri Mulyani",
    "drg. Ratna Dewi",
    "Agus Salim, S.KM., M.Kes.",
];

fn assert_live_matches_fresh(
    org: &Organization,
    index: &SearchIndex,
    queries: &[&str],
    limit: usize,
) {
    let mut live = LiveSearch::new();
    for query in queries {
        let chars: Vec<char> = query.chars().collect();
        for end in 0..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            assert_eq!(
                live.update(index, org, &prefix, limit),
                index.all(org, &prefix, limit),
                "prefix {prefix:?}"
            );
        }
    }
}

#[test]
fn live_search_equals_fresh_search_for_every_prefix() {
    let org = org_of(POOL);
    let index = SearchIndex::build(&org);
    assert_live_matches_fresh(
        &org,
        &index,
        &[
            "sri wahyuni",
            "soeprapto",
            "djoko s",
            "h. hadi",
            "19600101 2010",
            "kes dinas",
        ],
        4,
    );
}

#[test]
fn live_search_restarts_on_a_new_index() {
    let org = org_of(POOL);
    let index = SearchIndex::build(&org);
    let mut live = LiveSearch::new();
    assert!(!live.update(&index, &org, "sri", 10).is_empty());
    let other = org_of(&["Bambang"]);
    let other_index = SearchIndex::build(&other);
    assert_eq!(
        live.update(&other_index, &other, "bam", 10),
        other_index.all(&other, "bam", 10)
    );
}

/// Enough distinct names to take the two-thread path.
fn big_org(n: usize) -> Organization {
    const FIRST: &[&str] = &[
        "Sri", "Siti", "Budi", "Agus", "Dewi", "Eko", "Joko", "Rina", "Hadi", "Nur", "Ahmad",
        "Wahyu", "Dian", "Putu", "Made", "Andi", "Yohanes", "Maria", "Tjahjo", "Slamet",
    ];
    const MIDDLE: &[&str] = &[
        "", "Dwi", "Tri", "Nur", "Ayu", "Adi", "Puspita", "Kurnia", "Indah", "Eka", "Bayu",
        "Ratna", "Fajar", "Putri", "Rahmat", "Sari", "Tegar", "Wulan", "Yudha", "Asih",
    ];
    const LAST: &[&str] = &[
        "Wahyuni",
        "Santoso",
        "Lestari",
        "Hidayat",
        "Susanto",
        "Rahayu",
        "Saputra",
        "Purnomo",
        "Handayani",
        "Setiawan",
        "Kusuma",
        "Nugroho",
        "Pratama",
        "Siregar",
        "Nasution",
        "Simanjuntak",
        "Wijaya",
        "Halim",
        "Soeprapto",
        "Gunawan",
    ];
    const TITLE: &[&str] = &["", "", "Dr. ", "H. ", "Ir. "];
    const DEGREE: &[&str] = &["", ", S.E.", ", S.Kom.", ", M.Si.", ", S.Sos., M.M."];
    let names: Vec<String> = (0..n)
        .map(|i| {
            let first = FIRST[i % FIRST.len()];
            let middle = MIDDLE[(i / 20) % MIDDLE.len()];
            let last = LAST[(i / 400) % LAST.len()];
            let number = i / 8000;
            format!(
                "{}{first} {middle} {last} {number}{}",
                TITLE[i % TITLE.len()],
                DEGREE[(i / 7) % DEGREE.len()]
            )
        })
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    org_of(&refs)
}

#[test]
fn parallel_and_incremental_agree_on_a_large_organization() {
    let org = big_org(40_000);
    let index = SearchIndex::build(&org);
    let serial = index.clone().with_threads(1);
    for q in ["s", "sri wah", "hadi 3", "1960"] {
        assert_eq!(index.all(&org, q, 20), serial.all(&org, q, 20), "{q}");
    }
    assert_live_matches_fresh(&org, &index, &["sri wahyuni", "tjahjo nug"], 20);
}

/// A rough per-keystroke timing; real benchmarks live in `benches/` (issue 6).
/// `cargo test --release --lib domain::search::tests::keystroke_timing -- --ignored --nocapture`
#[test]
#[ignore]
fn keystroke_timing() {
    for n in [100_000, 1_000_000] {
        let org = big_org(n);
        let t = std::time::Instant::now();
        let index = SearchIndex::build(&org);
        println!(
            "{n}: build {:?}, {} bytes, {index:?}",
            t.elapsed(),
            index.heap_bytes()
        );
        for query in ["sri wahyuni", "agus susanto", "tjahjo", "1960010"] {
            // The fastest of five runs: the machine may be shared.
            let mut best = vec![u128::MAX; query.len()];
            for _ in 0..5 {
                let mut live = LiveSearch::new();
                for (end, b) in (1..=query.len()).zip(best.iter_mut()) {
                    let t = std::time::Instant::now();
                    live.update(&index, &org, &query[..end], 50);
                    *b = (*b).min(t.elapsed().as_micros());
                }
            }
            let fresh = std::time::Instant::now();
            index.all(&org, query, 50);
            println!(
                "  {query:?}: per keystroke (us) {best:?}; fresh full query {:?}",
                fresh.elapsed()
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn live_search_equals_fresh_search(
        picks in prop::collection::vec(0..POOL.len(), 1..20),
        query in "[adjtoechyksriwu19 .,']{0,9}",
        limit in 1usize..6,
    ) {
        let names: Vec<&str> = picks.iter().map(|&i| POOL[i]).collect();
        let org = org_of(&names);
        let index = SearchIndex::build(&org);
        let mut live = LiveSearch::new();
        let chars: Vec<char> = query.chars().collect();
        for end in 0..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            prop_assert_eq!(live.update(&index, &org, &prefix, limit), index.all(&org, &prefix, limit));
        }
    }

    #[test]
    fn nip_lookups_equal_searching_every_nip(
        n in 1usize..300,
        query in "(1|19|199|199[0-9]|197[0-9]|2018|[0-9]{1,4}|1990 01)",
        limit in 1usize..60,
    ) {
        // Some born in the 1990s, more appointed then: a query such as `199` starts few NIPs
        // and sits inside many, so a short run of prefixes must be followed by the rest.
        let employees = (0..n)
            .map(|k| {
                let (born, appointed) = if k % 3 == 0 {
                    (1990 + k % 10, 2018)
                } else {
                    (1970 + k % 10, 1990 + k % 10)
                };
                let nip = format!("{born}01{:02}{appointed}011{:03}", 1 + (k / 10) % 28, 1 + k / 280);
                employee(&nip, &format!("Pegawai {k}"))
            })
            .collect();
        let org = org_with(employees);
        let index = SearchIndex::build(&org);
        prop_assert_eq!(index.people_ranked(&query, limit), brute_force_nips(&index.nips, &query, limit));
        let mut live = LiveSearch::people_only();
        for end in 1..=query.len() {
            let prefix = &query[..end];
            prop_assert_eq!(live.update(&index, &org, prefix, limit), index.people(&org, prefix, limit));
        }
    }

    #[test]
    fn highlights_stay_inside_the_display_text(name in "[A-Za-z .,'é-]{1,30}", query in "[a-z]{1,4}") {
        let n = normalize(&name);
        prop_assert_eq!(n.text.len(), n.map.len());
        let all: Vec<usize> = (0..n.text.len()).collect();
        let count = name.chars().count();
        prop_assert!(n.original_positions(&name, &all).iter().all(|&i| i < count));
        let org = org_of(&[name.as_str()]);
        for hit in SearchIndex::build(&org).people(&org, &query, 3) {
            prop_assert!(hit.matched.iter().all(|&i| i < count));
            prop_assert!(!hit.matched.is_empty());
        }
    }
}
