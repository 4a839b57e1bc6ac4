//! binaryen's `wasm-opt` for the shipped wasm: the npm package `binaryen` (a node script;
//! Debian's binaryen is too old, TOOLCHAIN.md P4), pinned by `xtask/binaryen/package-lock.json`
//! and installed once with `npm ci` into `target/tools/binaryen/`; offline after that.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::util::{find_program, root, run};

/// The optimisation level. `-O3` was measured against `-Oz`, `-Os` and `-O2` on the release
/// wasm: it saves about 3.6 KB gzipped per build (of ~197 KB) with training as fast as before,
/// while `-Oz` saves 0.8 KB more but makes a GAN iteration ~20 % slower.
const LEVEL: &str = "-O3";

/// The wasm features rustc enables for wasm32-unknown-unknown (`rustc --print cfg`), which
/// wasm-opt must accept and may use; SIMD is added for the SIMD build only.
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Optimises `input` into `output` (they may be the same file); `simd` allows SIMD opcodes.
pub fn optimise(input: &Path, output: &Path, simd: bool) -> Result<()> {
    let script = installed()?;
    let mut cmd = Command::new("node");
    cmd.arg(script).arg(LEVEL).args(FEATURES);
    if simd {
        cmd.arg("--enable-simd");
    }
    cmd.arg(input).arg("-o").arg(output);
    run(&mut cmd).with_context(|| format!("wasm-opt failed on {}", input.display()))
}

/// The `wasm-opt` script, installed with `npm ci` from the committed lockfile when missing.
fn installed() -> Result<PathBuf> {
    let dir = root().join("target/tools/binaryen");
    let script = dir.join("node_modules/binaryen/bin/wasm-opt");
    if script.is_file() {
        return Ok(script);
    }
    if find_program("npm".as_ref()).is_none() || find_program("node".as_ref()).is_none() {
        bail!("`cargo xtask dist` runs binaryen's wasm-opt with node: install nodejs and npm");
    }
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for name in ["package.json", "package-lock.json"] {
        fs::copy(root().join("xtask/binaryen").join(name), dir.join(name))
            .with_context(|| format!("cannot copy xtask/binaryen/{name}"))?;
    }
    run(Command::new("npm").current_dir(&dir).args([
        "ci",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
    ]))?;
    if !script.is_file() {
        bail!(
            "npm installed binaryen, but {} is missing",
            script.display()
        );
    }
    Ok(script)
}
