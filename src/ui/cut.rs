//! Display-width arithmetic: names carry accents and wide characters, so every cut and pad
//! counts terminal columns (unicode-width), never bytes or chars.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns a string takes on screen.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// The string cut to at most `max` columns, ending in `ellipsis` when something was cut.
/// Control and bidi characters are replaced ([`crate::lang::safe::shown`]: a space for a C0
/// control, `\u{FFFD}` for DEL, C1 and bidi controls) so data can never move the cursor or
/// reorder the line.
pub fn fit(s: &str, max: usize, ellipsis: &str) -> String {
    let clean = s.chars().any(crate::lang::safe::is_unsafe);
    if !clean && width(s) <= max {
        return s.to_string();
    }
    let s: String = if clean {
        s.chars().map(crate::lang::safe::shown).collect()
    } else {
        s.to_string()
    };
    if width(&s) <= max {
        return s;
    }
    let ell_w = width(ellipsis);
    if max < ell_w {
        return take_width(&s, max);
    }
    let mut out = take_width(&s, max - ell_w);
    out.push_str(ellipsis);
    out
}

/// The longest prefix of `s` that fits in `max` columns.
pub fn take_width(s: &str, max: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// The first words of a text in at most `max` columns: whitespace collapsed, cut at a word
/// boundary when one is near, with an ellipsis when anything was left out.
pub fn first_words(text: &str, max: usize, ellipsis: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width(&flat) <= max {
        return flat;
    }
    let ell_w = width(ellipsis);
    let room = max.saturating_sub(ell_w);
    let head = take_width(&flat, room);
    // Prefer ending on a whole word if that wastes at most a third of the room.
    let cut = match head.rfind(' ') {
        Some(i) if width(&head[..i]) * 3 >= room * 2 => head[..i].to_string(),
        _ => head,
    };
    if max < ell_w {
        return take_width(&flat, max);
    }
    format!("{}{}", cut.trim_end(), ellipsis)
}

/// The string cut or padded with spaces to exactly `w` columns.
pub fn pad(s: &str, w: usize, ellipsis: &str) -> String {
    let mut out = fit(s, w, ellipsis);
    let have = width(&out);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(have)));
    out
}

/// The string right-aligned in exactly `w` columns (cut from the right if too long).
pub fn pad_left(s: &str, w: usize) -> String {
    let cut = take_width(s, w);
    let have = width(&cut);
    let mut out: String = std::iter::repeat_n(' ', w.saturating_sub(have)).collect();
    out.push_str(&cut);
    out
}

/// The end of a text that fits in `max` columns, with the ellipsis in front when cut
/// (breadcrumbs keep the part closest to the selection).
pub fn fit_left(s: &str, max: usize, ellipsis: &str) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut tail: Vec<char> = Vec::new();
    for c in s.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        tail.push(c);
    }
    let mut out = if max >= width(ellipsis) {
        ellipsis.to_string()
    } else {
        String::new()
    };
    out.extend(tail.into_iter().rev());
    out
}

/// Greedy word wrap to `w` columns (words longer than a line are cut).
pub fn wrap(text: &str, w: usize) -> Vec<String> {
    let w = w.max(1);
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let word = if width(word) > w {
            take_width(word, w)
        } else {
            word.to_string()
        };
        let need = if cur.is_empty() {
            width(&word)
        } else {
            width(&cur) + 1 + width(&word)
        };
        if need > w && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_by_columns_not_chars() {
        assert_eq!(fit("Sri Wahyuni", 20, "…"), "Sri Wahyuni");
        assert_eq!(fit("Sri Wahyuni", 6, "…"), "Sri W…");
        // Wide characters take two columns each.
        let cut = fit("山田太郎さん", 7, "…");
        assert!(width(&cut) <= 7, "{cut}");
        assert!(cut.ends_with('…'));
        assert_eq!(fit("Émile Ñúñez", 5, "…"), "Émil…");
        assert_eq!(fit("abc", 0, "…"), "");
    }

    #[test]
    fn first_words_prefers_word_boundaries() {
        let note = "Bersedia pindah ke  Bappeda\nasal dekat rumah";
        assert_eq!(
            first_words(note, 100, "…"),
            "Bersedia pindah ke Bappeda asal dekat rumah"
        );
        assert_eq!(first_words(note, 20, "…"), "Bersedia pindah ke…");
        assert!(width(&first_words(note, 9, "...")) <= 9);
        assert!(width(&first_words(note, 2, "...")) <= 2);
    }

    #[test]
    fn control_characters_never_reach_the_screen() {
        assert_eq!(fit("a\x1b[2Jb", 10, "…"), "a [2Jb");
    }

    #[test]
    fn wraps_at_words() {
        assert_eq!(
            wrap("satu dua tiga empat", 9),
            vec!["satu dua", "tiga", "empat"]
        );
        assert_eq!(wrap("", 5), Vec::<String>::new());
        assert_eq!(wrap("panjangsekali", 4), vec!["panj"]);
    }

    #[test]
    fn padding_and_left_cuts() {
        assert_eq!(pad("ab", 4, "…"), "ab  ");
        assert_eq!(pad_left("7/9", 5), "  7/9");
        assert_eq!(fit_left("Dinas > Bidang > Seksi", 10, "…"), "…g > Seksi");
        assert_eq!(width(&pad("山田", 3, "…")), 3);
    }
}
