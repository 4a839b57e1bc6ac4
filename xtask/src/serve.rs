//! A small std-only static file server for the repo root: one thread per connection, GET and
//! HEAD, `Cache-Control: no-store`, correct MIME types (`.wasm` as `application/wasm`, which
//! `WebAssembly.instantiateStreaming` requires), and 404 for `..` and dot-files.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::{fs, thread};

use anyhow::{Context, Result};

use crate::util::root;

/// Serves the repo root on `addr` until the process is stopped; prints the URL first.
pub fn serve_forever(addr: &str) -> Result<()> {
    let listener = bind(addr)?;
    let url = format!("http://{}/", listener.local_addr()?);
    println!("\n    nn-playground is served at  {url}\n    (Ctrl-C to stop)\n");
    accept_loop(listener, root());
    Ok(())
}

/// Serves `dir` on `addr` from a background thread; returns the bound address (port 0 = any).
pub fn spawn(addr: &str, dir: PathBuf) -> Result<SocketAddr> {
    let listener = bind(addr)?;
    let local = listener.local_addr()?;
    thread::spawn(move || accept_loop(listener, dir));
    Ok(local)
}

fn bind(addr: &str) -> Result<TcpListener> {
    TcpListener::bind(addr).with_context(|| {
        format!("cannot listen on {addr} (in use? try --port 0 for any free port)")
    })
}

fn accept_loop(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        // A broken connection only concerns that connection, so its error is dropped.
        thread::spawn(move || handle(stream, &dir).ok());
    }
}

/// Answers one request and closes the connection.
fn handle(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers are read and ignored: nothing here depends on them.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let response = respond(method, target, dir);
    let mut out = &stream;
    write!(
        out,
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{}\
         Cache-Control: no-store\r\n{ISOLATION}Connection: close\r\n\r\n",
        response.status,
        response.mime,
        response.body.len(),
        response
            .location
            .map(|l| format!("Location: {l}\r\n"))
            .unwrap_or_default(),
    )?;
    if method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}

/// What to send back for one request.
struct Response {
    status: &'static str,
    mime: &'static str,
    location: Option<String>,
    body: Vec<u8>,
}

impl Response {
    fn text(status: &'static str, body: &str) -> Response {
        let body = body.as_bytes().to_vec();
        Response {
            status,
            mime: "text/plain; charset=utf-8",
            location: None,
            body,
        }
    }
}

fn respond(method: &str, target: &str, dir: &Path) -> Response {
    if method != "GET" && method != "HEAD" {
        return Response::text("405 Method Not Allowed", "only GET and HEAD\n");
    }
    let url_path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(path) = resolve(dir, url_path) else {
        return Response::text("404 Not Found", "not found\n");
    };
    if path.is_dir() {
        // Relative links in an index page need the trailing slash.
        let mut r = Response::text("301 Moved Permanently", "moved\n");
        r.location = Some(format!("{url_path}/"));
        return r;
    }
    match fs::read(&path) {
        Ok(body) => Response {
            status: "200 OK",
            mime: mime(&path),
            location: None,
            body,
        },
        Err(_) => Response::text("404 Not Found", "not found\n"),
    }
}

/// The file (or folder without its trailing slash) that `url_path` names under `dir`. `None`
/// when it does not exist, is not valid percent-encoded UTF-8, or has a segment starting with
/// a dot (which covers `..`, `.git` and `.cargo`).
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut path = dir.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment.starts_with('.') || segment.contains('\\') {
            return None;
        }
        path.push(segment);
    }
    if path.is_dir() && decoded.ends_with('/') {
        path.push("index.html");
    }
    path.exists().then_some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let (bytes, mut out, mut i) = (s.as_bytes(), Vec::with_capacity(s.len()), 0);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Cross-origin isolation: everything is served from this one origin, and an isolated page
/// gets a fine-grained `performance.now()`, which the frame-time readout needs.
const ISOLATION: &str =
    "Cross-Origin-Opener-Policy: same-origin\r\nCross-Origin-Embedder-Policy: require-corp\r\n";

/// The Content-Type for a file, by extension.
fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn get(addr: SocketAddr, method: &str, path: &str) -> String {
        let mut stream = TcpStream::connect(addr).unwrap();
        write!(stream, "{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        reply
    }

    #[test]
    fn files_are_served_with_their_mime_type_and_no_store() {
        let addr = spawn("127.0.0.1:0", root()).unwrap();
        let reply = get(addr, "GET", "/xtask/Cargo.toml?v=1");
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(reply.contains("Cache-Control: no-store\r\n"));
        assert!(reply.ends_with(&fs::read_to_string(root().join("xtask/Cargo.toml")).unwrap()));
        let head = get(addr, "HEAD", "/xtask/Cargo%2Etoml");
        assert!(
            head.starts_with("HTTP/1.1 200 OK\r\n") && head.ends_with("\r\n\r\n"),
            "{head}"
        );
    }

    #[test]
    fn parent_dirs_dot_files_and_missing_files_are_not_found() {
        let addr = spawn("127.0.0.1:0", root()).unwrap();
        for path in [
            "/../etc/passwd",
            "/xtask/../Cargo.toml",
            "/%2e%2e/x",
            "/.cargo/config.toml",
            "/nope",
        ] {
            assert!(get(addr, "GET", path).starts_with("HTTP/1.1 404"), "{path}");
        }
        assert!(get(addr, "POST", "/Cargo.toml").starts_with("HTTP/1.1 405"));
    }

    #[test]
    fn a_folder_without_its_slash_is_redirected() {
        let addr = spawn("127.0.0.1:0", root()).unwrap();
        let reply = get(addr, "GET", "/xtask");
        assert!(reply.starts_with("HTTP/1.1 301") && reply.contains("Location: /xtask/\r\n"));
    }

    #[test]
    fn wasm_and_js_get_the_types_browsers_require() {
        assert_eq!(mime(Path::new("pkg/nnplay_bg.wasm")), "application/wasm");
        assert_eq!(
            mime(Path::new("www/index.mjs")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(mime(Path::new("index.html")), "text/html; charset=utf-8");
        assert_eq!(mime(Path::new("data.csv")), "text/csv; charset=utf-8");
        assert_eq!(mime(Path::new("LICENSE")), "application/octet-stream");
    }
}
