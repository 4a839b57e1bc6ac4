//! `cargo xtask test`: every check in one command. Each stage prints a header and its duration;
//! the tests counted in all stages end in one line `N passed, M failed` that CI reads.

use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::counts::{Counts, cargo_counts, tap_counts};
use crate::util::{cargo, elapsed, is_root, root, run, run_tee};
use crate::wasm::{Profile, TARGET, build_all};
use crate::{serve, setup, site};

/// How one stage ended: the tests it counted, and whether it succeeded as a whole.
struct Outcome {
    counts: Counts,
    ok: bool,
}

/// A stage without tests (fmt, clippy, build) that succeeded.
fn done((): ()) -> Outcome {
    Outcome {
        counts: Counts::default(),
        ok: true,
    }
}

/// A test stage whose runner exited with `success` after `counts`. When `need_some`, running no
/// test at all is a failure too (tests exist, so none means they were not picked up).
fn tested(counts: Counts, success: bool, need_some: bool) -> Outcome {
    let none = need_some && counts.passed + counts.failed == 0;
    if none {
        eprintln!("error: no test ran");
    }
    Outcome {
        counts,
        ok: success && counts.failed == 0 && !none,
    }
}

/// The stages run so far and the running totals.
#[derive(Default)]
struct Report {
    rows: Vec<(&'static str, &'static str, Duration)>,
    total: Counts,
}

impl Report {
    /// Runs one stage between a header and a footer line; returns whether it succeeded. A stage
    /// that fails without a failed test (fmt, clippy, a compile error) counts as one failure.
    fn stage(&mut self, name: &'static str, body: impl FnOnce() -> Result<Outcome>) -> bool {
        println!("\n===== {name}");
        let start = Instant::now();
        let Outcome { mut counts, ok } = body().unwrap_or_else(|e| {
            eprintln!("error: {e:#}");
            Outcome {
                counts: Counts::default(),
                ok: false,
            }
        });
        if !ok && counts.failed == 0 {
            counts.failed = 1;
        }
        let status = if ok { "ok" } else { "FAILED" };
        let tests = format!("{} passed, {} failed", counts.passed, counts.failed);
        println!("===== {name}: {status} ({tests}) in {}", elapsed(start));
        self.rows.push((name, status, start.elapsed()));
        self.total.passed += counts.passed;
        self.total.failed += counts.failed;
        ok
    }

    fn skip(&mut self, name: &'static str, why: &str) {
        println!("\n===== {name}: skipped ({why})");
        self.rows.push((name, "skipped", Duration::ZERO));
    }

    /// Prints the table of stages and, last, the summary line; fails if anything failed.
    fn finish(self) -> ExitCode {
        println!("\nstage          result    time");
        for (name, status, time) in &self.rows {
            println!("{name:<14} {status:<9} {:>5.1} s", time.as_secs_f64());
        }
        let Counts { passed, failed } = self.total;
        println!("{passed} passed, {failed} failed");
        if failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// Runs set-up, fmt, clippy, native tests, wasm tests, the release build and the e2e tests. Only
/// a failed set-up stops early; otherwise every stage runs so one run shows every problem.
pub fn test() -> ExitCode {
    let mut report = Report::default();
    let set_up = || {
        setup::wasm_target()?;
        setup::browser()?;
        setup::e2e_packages().map(done)
    };
    if !report.stage("set-up", set_up) {
        return report.finish();
    }
    report.stage("fmt", || {
        run(cargo().args(["fmt", "--all", "--check"])).map(done)
    });
    report.stage("clippy", clippy);
    report.stage("native tests", || cargo_test(&["--workspace"], false));
    if has_wasm_tests() {
        // `--tests` leaves out doctests: in a wasm build they all say "no tests to run!".
        let args = ["-p", "nnplay", "--tests", "--target", TARGET];
        report.stage("wasm tests", || cargo_test(&args, true));
        // The same tests in the SIMD build (its own target dir, so neither build invalidates
        // the other): they check it trains bit for bit like the scalar and native builds.
        let simd_dir = root().join("target/wasm-simd-test");
        let simd_dir = simd_dir.to_string_lossy().into_owned();
        let simd_args = [&args[..], &["--target-dir", &simd_dir]].concat();
        report.stage("wasm tests (SIMD)", || simd_test(&simd_args));
        // The same tests in a second engine: Firefox, through geckodriver.
        report.stage("wasm tests (Firefox)", || {
            let mut cmd = cargo();
            cmd.env("GECKODRIVER", setup::firefox()?);
            cargo_test_with(cmd, &args, true)
        });
    } else {
        report.skip(
            "wasm tests",
            "no #[wasm_bindgen_test] in tests/*.rs or src/",
        );
    }
    if report.stage("build", || build_all(Profile::Release).map(done)) {
        report.stage("e2e", e2e);
    } else {
        report.skip("e2e", "the build failed");
    }
    report.finish()
}

/// Clippy on the workspace natively, then on the crate for wasm32 (the only build that sees
/// `src/web/`), with warnings denied.
fn clippy() -> Result<Outcome> {
    let deny = ["--", "-D", "warnings"];
    let native = run(cargo()
        .args(["clippy", "--workspace", "--all-targets"])
        .args(deny));
    let wasm_args = [
        "clippy",
        "-p",
        "nnplay",
        "--all-targets",
        "--target",
        TARGET,
    ];
    let wasm = run(cargo().args(wasm_args).args(deny));
    native.and(wasm).map(done)
}

/// `cargo test --no-fail-fast <args>` (every test binary runs, so the counts are complete),
/// counting its `test result:` lines.
fn cargo_test(args: &[&str], need_some: bool) -> Result<Outcome> {
    cargo_test_with(cargo(), args, need_some)
}

/// [`cargo_test`] with wasm SIMD enabled for the wasm32 target only (the nested `cargo run`
/// of the test runner builds xtask natively and must not see the flag).
fn simd_test(args: &[&str]) -> Result<Outcome> {
    let mut cmd = cargo();
    cmd.env(SIMD_RUSTFLAGS_VAR, "-C target-feature=+simd128");
    cargo_test_with(cmd, args, true)
}

fn cargo_test_with(mut cmd: Command, args: &[&str], need_some: bool) -> Result<Outcome> {
    let (status, text) = run_tee(cmd.args(["test", "--no-fail-fast"]).args(args))?;
    Ok(tested(cargo_counts(&text), status.success(), need_some))
}

/// Cargo's per-target RUSTFLAGS variable for wasm32-unknown-unknown.
const SIMD_RUSTFLAGS_VAR: &str = "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS";

/// Serves the repo on a free port and runs `node --test` in tests/e2e against it: spec report
/// on stdout, TAP into tests/e2e/out/report.tap for counting.
fn e2e() -> Result<Outcome> {
    let dir = root().join("tests/e2e");
    let tap = dir.join("out/report.tap");
    fs::create_dir_all(dir.join("out"))?;
    let _ = fs::remove_file(&tap);
    let addr = serve::spawn("127.0.0.1:0", root())?;
    // The example course site, built around a fresh dist folder, on a second server.
    let site_root = site::build()?;
    let site_addr = serve::spawn("127.0.0.1:0", site_root.clone())?;
    let dist_dir = root().join("target/site/src/assets/nn-playground");
    let mut cmd = Command::new("node");
    cmd.current_dir(&dir)
        .env("PLAY_URL", format!("http://{addr}/"))
        .env("SITE_URL", format!("http://{site_addr}{}/", site::BASEURL))
        .env("DIST_DIR", dist_dir);
    engines(&mut cmd)?;
    cmd.args([
        "--test",
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
    ]);
    cmd.args([
        "--test-reporter=tap",
        "--test-reporter-destination=out/report.tap",
    ]);
    let (status, _) = run_tee(&mut cmd)?;
    let counts = tap_counts(&fs::read_to_string(&tap).unwrap_or_default());
    Ok(tested(counts, status.success(), true))
}

/// Installs (when root) and locates the other engines of engines.test.mjs, passing their paths
/// through env vars: FIREFOX and GECKODRIVER; WEBKIT_DRIVER, WEBKIT_BROWSER and XVFB_RUN. When
/// we are not root and one is missing, its test is skipped with the reason (FIREFOX_SKIP,
/// WEBKIT_SKIP); as root, a failed install fails the stage.
fn engines(cmd: &mut Command) -> Result<()> {
    let start = Instant::now();
    let firefox = setup::firefox().and_then(|geckodriver| {
        let firefox = setup::firefox_binary()
            .ok_or_else(|| anyhow::anyhow!("no Firefox: $FIREFOX, firefox-esr or firefox"))?;
        Ok((firefox, geckodriver))
    });
    match firefox {
        Ok((firefox, geckodriver)) => cmd.env("FIREFOX", firefox).env("GECKODRIVER", geckodriver),
        Err(e) if !is_root() => cmd.env("FIREFOX_SKIP", format!("{e:#}")),
        Err(e) => return Err(e),
    };
    match setup::webkit() {
        Ok(webkit) => cmd
            .env("WEBKIT_DRIVER", webkit.driver)
            .env("WEBKIT_BROWSER", webkit.browser)
            .env("XVFB_RUN", webkit.xvfb_run),
        Err(e) if !is_root() => cmd.env("WEBKIT_SKIP", format!("{e:#}")),
        Err(e) => return Err(e),
    };
    println!("engines for engines.test.mjs ready in {}", elapsed(start));
    Ok(())
}

/// Whether any `tests/*.rs` or any file under `src/` mentions `wasm_bindgen_test`.
fn has_wasm_tests() -> bool {
    fn any_rs(dir: &Path, recursive: bool) -> bool {
        let Ok(entries) = fs::read_dir(dir) else {
            return false;
        };
        entries.flatten().any(|e| {
            let path = e.path();
            if path.is_dir() {
                recursive && any_rs(&path, true)
            } else {
                path.extension().is_some_and(|x| x == "rs")
                    && fs::read_to_string(&path).is_ok_and(|s| s.contains("wasm_bindgen_test"))
            }
        })
    }
    any_rs(&root().join("tests"), false) || any_rs(&root().join("src"), true)
}
