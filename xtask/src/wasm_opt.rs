//! binaryen's `wasm-opt` for the shipped wasm (the npm package `binaryen`, a node script,
//! installed by [`crate::npm_tools`]).

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::npm_tools;
use crate::util::run;

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
    let script = npm_tools::tool("node_modules/binaryen/bin/wasm-opt")?;
    let mut cmd = Command::new("node");
    cmd.arg(script).arg(LEVEL).args(FEATURES);
    if simd {
        cmd.arg("--enable-simd");
    }
    cmd.arg(input).arg("-o").arg(output);
    run(&mut cmd).with_context(|| format!("wasm-opt failed on {}", input.display()))
}
