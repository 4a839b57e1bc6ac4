//! `cargo xtask`: the project's build, serve, test and bench commands, written in Rust so that
//! they need nothing installed globally (the bindings generator and the wasm test runner are
//! the `wasm-bindgen-cli` library, pinned by Cargo.lock). Run `cargo xtask help` for the list.

mod bench;
mod check;
mod counts;
mod dist;
mod npm_tools;
mod runner;
mod serve;
mod setup;
mod site;
mod util;
mod wasm;
mod wasm_opt;

use std::env;
use std::ffi::OsString;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::wasm::Profile;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

  serve [--port N] [--dev] [--only M,..]
                            build the wasm (SIMD and scalar) and serve the repo root on
                            http://127.0.0.1:8000/ (--port 0: any free port; --dev: debug build)
  build [--dev] [--only M,..]
                            only build the wasm and its JS bindings into www/pkg/{simd,scalar}/
                            (--only: rebuild these modules, e.g. `physics,bench`, keep the rest)
  test                      every check (fmt, clippy, native tests, wasm tests in Chromium, build,
                            e2e); the last line is `N passed, M failed`
  dist [--out DIR] [--with-scalar]
                            the folder to copy into a site (default dist/nn-playground/): the
                            SIMD wasm only unless --with-scalar; fails over the 300 KB gz budget
  site [--port N]           build the example Jekyll course site (examples/jekyll) around the
                            dist folder and serve it at http://127.0.0.1:8001/cours/
  bench [run.mjs options]   the peer benchmark with our wasm; results in target/bench/results.json
  test-runner <args>        cargo's runner for wasm32 tests (see .cargo/config.toml)

environment: CHROMIUM (default /usr/bin/chromium), CHROMEDRIVER (default: chromedriver on PATH),
             BENCH_PEERS (default ../shared/bench-peers, relative to the repo root)";

fn main() -> ExitCode {
    let mut args = env::args_os().skip(1);
    let command = args.next().unwrap_or_default();
    match dispatch(&command.to_string_lossy(), args.collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one subcommand with the arguments that follow it.
fn dispatch(command: &str, args: Vec<OsString>) -> Result<ExitCode> {
    match command {
        "serve" => {
            let opts = Options::parse(&args, true)?;
            setup::wasm_target()?;
            wasm::build(opts.profile, opts.only.as_deref())?;
            serve::serve_forever(&format!("127.0.0.1:{}", opts.port))?;
        }
        "build" => {
            let opts = Options::parse(&args, false)?;
            setup::wasm_target()?;
            wasm::build(opts.profile, opts.only.as_deref())?;
        }
        "test" if args.is_empty() => return Ok(check::test()),
        "test" => bail!("`test` takes no options\n\n{USAGE}"),
        "bench" => bench::bench(&args)?,
        "site" => {
            let port = match args.as_slice() {
                [] => 8001,
                [flag, port] if flag == "--port" => port
                    .to_string_lossy()
                    .parse()
                    .context("--port takes a number")?,
                _ => bail!("usage: cargo xtask site [--port N]\n\n{USAGE}"),
            };
            site::serve(port)?;
        }
        "dist" => {
            let (out, builds) = dist_options(&args)?;
            dist::dist(out, builds)?;
        }
        "test-runner" => runner::test_runner(args)?,
        "help" | "--help" | "-h" => println!("{USAGE}"),
        "" => bail!("no command given\n\n{USAGE}"),
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses `dist`'s `[--out DIR] [--with-scalar]`; a relative DIR is from the current folder.
fn dist_options(args: &[OsString]) -> Result<(Option<std::path::PathBuf>, dist::Builds)> {
    let (mut out, mut builds) = (None, dist::Builds::Simd);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--out") => {
                let dir = args.next().context("--out needs a folder")?;
                out = Some(env::current_dir()?.join(dir));
            }
            Some("--with-scalar") => builds = dist::Builds::SimdAndScalar,
            _ => bail!("usage: cargo xtask dist [--out DIR] [--with-scalar]\n\n{USAGE}"),
        }
    }
    Ok((out, builds))
}

/// The options of `serve` and `build`.
#[derive(Debug, PartialEq)]
struct Options {
    port: u16,
    profile: Profile,
    /// The modules `--only` names, each one of [`wasm::modules`].
    only: Option<Vec<String>>,
}

impl Options {
    /// Parses `[--port N] [--dev] [--only M,..]`; `--port` only where `port_allowed`.
    fn parse(args: &[OsString], port_allowed: bool) -> Result<Options> {
        let mut opts = Options {
            port: 8000,
            profile: Profile::Release,
            only: None,
        };
        let mut args = args.iter().map(|a| a.to_string_lossy());
        while let Some(arg) = args.next() {
            match &*arg {
                "--dev" => opts.profile = Profile::Dev,
                "--port" if port_allowed => {
                    let value = args.next().context("--port needs a number")?;
                    opts.port = value
                        .parse()
                        .with_context(|| format!("bad port `{value}`"))?;
                }
                "--only" => {
                    let value = args.next().context("--only needs module names")?;
                    let names: Vec<String> = value.split(',').map(str::to_string).collect();
                    let known = wasm::modules();
                    if let Some(bad) = names.iter().find(|n| !known.contains(n)) {
                        bail!("no module `{bad}`: the modules are {}", known.join(", "));
                    }
                    opts.only = Some(names);
                }
                other => bail!("unexpected argument `{other}`\n\n{USAGE}"),
            }
        }
        Ok(opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], port_allowed: bool) -> Result<Options> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        Options::parse(&args, port_allowed)
    }

    #[test]
    fn serve_defaults_to_port_8000_and_a_release_build() {
        let opts = parse(&[], true).unwrap();
        assert_eq!(
            opts,
            Options {
                port: 8000,
                profile: Profile::Release,
                only: None
            }
        );
    }

    #[test]
    fn serve_accepts_a_port_and_dev() {
        let opts = parse(&["--port", "0", "--dev"], true).unwrap();
        assert_eq!(
            opts,
            Options {
                port: 0,
                profile: Profile::Dev,
                only: None
            }
        );
    }

    #[test]
    fn dist_ships_the_simd_build_alone_unless_asked_for_both() {
        let parse = |a: &[&str]| dist_options(&a.iter().map(OsString::from).collect::<Vec<_>>());
        assert_eq!(parse(&[]).unwrap(), (None, dist::Builds::Simd));
        let (out, builds) = parse(&["--with-scalar", "--out", "x"]).unwrap();
        assert_eq!(builds, dist::Builds::SimdAndScalar);
        assert!(out.unwrap().ends_with("x"));
        assert!(parse(&["--out"]).is_err());
        assert!(parse(&["--scalar"]).is_err());
    }

    #[test]
    fn bad_or_misplaced_options_are_errors() {
        assert!(parse(&["--port"], true).is_err());
        assert!(parse(&["--port", "http"], true).is_err());
        assert!(parse(&["--port", "1"], false).is_err());
        assert!(parse(&["--release"], true).is_err());
        assert!(parse(&["--only"], false).is_err());
        assert!(parse(&["--only", "physics,phisics"], false).is_err());
    }

    #[test]
    fn only_names_the_modules_to_rebuild() {
        let opts = parse(&["--only", "physics,bench"], false).unwrap();
        assert_eq!(opts.only.unwrap(), ["physics", "bench"]);
    }
}
