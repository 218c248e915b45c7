//! The `rust-version` in `Cargo.toml` is honest: no package in the lock file declares a newer
//! one (`cargo metadata`), and it is at least what edition 2024 needs. Clippy's
//! `incompatible_msrv` lint, which reads the same field, checks our own use of the standard
//! library; together they stand in for a build on the old toolchain, which CI cannot
//! download.

use std::process::Command;

/// `1.85` or `1.85.0` as numbers (a missing part is 0).
fn version(v: &str) -> (u64, u64, u64) {
    let mut parts = v.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    let mut next = || parts.next().unwrap_or(0);
    (next(), next(), next())
}

#[test]
fn no_dependency_needs_a_newer_rust_than_we_declare() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let ours = version(env!("CARGO_PKG_RUST_VERSION"));
    assert!(ours >= (1, 85, 0), "edition 2024 needs Rust 1.85");
    let packages = meta["packages"].as_array().expect("a package list");
    assert!(packages.len() > 10, "the dependency tree was read");
    let newer: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            (version(needs) > ours).then(|| {
                format!(
                    "{} {} needs {needs}",
                    p["name"].as_str().unwrap_or("?"),
                    p["version"].as_str().unwrap_or("?")
                )
            })
        })
        .collect();
    assert!(
        newer.is_empty(),
        "raise rust-version ({}) in Cargo.toml: {newer:?}",
        env!("CARGO_PKG_RUST_VERSION")
    );
}
