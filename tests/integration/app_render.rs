//! Rendering properties: no panic at any size, no colour under NO_COLOR and only the 16
//! ANSI colours otherwise, display-width cuts for accented and wide names, help generated
//! from the key map, and no redraw when nothing changed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{Harness, buffer_text, ch, key, typed};
use crossterm::event::{Event, KeyCode};
use penata::app::{Action, AppState, Mode, update};
use penata::domain::{
    Competency, CompetencyGroup, Employee, Levels, Nip, Note, Organization, Position, PositionType,
    Rank, Readiness, Unit,
};
use penata::input;
use penata::lang::Lang;
use penata::tui::AppOptions;
use penata::ui;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

fn draw(state: &AppState, w: u16, h: u16) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    ui::render(&mut buf, area, state);
    buf
}

#[test]
fn no_panic_at_any_size_in_any_mode() {
    let mut states = Vec::new();
    let mut browse = Harness::demo(80, 24);
    browse.send(vec![ch('*'), ch('G')]);
    states.push(browse);
    let mut search = Harness::demo(80, 24);
    let mut keys = vec![ch('/')];
    keys.extend(typed("sri"));
    search.send(keys);
    states.push(search);
    let mut help = Harness::demo(80, 24);
    help.send(vec![ch('?')]);
    states.push(help);
    let mut full = Harness::demo(80, 24);
    full.send(vec![ch('j'), ch('l'), ch('l'), key(KeyCode::Tab)]);
    states.push(full);
    for app in &mut states {
        for w in (0..=60).chain([79, 80, 99, 100, 101, 120, 200]) {
            for h in 0..=14 {
                update(&mut app.state, Action::Resize(w, h));
                draw(&app.state, w, h);
            }
        }
    }
}

#[test]
fn tiny_sizes_through_the_real_loop() {
    let mut app = Harness::demo(80, 24);
    for (w, h) in [
        (1, 1),
        (2, 2),
        (10, 5),
        (20, 8),
        (39, 10),
        (40, 9),
        (40, 10),
        (80, 24),
    ] {
        app.resize(w, h);
        app.send(vec![
            ch('j'),
            ch('l'),
            ch('/'),
            ch('a'),
            key(KeyCode::Esc),
            ch('?'),
        ]);
        app.send(vec![key(KeyCode::Esc)]);
    }
    assert!(app.screen().contains("Rencana: baseline"));
    app.resize(39, 10);
    assert!(app.screen().contains("Terminal terlalu kecil"));
}

#[test]
fn no_color_means_no_colour_at_all() {
    let opts = AppOptions {
        no_color: true,
        ..AppOptions::default()
    };
    let mut app = Harness::with(common::demo(), 120, 40, &opts);
    for keys in [vec![], vec![ch('j'), ch('l'), ch('l')], {
        let mut k = vec![ch('/')];
        k.extend(typed("sri"));
        k
    }] {
        app.send(keys);
        for cell in app.terminal.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset, "{cell:?}");
            assert_eq!(cell.bg, Color::Reset, "{cell:?}");
        }
    }
}

#[test]
fn colours_stay_in_the_16_colour_palette() {
    let mut app = Harness::demo(120, 40);
    app.send(vec![ch('*')]);
    let mut coloured = 0;
    for cell in app.terminal.backend().buffer().content() {
        for c in [cell.fg, cell.bg] {
            assert!(
                !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                "only ANSI colours: {c:?}"
            );
            coloured += usize::from(c != Color::Reset);
        }
    }
    assert!(coloured > 0, "colour is used when allowed");
}

#[test]
fn themes_stay_in_the_16_colours_and_monochrome_has_none() {
    use penata::settings::ThemeKind;
    use penata::tui::Configured;
    for (theme, no_color, want_colour) in [
        (ThemeKind::HighContrast, false, true),
        (ThemeKind::Monochrome, false, false),
        // NO_COLOR wins over any theme.
        (ThemeKind::HighContrast, true, false),
    ] {
        let opts = AppOptions {
            no_color,
            configured: Configured {
                theme,
                ..Configured::default()
            },
            ..AppOptions::default()
        };
        let mut app = Harness::with(common::demo(), 120, 40, &opts);
        app.send(vec![ch('*'), ch('j'), ch('l'), ch('l')]);
        let mut coloured = 0;
        let mut dim = 0;
        for cell in app.terminal.backend().buffer().content() {
            for c in [cell.fg, cell.bg] {
                assert!(
                    !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                    "only ANSI colours: {c:?}"
                );
                coloured += usize::from(c != Color::Reset);
            }
            dim += usize::from(cell.modifier.contains(ratatui::style::Modifier::DIM));
        }
        assert_eq!(coloured > 0, want_colour, "{theme:?} no_color={no_color}");
        if theme == ThemeKind::HighContrast && !no_color {
            assert_eq!(dim, 0, "high contrast never dims text");
        }
    }
}

#[test]
fn help_lists_every_binding_of_the_mode() {
    let mut app = Harness::demo(120, 60);
    app.send(vec![ch('?')]);
    let screen = app.screen();
    for b in input::bindings(Mode::Browse).iter().chain(input::GLOBAL) {
        let label = input::keys_label(b);
        let what = ui::words::action(b.action, Lang::Id);
        assert!(
            screen
                .lines()
                .any(|l| l.contains(&label) && l.contains(&*what)),
            "help shows {label} = {what}\n{screen}"
        );
    }
}

#[test]
fn status_bar_hints_come_from_the_key_map() {
    let mut app = Harness::demo(120, 40);
    let status = app.screen().lines().last().unwrap_or_default().to_string();
    for b in input::hint_bindings(Mode::Browse) {
        let k = input::key_label(b.keys[0]);
        assert!(
            status.contains(&format!("{k} {}", ui::words::hint(b.action, Lang::Id))),
            "{status}"
        );
    }
    app.send(vec![ch('/')]);
    let status = app.screen().lines().last().unwrap_or_default().to_string();
    assert!(status.contains("Esc batal"), "{status}");
}

#[test]
fn nothing_is_drawn_when_nothing_changed() {
    // Each `send` starts the loop, which draws the first frame once; count beyond that.
    let mut app = Harness::demo(80, 24);
    let frames = app.terminal.get_frame().count();
    // Keys without a binding and focus events change nothing: no frame after the first.
    app.send(vec![ch('x'), ch('Z'), Event::FocusGained, Event::FocusLost]);
    assert_eq!(app.terminal.get_frame().count(), frames + 1);
    app.send(vec![ch('j')]);
    assert_eq!(app.terminal.get_frame().count(), frames + 3);
    // A burst of queued keys is drawn once.
    app.send(vec![ch('j'), ch('j'), ch('j'), ch('k')]);
    assert_eq!(app.terminal.get_frame().count(), frames + 5);
}

#[test]
fn notice_shows_as_a_toast() {
    let opts = AppOptions {
        notice: Some("Organisasi demo dimuat".into()),
        ..AppOptions::default()
    };
    let app = Harness::with(common::demo(), 80, 24, &opts);
    assert!(app.screen().contains("Organisasi demo dimuat"));
}

fn wide_org() -> Organization {
    let comps = vec![Competency {
        code: "INT".into(),
        name: "Integritas".into(),
        group: CompetencyGroup::Manajerial,
    }];
    let units = vec![Unit {
        id: "u".into(),
        name: "Dinas Pariwisata dan Kebudayaan Daerah Istimewa".into(),
        parent: None,
        feedback: Vec::new(),
        siasn_id: None,
    }];
    let positions = vec![Position {
        id: "p".into(),
        unit: "u".into(),
        title: "Penelaah Teknis Kebijakan".into(),
        kind: PositionType::Pelaksana,
        formation: 3,
        requirements: Levels::new(),
        workload: vec![],
        siasn_id: None,
        jenjang: None,
    }];
    let note = |text: &str| Note {
        at: time::macros::datetime!(2026-03-01 09:00 UTC),
        author: "budi".into(),
        text: text.into(),
    };
    let emp = |nip: &str, name: &str, notes| Employee {
        nip: Nip::parse(nip).unwrap(),
        name: name.into(),
        rank: Rank::parse("III/b").unwrap(),
        position: Some("p".into()),
        competencies: [("INT".to_string(), 1)].into_iter().collect(),
        performance: None,
        potential: None,
        readiness: Some(Readiness::Menolak),
        notes,
        profile: Default::default(),
    };
    let employees = vec![
        emp(
            "198503122010012003",
            "Ñoman Çahyadi Ëffendi Wirjosoedarmo, S.Sos., M.A.P.",
            vec![note(
                "Keberatan pindah karena merawat orang tua di Salatiga, minta ditunda",
            )],
        ),
        emp(
            "199001012015011002",
            "山田太郎 Yamada Tarō Sutrisno Hadi Kusumo",
            vec![note(
                "配置転換 希望 ada catatan panjang sekali tentang rotasi",
            )],
        ),
    ];
    Organization::from_parts("Kab. Uji".into(), comps, units, positions, employees)
}

#[test]
fn accented_and_wide_names_are_cut_by_display_width() {
    let mut app = Harness::with(wide_org(), 80, 24, &AppOptions::default());
    app.send(vec![ch('j'), ch('l'), ch('l')]);
    let screen = app.screen();
    let rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("III/b") && l.contains('%'))
        .collect();
    assert_eq!(rows.len(), 2, "{screen}");
    for r in &rows {
        assert!(
            r.contains('…'),
            "long names and notes end in an ellipsis: {r}"
        );
        assert!(unicode_width::UnicodeWidthStr::width(*r) <= 80, "{r}");
    }
    // The fit and readiness columns line up whatever the name's characters.
    let col = |r: &str, pat: &str| {
        let i = r.find(pat).unwrap();
        unicode_width::UnicodeWidthStr::width(&r[..i])
    };
    assert_eq!(col(rows[0], "III/b"), col(rows[1], "III/b"));
    assert!(screen.contains("Keberatan pindah"), "{screen}");
    assert!(buffer_text(app.terminal.backend().buffer()).contains("19850312 201001 2 003"));
}

#[test]
fn ascii_glyphs_for_the_linux_console() {
    let opts = AppOptions {
        ascii: true,
        ..AppOptions::default()
    };
    let mut app = Harness::with(wide_org(), 80, 24, &opts);
    app.send(vec![ch('j'), ch('l')]);
    let screen = app.screen();
    assert!(screen.is_ascii() || !screen.contains('▸'), "{screen}");
    assert!(screen.contains("v "), "{screen}");
    assert!(screen.contains(" ! "), "resisting shows as ! : {screen}");
}

#[test]
fn lookup_highlights_the_matched_characters() {
    use ratatui::style::Modifier;
    let mut app = Harness::demo(80, 24);
    let mut keys = vec![ch('/')];
    keys.extend(typed("sri"));
    app.send(keys);
    let buf = app.terminal.backend().buffer();
    // The first result is on the row under the query line.
    let y = 4;
    let marked: String = (0..buf.area.width)
        .map(|x| &buf[(x, y)])
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(|c| c.symbol().to_lowercase())
        .collect();
    assert_eq!(marked, "sri", "{}", app.screen());
}

#[test]
fn scrolling_past_the_end_comes_back_at_once() {
    let mut app = Harness::demo(80, 24);
    app.send(vec![ch('j'), ch('l'), ch('l')]);
    let top = app.screen();
    app.send(vec![ch('J'); 100]);
    let bottom = app.screen();
    assert_ne!(top, bottom);
    assert!(app.state.details.scroll < 100, "clamped to the content");
    let max = app.state.details.scroll;
    app.send(vec![ch('K'); usize::from(max)]);
    assert_eq!(app.screen(), top);
}

#[test]
fn search_help_lists_the_search_keys() {
    let mut app = Harness::demo(120, 40);
    let mut keys = vec![ch('/')];
    keys.extend(typed("sri"));
    keys.push(key(KeyCode::F(1)));
    app.send(keys);
    let screen = app.screen();
    for b in input::bindings(Mode::Search) {
        assert!(
            screen.contains(&*ui::words::action(b.action, Lang::Id)),
            "{screen}"
        );
    }
    assert!(
        screen.contains(&*Lang::Id.text("ui-help-type-to-search")),
        "{screen}"
    );
}

#[test]
fn unit_details_show_the_count_and_the_latest_three_feedback_entries() {
    use penata::domain::{Feedback, Severity};
    let (name, comps, mut units, positions, employees) = wide_org().into_parts();
    let entry = |day: u8, severity, source: Option<&str>, text: &str| Feedback {
        date: time::Date::from_calendar_date(2026, time::Month::October, day).unwrap(),
        source: source.map(Into::into),
        text: text.into(),
        severity,
        recorded_by: "ratna".into(),
        recorded_at: time::macros::datetime!(2026-11-01 09:00 +07:00),
    };
    units[0].feedback = vec![
        entry(1, Severity::Low, None, "Paling lama: tidak tampil"),
        entry(
            20,
            Severity::High,
            Some("SP4N-LAPOR!"),
            "窓口の待ち時間が長い antrean loket sangat panjang sampai sore hari setiap Senin",
        ),
        entry(
            5,
            Severity::Medium,
            Some("musrenbang"),
            "Usul layanan keliling",
        ),
        entry(12, Severity::Low, Some("forum warga"), "Petugas ramah"),
    ];
    let org = Organization::from_parts(name, comps, units, positions, employees);
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let app = Harness::with(org.clone(), w, h, &AppOptions::default());
        let screen = app.screen();
        assert!(
            screen.contains("Masukan    4 dari masyarakat, 1 tinggi"),
            "{screen}"
        );
        assert!(
            !screen.contains("Paling lama"),
            "only the latest three: {screen}"
        );
        let at = |pat: &str| {
            screen
                .find(pat)
                .unwrap_or_else(|| panic!("{pat}: {screen}"))
        };
        // Newest first, each with severity, date and source.
        assert!(at("tinggi 2026-10-20 SP4N-LAPOR!") < at("rendah 2026-10-12 forum warga"));
        assert!(at("rendah 2026-10-12") < at("sedang 2026-10-05 musrenbang"));
        for line in screen.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= usize::from(w),
                "{line}"
            );
        }
        let long = screen.lines().find(|l| l.contains("窓口")).unwrap();
        // The details pane's scrollbar thumb may sit in its right margin.
        let long = long.trim_end_matches('█').trim_end();
        assert!(long.ends_with('…'), "long text is cut: {long}");
        // A wide pane keeps an entry on one line; a narrow one (beside the tree) gives the
        // text a line of its own.
        let one_line = long.contains("SP4N-LAPOR!");
        assert_eq!(one_line, w == 80, "{screen}");
    }
    // A unit without feedback shows no feedback line at all.
    let app = Harness::with(wide_org(), 80, 24, &AppOptions::default());
    assert!(!app.screen().contains("Masukan"), "{}", app.screen());
}
