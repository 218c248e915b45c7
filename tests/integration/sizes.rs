//! The size rules of the tree: no `.rs` file under `src/` or `benches/` over 600 lines, and
//! no function over 120 lines (from the line of its `fn` to the line of its closing brace).
//! Test code counts too: a module's tests live in a sibling `tests.rs` or `*_tests.rs` file
//! and are held to the same limits.
//!
//! Braces are counted outside comments, string, raw-string and character literals, so a
//! `{` in a message or a format string does not shift a function's end.

use std::path::{Path, PathBuf};

/// The longest file allowed, in lines.
const MAX_FILE_LINES: usize = 600;

/// The longest function allowed, in lines from its `fn` to its closing brace.
const MAX_FN_LINES: usize = 120;

/// Generated data, exempt from both limits: (path under the crate root, reason).
const EXEMPT: &[(&str, &str)] = &[(
    "src/generate/names.rs",
    "the synthetic province's name tables: generated lists of given names, family names, \
     places and titles, read as data and never edited by hand",
)];

/// Files and functions still over a limit while work in progress splits them, each with its
/// length today: `("path", None, lines)` for a file, `("path", Some("fn"), lines)` for a
/// function. Delete a line once it is split (the test prints the lines no longer needed).
#[rustfmt::skip]
const ALLOWED: &[(&str, Option<&str>, usize)] = &[];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, in path order.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// One function found in a file: its name, the 1-based line of its `fn` and its length.
#[derive(Debug)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
}

/// The code of `text` with comments and the insides of literals blanked out (newlines
/// kept), so braces and `fn` can be found by plain scanning.
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && next == Some('r')))
            && !prev_is_ident(&b, i)
            && raw_string_hashes(&b, if c == 'b' { i + 2 } else { i + 1 }).is_some()
        {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = raw_string_hashes(&b, start).unwrap_or(0);
            let body = start + hashes + 1;
            for _ in i..body {
                out.push(' ');
            }
            i = body;
            while i < b.len() {
                if b[i] == '"' && (1..=hashes).all(|k| b.get(i + k) == Some(&'#')) {
                    for _ in 0..=hashes {
                        out.push(' ');
                    }
                    i += hashes + 1;
                    break;
                }
                out.push(blank(b[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < b.len() {
                if b[i] == '\\' {
                    out.push(' ');
                    if let Some(&e) = b.get(i + 1) {
                        out.push(blank(e));
                    }
                    i += 2;
                } else if b[i] == '"' {
                    out.push(' ');
                    i += 1;
                    break;
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if next == Some('\\') {
                let mut j = i + 2;
                while j < b.len() && b[j] != '\'' {
                    j += 1;
                }
                for _ in i..=j.min(b.len() - 1) {
                    out.push(' ');
                }
                i = j + 1;
            } else if b.get(i + 2) == Some(&'\'') {
                out.push_str("   ");
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// The number of `#` before the opening quote of a raw string starting at `at`, if any.
fn raw_string_hashes(b: &[char], at: usize) -> Option<usize> {
    let mut k = at;
    while b.get(k) == Some(&'#') {
        k += 1;
    }
    (b.get(k) == Some(&'"')).then_some(k - at)
}

/// Every function with a body in `text`, with its length in lines.
fn functions(text: &str) -> Vec<Function> {
    let code = code_only(text);
    let chars: Vec<char> = code.chars().collect();
    let mut line_of = Vec::with_capacity(chars.len());
    let mut line = 1;
    for &c in &chars {
        line_of.push(line);
        if c == '\n' {
            line += 1;
        }
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < chars.len() {
        let is_fn = chars[i] == 'f'
            && chars[i + 1] == 'n'
            && chars[i + 2].is_whitespace()
            && !prev_is_ident(&chars, i);
        if !is_fn {
            i += 1;
            continue;
        }
        let mut j = i + 3;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        let name: String = chars[j..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        // The body starts at the first `{` outside parentheses, brackets and generics'
        // defaults; a `;` first means a declaration without a body.
        let mut k = j + name.len();
        let mut paren = 0i32;
        let mut body = None;
        while k < chars.len() {
            match chars[k] {
                '(' | '[' => paren += 1,
                ')' | ']' => paren -= 1,
                ';' if paren == 0 => break,
                '{' if paren == 0 => {
                    body = Some(k);
                    break;
                }
                _ => {}
            }
            k += 1;
        }
        if let Some(open) = body {
            let mut depth = 0;
            let mut end = open;
            for (m, &c) in chars.iter().enumerate().skip(open) {
                if c == '{' {
                    depth += 1;
                } else if c == '}' {
                    depth -= 1;
                    if depth == 0 {
                        end = m;
                        break;
                    }
                }
            }
            found.push(Function {
                name,
                line: line_of[i],
                lines: line_of[end] - line_of[i] + 1,
            });
        }
        i += 3;
    }
    found
}

/// Whether `path` (relative, with `/`) is exempt generated data.
fn exempt(path: &str) -> bool {
    EXEMPT.iter().any(|(p, _)| *p == path)
}

#[test]
fn no_file_or_function_is_over_the_limits() {
    let root = root();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("benches"), &mut files);
    let mut over = Vec::new();
    let mut used = vec![false; ALLOWED.len()];
    let mut allowed = |path: &str, func: Option<&str>| {
        let hit = ALLOWED
            .iter()
            .position(|(p, f, _)| *p == path && *f == func);
        if let Some(k) = hit {
            used[k] = true;
        }
        hit.is_some()
    };
    for file in &files {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if exempt(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES && !allowed(&rel, None) {
            over.push(format!("{rel}: {lines} lines (limit {MAX_FILE_LINES})"));
        }
        for f in functions(&text) {
            if f.lines > MAX_FN_LINES && !allowed(&rel, Some(&f.name)) {
                over.push(format!(
                    "{rel}:{}: fn {} is {} lines (limit {MAX_FN_LINES})",
                    f.line, f.name, f.lines
                ));
            }
        }
    }
    let stale: Vec<String> = ALLOWED
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|((p, f, n), _)| match f {
            Some(f) => format!("({p:?}, Some({f:?}), {n})"),
            None => format!("({p:?}, None, {n})"),
        })
        .collect();
    if !stale.is_empty() {
        println!(
            "ALLOWED lines no longer needed (delete them):\n  {}",
            stale.join("\n  ")
        );
    }
    assert!(
        over.is_empty(),
        "over the size limits (split by concept, or move a `mod tests` to a sibling \
         `tests.rs`):\n  {}",
        over.join("\n  ")
    );
}

#[test]
fn the_scanner_measures_a_function_from_fn_to_its_closing_brace() {
    let text = "fn a() {\n    let s = \"}{\";\n    let c = '}';\n    // }\n    /* { */\n}\n\
                fn b<'x>(v: &'x str) -> &'x str { v }\n\
                trait T { fn c(&self); fn d(&self) {\n let r = r#\"}\"#;\n } }\n";
    let found = functions(text);
    let got: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines))
        .collect();
    assert_eq!(got, vec![("a", 1, 6), ("b", 7, 1), ("d", 8, 3)]);
}
