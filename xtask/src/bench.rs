//! `cargo xtask bench`: the peer benchmark (`$BENCH_PEERS`, default `../shared/bench-peers`)
//! run with our release wasm as the extra peer `ours`; results in `target/bench/results.json`.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, id};
use std::time::Instant;
use std::{env, fs};

use anyhow::{Context, Result, bail};

use crate::util::{copy_dir, elapsed, root, run};
use crate::wasm::{Profile, build_all};

/// Copies the benchmark to a temporary folder (the original may be read-only), adds our adapter
/// with the generated bindings beside it, runs `bash run.sh --peer ours=... <args>` there, and
/// keeps `out/results.json`. The temporary folder is removed on success.
pub fn bench(args: &[OsString]) -> Result<()> {
    let start = Instant::now();
    let adapter = root().join("bench/adapter.js");
    if !adapter.is_file() {
        bail!(
            "{} is missing: it is our peer for the benchmark",
            adapter.display()
        );
    }
    let peers = peers_dir();
    if !peers.join("run.sh").is_file() {
        bail!(
            "no benchmark at {} (set $BENCH_PEERS to the bench-peers folder)",
            peers.display()
        );
    }
    crate::setup::wasm_target()?;
    build_all(Profile::Release)?;

    let work = env::temp_dir().join(format!("nnplay-bench-{}", id()));
    println!("copying {} to {}", peers.display(), work.display());
    copy_dir(&peers, &work, &["node_modules", "out"])?;
    let ours = work.join("ours");
    copy_dir(&root().join("www/pkg"), &ours.join("pkg"), &[])?;
    fs::copy(&adapter, ours.join("adapter.js")).context("cannot copy bench/adapter.js")?;

    // Two peers from the same adapter: the SIMD build ("ours") and the scalar build that
    // browsers without wasm SIMD load ("ours-scalar").
    let mut simd = OsString::from("ours=");
    simd.push(ours.join("adapter.js"));
    let mut scalar = OsString::from("ours-scalar=");
    scalar.push(ours.join("adapter.js"));
    scalar.push(r#",{"scalar":true}"#);
    let mut cmd = Command::new("bash");
    cmd.current_dir(&work)
        .arg("run.sh")
        .args(["--peer".into(), simd, "--peer".into(), scalar])
        .args(args);
    run(&mut cmd).with_context(|| {
        format!(
            "the benchmark failed; its copy is kept in {}",
            work.display()
        )
    })?;

    let results = root().join("target/bench/results.json");
    fs::create_dir_all(results.parent().expect("has a parent"))?;
    fs::copy(work.join("out/results.json"), &results).with_context(|| {
        format!(
            "no out/results.json in {} (was --out given?)",
            work.display()
        )
    })?;
    fs::remove_dir_all(&work).ok();
    println!(
        "results: {} (bench took {})",
        results.display(),
        elapsed(start)
    );
    Ok(())
}

/// `$BENCH_PEERS`, or `../shared/bench-peers` relative to the repo root.
fn peers_dir() -> PathBuf {
    match env::var_os("BENCH_PEERS") {
        Some(dir) => root().join(dir), // an absolute path replaces the root
        None => root().join("../shared/bench-peers"),
    }
}
