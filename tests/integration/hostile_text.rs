//! A hostile database: names, titles, notes, reasons, remarks, feedback, plan names and unit
//! names holding ESC sequences, OSC 52 (the clipboard), an OSC title, BEL, C1 controls, bidi
//! overrides and line breaks, written straight through the store (as an old database may
//! hold them, before the input checks). Every command that prints runs over it, as text and
//! as JSON, with a hostile `$SSH_CLIENT` and `$USER`: no control byte (but line breaks and
//! tabs) and no bidi control reaches stdout or stderr, JSON still parses to the stored text,
//! and a line break in a move's reason cannot forge a move line in `plan show`.

use penata::domain::plan::{Decision, Move, Review};
use penata::domain::{Note, Organization};
use penata::store::PlanChange;
use penata::store::sled_store::SledStore;
use penata::store::{Change, OrgStore};

use crate::common::demo;
use crate::support::TestDb;

/// Everything a terminal would obey: erase screen, OSC 52 clipboard write, OSC title, BEL,
/// a C1 CSI, a C1 OSC, right-to-left override, an isolate, DEL, a carriage return.
const EVIL: &str = "\u{1b}[2J\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}]2;pwned\u{1b}\\\u{9b}31m\u{9d}0;t\u{9c}\u{202e}\u{2066}\u{7f}\r";
/// The store refuses a plan name with a control or bidi character (and always refused
/// controls), so no database holds one: hostile plan names are given as arguments instead
/// ([`EVIL_PLAN`]), which every command echoes in its refusal.
const PLAN: &str = "Rotasi-2026";
const EVIL_PLAN: &str = "Rotasi\u{1b}]0;x\u{7}\u{202e}\u{9b}2J";
/// A reason whose line break would print a second, forged move line.
const FORGED: &str = "Rotasi rutin\n  2. 19990101 202001 1 001 Orang Palsu: A (a) -> B (b)";

fn hostile(org: &Organization) -> Organization {
    let mut units = org.units().to_vec();
    let mut positions = org.positions().to_vec();
    let mut employees = org.employees().to_vec();
    let mut competencies = org.competencies().to_vec();
    for u in &mut units {
        u.name = format!("{}{EVIL}", u.name);
    }
    if let Some(u) = units.iter_mut().find(|u| u.parent.is_some()) {
        u.feedback.push(penata::domain::Feedback {
            date: time::macros::date!(2026 - 11 - 20),
            source: Some(format!("forum{EVIL}")),
            text: format!("Loket tutup\n{EVIL}"),
            severity: penata::domain::Severity::High,
            recorded_by: format!("budi{EVIL}"),
            recorded_at: time::OffsetDateTime::UNIX_EPOCH,
        });
    }
    for p in &mut positions {
        p.title = format!("{}{EVIL}", p.title);
    }
    for e in &mut employees {
        e.name = format!("{}{EVIL}", e.name);
        e.notes.push(Note {
            at: time::OffsetDateTime::UNIX_EPOCH,
            author: format!("sari{EVIL}"),
            text: format!("Siap dimutasi\n{EVIL}"),
        });
    }
    for c in &mut competencies {
        c.name = format!("{}{EVIL}", c.name);
    }
    Organization::from_parts(
        format!("Pemkot{EVIL}"),
        competencies,
        units,
        positions,
        employees,
    )
}

/// Writes the hostile organization and a plan with a forged reason and a hostile remark.
/// Returns an employee's NIP, a seat and a unit id to ask about.
fn build(db: &TestDb) -> (String, String, String) {
    let org = hostile(&demo());
    let placed = org
        .employees()
        .iter()
        .find(|e| e.position.is_some())
        .unwrap();
    let nip = placed.nip;
    let seat = placed.position.clone().unwrap();
    let unit = org
        .units()
        .iter()
        .find(|u| !u.feedback.is_empty())
        .unwrap()
        .id
        .clone();
    let target = org
        .positions()
        .iter()
        .find(|p| p.id != seat)
        .unwrap()
        .id
        .clone();
    let store = SledStore::open(&db.dir()).unwrap();
    store
        .apply(&Change::ReplaceOrganization { org, demo: false })
        .unwrap();
    let at = time::OffsetDateTime::UNIX_EPOCH;
    let by = format!("andi{EVIL}");
    store
        .change_plan(&PlanChange::Create {
            name: PLAN.into(),
            by: by.clone(),
            at,
        })
        .unwrap();
    let mv = Move {
        nip,
        from: Some(seat.clone()),
        to: Some(target),
        reason: Some(format!("{FORGED}{EVIL}")),
        author: by.clone(),
        at,
        review: None,
    };
    store
        .change_plan(&PlanChange::Move {
            plan: PLAN.into(),
            mv,
        })
        .unwrap();
    store
        .change_plan(&PlanChange::Decide {
            plan: PLAN.into(),
            index: 0,
            review: Some(Review {
                decision: Decision::Tunda,
                remark: Some(format!("tunggu\n{EVIL}")),
                by,
                at,
            }),
        })
        .unwrap();
    (nip.as_str().to_string(), seat, unit)
}

/// The first character a terminal would obey, if any (line breaks and tabs are layout, and
/// so is the carriage return of a CSV's CR LF line ending; a lone one is not).
fn obeyed(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    text.char_indices()
        .find(|&(i, c)| {
            let line_end = c == '\r' && text[i + 1..].starts_with('\n');
            (c.is_control() && c != '\n' && c != '\t' && !line_end)
                || penata::lang::safe::is_bidi(c)
        })
        .map(|(i, c)| {
            let from = text[..i].char_indices().rev().nth(30).map_or(0, |(j, _)| j);
            format!("U+{:04X} after {:?}", c as u32, &text[from..i])
        })
}

fn run_clean(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db
        .cmd(args)
        .env("SSH_CLIENT", format!("10.0.0.1 22 22{EVIL}"))
        .env("USER", format!("root{EVIL}"))
        .env("LOGNAME", format!("root{EVIL}"))
        .output()
        .unwrap();
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        if let Some(found) = obeyed(bytes) {
            panic!("penata {args:?}: {stream} holds {found}");
        }
    }
    if args.contains(&"--json") || args.windows(2).any(|w| w == ["--format", "json"]) {
        let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
        assert!(
            parsed.is_ok() || !out.status.success(),
            "penata {args:?}: not JSON: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    out
}

#[test]
fn no_control_or_bidi_character_reaches_the_terminal_from_any_command() {
    let db = TestDb::bare();
    let (nip, seat, unit) = build(&db);
    let name = demo()
        .employees()
        .iter()
        .find(|e| e.nip.as_str() == nip)
        .unwrap()
        .name
        .clone();
    let first = name.split_whitespace().next().unwrap().to_string();
    let reading: Vec<Vec<&str>> = vec![
        vec!["tree"],
        vec!["tree", "--ids"],
        vec!["show", &nip],
        vec!["show", &nip, "--json"],
        vec!["search", &first],
        vec!["search", &first, "--json"],
        vec!["search", "zz\u{1b}]52;c;eA==\u{7}\u{202e}"],
        vec!["export"],
        vec!["export", "--format", "csv"],
        vec!["candidates", &seat],
        vec!["candidates", &seat, "--json"],
        vec!["gaps"],
        vec!["gaps", "--needs"],
        vec!["gaps", "--format", "json"],
        vec!["gaps", "--format", "csv"],
        vec!["ninebox"],
        vec!["ninebox", "--json"],
        vec!["ninebox", "--box", "unrated"],
        vec!["workload"],
        vec!["workload", "--json"],
        vec!["retirements", "--years", "40"],
        vec!["retirements", "--json"],
        vec!["feedback", &unit],
        vec!["feedback", &unit, "--json"],
        vec!["log"],
        vec!["log", "--json"],
        vec!["log", "--verify"],
        vec!["log", "--plan", PLAN],
        vec!["check"],
        vec!["plan", "list"],
        vec!["plan", "list", "--json"],
        vec!["plan", "show", PLAN],
        vec!["plan", "show", PLAN, "--json"],
        vec!["plan", "show", EVIL_PLAN],
        vec!["plan", "diff", EVIL_PLAN],
        vec!["plan", "export", EVIL_PLAN, "--format", "md"],
        vec!["log", "--plan", EVIL_PLAN],
        vec!["plan", "diff", PLAN],
        vec!["plan", "diff", PLAN, "--json"],
        vec!["plan", "export", PLAN, "--format", "md"],
        vec!["plan", "export", PLAN, "--format", "csv"],
        vec!["plan", "export", PLAN, "--format", "json"],
        vec!["plan", "export", PLAN, "--format", "sk"],
        vec!["show", "1985\u{1b}[2J"],
        vec!["tree", "--depth", "\u{9b}1"],
    ];
    // These ask for what is not there (or give a bad value): refused, echoing the input
    // (the log of an unknown plan is empty).
    let refused = |args: &[&str]| {
        args[0] != "log"
            && args
                .iter()
                .any(|a| a.contains('\u{1b}') || a.contains('\u{9b}'))
    };
    for args in &reading {
        let out = run_clean(&db, args);
        assert_eq!(
            out.status.success(),
            !refused(args),
            "penata {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The commands that write confirm with stored names and titles.
    let writing: Vec<Vec<&str>> = vec![
        vec!["note", &nip, "Sudah diwawancarai"],
        vec!["decide", "--plan", PLAN, "1", "setuju"],
        vec!["undo", "--plan", PLAN],
        vec!["redo", "--plan", PLAN],
        vec!["plan", "duplicate", PLAN, "Salinan"],
        vec![
            "move",
            "--plan",
            "Salinan",
            &nip,
            "-",
            "--reason",
            "Dikembalikan",
        ],
        vec!["plan", "apply", "Salinan", "--yes"],
        vec!["plan", "rename", PLAN, "Rotasi-2"],
        vec!["plan", "delete", "Rotasi-2", "--yes"],
        vec!["feedback", &unit, "Antrian panjang"],
    ];
    // Refused input: a hostile plan name, reason, remark, note or feedback, echoed safely.
    let refusals: Vec<Vec<&str>> = vec![
        vec!["plan", "new", EVIL_PLAN],
        vec!["plan", "rename", PLAN, EVIL_PLAN],
        vec!["move", "--plan", PLAN, &nip, "-", "--reason", EVIL],
        vec!["move", "--plan", EVIL_PLAN, &nip, "-"],
        vec!["decide", "--plan", PLAN, "1", "tolak", "--remark", EVIL],
        vec!["note", &nip, EVIL],
        vec!["feedback", &unit, EVIL],
    ];
    for args in &refusals {
        let out = run_clean(&db, args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "penata {args:?} was not refused"
        );
    }
    for args in &writing {
        let out = run_clean(&db, args);
        assert!(
            out.status.success(),
            "penata {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_line_break_in_a_reason_cannot_forge_a_move_line() {
    let db = TestDb::bare();
    build(&db);
    let out = run_clean(&db, &["plan", "show", PLAN]);
    let text = String::from_utf8_lossy(&out.stdout);
    let move_lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            t.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    assert_eq!(move_lines.len(), 1, "{text}");
    assert!(!text.contains("\n  2. 19990101"), "{text}");
    // The reason is still there, its line break shown as an escape.
    assert!(text.contains("Rotasi rutin\\u{a}  2. 19990101"), "{text}");
    // The comparison lists the move once too.
    let out = run_clean(&db, &["plan", "diff", PLAN]);
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(!diff.contains("\n  2. 19990101"), "{diff}");
    assert!(diff.contains("Rotasi rutin\\u{a}  2. 19990101"), "{diff}");
}

#[test]
fn json_reads_back_the_stored_text() {
    let db = TestDb::bare();
    build(&db);
    let out = run_clean(&db, &["plan", "show", PLAN, "--json"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\\u202e"), "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let stored = value.to_string();
    assert!(stored.contains(PLAN), "{stored}");
}

/// The screen of the app over the hostile organization: every view that shows names,
/// titles and notes holds no control or bidi character (replaced, one column each).
#[test]
fn the_app_shows_no_control_or_bidi_character() {
    use crate::common::{Harness, ch, key, typed};
    use crossterm::event::KeyCode;
    let mut app = Harness::with(
        hostile(&demo()),
        100,
        30,
        &penata::tui::AppOptions::default(),
    );
    let mut screens = vec![app.screen()];
    // The tree opened, a search, a person's details.
    let mut keys = vec![key(KeyCode::Right), key(KeyCode::Down), key(KeyCode::Right)];
    keys.extend([key(KeyCode::Down), key(KeyCode::Down)]);
    app.send(keys);
    screens.push(app.screen());
    let mut keys = vec![ch('/')];
    keys.extend(typed("siti"));
    app.send(keys);
    screens.push(app.screen());
    app.send(vec![key(KeyCode::Enter)]);
    screens.push(app.screen());
    for screen in &screens {
        if let Some(found) = obeyed(screen.as_bytes()) {
            panic!("the screen holds {found}:\n{screen}");
        }
    }
    assert!(
        screens.iter().any(|s| s.contains('\u{FFFD}')),
        "no hostile text was shown:\n{}",
        screens.join("\n----\n")
    );
}

/// A note typed with a bidi override (through an input method) is refused at save, naming
/// the character; the editor keeps the text.
#[test]
fn the_note_editor_refuses_a_bidi_override() {
    use crate::common::{Harness, ctrl, key, typed};
    use crossterm::event::KeyCode;
    use penata::app::{Mode, Node};
    let mut app = Harness::demo_with_store(80, 24);
    let mut keys = vec![crate::common::ch('/')];
    keys.extend(typed("sri wahyuni"));
    app.send(keys);
    app.send(vec![key(KeyCode::Enter)]);
    let Some(Node::Employee(e)) = app.state.selected() else {
        panic!("no person selected")
    };
    let before = app.state.org.employee(e).notes.len();
    app.send(vec![crate::common::ch('n')]);
    assert_eq!(app.state.mode(), Mode::Note);
    app.send(typed("Bersedia\u{202e} pindah"));
    app.send(vec![ctrl('s')]);
    assert_eq!(app.state.mode(), Mode::Note, "{}", app.screen());
    assert_eq!(app.state.org.employee(e).notes.len(), before);
    assert!(app.screen().contains("U+202E"), "{}", app.screen());
}

/// The imports refuse a name with an ESC sequence or a bidi override, say which and where,
/// and change nothing.
#[test]
fn imports_refuse_control_and_bidi_characters_and_change_nothing() {
    let db = TestDb::new();
    let before = db.ok(&["export"]);
    let mut v1: serde_json::Value = serde_json::from_str(&before).unwrap();
    v1["units"][0]["name"] = format!("Dinas{EVIL}").into();
    let json = db.tmp.path().join("hostile.json");
    std::fs::write(&json, v1.to_string()).unwrap();
    let csv_text = db.ok(&["export", "--format", "csv"]);
    let mut lines: Vec<String> = csv_text.split("\r\n").map(str::to_string).collect();
    let mut cells: Vec<String> = lines[1].split(';').map(str::to_string).collect();
    cells[1] = "Siti\u{202e}Evil".into();
    lines[1] = cells.join(";");
    let csv = db.tmp.path().join("hostile.csv");
    std::fs::write(&csv, lines.join("\r\n")).unwrap();
    for (file, said) in [
        (&json, "name holds U+001B ESCAPE"),
        (&csv, "nama holds U+202E RIGHT-TO-LEFT OVERRIDE"),
    ] {
        let out = run_clean(&db, &["import", file.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(said), "{err}");
    }
    assert_eq!(db.ok(&["export"]), before);
}
