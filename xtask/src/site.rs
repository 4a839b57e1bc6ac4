//! The example course site (`examples/jekyll/`, baseurl `/cours`): built with Debian's Jekyll
//! around a fresh `dist` folder, so the browser tests and `cargo xtask site` see exactly what
//! a course author would publish.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

use crate::util::{copy_dir, root, run};
use crate::{dist, serve, setup};

/// The site's base URL, as in its `_config.yml`.
pub const BASEURL: &str = "/cours";

/// Builds the site into `target/site/root/cours/` and returns `target/site/root` (serve that
/// folder: the site is then at `/cours/`).
pub fn build() -> Result<PathBuf> {
    setup::jekyll()?;
    let work = root().join("target/site");
    let (src, site_root) = (work.join("src"), work.join("root"));
    for dir in [&src, &site_root] {
        if dir.exists() {
            fs::remove_dir_all(dir).with_context(|| format!("cannot clear {}", dir.display()))?;
        }
    }
    copy_dir(
        &root().join("examples/jekyll"),
        &src,
        &["_site", ".jekyll-cache"],
    )?;
    dist::dist(Some(src.join("assets/nn-playground")), dist::Builds::Simd)?;
    let dest = site_root.join(BASEURL.trim_start_matches('/'));
    run(Command::new("jekyll")
        .args(["build", "--quiet", "--source"])
        .arg(&src)
        .arg("--destination")
        .arg(&dest)
        // Debian's jekyll runs Bundler when a Gemfile exists; the site has none.
        .env("JEKYLL_NO_BUNDLER_REQUIRE", "true"))?;
    Ok(site_root)
}

/// `cargo xtask site [--port N]`: builds the example site and serves it.
pub fn serve(port: u16) -> Result<()> {
    let site_root = build()?;
    let addr = serve::spawn(&format!("127.0.0.1:{port}"), site_root)?;
    println!("\n    the example course site is served at  http://{addr}{BASEURL}/\n");
    loop {
        std::thread::park();
    }
}
