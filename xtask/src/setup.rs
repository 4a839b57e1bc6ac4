//! Idempotent set-up before a command: the wasm32 target, Debian's Chromium and chromedriver for
//! the browser tests (installed with apt-get when we are root), Firefox ESR with geckodriver and
//! WebKitGTK with its WebDriver for the second and third engines, and the e2e npm packages.

use std::path::PathBuf;
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
pub fn firefox() -> Result<PathBuf> {
    if firefox_binary().is_none() {
        if !is_root() {
            bail!("the Firefox pass needs Firefox: `sudo apt-get install firefox-esr`");
        }
        apt_install("firefox-esr")?;
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

/// The Firefox binary: `$FIREFOX`, else `firefox-esr` or `firefox` on PATH.
pub fn firefox_binary() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FIREFOX") {
        return find_program(&path);
    }
    find_program("firefox-esr".as_ref()).or_else(|| find_program("firefox".as_ref()))
}

/// The Debian packages of the WebKitGTK engine test: `WebKitWebDriver` (its dependency
/// libwebkit2gtk-4.1-0 brings `MiniBrowser`), and `xvfb-run` for a display.
const WEBKIT_PACKAGES: &str = "webkit2gtk-driver xvfb xauth";

/// What drives WebKitGTK (Safari's engine) in the e2e engines test.
pub struct WebKit {
    /// `WebKitWebDriver`: `$WEBKIT_DRIVER`, else on PATH.
    pub driver: PathBuf,
    /// The browser it starts: `$WEBKIT_BROWSER`, else `/usr/lib/<arch>/webkit2gtk-4.x/MiniBrowser`.
    pub browser: PathBuf,
    /// `xvfb-run` (`$XVFB_RUN`, else on PATH), which gives the driver a display of its own.
    pub xvfb_run: PathBuf,
}

impl WebKit {
    fn find() -> Option<Self> {
        let program = |var: &str, name: &str| {
            find_program(&std::env::var_os(var).unwrap_or_else(|| name.into()))
        };
        Some(Self {
            driver: program("WEBKIT_DRIVER", "WebKitWebDriver")?,
            browser: match std::env::var_os("WEBKIT_BROWSER") {
                Some(path) => find_program(&path)?,
                None => mini_browser()?,
            },
            xvfb_run: program("XVFB_RUN", "xvfb-run")?,
        })
    }
}

/// Debian's MiniBrowser (in libwebkit2gtk-4.1-0, or -4.0-37), whatever the architecture.
fn mini_browser() -> Option<PathBuf> {
    let arches = std::fs::read_dir("/usr/lib").ok()?.flatten();
    let dirs: Vec<PathBuf> = arches.map(|e| e.path()).collect();
    ["webkit2gtk-4.1", "webkit2gtk-4.0"].iter().find_map(|api| {
        (dirs.iter().map(|d| d.join(api).join("MiniBrowser"))).find(|p| p.is_file())
    })
}

/// Makes sure WebKitWebDriver, MiniBrowser and xvfb-run exist, installing the Debian packages
/// when we are root (about half a minute), or failing with what to install.
pub fn webkit() -> Result<WebKit> {
    if let Some(found) = WebKit::find() {
        return Ok(found);
    }
    if !is_root() {
        bail!(
            "the WebKit engine test needs WebKitWebDriver, MiniBrowser and xvfb-run: \
             `sudo apt-get install {WEBKIT_PACKAGES}` (or set $WEBKIT_DRIVER, $WEBKIT_BROWSER, \
             $XVFB_RUN)"
        );
    }
    apt_install(WEBKIT_PACKAGES)?;
    match WebKit::find() {
        Some(found) => Ok(found),
        None => bail!("installed {WEBKIT_PACKAGES}, but found no WebKitWebDriver / MiniBrowser"),
    }
}

/// `apt-get update` then `apt-get install` of `packages` (as root), without recommends.
fn apt_install(packages: &str) -> Result<()> {
    let script = format!(
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends {packages}"
    );
    run(Command::new("sh").arg("-c").arg(script))
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
