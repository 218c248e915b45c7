//! The people and NIP rankings against the slow way (every name or NIP scored, all sorted),
//! and a ranking stopped midway.

use super::{assert_live_matches_fresh, big_org};
use crate::domain::search::*;

/// The people ranking the slow way: every name scored with a fresh skim matcher, all
/// sorted; what the bound-ordered scan must equal exactly.
fn brute_force_people(org: &Organization, query: &str, limit: usize) -> Vec<(usize, i64)> {
    let words: Vec<String> = normalize(query)
        .text
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let mut all: Vec<(i64, usize, usize)> = org
        .employees()
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let text = normalize(&e.name).text;
            let mut total = 0;
            for w in &words {
                total += SkimMatcherV2::default()
                    .respect_case()
                    .fuzzy_match(&text, w)?;
            }
            Some((total, text.len(), i))
        })
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    all.into_iter()
        .take(limit)
        .map(|(score, _, i)| (i, score))
        .collect()
}

#[test]
fn short_and_long_queries_rank_exactly_as_scoring_every_name() {
    let org = big_org(10_000);
    let index = SearchIndex::build(&org);
    for q in [
        "s", "si", "sr", "a", "ri", "sri wah", "dr. si", "h n", "nug 2",
    ] {
        let expected = brute_force_people(&org, q, 200);
        for limit in [1, 7, 200] {
            let got: Vec<(usize, i64)> = index
                .people(&org, q, limit)
                .iter()
                .map(|h| match h.target {
                    Target::Employee(e) => (e as usize, h.score),
                    other => panic!("{other:?}"),
                })
                .collect();
            assert_eq!(
                got[..],
                expected[..limit.min(expected.len())],
                "{q} {limit}"
            );
        }
    }
}

/// The NIP ranking the slow way: every NIP searched, all sorted (best first, then the lower
/// index); what the run of ascending NIPs must equal exactly.
pub(super) fn brute_force_nips(
    nips: &[[u8; 18]],
    query: &str,
    limit: usize,
) -> Vec<(EmployeeIx, i64)> {
    let digits: Vec<u8> = query.bytes().filter(u8::is_ascii_digit).collect();
    let mut all: Vec<(i64, EmployeeIx)> = nips
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let pos = (0..=18usize.saturating_sub(digits.len()))
                .find(|&p| n[p..].starts_with(&digits))?;
            Some((NIP_PREFIX_SCORE - pos as i64, i as EmployeeIx))
        })
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.into_iter().take(limit).map(|(s, i)| (i, s)).collect()
}

#[test]
fn nip_prefixes_rank_exactly_as_searching_every_nip() {
    let org = big_org(40_000);
    let index = SearchIndex::build(&org);
    // The run of prefixed NIPs is used only when the NIPs ascend, as in an organization.
    assert!(index.nips_sorted);
    for q in [
        "1", "19", "196", "1960", "19600", "2010", "011", "9", "1985",
    ] {
        for limit in [1, 7, 200] {
            assert_eq!(
                index.people_ranked(q, limit),
                brute_force_nips(&index.nips, q, limit),
                "{q} {limit}"
            );
        }
    }
    // Typing on after a keystroke answered from the run scans afresh and still agrees.
    assert_live_matches_fresh(&org, &index, &["1960010", "19 6 0 1"], 20);
    // NIPs out of order (a stored index could hold them so) take the scan.
    let mut parts = index.to_parts();
    parts.nips.reverse();
    let shuffled =
        SearchIndex::from_parts(parts, org.units().len(), org.positions().len()).unwrap();
    assert!(!shuffled.nips_sorted);
    for q in ["19", "1960", "2010"] {
        assert_eq!(
            shuffled.people_ranked(q, 50),
            brute_force_nips(&shuffled.nips, q, 50),
            "{q}"
        );
    }
}

#[test]
fn a_stopped_ranking_gives_nothing_and_the_next_one_starts_afresh() {
    let org = big_org(40_000);
    let index = SearchIndex::build(&org);
    let mut live = LiveSearch::new();
    assert!(live.rank(&index, "s", 50, &|| true).is_none());
    // Had the stopped scan's partial matches been kept, "sr" would narrow from them.
    let ranking = live.rank(&index, "sr", 50, &|| false).unwrap();
    assert!(ranking.is_for(&index));
    assert_eq!(ranking.hits(&org), index.all(&org, "sr", 50));
    assert!(!ranking.hits(&org).is_empty());
}
