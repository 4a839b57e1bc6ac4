//! `cargo xtask dist [--out DIR]`: the folder a course site copies (e.g. into
//! `assets/nn-playground/`): the element's modules, both wasm builds and the licence. Every
//! URL inside resolves relative to the entry script, so it works under any base path, and
//! nothing in it loads anything from elsewhere. Prints the sizes and warns past the budget.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use flate2::{Compression, write::GzEncoder};

use crate::util::root;
use crate::wasm::{Profile, VARIANTS, build_all};

/// The whole folder, gzipped file by file, must stay under this many bytes.
pub const BUDGET_GZIP_BYTES: u64 = 300 * 1024;

/// Builds the release wasm and assembles the folder at `out` (default `dist/nn-playground`).
pub fn dist(out: Option<PathBuf>) -> Result<PathBuf> {
    build_all(Profile::Release)?;
    let out = out.unwrap_or_else(|| root().join("dist/nn-playground"));
    assemble(&out)?;
    let (raw, gz) = sizes(&out)?;
    println!(
        "dist: {} — {} files, {raw} B, {gz} B gzipped (budget {BUDGET_GZIP_BYTES} B)",
        out.display(),
        files(&out)?.len()
    );
    if gz > BUDGET_GZIP_BYTES {
        // Reported, not fatal: the browser test of the size budget says it as well.
        println!(
            "warning: the dist folder is {gz} B gzipped, over the {BUDGET_GZIP_BYTES} B budget"
        );
    }
    Ok(out)
}

/// Copies the shell (`www/*.js`, `www/*.css`), the generated bindings and LICENSE into `out`,
/// replacing what was there.
fn assemble(out: &Path) -> Result<()> {
    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("cannot clear {}", out.display()))?;
    }
    fs::create_dir_all(out)?;
    let www = root().join("www");
    for entry in fs::read_dir(&www)? {
        let path = entry?.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_file() && matches!(ext, "js" | "css") {
            fs::copy(
                &path,
                out.join(path.file_name().expect("a file has a name")),
            )?;
        }
    }
    for variant in &VARIANTS {
        let (from, to) = (
            www.join("pkg").join(variant.name),
            out.join("pkg").join(variant.name),
        );
        fs::create_dir_all(&to)?;
        for name in ["nnplay.js", "nnplay_bg.wasm"] {
            fs::copy(from.join(name), to.join(name))
                .with_context(|| format!("cannot copy {}", from.join(name).display()))?;
        }
    }
    fs::copy(root().join("LICENSE"), out.join("LICENSE")).context("cannot copy LICENSE")?;
    Ok(())
}

/// Every file below `dir`.
fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else {
            found.push(path);
        }
    }
    Ok(found)
}

/// (raw bytes, gzipped bytes) of the folder, each file compressed on its own as a server
/// would send it.
pub fn sizes(dir: &Path) -> Result<(u64, u64)> {
    let (mut raw, mut gz) = (0, 0);
    for path in files(dir)? {
        let bytes = fs::read(&path)?;
        let mut enc = GzEncoder::new(Vec::new(), Compression::best());
        enc.write_all(&bytes)?;
        raw += bytes.len() as u64;
        gz += enc.finish()?.len() as u64;
    }
    Ok((raw, gz))
}
