//! Colours and glyphs. Only the 16 ANSI colours (never true colour or 256-colour indexes),
//! none at all under `NO_COLOR` or the monochrome theme; meaning is always carried by text
//! or glyphs as well. High contrast uses the bright colours in bold and never dims text
//! (dimmed text is what a projector loses first).

use ratatui::style::{Color, Modifier, Style};

use crate::domain::{FitCategory, Readiness};
use crate::settings::ThemeKind;

/// Styles for every kind of text on screen.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
    contrast: bool,
}

impl Theme {
    /// A theme with or without colours.
    pub fn new(no_color: bool) -> Self {
        Theme {
            color: !no_color,
            contrast: false,
        }
    }

    /// The theme chosen in the settings; `no_color` (`NO_COLOR`, `--no-color`) forces
    /// monochrome.
    pub fn of(kind: ThemeKind, no_color: bool) -> Self {
        match kind {
            _ if no_color => Theme::new(true),
            ThemeKind::Default => Theme::new(false),
            ThemeKind::Monochrome => Theme::new(true),
            ThemeKind::HighContrast => Theme {
                color: true,
                contrast: true,
            },
        }
    }

    fn fg(&self, c: Color) -> Style {
        if !self.color {
            Style::new()
        } else if self.contrast {
            Style::new().fg(bright(c)).add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(c)
        }
    }

    /// The cursor row: reversed, so it shows without colour too.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    /// Title bar of the header.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// Secondary text (breadcrumb, golongan, notes). Dimmed rather than grey: colour 8 is
    /// the background in some 16-colour schemes (Solarized) and would hide the text.
    pub fn dim(&self) -> Style {
        if self.contrast {
            Style::new()
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    /// Field labels in details.
    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    /// Section headings in details and help.
    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// Unit names.
    pub fn unit(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    /// Position titles.
    pub fn position(&self) -> Style {
        self.fg(Color::Cyan)
    }
    /// The top-level group of unplaced staff.
    pub fn unplaced(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }
    /// Headcount below formation.
    pub fn under(&self) -> Style {
        self.fg(Color::Yellow)
    }
    /// Headcount above formation.
    pub fn over(&self) -> Style {
        self.fg(Color::Magenta)
    }
    /// A competency gap.
    pub fn gap(&self) -> Style {
        self.fg(Color::Red)
    }
    /// Fit badge by category.
    pub fn fit(&self, c: FitCategory) -> Style {
        match c {
            FitCategory::High => self.fg(Color::Green),
            FitCategory::Middle => self.fg(Color::Yellow),
            FitCategory::Low => self.fg(Color::Red),
        }
    }
    /// Readiness glyph.
    pub fn readiness(&self, r: Option<Readiness>) -> Style {
        match r {
            Some(Readiness::Siap) => self.fg(Color::Green),
            Some(Readiness::Ragu) => self.fg(Color::Yellow),
            Some(Readiness::Menolak) => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            None => self.dim(),
        }
    }
    /// Matched characters in lookup results: underlined so they show without colour.
    pub fn matched(&self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// Key names in the status bar and help.
    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// The cell after a line being typed, where the next character goes.
    pub fn cursor(&self) -> Style {
        self.key().add_modifier(Modifier::REVERSED)
    }
    /// The mode tag in the status bar.
    pub fn mode(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    /// A message for the user.
    pub fn toast(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::REVERSED)
    }
    /// Borders of panes and overlays.
    pub fn border(&self) -> Style {
        if self.contrast {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        }
    }
    /// A warning line (too small).
    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}

/// The bright variant of one of the eight base colours (the other eight of the 16).
fn bright(c: Color) -> Color {
    match c {
        Color::Red => Color::LightRed,
        Color::Green => Color::LightGreen,
        Color::Yellow => Color::LightYellow,
        Color::Blue => Color::LightBlue,
        Color::Magenta => Color::LightMagenta,
        Color::Cyan => Color::LightCyan,
        Color::Gray => Color::White,
        other => other,
    }
}

/// Glyphs that need the right font; the ASCII set works on a Linux console.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    pub open: &'static str,
    pub closed: &'static str,
    pub leaf: &'static str,
    pub ellipsis: &'static str,
    pub crumb: &'static str,
    pub ready: &'static str,
    pub hesitant: &'static str,
    pub resisting: &'static str,
    pub unknown: &'static str,
    pub bar: &'static str,
    /// Before the name of a person marked or carried.
    pub mark: &'static str,
    /// Before where a moved person came from.
    pub from: &'static str,
    /// Between a value before and after.
    pub arrow: &'static str,
}

impl Glyphs {
    /// Unicode glyphs for terminals with a full font.
    pub const UNICODE: Glyphs = Glyphs {
        open: "▾ ",
        closed: "▸ ",
        leaf: "  ",
        ellipsis: "…",
        crumb: " › ",
        ready: "✓",
        hesitant: "?",
        resisting: "✗",
        unknown: "·",
        bar: "│",
        mark: "●",
        from: "⇠",
        arrow: "→",
    };
    /// ASCII glyphs (TERM=linux).
    pub const ASCII: Glyphs = Glyphs {
        open: "v ",
        closed: "> ",
        leaf: "  ",
        ellipsis: "~",
        crumb: " > ",
        ready: "+",
        hesitant: "?",
        resisting: "!",
        unknown: ".",
        bar: "|",
        mark: "*",
        from: "<-",
        arrow: "->",
    };

    /// The set for a terminal.
    pub fn pick(ascii: bool) -> Glyphs {
        if ascii {
            Glyphs::ASCII
        } else {
            Glyphs::UNICODE
        }
    }

    /// The readiness glyph.
    pub fn readiness(&self, r: Option<Readiness>) -> &'static str {
        match r {
            Some(Readiness::Siap) => self.ready,
            Some(Readiness::Ragu) => self.hesitant,
            Some(Readiness::Menolak) => self.resisting,
            None => self.unknown,
        }
    }
}

/// Theme and glyphs together: what every widget needs besides the state.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub theme: Theme,
    pub glyphs: Glyphs,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_forces_monochrome_whatever_the_theme() {
        for kind in [
            ThemeKind::Default,
            ThemeKind::HighContrast,
            ThemeKind::Monochrome,
        ] {
            let t = Theme::of(kind, true);
            assert_eq!(t.fit(FitCategory::High).fg, None, "{kind:?}");
            assert_eq!(t.title().fg, None, "{kind:?}");
        }
        assert_eq!(Theme::of(ThemeKind::Monochrome, false).gap().fg, None);
    }

    #[test]
    fn high_contrast_is_bright_bold_and_never_dim() {
        let t = Theme::of(ThemeKind::HighContrast, false);
        let fit = t.fit(FitCategory::Low);
        assert_eq!(fit.fg, Some(Color::LightRed));
        assert!(fit.add_modifier.contains(Modifier::BOLD));
        assert!(!t.dim().add_modifier.contains(Modifier::DIM));
        assert!(
            Theme::of(ThemeKind::Default, false)
                .dim()
                .add_modifier
                .contains(Modifier::DIM)
        );
        assert_eq!(
            Theme::of(ThemeKind::Default, false)
                .fit(FitCategory::Low)
                .fg,
            Some(Color::Red)
        );
    }
}
