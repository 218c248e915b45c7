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

/// `cargo metadata` of the lock file, offline. A fresh clone has downloaded only the packages
/// of the platform it builds on; then the others (Windows-only crates) are left out rather
/// than fetched, and CI, whose `cargo deny` fetches every platform's, checks them all.
fn metadata(filter: Option<&str>) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["metadata", "--format-version", "1", "--locked", "--offline"]);
    if let Some(host) = filter {
        cmd.args(["--filter-platform", host]);
    }
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs")
}

/// The platform rustc builds for (`x86_64-unknown-linux-gnu`).
fn host() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(rustc)
        .arg("-vV")
        .output()
        .expect("rustc -vV runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc names its host")
        .to_string()
}

#[test]
fn no_dependency_needs_a_newer_rust_than_we_declare() {
    let mut out = metadata(None);
    if !out.status.success() {
        out = metadata(Some(&host()));
    }
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
