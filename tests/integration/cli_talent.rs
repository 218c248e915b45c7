//! Talent commands on the real binary against the demo organization: candidates for a
//! vacant seat, the 9-box, gaps to training (baseline and plan), notes with readiness,
//! workload and the retirement outlook.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support;

use serde_json::Value;
use support::TestDb;

const SRI: &str = "198403292009022001";
const KASUBBAG_KEU: &str = "dinkes.sekretariat.kasubbag_keu";

fn json(db: &TestDb, args: &[&str]) -> Value {
    serde_json::from_str(&db.ok(args)).unwrap()
}

#[test]
fn best_candidate_for_the_vacant_finance_seat() {
    let db = TestDb::new();
    let rows = json(&db, &["candidates", KASUBBAG_KEU, "--limit", "5", "--json"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0]["nip"], SRI);
    assert_eq!(rows[0]["jpm"], 104.5);
    assert_eq!(rows[0]["category"], "Optimal");
    assert_eq!(rows[0]["opens_vacancy"], true);
    for r in rows {
        assert!(r["name"].is_string() && r["jpm"].is_number() && r["category"].is_string());
    }
    // Best first.
    let jpm: Vec<f64> = rows.iter().map(|r| r["jpm"].as_f64().unwrap()).collect();
    assert!(jpm.windows(2).all(|w| w[0] >= w[1]), "{jpm:?}");
    // Text shows her first too.
    let text = db.ok(&["candidates", KASUBBAG_KEU, "--limit", "1"]);
    assert!(text.contains("Sri Wahyuni"), "{text}");
}

#[test]
fn candidate_filters_narrow_the_list() {
    let db = TestDb::new();
    let unplaced = json(
        &db,
        &[
            "candidates",
            KASUBBAG_KEU,
            "--unplaced",
            "--limit",
            "50",
            "--json",
        ],
    );
    assert!(!unplaced.as_array().unwrap().is_empty());
    assert!(
        unplaced
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["position"].is_null())
    );
    let sub = json(
        &db,
        &[
            "candidates",
            KASUBBAG_KEU,
            "--subtree",
            "dinkes",
            "--limit",
            "500",
            "--json",
        ],
    );
    assert!(
        sub.as_array()
            .unwrap()
            .iter()
            .all(|r| r["unit"].as_str().unwrap().starts_with("dinkes"))
    );
    let min = json(
        &db,
        &[
            "candidates",
            KASUBBAG_KEU,
            "--min-rank",
            "IV/a",
            "--any-level",
            "--json",
        ],
    );
    assert!(
        min.as_array()
            .unwrap()
            .iter()
            .all(|r| r["rank"].as_str().unwrap().starts_with("IV/"))
    );
    for bad in [
        vec!["candidates", "no.such.seat"],
        vec!["candidates", KASUBBAG_KEU, "--min-rank", "V/z"],
        vec!["candidates", KASUBBAG_KEU, "--subtree", "nowhere"],
    ] {
        let out = db.run(&bad);
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
    }
}

/// People seated in a unit's subtree, from the export.
fn subtree_headcount(db: &TestDb, unit: &str) -> u64 {
    let v = json(db, &["export"]);
    let prefix = format!("{unit}.");
    let seats: std::collections::HashMap<&str, &str> = v["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["unit"].as_str().unwrap()))
        .collect();
    v["employees"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["position"].as_str())
        .filter(|p| {
            let u = seats[p];
            u == unit || u.starts_with(&prefix)
        })
        .count() as u64
}

#[test]
fn ninebox_counts_add_up_to_the_headcount() {
    let db = TestDb::new();
    let v = json(&db, &["ninebox", "dinkes", "--json"]);
    let counts = v["counts"].as_object().unwrap();
    assert_eq!(counts.len(), 10);
    let sum: u64 = counts.values().map(|c| c.as_u64().unwrap()).sum();
    assert_eq!(sum, subtree_headcount(&db, "dinkes"));
    assert_eq!(v["total"].as_u64().unwrap(), sum);
    let all = json(&db, &["ninebox", "--json"]);
    let employees = json(&db, &["export"])["employees"]
        .as_array()
        .unwrap()
        .len() as u64;
    assert_eq!(all["total"].as_u64().unwrap(), employees);
    let nine = json(&db, &["ninebox", "dinkes", "--box", "9", "--json"]);
    assert_eq!(
        nine["members"].as_array().unwrap().len() as u64,
        nine["counts"]["9"].as_u64().unwrap()
    );
    let text = db.ok(&["ninebox", "dinkes"]);
    assert!(text.contains("Not rated"), "{text}");
    assert_eq!(db.run(&["ninebox", "nowhere"]).status.code(), Some(1));
}

#[test]
fn gaps_csv_parses_and_plans_change_the_gaps() {
    let db = TestDb::new();
    let out = db.ok(&["gaps", "dinkes.sekretariat", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[0], "nip");
    assert_eq!(&headers[8], "shortfall");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|row| row[8].parse::<u8>().unwrap() > 0));
    assert!(!rows.iter().any(|row| &row[0] == SRI));

    let needs = db.ok(&["gaps", "dinkes.sekretariat", "--format", "csv", "--needs"]);
    let mut r = csv::Reader::from_reader(needs.as_bytes());
    assert_eq!(&r.headers().unwrap()[0], "competency");
    assert!(r.records().count() > 0);

    // In a plan that seats Sri Wahyuni as Kasubbag Keuangan, her PB gap shows up there.
    db.ok(&["plan", "new", "Isi Keuangan"]);
    db.ok(&["move", SRI, KASUBBAG_KEU, "--plan", "Isi Keuangan"]);
    let v = json(
        &db,
        &[
            "gaps",
            "dinkes.sekretariat",
            "--plan",
            "Isi Keuangan",
            "--format",
            "json",
        ],
    );
    let hers: Vec<&Value> = v["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["nip"] == SRI)
        .collect();
    assert_eq!(hers.len(), 1);
    assert_eq!(hers[0]["competency"], "PB");
    assert_eq!(hers[0]["shortfall"], 1);
    assert_eq!(
        db.run(&["gaps", "--plan", "Tidak Ada"]).status.code(),
        Some(1)
    );
}

#[test]
fn note_is_durable_shown_exported_and_audited() {
    let db = TestDb::new();
    let text = "Bersedia pindah; perlu pelatihan \"Perekat Bangsa\"";
    let out = db.ok(&["note", SRI, text, "--readiness", "ragu"]);
    assert!(out.contains("noted"), "{out}");
    let shown = db.ok(&["show", SRI]);
    assert!(shown.contains(text), "{shown}");
    assert!(shown.contains("Ragu"), "{shown}");
    let export = json(&db, &["export"]);
    let sri = export["employees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["nip"] == SRI)
        .unwrap();
    assert_eq!(sri["readiness"], "ragu");
    let last = sri["notes"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["text"], text);
    assert!(!last["author"].as_str().unwrap().is_empty());
    let log = db.ok(&["log"]);
    assert!(log.contains("note") && log.contains(SRI), "{log}");
    assert!(
        db.ok(&["log", "--verify"])
            .to_lowercase()
            .contains("intact")
    );

    // `belum` clears readiness.
    db.ok(&["note", SRI, "Dinilai ulang", "--readiness", "belum"]);
    let v = json(&db, &["show", SRI, "--json"]);
    assert!(v["readiness"].is_null());

    for bad in [
        vec!["note", SRI, "   "],
        vec!["note", SRI, "x", "--readiness", "mungkin"],
        vec!["note", "198403292009022999", "x"],
        vec!["note", "12345", "x"],
    ] {
        assert_eq!(db.run(&bad).status.code(), Some(1), "{bad:?}");
    }
}

#[test]
fn a_multi_line_note_reads_well_in_show_and_stays_one_line_in_the_log() {
    let db = TestDb::new();
    db.ok(&["note", SRI, "Bersedia pindah\nasal dekat \"rumah\""]);
    let shown = db.ok(&["show", SRI]);
    assert!(
        shown.contains(": Bersedia pindah\n      asal dekat \"rumah\""),
        "{shown}"
    );
    let log = db.ok(&["log"]);
    let last = log.lines().last().unwrap();
    assert!(
        last.contains(r#"text="Bersedia pindah\nasal dekat \"rumah\"""#),
        "{log}"
    );
}

#[test]
fn workload_beside_formation() {
    let db = TestDb::new();
    let v = json(&db, &["workload", "dinkes", "--json"]);
    let rows = v.as_array().unwrap();
    let keu = rows
        .iter()
        .find(|r| r["position"] == "dinkes.sekretariat.pengelola_keuangan")
        .unwrap();
    // 5,200 x 25 + 1,400 x 40 + 48 x 600 + 540 x 120 = 279,600 minutes.
    assert_eq!(keu["minutes"], 279_600);
    assert_eq!(keu["need"], 3.73);
    assert_eq!(keu["need_rounded"], 4);
    assert_eq!(keu["formation"], 4);
    let holders = keu["holders"].as_f64().unwrap();
    let ej = 279_600.0 / (75_000.0 * holders);
    assert!((keu["ej"].as_f64().unwrap() - ej).abs() < 0.006);
    assert!(db.ok(&["workload"]).contains("EJ"));
}

#[test]
fn retirements_from_a_fixed_day() {
    let db = TestDb::new();
    let v = json(
        &db,
        &[
            "retirements",
            "dinkes",
            "--years",
            "2",
            "--today",
            "2026-11-23",
            "--json",
        ],
    );
    let seats = v["seats"].as_array().unwrap();
    // Nur Widyastuti, born 1969-06-17, Pelaksana (BUP 58): vacant from 2027-07-01.
    assert_eq!(seats[0]["nip"], "196906172000022001");
    assert_eq!(seats[0]["vacant_from"], "2027-07-01");
    assert_eq!(seats[0]["bup"], 58);
    // The Kepala Dinas (JPT Pratama, BUP 60), born 1967-12-14: vacant from 2028-01-01.
    let kadis = seats
        .iter()
        .find(|s| s["position"] == "dinkes.kadis")
        .unwrap();
    assert_eq!(
        (kadis["bup"].as_u64(), kadis["vacant_from"].as_str()),
        (Some(60), Some("2028-01-01"))
    );
    let units = v["units"].as_array().unwrap();
    let within2: u64 = units.iter().map(|u| u["within_2"].as_u64().unwrap()).sum();
    assert_eq!(within2, seats.len() as u64);
    assert!(
        units
            .iter()
            .all(|u| u["within_1"].as_u64() <= u["within_2"].as_u64()
                && u["within_2"].as_u64() <= u["within_5"].as_u64())
    );
    assert!(db.ok(&["retirements"]).contains("BUP"));
    assert_eq!(
        db.run(&["retirements", "--today", "23-11-2026"])
            .status
            .code(),
        Some(1)
    );
}
