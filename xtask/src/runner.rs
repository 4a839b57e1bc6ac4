//! `cargo xtask test-runner`: cargo's runner for wasm32 test binaries (`.cargo/config.toml`). It
//! is wasm-bindgen-test-runner (the library, same version as the crate) pointed at Chromium.

use std::env;
use std::ffi::OsString;
use std::fs;

use anyhow::{Context, Result};

use crate::util::{chromedriver, chromium, root};

/// The Chromium flags for the wasm tests; the runner adds `headless`, `no-sandbox` and
/// `disable-dev-shm-usage` itself. The background-networking ones stop Chromium from trying to
/// reach Google from a closed network.
const CHROME_ARGS: &str = r#"["disable-gpu", "disable-quic", "no-first-run",
    "disable-background-networking", "disable-component-update", "disable-sync"]"#;

/// Drivers the user may have chosen explicitly (then we leave the set-up alone).
const OTHER_DRIVERS: [&str; 6] = [
    "GECKODRIVER",
    "GECKODRIVER_REMOTE",
    "SAFARIDRIVER",
    "SAFARIDRIVER_REMOTE",
    "MSEDGEDRIVER",
    "MSEDGEDRIVER_REMOTE",
];

/// Runs the test binary given by cargo (and its arguments) in headless Chromium. `--quiet`/`-q`
/// are dropped because the runner rejects them (`cargo test -q` passes them on).
pub fn test_runner(args: Vec<OsString>) -> Result<()> {
    if !OTHER_DRIVERS.iter().any(|v| env::var_os(v).is_some()) {
        configure_chrome()?;
    }
    let args = args.into_iter().filter(|a| a != "--quiet" && a != "-q");
    let argv = std::iter::once(OsString::from("wasm-bindgen-test-runner")).chain(args);
    wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(argv)
}

/// Pins the runner to chromedriver (even if a geckodriver is on PATH) and to `$CHROMIUM`, through
/// the environment variables it reads, unless the user set them.
fn configure_chrome() -> Result<()> {
    if env::var_os("CHROMEDRIVER").is_none() {
        if let Some(driver) = chromedriver() {
            set_env("CHROMEDRIVER", driver.as_os_str());
        }
    }
    if env::var_os("WASM_BINDGEN_TEST_WEBDRIVER_JSON").is_some() {
        return Ok(());
    }
    let binary = chromium();
    let binary = match binary.to_str() {
        Some(path) if binary.is_file() => format!(r#""binary": "{}", "#, json_escape(path)),
        _ => String::new(), // chromedriver then looks for Chromium itself
    };
    let json = format!(r#"{{"goog:chromeOptions": {{{binary}"args": {CHROME_ARGS}}}}}"#);
    let path = root().join("target/xtask/webdriver.json");
    fs::create_dir_all(path.parent().expect("has a parent"))?;
    fs::write(&path, json).with_context(|| format!("cannot write {}", path.display()))?;
    set_env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", path.as_os_str());
    Ok(())
}

/// `s` with the characters that cannot appear raw in a JSON string escaped.
fn json_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn set_env(key: &str, value: &std::ffi::OsStr) {
    // SAFETY: called from `main`'s thread before the runner starts any thread, so nothing can
    // read the environment concurrently.
    unsafe { env::set_var(key, value) }
}
