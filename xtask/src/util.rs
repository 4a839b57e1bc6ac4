//! Small helpers shared by the commands: where the repo is, running and echoing commands,
//! timing, finding programs and the browser, copying folders. Depends on nothing in xtask.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::Instant;
use std::{env, fs};

use anyhow::{Context, Result, bail};

/// The repository root (the workspace root, one level above this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// A `cargo` command (the same cargo that runs us) with the repo root as working directory.
pub fn cargo() -> Command {
    let mut cmd = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// A shell-like one-line rendering of `cmd` (environment overrides first), for echoing.
pub fn describe(cmd: &Command) -> String {
    let quote = |s: &OsStr| {
        let s = s.to_string_lossy();
        if s.contains(char::is_whitespace) {
            format!("'{s}'")
        } else {
            s.into_owned()
        }
    };
    let envs = cmd
        .get_envs()
        .filter_map(|(k, v)| Some(format!("{}={}", k.to_string_lossy(), quote(v?))));
    // `$CARGO` is a long toolchain path; its file name says the same.
    let program = Path::new(cmd.get_program());
    let program = program.file_name().unwrap_or(program.as_os_str());
    let words = std::iter::once(program).chain(cmd.get_args()).map(quote);
    envs.chain(words).collect::<Vec<_>>().join(" ")
}

/// Echoes and runs `cmd` with inherited output; an error if it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<()> {
    let line = describe(cmd);
    println!("$ {line}");
    let status = cmd
        .status()
        .with_context(|| format!("cannot start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    Ok(())
}

/// Echoes and runs `cmd`, copying its stdout through line by line and also returning it (for
/// counting tests); stderr is inherited. Exit status is returned, not turned into an error.
pub fn run_tee(cmd: &mut Command) -> Result<(ExitStatus, String)> {
    let line = describe(cmd);
    println!("$ {line}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start `{line}`"))?;
    let mut text = String::new();
    let stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    for chunk in stdout.split(b'\n') {
        let chunk = String::from_utf8_lossy(&chunk?).into_owned();
        println!("{chunk}");
        text.push_str(&chunk);
        text.push('\n');
    }
    Ok((child.wait()?, text))
}

/// Seconds since `start`, formatted like `12.3 s`.
pub fn elapsed(start: Instant) -> String {
    format!("{:.1} s", start.elapsed().as_secs_f64())
}

/// The full path of `program`: as given if it contains a `/`, otherwise searched on PATH.
pub fn find_program(program: &OsStr) -> Option<PathBuf> {
    let path = Path::new(program);
    if path.components().count() > 1 {
        return path.is_file().then(|| path.to_path_buf());
    }
    env::split_paths(&env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// The Chromium binary: `$CHROMIUM`, default `/usr/bin/chromium` (Debian's wrapper script).
pub fn chromium() -> PathBuf {
    env::var_os("CHROMIUM").map_or_else(|| "/usr/bin/chromium".into(), PathBuf::from)
}

/// The chromedriver binary if there is one: `$CHROMEDRIVER`, default `chromedriver` on PATH.
pub fn chromedriver() -> Option<PathBuf> {
    find_program(&env::var_os("CHROMEDRIVER").unwrap_or_else(|| "chromedriver".into()))
}

/// Whether we run as root (then set-up may use apt-get).
pub fn is_root() -> bool {
    let uid = Command::new("id").arg("-u").output();
    uid.is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// Copies the folder `from` to `to` recursively, skipping entries named in `skip`. Files are
/// rewritten rather than copied so the copy is writable even when the source is read-only.
pub fn copy_dir(from: &Path, to: &Path, skip: &[&str]) -> Result<()> {
    fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))? {
        let entry = entry?;
        if skip.iter().any(|s| entry.file_name() == **s) {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type()?.is_dir() {
            copy_dir(&src, &dst, skip)?;
        } else {
            fs::write(&dst, fs::read(&src)?)
                .with_context(|| format!("cannot write {}", dst.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_puts_env_first_and_quotes_spaces() {
        let mut cmd = Command::new("/opt/rust/bin/cargo");
        cmd.args(["build", "--release"])
            .env("RUSTFLAGS", "-C target-feature=+simd128");
        assert_eq!(
            describe(&cmd),
            "RUSTFLAGS='-C target-feature=+simd128' cargo build --release"
        );
    }

    #[test]
    fn the_root_holds_the_workspace_manifest() {
        assert!(root().join("Cargo.toml").is_file());
        assert!(root().join("xtask/Cargo.toml").is_file());
    }

    #[test]
    fn copy_dir_copies_nested_files_and_skips_names() {
        let base = env::temp_dir().join(format!("xtask-copy-test-{}", std::process::id()));
        let (src, dst) = (base.join("src"), base.join("dst"));
        fs::create_dir_all(src.join("a/node_modules")).unwrap();
        fs::write(src.join("a/f.txt"), "hi").unwrap();
        fs::write(src.join("a/node_modules/x"), "x").unwrap();
        copy_dir(&src, &dst, &["node_modules"]).unwrap();
        assert_eq!(fs::read_to_string(dst.join("a/f.txt")).unwrap(), "hi");
        assert!(!dst.join("a/node_modules").exists());
        fs::remove_dir_all(base).unwrap();
    }
}
