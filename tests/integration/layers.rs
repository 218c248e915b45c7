//! The layers the tree shows: the import edges between the top-level modules of `src/`
//! (`use crate::x`, `crate::x::` paths, the crate-root macros of `lang`) form no cycle and
//! follow the layering of `docs/architecture.md`:
//!
//! ```text
//! lang <- domain <- settings <- store <- app <- ui <- tui
//!   env (lang only) and generate (domain) sit low; input sits below app;
//!   cli uses app, store, domain, settings, lang (never ui or tui)
//!   launch (the entry point's app launcher) on top of cli and tui
//! ```
//!
//! Test code (`tests.rs`, `*_tests.rs`, a `#[cfg(test)]` module) and comments are not read:
//! a test may build what it checks from any layer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What each top-level module may import (besides itself).
const ALLOWED: &[(&str, &[&str])] = &[
    ("lang", &[]),
    ("env", &["lang"]),
    ("domain", &["lang"]),
    ("generate", &["domain", "lang"]),
    ("settings", &["domain", "lang"]),
    ("store", &["domain", "env", "lang", "settings"]),
    ("input", &["domain", "lang", "settings"]),
    (
        "app",
        &["domain", "env", "input", "lang", "settings", "store"],
    ),
    (
        "ui",
        &["app", "domain", "env", "input", "lang", "settings", "store"],
    ),
    (
        "cli",
        &[
            "app", "domain", "env", "generate", "input", "lang", "settings", "store",
        ],
    ),
    (
        "tui",
        &[
            "app", "domain", "env", "generate", "input", "lang", "settings", "store", "ui",
        ],
    ),
    // The entry point's launcher of the full-screen app: reads what `cli` parsed and runs
    // the runtime; nothing imports it.
    (
        "launch",
        &[
            "app", "cli", "domain", "env", "input", "lang", "settings", "store", "tui", "ui",
        ],
    ),
];

/// Arrows that exist today against the layering, each being removed by work in progress.
/// Delete a line once its arrow is gone (the test prints the lines no longer needed).
const KNOWN_VIOLATIONS: &[(&str, &str)] = &[];

/// Crate-root macros and the module that defines them.
const MACROS: &[(&str, &str)] = &[("msg", "lang"), ("tr", "lang")];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The top-level module a file under `src/` belongs to (`None`: the crate root files).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    match name {
        "lib" | "main" => None,
        n => Some(n.to_owned()),
    }
}

fn is_test_file(path: &Path) -> bool {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem == "tests" || stem.ends_with("_tests")
}

/// The code of a file without comments and test modules.
fn code_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        if t.starts_with("#[cfg(test)]") {
            match lines.peek() {
                // A test module written here: the tests sit at the end of the file.
                Some(next) if next.contains("mod ") && next.trim_end().ends_with('{') => break,
                // A test-only item on one line (`mod tests;`, a `use`): skip it.
                _ => {
                    lines.next();
                    continue;
                }
            }
        }
        out.push(line);
    }
    out
}

/// The top-level modules a line names through `crate::`.
fn named(line: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        // `$crate::` in a macro, or a longer word ending in `crate`.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end].split(',').map(|s| ident(s.trim())).collect()
        } else {
            vec![ident(rest)]
        };
        for n in names {
            let m = MACROS
                .iter()
                .find(|(mac, _)| *mac == n)
                .map_or(n.clone(), |(_, m)| (*m).to_owned());
            if modules.contains(&m) {
                found.insert(m);
            }
        }
    }
    found
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Every edge `from -> to` between top-level modules, with one place that makes it.
fn edges() -> BTreeMap<(String, String), String> {
    let root = src();
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("src/lib.rs");
    let modules: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';').to_owned())
        .collect();
    assert!(
        modules.contains("lang") && modules.contains("tui"),
        "{modules:?}"
    );
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&root).expect("under src").to_path_buf();
        let Some(from) = module_of(&rel) else {
            continue;
        };
        if is_test_file(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        for line in code_lines(&text) {
            for to in named(line, &modules) {
                if to != from {
                    out.entry((from.clone(), to)).or_insert_with(|| {
                        let code: String = line.trim().chars().take(100).collect();
                        format!("src/{}: {code}", rel.display())
                    });
                }
            }
        }
    }
    out
}

fn listing(edges: &BTreeMap<(String, String), String>) -> String {
    edges
        .iter()
        .map(|((a, b), at)| format!("  {a} -> {b}    ({at})\n"))
        .collect()
}

/// A cycle in the graph, if there is one (depth-first search with colours).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_owned(), 1);
        path.push(n.to_owned());
        for m in graph.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let from = path.iter().position(|p| p == m).unwrap_or(0);
                    let mut c = path[from..].to_vec();
                    c.push(m.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(m, graph, state, path) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(n.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            let mut path = Vec::new();
            if let Some(c) = visit(n, graph, &mut state, &mut path) {
                return Some(c);
            }
        }
    }
    None
}

fn known(a: &str, b: &str) -> bool {
    KNOWN_VIOLATIONS.iter().any(|&(x, y)| x == a && y == b)
}

#[test]
fn no_new_arrow_goes_against_the_layers() {
    let all = edges();
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut unlisted = BTreeSet::new();
    let forbidden: BTreeMap<(String, String), String> = all
        .iter()
        .filter(|((a, b), _)| {
            let Some(may) = allowed.get(a.as_str()) else {
                unlisted.insert(a.clone());
                return true;
            };
            !may.contains(&b.as_str()) && !known(a, b)
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let gone: Vec<String> = KNOWN_VIOLATIONS
        .iter()
        .filter(|(a, b)| !all.contains_key(&((*a).to_owned(), (*b).to_owned())))
        .map(|(a, b)| format!("{a} -> {b}"))
        .collect();
    if !gone.is_empty() {
        println!("KNOWN_VIOLATIONS no longer needed (delete them): {gone:?}");
    }
    assert!(
        forbidden.is_empty(),
        "arrows against the layers (modules without a rule: {unlisted:?}):\n{}\nall edges:\n{}",
        listing(&forbidden),
        listing(&all)
    );
}

#[test]
fn the_modules_form_no_cycle_apart_from_the_known_violations() {
    let all = edges();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in all.keys() {
        graph.entry(b.clone()).or_default();
        if !known(a, b) {
            graph.entry(a.clone()).or_default().insert(b.clone());
        }
    }
    if let Some(c) = cycle(&graph) {
        panic!(
            "a cycle between modules: {}\nall edges:\n{}",
            c.join(" -> "),
            listing(&all)
        );
    }
}

#[test]
fn the_scanner_sees_paths_groups_and_macros() {
    let modules: BTreeSet<String> = ["app", "lang", "store", "ui"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let got = named(
        "use crate::{app::X, store}; let _ = crate::msg!(\"a\"); $crate::ui::x(); notcrate::ui",
        &modules,
    );
    let want: BTreeSet<String> = ["app", "lang", "store"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(got, want);
    let code = "use crate::app;\n// crate::ui in a comment\n#[cfg(test)]\nmod tests {\n    use crate::ui;\n}\n";
    assert_eq!(code_lines(code), vec!["use crate::app;"]);
}
