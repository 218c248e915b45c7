//! The meeting documents in English (`--lang en`): the minutes, the SK attachment and the CSV
//! of moves for a small plan, at a fixed date, written in the language they are given. The
//! Indonesian documents are the unit snapshots of `store::minutes`.

use penata::domain::compare::{Comparison, compare};
use penata::domain::plan::{Decision, Move, Plan, Review};
use penata::domain::{DefaultStandards, FitProfile, Nip, plan_ops};
use penata::lang::Lang;
use penata::store::format::parse_v1;
use penata::store::minutes::{csv_columns, render_csv, render_markdown, render_sk};
use time::macros::{date, datetime};

fn mv(nip: &str, to: Option<&str>, reason: Option<&str>, decision: Option<Decision>) -> Move {
    Move {
        nip: Nip::parse(nip).unwrap(),
        from: None,
        to: to.map(Into::into),
        reason: reason.map(Into::into),
        author: "perencana".into(),
        at: datetime!(2026-11-20 09:15 +07:00),
        review: decision.map(|decision| Review {
            decision,
            remark: Some("berlaku 1 Januari 2027".into()),
            by: "sekretaris".into(),
            at: datetime!(2026-11-21 10:00 +07:00),
        }),
    }
}

/// Rina from the pool onto the finance analyst seat (approved), Agus out of his seat
/// (undecided), Bambang onto the operator seat (postponed).
fn english_comparison() -> Comparison {
    let path = format!("{}/fixtures/example-small.json", env!("CARGO_MANIFEST_DIR"));
    let org = parse_v1(
        "example-small.json",
        &std::fs::read_to_string(path).unwrap(),
    )
    .unwrap();
    let mut moves = vec![
        mv(
            "199507242019032004",
            Some("disdukcapil.sekretariat.analis-keuangan"),
            Some("an accountant for the secretariat"),
            Some(Decision::Setuju),
        ),
        mv("199204052022211001", None, None, None),
        mv(
            "197608172003121002",
            Some("disdukcapil.dafduk.operator"),
            None,
            Some(Decision::Tunda),
        ),
    ];
    for m in &mut moves {
        let ix = org.employee_ix(&m.nip).unwrap();
        m.from = org.employee(ix).position.clone();
    }
    let plan = Plan {
        name: "rotation-2027".into(),
        created_by: "perencana".into(),
        created_at: datetime!(2026-11-20 09:00 +07:00),
        moves,
        redo: vec![],
        applied_at: None,
    };
    let view = plan_ops::plan_view(&org, &plan);
    compare(
        &org,
        &view,
        &plan,
        &DefaultStandards::default(),
        &FitProfile::mapping(),
        penata::lang::Lang::En,
    )
}

#[test]
fn minutes_in_english() {
    let c = english_comparison();
    let md = render_markdown(&c, date!(2026 - 11 - 23), Lang::En);
    assert!(
        md.starts_with("# Minutes of the Position Arrangement Review Meeting"),
        "{md}"
    );
    assert!(
        md.contains("| Day, date | Monday, 23 November 2026 |"),
        "{md}"
    );
    assert!(md.contains("20 November 2026 at 09:15 WIB"), "{md}");
    assert!(
        !md.contains("Berita Acara") && !md.contains("pukul"),
        "{md}"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn sk_attachment_in_english() {
    let c = english_comparison();
    let sk = render_sk(&c, date!(2026 - 11 - 23), Lang::En);
    assert!(sk.starts_with("**ATTACHMENT TO THE DECREE**"), "{sk}");
    insta::assert_snapshot!(sk);
}

#[test]
fn csv_headings_in_english() {
    let c = english_comparison();
    let bytes = render_csv(&c, b',', Lang::En).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut r =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, csv_columns(Lang::En));
    assert_eq!(header[4], "Former position");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][4], "Unplaced");
    assert_eq!(&rows[1][11], "undecided");
}

#[test]
fn the_same_plan_in_both_languages_in_one_process() {
    let c = english_comparison();
    let day = date!(2026 - 11 - 23);
    let (id, en) = (
        render_markdown(&c, day, Lang::Id),
        render_markdown(&c, day, Lang::En),
    );
    assert!(
        id.contains("| Hari, tanggal | Senin, 23 November 2026 |"),
        "{id}"
    );
    assert!(id.contains("20 November 2026 pukul 09.15 WIB"), "{id}");
    assert!(en.contains("20 November 2026 at 09:15 WIB"), "{en}");
    assert_eq!(csv_columns(Lang::Id)[4], "Jabatan lama");
}
