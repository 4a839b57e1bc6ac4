//! The wasm build: `nnplay` compiled twice for wasm32 (a SIMD and a scalar variant, each in its
//! own target dir so switching RUSTFLAGS never invalidates a cache), then wasm-bindgen run
//! in-process into `www/pkg/<variant>/` (`nnplay.js` + `nnplay_bg.wasm`).

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::util::{cargo, elapsed, root, run};

/// The compilation target of the playground's core.
pub const TARGET: &str = "wasm32-unknown-unknown";

/// Which cargo profile to build the wasm with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Profile {
    /// Optimised, name and producers sections stripped: what is served and benchmarked.
    Release,
    /// Unoptimised with names kept, for readable stack traces (`--dev`).
    Dev,
}

/// One build of the crate: the folder name under `www/pkg/` and the extra rustc flags.
pub struct Variant {
    /// `simd` or `scalar`: the folder under `www/pkg/` and `target/wasm-<name>`.
    pub name: &'static str,
    /// Added to `RUSTFLAGS` for this variant.
    pub rustflags: &'static str,
}

/// The two variants; which one a page loads is the shell's choice (feature-detect SIMD).
pub const VARIANTS: [Variant; 2] = [
    Variant {
        name: "simd",
        rustflags: "-C target-feature=+simd128",
    },
    Variant {
        name: "scalar",
        rustflags: "",
    },
];

/// Added to `RUSTFLAGS` for release builds. LLVM's inlining threshold (default 225 at
/// opt-level 3) lowered to 50: the dense kernels are `#[inline(always)]` and keep their speed
/// (same-run benchmark: epochs, grids and GAN iterations within noise of the default), while
/// the rest of the module (UI drawing, parsing, formatting) shrinks by about 9 KB gzipped per
/// build; the results are bit for bit the same.
const RELEASE_RUSTFLAGS: &str = "-C llvm-args=-inline-threshold=50";

/// Builds both variants and generates their bindings into `www/pkg/{simd,scalar}/`.
pub fn build_all(profile: Profile) -> Result<()> {
    for variant in &VARIANTS {
        let start = Instant::now();
        let wasm = compile(variant, profile)?;
        let out_dir = root().join("www/pkg").join(variant.name);
        bindgen(&wasm, &out_dir, profile)?;
        let size = fs::metadata(out_dir.join("nnplay_bg.wasm"))?.len();
        println!(
            "built www/pkg/{}/ ({size} B of wasm) in {}",
            variant.name,
            elapsed(start)
        );
    }
    Ok(())
}

/// `cargo build` of the `nnplay` library for wasm32; returns the path of the `.wasm` file.
fn compile(variant: &Variant, profile: Profile) -> Result<PathBuf> {
    let target_dir = root().join("target").join(format!("wasm-{}", variant.name));
    let mut cmd = cargo();
    cmd.args([
        "build",
        "-p",
        "nnplay",
        "--lib",
        "--target",
        TARGET,
        "--target-dir",
    ]);
    cmd.arg(&target_dir);
    if profile == Profile::Release {
        cmd.arg("--release");
    }
    let mut flags = vec![std::env::var("RUSTFLAGS").unwrap_or_default()];
    flags.push(variant.rustflags.to_string());
    if profile == Profile::Release {
        flags.push(RELEASE_RUSTFLAGS.to_string());
    }
    // Appended to the caller's RUSTFLAGS, which would otherwise be replaced.
    let flags = flags
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !flags.is_empty() {
        cmd.env("RUSTFLAGS", flags);
    }
    run(&mut cmd)?;
    let dir = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    Ok(target_dir.join(TARGET).join(dir).join("nnplay.wasm"))
}

/// Runs wasm-bindgen (the library, so its version is the crate's) with the CLI's flags:
/// `--target web --no-typescript`, plus section stripping for release. Clears `out_dir` first
/// so no stale snippet survives.
fn bindgen(wasm: &Path, out_dir: &Path, profile: Profile) -> Result<()> {
    if out_dir.exists() {
        fs::remove_dir_all(out_dir)
            .with_context(|| format!("cannot clear {}", out_dir.display()))?;
    }
    let mut args: Vec<OsString> = ["wasm-bindgen", "--target", "web", "--no-typescript"]
        .map(OsString::from)
        .into();
    if profile == Profile::Release {
        args.extend(["--remove-name-section", "--remove-producers-section"].map(OsString::from));
    }
    args.extend([OsString::from("--out-dir"), out_dir.into(), wasm.into()]);
    wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(args)
        .with_context(|| format!("wasm-bindgen failed on {}", wasm.display()))
}
