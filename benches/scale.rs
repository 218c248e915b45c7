//! Province-scale benchmarks (issue 6): lookup per keystroke, import, open to first frame,
//! one durable move with its audit entry, one frame with the tree expanded, bytes written
//! for one cursor step, and memory resident after open.
//!
//! The organization is generated (`penata generate`'s generator) with 100,000 employees by
//! default; `PENATA_BENCH_N=1000000 cargo bench` runs at a million. Besides criterion's
//! timings, each group prints the figures criterion does not give (per-prefix median and
//! maximum, p99 of moves, bytes, resident memory) on stderr, prefixed with `penata-bench:`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::VecDeque;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use penata::app::{Action, AppState, update};
use penata::domain::Organization;
use penata::domain::plan::Move;
use penata::domain::search::{LiveSearch, SearchIndex};
use penata::generate::{Options, SiasnOptions, generate, instansi_of, siasn_files};
use penata::store::format::parse_v1;
use penata::store::memory::MemoryStore;
use penata::store::siasn;
use penata::store::sled_store::SledStore;
use penata::store::{Change, OrgStore, PlanChange};
use penata::store::{snapshot, startup};
use penata::tui::{self, AppOptions, ScriptedEvents};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "scale/cursor.rs"]
mod cursor;

use cursor::cursor_bytes;

/// Queries typed in the app, one character at a time: common names, old spellings,
/// titles, a Balinese and a Batak name, a NIP prefix.
const QUERIES: &[&str] = &[
    "sri wahyuni",
    "soeprapto",
    "dr. siti nurhayati",
    "i made sudiarta",
    "simanjuntak",
    "agus setiawan s.pd",
    "1975",
];

/// The app's result limit (the search pane shows a window of these).
const LIMIT: usize = penata::app::search::RESULT_LIMIT;

fn employees() -> u64 {
    std::env::var("PENATA_BENCH_N")
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(100_000)
}

/// Whether to run a part: `PENATA_BENCH_PARTS=lookup,cursor` runs only those (the parts
/// are lookup, import, store (sled import, memory, open, move), frame and cursor); all by
/// default.
fn part(name: &str) -> bool {
    std::env::var("PENATA_BENCH_PARTS").map_or(true, |v| v.split(',').any(|p| p.trim() == name))
}

fn label(n: u64) -> String {
    if n.is_multiple_of(1_000_000) {
        format!("{}M", n / 1_000_000)
    } else if n.is_multiple_of(1_000) {
        format!("{}k", n / 1_000)
    } else {
        n.to_string()
    }
}

fn report(what: &str, value: String) {
    eprintln!("penata-bench: {what}: {value}");
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// CPU time this thread has run, from /proc/thread-self/schedstat (nanoseconds): unlike
/// wall time, not inflated when other processes hold the cores.
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A generated organization's text and the parsed organization.
struct Data {
    text: String,
    org: Organization,
}

fn data(n: u64) -> Data {
    let mut buf = Vec::new();
    generate(
        Options {
            employees: n,
            seed: 1,
        },
        &mut buf,
    )
    .unwrap();
    let text = String::from_utf8(buf).unwrap();
    let org = parse_v1("bench.json", &text).unwrap();
    Data { text, org }
}

fn lookup(c: &mut Criterion, d: &Data, n: u64) {
    let index = SearchIndex::build(&d.org);
    // Per keystroke, as the app computes it (LiveSearch narrows on each added character).
    let mut all = Vec::new();
    let mut apply = Vec::new();
    let mut worst = (Duration::ZERO, String::new());
    for q in QUERIES {
        let prefixes: Vec<&str> = (1..=q.len())
            .filter(|&i| q.is_char_boundary(i))
            .map(|i| &q[..i])
            .collect();
        let mut per_prefix = vec![Vec::new(); prefixes.len()];
        for _ in 0..5 {
            let mut live = LiveSearch::new();
            for (i, p) in prefixes.iter().enumerate() {
                // Ranking (the app's worker thread), then the hits with their highlights
                // (the app's main thread, when the ranking arrives).
                let t = Instant::now();
                let ranking = live.rank(&index, p, LIMIT, &|| false).unwrap();
                let ranked = t.elapsed();
                let hits = ranking.hits(&d.org);
                per_prefix[i].push(t.elapsed());
                apply.push(t.elapsed() - ranked);
                std::hint::black_box(hits);
            }
        }
        let medians: Vec<Duration> = per_prefix.iter_mut().map(|v| median(v)).collect();
        for (i, m) in medians.iter().enumerate() {
            if *m > worst.0 {
                worst = (*m, prefixes[i].to_string());
            }
        }
        let line: Vec<String> = medians
            .iter()
            .map(|m| format!("{:.1}", m.as_secs_f64() * 1e3))
            .collect();
        report(
            &format!("lookup {} \"{q}\" per prefix ms", label(n)),
            line.join(" "),
        );
        all.extend(medians);
    }
    let mid = median(&mut all);
    report(
        &format!("lookup {} per keystroke", label(n)),
        format!(
            "median {}, max {} (at \"{}\")",
            ms(mid),
            ms(worst.0),
            worst.1
        ),
    );
    let apply_mid = median(&mut apply);
    report(
        &format!("lookup {} hits from a ranking (highlights)", label(n)),
        format!(
            "median {}, max {}",
            ms(apply_mid),
            ms(apply[apply.len() - 1])
        ),
    );
    // The same typing on one thread, in CPU time: comparable between runs on a loaded machine.
    let single = index.clone().with_threads(1);
    let mut cpu = Vec::new();
    let mut cpu_worst = (Duration::ZERO, String::new());
    for q in QUERIES {
        let prefixes: Vec<&str> = (1..=q.len())
            .filter(|&i| q.is_char_boundary(i))
            .map(|i| &q[..i])
            .collect();
        let mut per_prefix = vec![Vec::new(); prefixes.len()];
        for _ in 0..3 {
            let mut live = LiveSearch::new();
            for (i, p) in prefixes.iter().enumerate() {
                let t = thread_cpu();
                std::hint::black_box(live.update(&single, &d.org, p, LIMIT));
                per_prefix[i].push(thread_cpu() - t);
            }
        }
        for (i, v) in per_prefix.iter_mut().enumerate() {
            let m = median(v);
            if m > cpu_worst.0 {
                cpu_worst = (m, prefixes[i].to_string());
            }
            cpu.push(m);
        }
    }
    let cpu_mid = median(&mut cpu);
    report(
        &format!("lookup {} per keystroke, one thread, CPU time", label(n)),
        format!(
            "median {}, max {} (at \"{}\")",
            ms(cpu_mid),
            ms(cpu_worst.0),
            cpu_worst.1
        ),
    );
    let mut g = c.benchmark_group(format!("lookup_{}", label(n)));
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for q in QUERIES {
        g.bench_function(format!("type \"{q}\" (all prefixes)"), |b| {
            b.iter(|| {
                let mut live = LiveSearch::new();
                for i in (1..=q.len()).filter(|&i| q.is_char_boundary(i)) {
                    std::hint::black_box(live.update(&index, &d.org, &q[..i], LIMIT));
                }
            })
        });
    }
    g.finish();
}

/// Reports the wall and CPU time of three runs on this thread (CPU time is comparable between
/// runs on a loaded machine), per run, and the employees per CPU second.
fn three_runs(what: &str, n: u64, mut run: impl FnMut()) {
    let (wall, cpu) = (Instant::now(), thread_cpu());
    for _ in 0..3 {
        run();
    }
    let (wall, cpu) = (wall.elapsed() / 3, (thread_cpu() - cpu) / 3);
    report(
        what,
        format!(
            "{} wall, {} CPU = {:.0} employees per CPU second",
            ms(wall),
            ms(cpu),
            n as f64 / cpu.as_secs_f64()
        ),
    );
}

fn import(c: &mut Criterion, d: &Data, n: u64) {
    three_runs(
        &format!("import {} parse_v1 + validate", label(n)),
        n,
        || {
            std::hint::black_box(parse_v1("bench.json", &d.text).unwrap());
        },
    );
    let mut g = c.benchmark_group(format!("import_{}", label(n)));
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Elements(n));
    g.bench_function("parse_v1 + validate", |b| {
        b.iter(|| std::hint::black_box(parse_v1("bench.json", &d.text).unwrap()))
    });
    // The same organization as SIASN exports (issue 13: at most 2x the penata/v1 import).
    let files = siasn_files(
        &d.org,
        &SiasnOptions {
            seed: 1,
            instansi: instansi_of(&d.org),
        },
    )
    .unwrap();
    let siasn = || {
        let parsed = siasn::read_files(&files);
        let report = siasn::build(parsed, &Organization::default(), siasn::Options::default());
        assert!(
            !report.has_errors(),
            "{:?}",
            &report.findings[..report.findings.len().min(5)]
        );
        report
    };
    three_runs(
        &format!("import {} SIASN read + build", label(n)),
        n,
        || {
            std::hint::black_box(siasn());
        },
    );
    g.bench_function("SIASN exports: read + build", |b| {
        b.iter(|| std::hint::black_box(siasn()))
    });
    g.finish();
}

/// Terminal events of a 120x40 screen.
fn resize() -> Event {
    Event::Resize(120, 40)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Opens the database as the app does (sled and the snapshot at once), builds the app
/// state and draws the first frame.
fn open_to_frame(dir: &Path) -> (SledStore, AppState, Terminal<TestBackend>) {
    let opened = startup::open(dir).unwrap();
    let store = opened.store;
    let mut state = tui::initial_state_indexed(opened.org, opened.index, &AppOptions::default());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut events = ScriptedEvents(VecDeque::from([resize()]));
    tui::run_loop(&mut terminal, &mut state, &mut events, &store).unwrap();
    (store, state, terminal)
}

/// The first frame of a large start: the preview from the snapshot's units alone.
fn preview_frame(dir: &Path) -> Terminal<TestBackend> {
    let p = startup::preview(dir).expect("a preview at this size");
    let preview = penata::app::preview::Preview::new(&p.org, &p.filled, p.unplaced, p.employees);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let look = penata::ui::preview::look(Default::default(), false, false);
    terminal
        .draw(|f| {
            let area = f.area();
            penata::ui::preview::render(f.buffer_mut(), area, &preview, &look)
        })
        .unwrap();
    terminal
}

fn stored(d: &Data) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path()).unwrap();
    let t = Instant::now();
    store
        .apply(&Change::ReplaceOrganization {
            org: d.org.clone(),
            demo: false,
        })
        .unwrap();
    report("store replace (import into sled)", ms(t.elapsed()));
    dir
}

fn open(c: &mut Criterion, dir: &Path, n: u64) {
    // Where the time goes, once: sled open and snapshot read (each alone, then both at
    // once as the app does), app state, first frame.
    let t = Instant::now();
    drop(SledStore::open(dir).unwrap());
    let t_sled = t.elapsed();
    let t = Instant::now();
    drop(snapshot::read(dir).unwrap());
    let t_snapshot = t.elapsed();
    // The first frame of a large start: the preview from the snapshot's units alone.
    let t = Instant::now();
    drop(preview_frame(dir));
    let t_preview = t.elapsed();
    let t = Instant::now();
    let opened = startup::open(dir).unwrap();
    let t_open = t.elapsed();
    let store = opened.store;
    let mut state = tui::initial_state_indexed(opened.org, opened.index, &AppOptions::default());
    let t_state = t.elapsed();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut events = ScriptedEvents(VecDeque::from([resize()]));
    tui::run_loop(&mut terminal, &mut state, &mut events, &store).unwrap();
    let t_frame = t.elapsed();
    report(
        &format!("open {} breakdown", label(n)),
        format!(
            "preview (first frame of a large start) {}; sled open alone {}, snapshot read alone {}; both at once {}, app state {}, first frame {}",
            ms(t_preview),
            ms(t_sled),
            ms(t_snapshot),
            ms(t_open),
            ms(t_state - t_open),
            ms(t_frame - t_state)
        ),
    );
    drop((store, state, terminal));
    let mut g = c.benchmark_group(format!("open_{}", label(n)));
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("preview: snapshot units to first frame", |b| {
        b.iter(|| std::hint::black_box(preview_frame(dir)))
    });
    g.bench_function("open db to first frame", |b| {
        b.iter(|| std::hint::black_box(open_to_frame(dir)))
    });
    g.finish();
}

fn durable_move(c: &mut Criterion, dir: &Path, n: u64) {
    let store = SledStore::open(dir).unwrap();
    let org = store.load().unwrap();
    let at = time::OffsetDateTime::now_utc();
    store
        .change_plan(&PlanChange::Create {
            name: "bench".into(),
            by: "bench".into(),
            at,
        })
        .unwrap();
    // One person between two seats, back and forth: each is a new move with its audit entry.
    let person = org
        .employees()
        .iter()
        .find(|e| e.position.is_some())
        .unwrap();
    let home = person.position.clone();
    let away = org
        .positions()
        .iter()
        .find(|p| Some(&p.id) != home.as_ref())
        .map(|p| p.id.clone());
    let nip = person.nip;
    let mut flip = false;
    let mut one = || {
        flip = !flip;
        let (from, to) = if flip {
            (home.clone(), away.clone())
        } else {
            (away.clone(), home.clone())
        };
        let mv = Move {
            nip,
            from,
            to,
            reason: None,
            author: "bench".into(),
            at,
            review: None,
        };
        store
            .change_plan(&PlanChange::Move {
                plan: "bench".into(),
                mv,
            })
            .unwrap();
    };
    let mut times: Vec<Duration> = (0..300)
        .map(|_| {
            let t = Instant::now();
            one();
            t.elapsed()
        })
        .collect();
    times.sort();
    report(
        &format!("durable move {}", label(n)),
        format!(
            "median {}, p99 {} over {} moves",
            ms(times[times.len() / 2]),
            ms(times[times.len() * 99 / 100]),
            times.len()
        ),
    );
    let mut g = c.benchmark_group(format!("move_{}", label(n)));
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.bench_function("durable move + audit", |b| b.iter(&mut one));
    g.finish();
}

/// The app on the data with the first root's subtree fully expanded and the selection
/// well inside it.
fn expanded_state(d: &Data) -> (AppState, Terminal<TestBackend>) {
    let mut state = tui::initial_state(d.org.clone(), &AppOptions::default());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut events = ScriptedEvents(VecDeque::from([
        resize(),
        Event::Key(KeyEvent::new(KeyCode::Char('*'), KeyModifiers::NONE)),
    ]));
    tui::run_loop(
        &mut terminal,
        &mut state,
        &mut events,
        &MemoryStore::default(),
    )
    .unwrap();
    for _ in 0..500 {
        update(&mut state, Action::Down);
    }
    state.refresh();
    (state, terminal)
}

fn frame(c: &mut Criterion, d: &Data, n: u64) {
    let (state, mut terminal) = expanded_state(d);
    let mut g = c.benchmark_group(format!("frame_{}", label(n)));
    g.sample_size(50).measurement_time(Duration::from_secs(3));
    g.bench_function("draw 120x40, tree expanded", |b| {
        b.iter(|| {
            terminal
                .draw(|f| {
                    std::hint::black_box(penata::ui::draw(f, &state));
                })
                .unwrap();
        })
    });
    // The same app, set up outside the closure: criterion calls it again for every sample.
    let (mut state, mut terminal) = (state, terminal);
    let mut down = true;
    g.bench_function("cursor step (key -> state -> draw)", |b| {
        b.iter(|| {
            down = !down;
            let k = if down { KeyCode::Down } else { KeyCode::Up };
            let mut events = ScriptedEvents(VecDeque::from([key(k)]));
            tui::run_loop(
                &mut terminal,
                &mut state,
                &mut events,
                &MemoryStore::default(),
            )
            .unwrap();
        })
    });
    g.finish();
}

/// Resident memory of this process in bytes, from /proc/self/statm.
fn resident() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Run as a child process: open the database to the first frame and print resident memory.
fn memory_child(dir: &str) {
    let before = resident().unwrap_or(0);
    let kept = open_to_frame(Path::new(dir));
    let after = resident().unwrap_or(0);
    println!("{before} {after}");
    drop(kept);
}

fn memory(dir: &Path, n: u64) {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .env("PENATA_BENCH_MEMORY_DB", dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Vec<u64> = text
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect();
    if let [before, after] = v[..] {
        report(
            &format!("resident after open {}", label(n)),
            format!(
                "{:.1} MiB (process start {:.1} MiB)",
                after as f64 / 1048576.0,
                before as f64 / 1048576.0
            ),
        );
    }
}

fn main() {
    if let Ok(dir) = std::env::var("PENATA_BENCH_MEMORY_DB") {
        memory_child(&dir);
        return;
    }
    let n = employees();
    let mut c = Criterion::default().configure_from_args();
    let t = Instant::now();
    let d = data(n);
    report(&format!("generate + parse {}", label(n)), ms(t.elapsed()));
    if part("lookup") {
        lookup(&mut c, &d, n);
    }
    if part("import") {
        import(&mut c, &d, n);
    }
    if part("store") {
        let dir = stored(&d);
        memory(dir.path(), n);
        open(&mut c, dir.path(), n);
        durable_move(&mut c, dir.path(), n);
    }
    if part("frame") {
        frame(&mut c, &d, n);
    }
    if part("cursor") {
        cursor_bytes(&d, n);
    }
    c.final_summary();
}
