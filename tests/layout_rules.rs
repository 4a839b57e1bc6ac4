//! The two layout rules stated in `src/lib.rs`, checked on the source text: (1) a mode never
//! imports another mode (no file under `src/modes/<a>/` or `src/web/<a>/` names
//! `modes::<b>` or `web::<b>` for another mode b); (2) nothing outside `src/web/` names a web
//! crate. Comments are left out, so the rules may be stated in them.

use std::fs;
use std::path::{Path, PathBuf};

/// The modes: one folder each under `src/modes/` (the one list; everything else is checked
/// against it).
fn modes() -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(src().join("modes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}
const WEB_CRATES: [&str; 5] = [
    "wasm_bindgen",
    "wasm-bindgen",
    "web_sys",
    "js_sys",
    "plotters",
];

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of `text` without its `//` comments (doc comments included).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module names that `code` reaches through `prefix` (`modes::` or `web::`), single
/// (`modes::gan`) or grouped (`modes::{gan, race}`).
fn reached<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        let ident = |s: &'a str| {
            let end = s
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(s.len());
            &s[..end]
        };
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|s| ident(s.trim())));
        } else {
            out.push(ident(rest));
        }
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Where the first rule is broken: (file, the other mode it names).
fn cross_mode_imports(src: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let modes = modes();
    for own in &modes {
        for dir in [src.join("modes").join(own), src.join("web").join(own)] {
            for file in rust_files(&dir) {
                let text = code(&fs::read_to_string(&file).unwrap());
                for prefix in ["modes::", "web::"] {
                    for name in reached(&text, prefix) {
                        if modes.iter().any(|m| m == name) && name != own {
                            found.push((file.clone(), format!("{prefix}{name}")));
                        }
                    }
                }
            }
        }
    }
    found
}

/// Where the second rule is broken: (file, the web crate it names).
fn web_crates_outside_web(src: &Path) -> Vec<(PathBuf, &'static str)> {
    let web = src.join("web");
    let mut found = Vec::new();
    for file in rust_files(src).into_iter().filter(|f| !f.starts_with(&web)) {
        let text = code(&fs::read_to_string(&file).unwrap());
        for name in WEB_CRATES {
            if !reached_word(&text, name).is_empty() {
                found.push((file.clone(), name));
            }
        }
    }
    found
}

/// The places where `word` appears in `code` as a whole identifier.
fn reached_word(code: &str, word: &str) -> Vec<usize> {
    let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    code.match_indices(word)
        .filter(|(at, _)| {
            !is_ident(code[..*at].chars().next_back())
                && !is_ident(code[at + word.len()..].chars().next())
        })
        .map(|(at, _)| at)
        .collect()
}

#[test]
fn every_mode_has_its_folders() {
    let root = src().parent().unwrap().to_path_buf();
    for mode in modes() {
        assert!(root.join("src/web").join(&mode).is_dir(), "src/web/{mode}/");
        assert!(
            root.join("www/modes").join(&mode).is_dir(),
            "www/modes/{mode}/"
        );
        assert!(
            root.join("wasm").join(&mode).is_dir(),
            "wasm/{mode}/ (its wasm module)"
        );
    }
}

/// Adding a mode touches a few lists that cannot be derived from the folders (cargo's
/// features, the module's gate in `src/web/mod.rs`, the shell's map from mode to module):
/// each must name every wasm module, and nothing else.
#[test]
fn every_wasm_module_is_a_feature_gated_in_web_and_known_to_the_shell() {
    let root = src().parent().unwrap().to_path_buf();
    let read = |p: &str| fs::read_to_string(root.join(p)).unwrap();
    let mut modules: Vec<String> = fs::read_dir(root.join("wasm"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("Cargo.toml").is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    modules.sort();
    let manifest = read("Cargo.toml");
    let web = read("src/web/mod.rs");
    let shell = read("www/shell/modes.js");
    let module_of = shell
        .lines()
        .find(|l| l.starts_with("const MODULE_OF"))
        .expect("MODULE_OF in www/shell/modes.js");
    let default = manifest
        .lines()
        .find(|l| l.starts_with("default = ["))
        .expect("the default features");
    for module in &modules {
        let crate_manifest = read(&format!("wasm/{module}/Cargo.toml"));
        assert!(
            crate_manifest.contains(&format!("name = \"nnplay-{module}\""))
                && crate_manifest.contains(&format!("features = [\"{module}\"]")),
            "wasm/{module}/Cargo.toml: package nnplay-{module} with the feature {module}"
        );
        assert!(
            manifest.contains(&format!("\n{module} = []")),
            "feature {module} in Cargo.toml"
        );
        assert!(
            default.contains(&format!("\"{module}\"")),
            "{module} in the default features"
        );
        assert!(
            web.contains(&format!("feature = \"{module}\"")),
            "src/web/mod.rs gates the {module} handles by its feature"
        );
        if module != "bench" {
            assert!(
                module_of.contains(&format!("'{module}'")),
                "MODULE_OF names the module {module}"
            );
        }
    }
    // And the shell names no module that is not built.
    let named = module_of.split('\'').skip(1).step_by(2);
    for name in named {
        assert!(
            modules.iter().any(|m| m == name),
            "MODULE_OF names {name}, which has no wasm/{name}/"
        );
    }
}

#[test]
fn a_mode_never_imports_another_mode() {
    let found = cross_mode_imports(&src());
    assert!(found.is_empty(), "a mode names another mode: {found:?}");
}

#[test]
fn nothing_outside_web_names_a_web_crate() {
    let found = web_crates_outside_web(&src());
    assert!(found.is_empty(), "a web crate outside src/web/: {found:?}");
}

#[test]
fn the_checks_see_what_they_look_for() {
    let text =
        code("use crate::modes::{gan, race::Race};\n// modes::fit\nlet x = web::classify::f;");
    assert_eq!(reached(&text, "modes::"), ["gan", "race"]);
    assert_eq!(reached(&text, "web::"), ["classify"]);
    assert_eq!(
        reached_word("use wasm_bindgen::x; my_wasm_bindgen", "wasm_bindgen"),
        [4]
    );
    assert!(reached_word(&code("// js_sys"), "js_sys").is_empty());
}
