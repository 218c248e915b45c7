//! Plans on the real binary: create, move, undo/redo across processes, decisions, apply with
//! and without conflicts, rename/duplicate/delete, the audit log and its verification,
//! `penata check`, and moves killed with SIGKILL at random moments.

// Test code: a failed unwrap is a failed test, also in the helpers.
#![allow(clippy::unwrap_used)]

use crate::support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::TestDb;

/// The demo's employees as (NIP, seat) and its seats with room, from `penata export`.
fn demo(db: &TestDb) -> (Vec<(String, Option<String>)>, Vec<String>) {
    let v: Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let people = v["employees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["nip"].as_str().unwrap().to_string(),
                e["position"].as_str().map(str::to_string),
            )
        })
        .collect();
    let seats = v["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["formation"].as_u64().unwrap_or(0) > 0)
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    (people, seats)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn show_json(db: &TestDb, plan: &str) -> Value {
    serde_json::from_str(&db.ok(&["plan", "show", plan, "--json"])).unwrap()
}

/// The first placed person and a seat with room they do not hold.
fn someone(db: &TestDb) -> (String, String, String) {
    let (people, seats) = demo(db);
    let (nip, from) = people.iter().find(|(_, s)| s.is_some()).unwrap().clone();
    let from = from.unwrap();
    let to = seats.iter().find(|s| **s != from).unwrap().clone();
    (nip, from, to)
}

#[test]
fn plan_lifecycle_with_moves_undo_redo_and_refusals() {
    let db = TestDb::new();
    assert!(
        db.ok(&["plan", "new", "Rotasi 2027"])
            .contains("created plan \"Rotasi 2027\"")
    );
    // The store's refusals in the language asked for.
    let dup = db.run(&["--lang", "id", "plan", "new", "Rotasi 2027"]);
    assert_eq!(dup.status.code(), Some(1));
    assert!(
        stderr(&dup).contains("rencana bernama \"Rotasi 2027\" sudah ada; pilih nama lain"),
        "{}",
        stderr(&dup)
    );
    let long = "x".repeat(65);
    assert_eq!(db.run(&["plan", "new", &long]).status.code(), Some(1));

    let (nip, from, to) = someone(&db);
    let moved = db.ok(&[
        "move",
        &nip,
        &to,
        "--plan",
        "Rotasi 2027",
        "--reason",
        "rotasi rutin",
    ]);
    assert!(moved.starts_with("moved "), "{moved}");
    assert!(moved.contains(&format!("({from}) -> ")), "{moved}");
    assert!(
        moved
            .trim_end()
            .ends_with(&format!("({to}) in plan Rotasi 2027")),
        "{moved}"
    );

    // Refusals: the seat they now hold, an unknown person, seat and plan.
    let again = db.run(&["move", &nip, &to, "--plan", "Rotasi 2027"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already holds"),
        "{}",
        stderr(&again)
    );
    let nobody = db.run(&["move", "199001012015011999", &to, "--plan", "Rotasi 2027"]);
    assert!(
        stderr(&nobody).contains("no employee with NIP"),
        "{}",
        stderr(&nobody)
    );
    let noseat = db.run(&["move", &nip, "no.such.seat", "--plan", "Rotasi 2027"]);
    assert!(stderr(&noseat).contains("no position with id no.such.seat"));
    let noplan = db.run(&["move", &nip, &from, "--plan", "Nope"]);
    assert!(stderr(&noplan).contains("no plan named \"Nope\""));

    // Unplace, then undo and redo in separate processes (the history is on disk).
    assert!(
        db.ok(&["move", &nip, "-", "--plan", "Rotasi 2027"])
            .contains("-> unplaced")
    );
    assert!(
        db.ok(&["undo", "--plan", "Rotasi 2027"])
            .starts_with("undid move")
    );
    let plan = show_json(&db, "Rotasi 2027");
    assert_eq!(plan["moves"].as_array().unwrap().len(), 1);
    assert_eq!(plan["redo"], 1);
    assert!(
        db.ok(&["redo", "--plan", "Rotasi 2027"])
            .starts_with("redid move")
    );
    let nothing = db.run(&["redo", "--plan", "Rotasi 2027"]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(stderr(&nothing).contains("nothing to redo"));
    let plan = show_json(&db, "Rotasi 2027");
    let moves = plan["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 2);
    assert_eq!(moves[0]["reason"], "rotasi rutin");
    assert_eq!(moves[1]["to"], Value::Null);

    // Rename, duplicate, delete.
    db.ok(&["plan", "rename", "Rotasi 2027", "Rotasi 2028"]);
    db.ok(&["plan", "duplicate", "Rotasi 2028", "Salinan"]);
    let list: Value = serde_json::from_str(&db.ok(&["plan", "list", "--json"])).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Rotasi 2028", "Salinan"]);
    assert_eq!(list[1]["moves"], 2);
    let unconfirmed = db
        .cmd(&["plan", "delete", "Salinan"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(unconfirmed.status.code(), Some(1));
    assert!(stderr(&unconfirmed).contains("--yes"));
    db.ok(&["plan", "delete", "Salinan", "--yes"]);
    assert!(!db.ok(&["plan", "list"]).contains("Salinan"));

    // The log: every change, filtered by plan across the rename, and a verified chain.
    let log = db.ok(&["log", "--plan", "Rotasi 2028"]);
    for action in ["plan_new", "move", "undo", "redo", "plan_rename"] {
        assert!(
            log.contains(&format!("  {action}  ")),
            "{action} missing:\n{log}"
        );
    }
    assert!(db.ok(&["log", "--verify"]).contains("audit log intact"));
    let all: Value = serde_json::from_str(&db.ok(&["log", "--json"])).unwrap();
    assert_eq!(all[0]["action"], "import");
    assert!(db.ok(&["check"]).starts_with("ok: "));
}

#[test]
fn reviewed_plan_applies_only_approved_moves_after_confirmation() {
    let db = TestDb::new();
    let (people, seats) = demo(&db);
    db.ok(&["plan", "new", "P"]);
    let placed: Vec<&(String, Option<String>)> =
        people.iter().filter(|(_, s)| s.is_some()).take(2).collect();
    let (a, a_from) = (&placed[0].0, placed[0].1.clone().unwrap());
    let (b, b_from) = (&placed[1].0, placed[1].1.clone().unwrap());
    let a_to = seats.iter().find(|s| **s != a_from).unwrap();
    db.ok(&["move", a, a_to, "--plan", "P"]);
    db.ok(&["move", b, "-", "--plan", "P"]);
    db.ok(&["decide", "--plan", "P", "1", "setuju", "--remark", "lanjut"]);
    db.ok(&["decide", "--plan", "P", "2", "tolak"]);
    let bad = db.run(&["--lang", "id", "decide", "--plan", "P", "3", "setuju"]);
    assert!(stderr(&bad).contains("memiliki 2 perpindahan; tidak ada perpindahan 3"));
    let bad = db.run(&["decide", "--plan", "P", "1", "mungkin"]);
    assert!(stderr(&bad).contains("not one of: setuju, tunda, tolak"));

    let unconfirmed = db
        .cmd(&["plan", "apply", "P"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(unconfirmed.status.code(), Some(1));
    let applied = db.ok(&["plan", "apply", "P", "--yes"]);
    assert!(
        applied.contains("applied plan \"P\": 1 move, 1 seat changed"),
        "{applied}"
    );
    let a_now: Value = serde_json::from_str(&db.ok(&["show", a, "--json"])).unwrap();
    assert_eq!(a_now["position"], a_to.as_str());
    let b_now: Value = serde_json::from_str(&db.ok(&["show", b, "--json"])).unwrap();
    assert_eq!(b_now["position"], b_from.as_str());
    // An applied plan is closed.
    let more = db.run(&["move", b, "-", "--plan", "P"]);
    assert!(
        stderr(&more).contains("was applied to the baseline"),
        "{}",
        stderr(&more)
    );
    assert!(db.ok(&["log", "--plan", "P"]).contains("  apply  "));
    db.ok(&["check"]);
}

#[test]
fn conflicts_are_listed_and_nothing_applied_without_skip() {
    let db = TestDb::new();
    let (people, seats) = demo(&db);
    db.ok(&["plan", "new", "A"]);
    db.ok(&["plan", "new", "B"]);
    let placed: Vec<(String, String)> = people
        .iter()
        .filter_map(|(n, s)| s.clone().map(|s| (n.clone(), s)))
        .take(2)
        .collect();
    let to0 = seats.iter().find(|s| **s != placed[0].1).unwrap();
    let to1 = seats.iter().find(|s| **s != placed[1].1).unwrap();
    // Plan A moves person 0; plan B moves person 0 too (from the same seat) and person 1.
    db.ok(&["move", &placed[0].0, to0, "--plan", "A"]);
    db.ok(&["move", &placed[0].0, "-", "--plan", "B"]);
    db.ok(&["move", &placed[1].0, to1, "--plan", "B"]);
    db.ok(&["plan", "apply", "A", "--yes"]);

    let show = db.ok(&["plan", "show", "B"]);
    assert!(
        show.contains("CONFLICT: the person's seat is now"),
        "{show}"
    );
    let refused = db.run(&["plan", "apply", "B", "--yes"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(
        err.contains("1 move of plan \"B\" conflicts with the baseline"),
        "{err}"
    );
    assert!(err.contains("move 1 ("), "{err}");
    assert!(err.contains("nothing applied"), "{err}");
    let p1: Value = serde_json::from_str(&db.ok(&["show", &placed[1].0, "--json"])).unwrap();
    assert_eq!(p1["position"], placed[1].1.as_str());

    let applied = db.ok(&["plan", "apply", "B", "--yes", "--skip-conflicts"]);
    assert!(applied.contains("1 move, 1 seat changed"), "{applied}");
    let p1: Value = serde_json::from_str(&db.ok(&["show", &placed[1].0, "--json"])).unwrap();
    assert_eq!(p1["position"], to1.as_str());
    let p0: Value = serde_json::from_str(&db.ok(&["show", &placed[0].0, "--json"])).unwrap();
    assert_eq!(p0["position"], to0.as_str());
    db.ok(&["check"]);
}

#[test]
fn log_verify_names_a_tampered_entry() {
    let db = TestDb::new();
    db.ok(&["plan", "new", "P"]);
    let (nip, _, to) = someone(&db);
    db.ok(&["move", &nip, &to, "--plan", "P"]);
    assert!(db.ok(&["log", "--verify"]).contains("3 entries"));
    let v: Value = serde_json::from_str(&db.ok(&["log", "--verify", "--json"])).unwrap();
    assert_eq!(v["intact"], true);
    {
        // Edit entry 2 behind penata's back, as someone with the files could.
        let raw = sled::open(db.dir()).unwrap();
        let audit = raw.open_tree("audit").unwrap();
        let mut entry = audit.get(2u64.to_be_bytes()).unwrap().unwrap().to_vec();
        let last = entry.len() - 1;
        entry[last] ^= 0x20;
        audit.insert(2u64.to_be_bytes(), entry).unwrap();
        raw.flush().unwrap();
    }
    let out = db.run(&["log", "--verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("broken at entry 2"),
        "{}",
        stderr(&out)
    );
    let check = db.run(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("audit log is broken at entry 2"));
}

/// A small deterministic generator for kill delays (no extra dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }
}

#[cfg(unix)]
#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_move() {
    let db = TestDb::new();
    let (people, seats) = demo(&db);
    db.ok(&["plan", "new", "K"]);
    let people: Vec<&String> = people
        .iter()
        .filter(|(_, s)| s.is_some())
        .map(|(n, _)| n)
        .take(8)
        .collect();
    let targets = [&seats[seats.len() / 3], &seats[2 * seats.len() / 3]];
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64);
    let mut rng = Lcg(seed);
    // Kill within a whole move's run time (measured here with a real move and its undo, as
    // the machine's load varies), so kills land at every stage: start, load, the
    // transaction, the flush, exit.
    let probe = Instant::now();
    db.ok(&["move", people[0], targets[0], "--plan", "K"]);
    let window = (probe.elapsed().as_millis() as u64 * 3 / 2).max(20);
    db.ok(&["undo", "--plan", "K"]);
    let mut acknowledged: Vec<(String, String)> = Vec::new();
    let (mut killed, mut finished) = (0, 0);
    let started = Instant::now();
    let mut i = 0usize;
    while started.elapsed() < Duration::from_secs(10) && i < 200 {
        let nip = people[i % people.len()];
        let to = targets[(i / people.len()) % 2];
        i += 1;
        let mut child = db
            .cmd(&["move", nip, to, "--plan", "K"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.next(window)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        } else {
            finished += 1;
        }
        let out = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        if text.starts_with("moved ") {
            acknowledged.push((nip.clone(), to.clone()));
        }
    }
    assert!(
        killed >= 10,
        "only {killed} processes killed ({finished} finished)"
    );
    assert!(
        !acknowledged.is_empty(),
        "no move was acknowledged in {i} attempts"
    );

    // Every acknowledged move is in the plan, in order (unacknowledged ones may be too).
    let plan = show_json(&db, "K");
    let stored: Vec<(String, String)> = plan["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["nip"].as_str().unwrap().to_string(),
                m["to"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let mut rest = stored.iter();
    for ack in &acknowledged {
        assert!(
            rest.any(|s| s == ack),
            "acknowledged move {ack:?} lost; stored {stored:?}"
        );
    }
    let check = db.ok(&["check"]);
    assert!(check.starts_with("ok: "), "{check}");
    assert!(db.ok(&["log", "--verify"]).contains("intact"));
    eprintln!(
        "{i} runs: {killed} killed, {finished} finished, {} acknowledged, {} stored",
        acknowledged.len(),
        stored.len()
    );
}
