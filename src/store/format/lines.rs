//! Line numbers for messages: where each top-level key and each element of the top-level
//! lists starts, found by a light scan of the text.

use std::collections::HashMap;

/// Where things start in the text: top-level keys, and each element of the four lists.
#[derive(Debug, Default)]
pub(super) struct Lines {
    pub keys: HashMap<String, usize>,
    pub competencies: Vec<usize>,
    pub units: Vec<usize>,
    pub positions: Vec<usize>,
    pub employees: Vec<usize>,
}

/// One pass over the text tracking strings and nesting depth: enough to know the line of
/// each top-level key and of each element of the top-level lists, without parsing values.
pub(super) fn scan_lines(text: &str) -> Lines {
    let mut lines = Lines::default();
    let bytes = text.as_bytes();
    let mut line = 1usize;
    let mut depth = 0usize;
    let mut i = 0usize;
    // Inside the top object: whether the next string is a key, and the key last read.
    let mut expect_key = false;
    let mut key = String::new();
    let mut key_line = 0usize;
    // Which list we are inside (by key), and whether an element is due.
    let mut list: Option<String> = None;
    let mut element_due = false;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b'"' => {
                let start = i + 1;
                let start_line = line;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth == 1 && expect_key {
                    key = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned();
                    key_line = start_line;
                    lines.keys.entry(key.clone()).or_insert(start_line);
                    expect_key = false;
                } else if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), start_line);
                }
            }
            b'{' | b'[' => {
                if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), line);
                }
                depth += 1;
                if depth == 1 && b == b'{' {
                    expect_key = true;
                } else if depth == 2 && b == b'[' && key_line > 0 {
                    list = Some(key.clone());
                    element_due = true;
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    list = None;
                    element_due = false;
                }
            }
            b',' => match depth {
                1 => expect_key = true,
                2 => element_due = list.is_some(),
                _ => {}
            },
            b' ' | b'\t' | b'\r' | b':' => {}
            _ => {
                if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), line);
                }
            }
        }
        i += 1;
    }
    lines
}

fn push_line(lines: &mut Lines, list: Option<&str>, line: usize) {
    let target = match list {
        Some("competencies") => &mut lines.competencies,
        Some("units") => &mut lines.units,
        Some("positions") => &mut lines.positions,
        Some("employees") => &mut lines.employees,
        _ => return,
    };
    target.push(line);
}
