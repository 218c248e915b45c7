//! Embeds the message resources: every `locales/<language>/*.ftl` file becomes a string in the
//! binary (`$OUT_DIR/locales.rs`), so adding a language is adding a folder. Cargo reruns this
//! when a file or folder under `locales/` changes.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| String::from("."));
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = fs::read_dir(&root)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    languages.retain(|p| p.is_dir());
    languages.sort();
    let mut out = String::from(
        "/// Every embedded resource: (language code, [(file name, Fluent source)]).\n\
         pub(crate) static SOURCES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for dir in languages {
        let Some(code) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        files.sort();
        let _ = writeln!(out, "    ({code:?}, &[");
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let path = file.display().to_string();
            let _ = writeln!(out, "        ({name:?}, include_str!({path:?})),");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
