#[test]
#[ignore]
fn preview() {
    use crate::app::{Action, AppState, update};
    use crate::input::action_for;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let org = crate::store::format::parse_v1("d", include_str!("../../fixtures/demo-semarang.json")).unwrap();
    let keys = std::env::var("KEYS").unwrap_or_default();
    let w: u16 = std::env::var("W").map(|s| s.parse().unwrap()).unwrap_or(80);
    let h: u16 = std::env::var("H").map(|s| s.parse().unwrap()).unwrap_or(24);
    let mut s = AppState::new(org);
    update(&mut s, Action::Resize(w, h));
    for k in keys.split(' ').filter(|k| !k.is_empty()) {
        let code = match k { "Enter" => KeyCode::Enter, "Esc" => KeyCode::Esc, "Tab" => KeyCode::Tab, "Down" => KeyCode::Down, "Up" => KeyCode::Up, "PgDn" => KeyCode::PageDown, "SP" => KeyCode::Char(' '), _ => KeyCode::Char(k.chars().next().unwrap()) };
        if let Some(a) = action_for(s.mode, KeyEvent::new(code, KeyModifiers::NONE)) { update(&mut s, a); }
        s.refresh();
    }
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    super::render(&mut buf, area, &s);
    for y in 0..h { let mut l = String::new(); let mut skip=0; for x in 0..w { if skip>0 {skip-=1; continue;} let sy = buf[(x,y)].symbol(); l.push_str(sy); skip = unicode_width::UnicodeWidthStr::width(sy).saturating_sub(1);} println!("|{}|", l); }
}
