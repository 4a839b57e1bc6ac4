//! Idempotent set-up before a command: the wasm32 target, Debian's Chromium and chromedriver for
//! the browser tests (installed with apt-get when we are root), and the e2e npm packages.

use std::process::Command;

use anyhow::{Result, bail};

use crate::util::{chromedriver, chromium, find_program, is_root, root, run};

/// The Debian packages that provide `/usr/bin/chromium` and `/usr/bin/chromedriver`.
const BROWSER_PACKAGES: &str = "chromium chromium-driver";

/// `rustup target add wasm32-unknown-unknown` (a no-op when it is installed already).
pub fn wasm_target() -> Result<()> {
    if find_program("rustup".as_ref()).is_none() {
        println!("rustup not found: assuming the wasm32-unknown-unknown target is installed");
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Makes sure Chromium (`$CHROMIUM`) and chromedriver (`$CHROMEDRIVER`) exist, installing the
/// Debian packages when we are root, or failing with what to install when we are not.
pub fn browser() -> Result<()> {
    if chromium().is_file() && chromedriver().is_some() {
        return Ok(());
    }
    if !is_root() {
        bail!(
            "Chromium and chromedriver are needed for the browser tests; install them with \
             `sudo apt-get install chromium chromium-driver` (Debian packages: {BROWSER_PACKAGES}), \
             or point $CHROMIUM and $CHROMEDRIVER at existing binaries"
        );
    }
    // `apt-get update` first: without it an old chromium from the release pocket can be picked.
    let script = format!(
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends {BROWSER_PACKAGES}"
    );
    run(Command::new("sh").arg("-c").arg(script))?;
    if !(chromium().is_file() && chromedriver().is_some()) {
        bail!("installed {BROWSER_PACKAGES}, but $CHROMIUM / $CHROMEDRIVER still point elsewhere");
    }
    Ok(())
}

/// Makes sure Debian's `jekyll` is there (it builds the example course site), installing it
/// when we are root, or failing with what to install.
pub fn jekyll() -> Result<()> {
    if find_program("jekyll".as_ref()).is_some() {
        return Ok(());
    }
    if !is_root() {
        bail!("the example site is built with Jekyll: `sudo apt-get install jekyll`");
    }
    let script = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                  apt-get install -y -qq --no-install-recommends jekyll";
    run(Command::new("sh").arg("-c").arg(script))
}

/// The geckodriver version built (from its crate) for the Firefox pass of the wasm tests.
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Makes sure Firefox (Debian's `firefox-esr`) and geckodriver exist for the second browser
/// engine, and returns geckodriver's path: `$GECKODRIVER`, else one on PATH, else one built
/// once into `target/tools/` with `cargo install` (about two minutes the first time).
pub fn firefox() -> Result<std::path::PathBuf> {
    if find_program("firefox".as_ref()).is_none() && find_program("firefox-esr".as_ref()).is_none()
    {
        if !is_root() {
            bail!("the Firefox pass needs Firefox: `sudo apt-get install firefox-esr`");
        }
        let script = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                      apt-get install -y -qq --no-install-recommends firefox-esr";
        run(Command::new("sh").arg("-c").arg(script))?;
    }
    if let Some(path) = std::env::var_os("GECKODRIVER") {
        return Ok(path.into());
    }
    if let Some(path) = find_program("geckodriver".as_ref()) {
        return Ok(path);
    }
    let tools = root().join("target/tools");
    let local = tools.join("bin/geckodriver");
    if !local.is_file() {
        run(
            Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
                .args([
                    "install",
                    "--quiet",
                    "geckodriver",
                    "--version",
                    GECKODRIVER_VERSION,
                    "--root",
                ])
                .arg(&tools),
        )?;
    }
    Ok(local)
}

/// `npm ci` in tests/e2e when its packages (playwright-core) are not installed yet.
pub fn e2e_packages() -> Result<()> {
    let dir = root().join("tests/e2e");
    if dir.join("node_modules/playwright-core").is_dir() {
        return Ok(());
    }
    if find_program("npm".as_ref()).is_none() {
        bail!("node and npm are needed for the e2e tests (Debian packages: nodejs npm)");
    }
    run(Command::new("npm")
        .current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund"]))
}
