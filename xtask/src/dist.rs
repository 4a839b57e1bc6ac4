//! `cargo xtask dist [--out DIR] [--with-scalar]`: the folder a course site copies (e.g. into
//! `assets/nn-playground/`): the element's code bundled and minified by esbuild (the entry plus
//! a chunk per mode), each mode's SIMD wasm module (plus the scalar ones with `--with-scalar`)
//! run through wasm-opt, and the licence. Every URL inside resolves relative to the entry
//! script, so it works under any base path, and nothing in it loads anything from elsewhere.
//! Fails when a page showing one demo would load more than the budget.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use flate2::{Compression, write::GzEncoder};

use crate::util::{root, run};
use crate::wasm::{Profile, VARIANTS, build_all, modules};
use crate::{npm_tools, wasm_opt};

/// What a page that shows one demo may download, gzipped file by file, in all: the entry
/// script and the chunks it imports, the demo's mode chunk, its wasm module and that module's
/// bindings.
pub const PAGE_BUDGET_GZIP_BYTES: u64 = 300 * 1024;

/// The wasm module the benchmark loads; pages never do, so the folder leaves it out.
const BENCH_MODULE: &str = "bench";

/// Which wasm builds the folder ships.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Builds {
    /// Only the SIMD build (the default): every current Chromium, Firefox and Safari ≥ 16.4
    /// runs wasm SIMD.
    Simd,
    /// The SIMD build and the scalar fallback for older browsers (`--with-scalar`).
    SimdAndScalar,
}

/// Builds the release wasm and assembles the folder at `out` (default `dist/nn-playground`);
/// an error if a page would load more than [`PAGE_BUDGET_GZIP_BYTES`].
pub fn dist(out: Option<PathBuf>, builds: Builds) -> Result<PathBuf> {
    build_all(Profile::Release)?;
    let out = out.unwrap_or_else(|| root().join("dist/nn-playground"));
    let meta = assemble(&out, builds)?;
    let sizes = sizes(&out)?;
    let pages = pages(&meta)?;
    println!("{}", sizes.table(&out, &pages));
    let over: Vec<String> = (pages.iter())
        .filter(|p| sizes.page(p) > PAGE_BUDGET_GZIP_BYTES)
        .map(|p| format!("{} ({} B)", p.mode_folder, sizes.page(p)))
        .collect();
    if !over.is_empty() {
        bail!(
            "over the {PAGE_BUDGET_GZIP_BYTES} B budget of a page: {}; see the table above",
            over.join(", ")
        );
    }
    Ok(out)
}

/// Writes the shell (bundled by [`bundle`]), each module's bindings and chosen wasm builds
/// (optimised by wasm-opt) and LICENSE into `out`, replacing what was there; returns the path
/// of esbuild's metafile (kept outside `out`). A module's bindings are one file for both builds
/// (`pkg/simd/<module>.js`; `www/shell/wasm.js` passes it the wasm to load), so the two
/// generated copies must be identical.
fn assemble(out: &Path, builds: Builds) -> Result<PathBuf> {
    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("cannot clear {}", out.display()))?;
    }
    fs::create_dir_all(out)?;
    let www = root().join("www");
    let meta = root().join("target/dist-meta.json");
    bundle(&www.join("nn-playground.js"), out, &meta)?;
    let pkg = www.join("pkg");
    for module in modules().iter().filter(|m| *m != BENCH_MODULE) {
        let glue = pkg.join(format!("simd/{module}.js"));
        if fs::read(&glue)? != fs::read(pkg.join(format!("scalar/{module}.js")))? {
            bail!(
                "the SIMD and scalar bindings of {module} differ: www/shell/wasm.js loads one \
                 copy for both builds"
            );
        }
        fs::create_dir_all(out.join("pkg/simd"))?;
        minify(&glue, &out.join(format!("pkg/simd/{module}.js")))?;
        for variant in &VARIANTS {
            let simd = variant.name == "simd";
            if !simd && builds == Builds::Simd {
                continue;
            }
            let to = out.join("pkg").join(variant.name);
            fs::create_dir_all(&to)?;
            let wasm = format!("{module}_bg.wasm");
            wasm_opt::optimise(&pkg.join(variant.name).join(&wasm), &to.join(&wasm), simd)?;
        }
    }
    fs::copy(root().join("LICENSE"), out.join("LICENSE")).context("cannot copy LICENSE")?;
    // The benchmark's module is not shipped, but optimised the same way beside the target
    // folder: the browser tests check that wasm-opt changes none of its training's bits.
    let check = root().join("target/wasm-opt-check");
    fs::create_dir_all(&check)?;
    let bench = format!("{BENCH_MODULE}_bg.wasm");
    wasm_opt::optimise(&pkg.join("simd").join(&bench), &check.join(&bench), true)?;
    Ok(meta)
}

/// The shell as esbuild bundles and minifies it: the entry `nn-playground.js` (the element,
/// the classifier and everything they import) and one chunk per mode loaded on demand
/// (`chunks/modes/<mode>/`, named after its folder in www/; code they share in `chunks/`), so
/// a page of classifiers downloads none of the other modes' code or strings. The wasm bindings
/// stay files of their own: `shell/wasm.js` imports them by a URL computed at run time. The
/// metafile (which output imports which) goes to `meta`.
fn bundle(entry: &Path, out: &Path, meta: &Path) -> Result<()> {
    let esbuild = npm_tools::tool("node_modules/esbuild/bin/esbuild")?;
    let mut cmd = Command::new(esbuild);
    cmd.arg(entry).args([
        "--bundle",
        "--splitting",
        "--format=esm",
        "--minify",
        "--target=es2022",
        "--chunk-names=chunks/[dir]/[name]-[hash]",
        "--legal-comments=none",
        "--log-level=warning",
    ]);
    // Run inside `out`, so that the metafile names outputs relative to the folder.
    cmd.current_dir(out).arg("--outdir=.");
    cmd.arg(format!("--metafile={}", meta.display()));
    run(&mut cmd).context("esbuild could not bundle the shell")
}

/// `file` (one ES module, the bindings) minified by esbuild into `to`; its exports keep their
/// names.
fn minify(file: &Path, to: &Path) -> Result<()> {
    let esbuild = npm_tools::tool("node_modules/esbuild/bin/esbuild")?;
    let mut cmd = Command::new(esbuild);
    cmd.arg(file).args([
        "--minify",
        "--format=esm",
        "--target=es2022",
        "--log-level=warning",
    ]);
    cmd.arg(format!("--outfile={}", to.display()));
    run(&mut cmd).context("esbuild could not minify the bindings")
}

/// What a page showing one demo loads: the scripts (paths relative to the folder) and the
/// wasm module of its mode.
#[derive(Debug, PartialEq)]
pub struct Page {
    /// The mode's folder in `www/modes/`, which is also the name of its wasm module.
    pub mode_folder: String,
    /// Every script the page runs: the entry, its static imports, and the mode's chunk with its
    /// own static imports (a set, so shared chunks count once).
    pub scripts: BTreeSet<String>,
}

impl Page {
    /// Every file of the folder the page downloads: its scripts, then its module's bindings
    /// and SIMD wasm.
    pub fn files(&self) -> Vec<String> {
        let m = &self.mode_folder;
        let mut files: Vec<String> = self.scripts.iter().cloned().collect();
        files.extend([format!("pkg/simd/{m}.js"), format!("pkg/simd/{m}_bg.wasm")]);
        files
    }
}

/// The pages of the folder, read from esbuild's metafile: the classifier's (the entry and its
/// static imports) and one per chunk whose entry point is `www/modes/<folder>/widget.js` (a
/// mode loaded on demand).
fn pages(meta: &Path) -> Result<Vec<Page>> {
    let text = fs::read_to_string(meta).context("cannot read esbuild's metafile")?;
    let json: serde_json::Value = serde_json::from_str(&text).context("esbuild's metafile")?;
    let outputs = json["outputs"]
        .as_object()
        .context("no outputs in esbuild's metafile")?;
    // Output paths are relative to the folder esbuild ran in, the dist folder.
    let dir = |path: &str| path.trim_start_matches("./").to_string();
    let statics = |output: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![output.to_string()];
        while let Some(path) = todo.pop() {
            if !seen.insert(path.clone()) {
                continue;
            }
            for import in outputs[&path]["imports"].as_array().into_iter().flatten() {
                if import["kind"] == "import-statement" {
                    todo.push(import["path"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        seen
    };
    let entry = (outputs.iter())
        .find(|(_, o)| (o["entryPoint"].as_str()).is_some_and(|e| e.ends_with("nn-playground.js")))
        .map(|(path, _)| path.clone())
        .context("no entry script in esbuild's metafile")?;
    let shell = statics(&entry);
    let mut pages = vec![Page {
        mode_folder: "classify".into(),
        scripts: shell.iter().map(|p| dir(p)).collect(),
    }];
    for (path, output) in outputs {
        let Some(source) = output["entryPoint"].as_str() else {
            continue;
        };
        let Some(folder) =
            (source.rsplit_once("modes/")).and_then(|(_, rest)| rest.strip_suffix("/widget.js"))
        else {
            continue;
        };
        let scripts = shell.union(&statics(path)).map(|p| dir(p)).collect();
        pages.push(Page {
            mode_folder: folder.to_string(),
            scripts,
        });
    }
    Ok(pages)
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
    found.sort();
    Ok(found)
}

/// Raw and gzipped sizes of the files of a folder, each file compressed on its own (level 9)
/// as a server would send it.
pub struct Sizes {
    /// (path relative to the folder, raw bytes, gzipped bytes), sorted by path.
    pub files: Vec<(String, u64, u64)>,
}

impl Sizes {
    /// The gzipped total.
    pub fn gzipped(&self) -> u64 {
        self.files.iter().map(|f| f.2).sum()
    }

    /// The gzipped size of one file (0 when the folder has no such file).
    fn gzipped_file(&self, name: &str) -> u64 {
        (self.files.iter()).find(|f| f.0 == name).map_or(0, |f| f.2)
    }

    /// What `page` downloads, gzipped file by file, in all.
    pub fn page(&self, page: &Page) -> u64 {
        page.files().iter().map(|f| self.gzipped_file(f)).sum()
    }

    /// A small table: each wasm module and its bindings on their own line, the shell's files
    /// (JS, CSS, licence) together, the folder's total, then what each page loads against the
    /// budget.
    pub fn table(&self, dir: &Path, pages: &[Page]) -> String {
        let mut lines = vec![format!("dist: {}", dir.display())];
        let (mut shell_raw, mut shell_gz, mut shell_n) = (0, 0, 0);
        for (name, raw, gz) in &self.files {
            if name.starts_with("pkg/") {
                lines.push(format!("  {name:<28} {raw:>8} B  {gz:>7} B gzipped"));
            } else {
                (shell_raw, shell_gz, shell_n) = (shell_raw + raw, shell_gz + gz, shell_n + 1);
            }
        }
        let shell = format!("shell ({shell_n} files)");
        lines.push(format!(
            "  {shell:<28} {shell_raw:>8} B  {shell_gz:>7} B gzipped"
        ));
        let raw: u64 = self.files.iter().map(|f| f.1).sum();
        lines.push(format!(
            "  {:<28} {raw:>8} B  {:>7} B gzipped",
            "folder",
            self.gzipped()
        ));
        for page in pages {
            let name = format!("a page of {}", page.mode_folder);
            lines.push(format!(
                "  {name:<28} {:>8} files {:>7} B gzipped (budget {PAGE_BUDGET_GZIP_BYTES} B)",
                page.files().len(),
                self.page(page)
            ));
        }
        lines.join("\n")
    }
}

/// The sizes of every file below `dir`.
pub fn sizes(dir: &Path) -> Result<Sizes> {
    let mut out = Vec::new();
    for path in files(dir)? {
        let bytes = fs::read(&path)?;
        let mut enc = GzEncoder::new(Vec::new(), Compression::best());
        enc.write_all(&bytes)?;
        let name = path.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
        out.push((name, bytes.len() as u64, enc.finish()?.len() as u64));
    }
    Ok(Sizes { files: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_count_every_file_below_the_folder_gzipped_on_its_own() {
        let dir = std::env::temp_dir().join(format!("xtask-sizes-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("pkg/simd")).unwrap();
        fs::write(dir.join("a.js"), "a".repeat(1000)).unwrap();
        fs::write(dir.join("pkg/simd/gan_bg.wasm"), [7u8; 10]).unwrap();
        let sizes = sizes(&dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = sizes.files.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["a.js", "pkg/simd/gan_bg.wasm"]);
        assert_eq!(sizes.files[0].1, 1000);
        // A thousand equal bytes compress to a few dozen; each file pays its own header.
        assert!(sizes.files[0].2 < 100 && sizes.files[1].2 > 10);
        assert_eq!(sizes.gzipped(), sizes.files[0].2 + sizes.files[1].2);
        let page = Page {
            mode_folder: "gan".into(),
            scripts: ["a.js".to_string()].into(),
        };
        assert_eq!(sizes.page(&page), sizes.gzipped());
        let table = sizes.table(&dir, &[page]);
        assert!(table.contains("pkg/simd/gan_bg.wasm") && table.contains("shell (1 files)"));
        assert!(table.contains("a page of gan"));
    }

    #[test]
    fn a_page_counts_its_scripts_and_its_own_module_only() {
        let file = |name: &str, gz| (name.to_string(), 10 * gz, gz);
        let sizes = Sizes {
            files: vec![
                file("entry.js", 5),
                file("chunks/shared.js", 2),
                file("chunks/modes/gan/widget.js", 3),
                file("pkg/simd/classify.js", 1),
                file("pkg/simd/classify_bg.wasm", 100),
                file("pkg/simd/gan.js", 1),
                file("pkg/simd/gan_bg.wasm", 120),
                file("pkg/scalar/gan_bg.wasm", 130),
            ],
        };
        let scripts = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
        let classify = Page {
            mode_folder: "classify".into(),
            scripts: scripts(&["entry.js", "chunks/shared.js"]),
        };
        let gan = Page {
            mode_folder: "gan".into(),
            scripts: scripts(&["entry.js", "chunks/shared.js", "chunks/modes/gan/widget.js"]),
        };
        assert_eq!(sizes.page(&classify), 5 + 2 + 1 + 100);
        assert_eq!(sizes.page(&gan), 5 + 2 + 3 + 1 + 120);
    }

    #[test]
    fn pages_follow_the_metafile_static_imports_from_the_entry_and_each_mode_chunk() {
        let meta =
            std::env::temp_dir().join(format!("xtask-meta-test-{}.json", std::process::id()));
        let out = ".";
        let json = format!(
            r#"{{"outputs": {{
              "{out}/nn-playground.js": {{"entryPoint": "../../www/nn-playground.js",
                "imports": [{{"path": "{out}/chunks/a.js", "kind": "import-statement"}},
                            {{"path": "{out}/chunks/modes/race/widget-X.js", "kind": "dynamic-import"}}]}},
              "{out}/chunks/a.js": {{"imports": []}},
              "{out}/chunks/b.js": {{"imports": []}},
              "{out}/chunks/modes/race/widget-X.js": {{"entryPoint": "../../www/modes/race/widget.js",
                "imports": [{{"path": "{out}/chunks/b.js", "kind": "import-statement"}},
                            {{"path": "{out}/chunks/a.js", "kind": "import-statement"}}]}}
            }}}}"#
        );
        fs::write(&meta, json).unwrap();
        let found = pages(&meta).unwrap();
        fs::remove_file(&meta).unwrap();
        let names = |p: &Page| p.scripts.iter().cloned().collect::<Vec<_>>();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].mode_folder, "classify");
        assert_eq!(names(&found[0]), ["chunks/a.js", "nn-playground.js"]);
        assert_eq!(found[1].mode_folder, "race");
        assert_eq!(
            names(&found[1]),
            [
                "chunks/a.js",
                "chunks/b.js",
                "chunks/modes/race/widget-X.js",
                "nn-playground.js"
            ]
        );
        assert_eq!(found[1].files().last().unwrap(), "pkg/simd/race_bg.wasm");
    }
}
