//! `penata feedback` on the real binary against the demo organization: recording is durable,
//! audited, exported and re-imported; listing is newest first (with `--subtree`, also the
//! sub-units'); bad input changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support;

use serde_json::Value;
use support::TestDb;

const DAFDUK: &str = "disdukcapil.dafduk";

fn json(db: &TestDb, args: &[&str]) -> Value {
    serde_json::from_str(&db.ok(args)).unwrap()
}

fn stderr(db: &TestDb, args: &[&str]) -> (Option<i32>, String) {
    let out = db.run(args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn unit_feedback(export: &Value, id: &str) -> Vec<Value> {
    export["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == id)
        .unwrap()
        .get("feedback")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn feedback_is_recorded_listed_audited_and_exported() {
    let db = TestDb::new();
    let before = unit_feedback(&json(&db, &["export"]), DAFDUK).len();
    let text = "Loket KTP-el tutup saat jam istirahat; warga menunggu \"satu jam\"";
    let out = db.ok(&[
        "feedback",
        DAFDUK,
        text,
        "--source",
        "SP4N-LAPOR!",
        "--severity",
        "high",
        "--date",
        "2026-11-20",
    ]);
    assert!(
        out.contains("recorded for Bidang Pelayanan Pendaftaran Penduduk"),
        "{out}"
    );
    // Several words join with spaces; severity defaults to medium; date to today.
    db.ok(&["feedback", DAFDUK, "Petugas", "sigap"]);

    let export = json(&db, &["export"]);
    let entries = unit_feedback(&export, DAFDUK);
    assert_eq!(entries.len(), before + 2);
    let recorded = &entries[before];
    assert_eq!(recorded["text"], text);
    assert_eq!(recorded["source"], "SP4N-LAPOR!");
    assert_eq!(recorded["severity"], "high");
    assert_eq!(recorded["date"], "2026-11-20");
    assert!(!recorded["recorded_by"].as_str().unwrap().is_empty());
    let plain = &entries[before + 1];
    assert_eq!(plain["text"], "Petugas sigap");
    assert_eq!(plain["severity"], "medium");
    assert!(plain.get("source").is_none(), "{plain}");
    let today = plain["recorded_at"].as_str().unwrap()[..10].to_string();
    assert_eq!(plain["date"], today.as_str());

    // Listed newest first; the unit's own list leaves the sub-units out.
    let list = json(&db, &["feedback", DAFDUK, "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), before + 2);
    let dates: Vec<&str> = list.iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert!(list.iter().all(|e| e["unit"] == DAFDUK));
    assert!(
        json(&db, &["feedback", "disdukcapil", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let subtree = json(&db, &["feedback", "disdukcapil", "--subtree", "--json"]);
    let subtree = subtree.as_array().unwrap();
    assert!(
        subtree.len() > list.len(),
        "sub-units' feedback is included"
    );
    assert!(subtree.iter().any(|e| e["unit"] == DAFDUK));
    let high = json(
        &db,
        &[
            "feedback",
            "disdukcapil",
            "--subtree",
            "--severity",
            "tinggi",
            "--json",
        ],
    );
    assert!(!high.as_array().unwrap().is_empty());
    assert!(
        high.as_array()
            .unwrap()
            .iter()
            .all(|e| e["severity"] == "high")
    );
    let one = json(
        &db,
        &[
            "feedback",
            "disdukcapil",
            "--subtree",
            "--limit",
            "1",
            "--json",
        ],
    );
    assert_eq!(one.as_array().unwrap().len(), 1);
    let listed = db.ok(&["feedback", "disdukcapil", "--subtree"]);
    assert!(listed.contains(text) && listed.contains(DAFDUK), "{listed}");

    // Audited, and the chain holds.
    let log = db.ok(&["log"]);
    assert!(
        log.contains("feedback") && log.contains(&format!("unit={DAFDUK}")),
        "{log}"
    );
    assert!(db.ok(&["log", "--verify"]).contains("intact"));
    assert!(db.ok(&["check"]).starts_with("ok"));

    // The export imports into a fresh database and exports the same bytes.
    let file = db.tmp.path().join("export.json");
    db.ok(&["export", "-o", file.to_str().unwrap()]);
    let other = TestDb::new();
    other.ok(&["import", file.to_str().unwrap()]);
    let again = other.tmp.path().join("again.json");
    other.ok(&["export", "-o", again.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        std::fs::read_to_string(&again).unwrap()
    );
}

#[test]
fn bad_feedback_is_refused_and_changes_nothing() {
    let db = TestDb::new();
    let export = db.ok(&["export"]);
    let log = db.ok(&["log"]);
    let long = "x".repeat(1001);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["feedback", DAFDUK, "   "], "empty"),
        (vec!["feedback", DAFDUK, &long], "1,001 characters"),
        (vec!["feedback", DAFDUK, "dua\nbaris"], "control character"),
        (
            vec!["feedback", DAFDUK, "x", "--severity", "urgent"],
            "low, medium, high",
        ),
        (
            vec!["feedback", DAFDUK, "x", "--date", "2026-02-30"],
            "YYYY-MM-DD",
        ),
        (
            vec!["feedback", DAFDUK, "x", "--date", "2999-01-01"],
            "after today",
        ),
        (vec!["feedback", DAFDUK, "x", "--source", " "], "source"),
        (vec!["feedback", DAFDUK, "x", "--subtree"], "for listing"),
        (
            vec!["feedback", DAFDUK, "--date", "2026-01-01"],
            "give its text",
        ),
        (vec!["feedback", "dukcapil", "x"], "disdukcapil"),
        (vec!["feedback", "nowhere-at-all", "x"], "penata tree --ids"),
    ];
    for (args, says) in cases {
        let (code, err) = stderr(&db, &args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?} should say {says:?}: {err}");
    }
    // An unknown unit suggests units like it, with their ids.
    let (_, err) = stderr(&db, &["feedback", "puskesmas", "x"]);
    assert!(err.contains("dinkes.pkm_srondol"), "{err}");
    assert_eq!(db.ok(&["export"]), export);
    assert_eq!(db.ok(&["log"]), log);
}

#[test]
fn tree_ids_name_what_unit_arguments_take() {
    let db = TestDb::new();
    let tree = db.ok(&["tree", "--ids", "--depth", "2"]);
    assert!(
        tree.contains("Bidang Pelayanan Pendaftaran Penduduk [disdukcapil.dafduk]"),
        "{tree}"
    );
    assert!(!db.ok(&["tree"]).contains("[disdukcapil]"));
}
