//! The node tools of `cargo xtask dist`: binaryen's `wasm-opt` (Debian's binaryen is too
//! old) and esbuild, pinned by `xtask/npm-tools/package-lock.json` and installed
//! once with `npm ci` into `target/tools/npm/`; offline after that.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::util::{find_program, root, run};

/// The installed file `relative` (e.g. `node_modules/esbuild/bin/esbuild`), installing the
/// tools first when it is missing.
pub fn tool(relative: &str) -> Result<PathBuf> {
    let dir = root().join("target/tools/npm");
    let path = dir.join(relative);
    if path.is_file() {
        return Ok(path);
    }
    if find_program("npm".as_ref()).is_none() || find_program("node".as_ref()).is_none() {
        bail!("`cargo xtask dist` runs wasm-opt and esbuild with node: install nodejs and npm");
    }
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for name in ["package.json", "package-lock.json"] {
        fs::copy(root().join("xtask/npm-tools").join(name), dir.join(name))
            .with_context(|| format!("cannot copy xtask/npm-tools/{name}"))?;
    }
    run(Command::new("npm").current_dir(&dir).args([
        "ci",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
    ]))?;
    if !path.is_file() {
        bail!("npm installed the tools, but {} is missing", path.display());
    }
    Ok(path)
}
