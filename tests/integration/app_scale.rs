//! Scale smoke test: a synthetic organization of 200,000 people. Startup work is done once;
//! per-frame and per-key work must not grow with the organization. Timings are printed
//! (run with `--ignored --nocapture` in release mode for figures); the asserts are loose.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use std::time::Instant;

use crossterm::event::KeyCode;
use penata::app::{Action, AppState, update};
use penata::domain::{
    Competency, CompetencyGroup, Employee, Levels, Nip, Organization, Position, PositionType, Rank,
    Unit,
};
use penata::input::action_for;
use penata::ui;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn synthetic(people: usize) -> Organization {
    let comps = vec![Competency {
        code: "INT".into(),
        name: "Integritas".into(),
        group: CompetencyGroup::Manajerial,
    }];
    let mut units = vec![Unit {
        id: "root".into(),
        name: "Provinsi Uji".into(),
        parent: None,
        feedback: Vec::new(),
        siasn_id: None,
    }];
    for d in 0..200 {
        units.push(Unit {
            id: format!("u{d}"),
            name: format!("Dinas Nomor {d}"),
            parent: Some("root".into()),
            feedback: Vec::new(),
            siasn_id: None,
        });
    }
    let positions: Vec<Position> = (0..2000)
        .map(|p| Position {
            id: format!("p{p}"),
            unit: format!("u{}", p % 200),
            title: format!("Pelaksana Urusan {p}"),
            kind: PositionType::Pelaksana,
            formation: 100,
            requirements: Levels::new(),
            workload: vec![],
            siasn_id: None,
            jenjang: None,
        })
        .collect();
    let first = ["Sri", "Budi", "Agus", "Dewi", "Eko", "Siti", "Joko", "Rina"];
    let last = [
        "Wahyuni", "Santoso", "Lestari", "Pratama", "Hidayat", "Kusuma",
    ];
    let employees: Vec<Employee> = (0..people)
        .map(|i| {
            let nip = format!(
                "19{:02}0101{:04}01{}{:03}",
                60 + i % 40,
                2000 + i % 20,
                1 + i % 2,
                1 + (i / 1600) % 999
            );
            Employee {
                nip: Nip::parse(&nip).unwrap_or_else(|_| Nip::parse("198503122010012003").unwrap()),
                name: format!("{} {} {i}", first[i % 8], last[i % 6]),
                rank: Rank::parse("III/a").unwrap(),
                position: (i % 50 != 0).then(|| format!("p{}", i % 2000)),
                competencies: [("INT".to_string(), (1 + i % 3) as u8)]
                    .into_iter()
                    .collect(),
                performance: None,
                potential: None,
                readiness: None,
                notes: vec![],
                profile: Default::default(),
            }
        })
        .collect();
    Organization::from_parts("Provinsi Uji".into(), comps, units, positions, employees)
}

#[test]
#[ignore = "slow in debug builds; run with --ignored --nocapture"]
fn frames_and_keys_do_not_grow_with_the_organization() {
    let org = synthetic(200_000);
    let t = Instant::now();
    let mut s = AppState::new(org);
    update(&mut s, Action::Resize(120, 40));
    println!("startup (derived + index + rows): {:?}", t.elapsed());
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    // Open everything: ~200k rows.
    let t = Instant::now();
    update(&mut s, Action::ExpandSubtree);
    println!("expand all ({} rows): {:?}", s.tree.rows.len(), t.elapsed());
    let t = Instant::now();
    for _ in 0..100 {
        update(&mut s, Action::PageDown);
        ui::render(&mut buf, area, &s);
    }
    let frame = t.elapsed() / 100;
    println!("page down + frame: {frame:?}");
    let mut keys = vec![common::ch('/')];
    keys.extend(common::typed("sri wah"));
    let t = Instant::now();
    for k in keys {
        if let crossterm::event::Event::Key(k) = k
            && let Some(a) = action_for(s.mode(), k)
        {
            update(&mut s, a);
            s.refresh();
        }
    }
    println!("8 lookup keystrokes: {:?}", t.elapsed());
    assert!(!s.search.hits.is_empty());
    let t = Instant::now();
    let enter = common::key(KeyCode::Enter);
    if let crossterm::event::Event::Key(k) = enter
        && let Some(a) = action_for(s.mode(), k)
    {
        update(&mut s, a);
    }
    ui::render(&mut buf, area, &s);
    println!("jump + frame: {:?}", t.elapsed());
    assert!(
        frame.as_millis() < 50,
        "a frame costs the visible rows: {frame:?}"
    );
}

#[test]
#[ignore = "slow in debug builds; run with --ignored --nocapture"]
fn a_move_and_its_undo_cost_the_touched_people_only() {
    use penata::app::{Effect, Outcome, active, feedback};
    use penata::domain::plan::Plan;
    use penata::store::PlanChange;
    let people: usize = std::env::var("PENATA_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let mut s = AppState::new(synthetic(people));
    update(&mut s, Action::Resize(120, 40));
    let t = Instant::now();
    active::activate(
        &mut s,
        Plan::new("Uji".into(), "uji".into(), time::OffsetDateTime::UNIX_EPOCH),
    );
    println!("activate an empty plan: {:?}", t.elapsed());
    // Synthetic NIPs repeat: take a placed person whose NIP names them.
    let e = (0..s.org.employees().len() as u32)
        .find(|&e| {
            s.org.seat_of(e).is_some() && s.org.employee_ix(&s.org.employee(e).nip) == Some(e)
        })
        .unwrap();
    let from = s.org.seat_of(e).unwrap();
    let to_id = if s.org.position(from).id == "p2" {
        "p3"
    } else {
        "p2"
    };
    let to = s.org.position_ix(to_id).unwrap();
    let nip = s.org.employee(e).nip;
    let mv = penata::domain::plan_ops::new_move(
        &s.org,
        &nip,
        Some(to_id),
        None,
        "uji".into(),
        time::OffsetDateTime::UNIX_EPOCH,
    )
    .unwrap();
    let t = Instant::now();
    let effects: Vec<Effect> = feedback(
        &mut s,
        Outcome::Persisted {
            change: PlanChange::Move {
                plan: "Uji".into(),
                mv: mv.clone(),
            },
            result: Ok(Some(mv)),
        },
    );
    let moved = t.elapsed();
    println!("persisted move shown ({people} people): {moved:?}");
    assert!(effects.is_empty());
    assert_eq!(s.org.seat_of(e), Some(to));
    let last = s.active.as_ref().and_then(|a| a.plan.moves.last().cloned());
    let t = Instant::now();
    feedback(
        &mut s,
        Outcome::Persisted {
            change: PlanChange::Undo { plan: "Uji".into() },
            result: Ok(last),
        },
    );
    println!("undo shown: {:?}", t.elapsed());
    assert_eq!(s.org.seat_of(e), Some(from));
    assert!(
        moved.as_millis() < 200,
        "a move costs the touched people: {moved:?}"
    );
}

/// Opening each talent view on the whole province, on a realistic generated organization
/// (`PENATA_SCALE` people, 200,000 by default). Figures only; each view is computed once per
/// key press.
#[test]
#[ignore = "slow in debug builds; run with --release --ignored --nocapture"]
fn talent_views_on_the_whole_province() {
    use penata::app::Mode;
    use penata::app::tree::Node;
    let people: u64 = std::env::var("PENATA_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let mut file = Vec::new();
    penata::generate::generate(
        penata::generate::Options {
            employees: people,
            seed: 1,
        },
        &mut file,
    )
    .unwrap();
    let org =
        penata::store::format::parse_v1("gen.json", std::str::from_utf8(&file).unwrap()).unwrap();
    drop(file);
    let mut s = AppState::new(org);
    update(&mut s, Action::Resize(120, 40));
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    // On the province root (the first row), then on a seat for candidates.
    for (name, action) in [
        ("dashboard", Action::OpenDashboard),
        ("9-box", Action::OpenNineBox),
        ("gaps", Action::OpenGaps),
        ("workload", Action::OpenWorkload),
        ("retirements", Action::OpenRetirements),
    ] {
        update(&mut s, Action::Home);
        let t = Instant::now();
        update(&mut s, action);
        ui::render(&mut buf, area, &s);
        println!("{name} on the root, opened and drawn: {:?}", t.elapsed());
        assert_eq!(s.mode(), Mode::Talent);
        update(&mut s, Action::Close);
    }
    let seat = (0..s.org.positions().len() as u32)
        .find(|&p| !s.org.position(p).requirements.is_empty() || s.org.holders(p).len() == 1)
        .unwrap();
    s.tree.reveal(&s.org, Node::Position(seat));
    let t = Instant::now();
    update(&mut s, Action::OpenCandidates);
    ui::render(&mut buf, area, &s);
    println!(
        "candidates for one seat, opened and drawn: {:?}",
        t.elapsed()
    );
    assert_eq!(s.mode(), Mode::Talent);
}
