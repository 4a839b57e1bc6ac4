//! The wasm build: each module (a crate under `wasm/`, one per mode) compiled twice for wasm32
//! (a SIMD and a scalar variant, each in its own target dir so switching RUSTFLAGS never
//! invalidates a cache; the two variants build side by side), then wasm-bindgen run in-process
//! into `www/pkg/<variant>/` (`<module>.js` + `<module>_bg.wasm`).

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
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

/// The wasm modules, in name order: each folder `wasm/<name>/` with a crate (package
/// `nnplay-<name>`). A page loads the module of the mode it shows (`www/shell/modes.js` says
/// which), the benchmark its own; `tests/layout_rules.rs` checks that each has its feature.
pub fn modules() -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(root().join("wasm"))
        .map(|dir| {
            dir.filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.join("Cargo.toml").is_file())
                .filter_map(|path| Some(path.file_name()?.to_str()?.to_string()))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Builds every module in both variants (the two variants at the same time, as each cargo
/// build of one module mostly keeps one core busy) and generates their bindings into
/// `www/pkg/{simd,scalar}/`.
pub fn build_all(profile: Profile) -> Result<()> {
    build(profile, None)
}

/// Builds the modules `only` names (all when `None`, clearing `www/pkg/<variant>/` first;
/// otherwise the other modules' files stay as they are).
pub fn build(profile: Profile, only: Option<&[String]>) -> Result<()> {
    let start = Instant::now();
    let all = modules();
    let modules: Vec<&str> = (all.iter().map(String::as_str))
        .filter(|m| only.is_none_or(|names| names.iter().any(|n| n == m)))
        .collect();
    anyhow::ensure!(!modules.is_empty(), "no wasm module to build under wasm/");
    let modules = &modules;
    let built: Vec<Result<Vec<PathBuf>>> = thread::scope(|scope| {
        let builds: Vec<_> = (VARIANTS.iter())
            .map(|variant| scope.spawn(move || compile_modules(variant, modules, profile)))
            .collect();
        (builds.into_iter())
            .map(|b| b.join().expect("a build thread panicked"))
            .collect()
    });
    for (variant, wasm_files) in VARIANTS.iter().zip(built) {
        let out_dir = root().join("www/pkg").join(variant.name);
        if only.is_none() && out_dir.exists() {
            fs::remove_dir_all(&out_dir)
                .with_context(|| format!("cannot clear {}", out_dir.display()))?;
        }
        let mut total = 0;
        for (module, wasm) in modules.iter().zip(wasm_files?) {
            bindgen(&wasm, module, &out_dir, profile)?;
            total += fs::metadata(out_dir.join(format!("{module}_bg.wasm")))?.len();
        }
        println!(
            "built www/pkg/{}/ ({} modules, {total} B of wasm)",
            variant.name,
            modules.len()
        );
    }
    println!("wasm built in {}", elapsed(start));
    Ok(())
}

/// Every module of one variant, one after the other; the paths of their `.wasm` files.
fn compile_modules(variant: &Variant, modules: &[&str], profile: Profile) -> Result<Vec<PathBuf>> {
    (modules.iter())
        .map(|module| compile(variant, module, profile))
        .collect()
}

/// `cargo build` of the module crate `nnplay-<module>` for wasm32; returns the path of its
/// `.wasm` file. Each module is a cargo invocation of its own, so that the library is built
/// with that module's feature only (one invocation would unify the features of all).
fn compile(variant: &Variant, module: &str, profile: Profile) -> Result<PathBuf> {
    let target_dir = root().join("target").join(format!("wasm-{}", variant.name));
    let mut cmd = cargo();
    let package = format!("nnplay-{module}");
    cmd.args(["build", "-p", &package, "--lib", "--target", TARGET]);
    cmd.arg("--target-dir").arg(&target_dir);
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
    let file = format!("nnplay_{module}.wasm");
    Ok(target_dir.join(TARGET).join(dir).join(file))
}

/// Runs wasm-bindgen (the library, so its version is the crate's) with the CLI's flags:
/// `--target web --no-typescript --out-name <module>`, plus section stripping for release.
fn bindgen(wasm: &Path, module: &str, out_dir: &Path, profile: Profile) -> Result<()> {
    let mut args: Vec<OsString> = ["wasm-bindgen", "--target", "web", "--no-typescript"]
        .map(OsString::from)
        .into();
    args.extend([OsString::from("--out-name"), module.into()]);
    if profile == Profile::Release {
        args.extend(["--remove-name-section", "--remove-producers-section"].map(OsString::from));
    }
    args.extend([OsString::from("--out-dir"), out_dir.into(), wasm.into()]);
    wasm_bindgen_cli::wasm_bindgen::run_cli_with_args(args)
        .with_context(|| format!("wasm-bindgen failed on {}", wasm.display()))
}
