//! TensorFlow Playground links (`#activation=tanh&batchSize=10&dataset=circle&…`) read as this
//! playground's settings: each of its hash keys mapped to ours, its `<control>_hide` flags to
//! the names of our controls to hide, and what cannot be carried over (a feature we lack, a
//! value we do not know, a key it does not have) listed once. Its random seed is a number
//! from its own generator that cannot be reproduced here; a seed is derived from its text so
//! that the same link always gives the same run here. Pure Rust.

use super::keys::keys;
use crate::formats::decimal::parse_f64;
use crate::formats::hash::fnv1a;
use crate::formats::query::pairs;

/// What a TF Playground link becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TfConversion {
    /// Our query string for the same setup (datasets, activation, rates, network, features,
    /// split, noise, display flags).
    pub query: String,
    /// Our control names its `_hide` flags name, in link order, each once.
    pub hide: Vec<&'static str>,
    /// `key=value` pairs that were not carried over, in link order, each key once.
    pub unknown: Vec<String>,
}

/// TF Playground's keys (besides `noise`, `seed` and `problem`, which we share), each with
/// our key it maps to (empty for keys of its page only, ignored).
const TF_KEYS: &[(&str, &str)] = &[
    ("activation", "act"),
    ("batchSize", "batch"),
    ("dataset", "data"),
    ("regDataset", "data"),
    ("learningRate", "lr"),
    ("regularization", "reg"),
    ("regularizationRate", "regrate"),
    ("networkShape", "hidden"),
    ("showTestData", "showtest"),
    ("discretize", "discrete"),
    ("percTrainData", "train"),
    ("initZero", "init"),
    ("x", "features"),
    ("y", "features"),
    ("xTimesY", "features"),
    ("xSquared", "features"),
    ("ySquared", "features"),
    ("sinX", "features"),
    ("sinY", "features"),
    ("cosX", "features"),
    ("cosY", "features"),
    ("collectStats", ""),
    ("hideText", ""),
    ("tutorial", ""),
];

/// Keys both link formats have.
const SHARED_KEYS: &[&str] = &["noise", "seed", "problem"];

/// TF Playground's input features, in our order, with our names.
const FEATURES: &[(&str, &str)] = &[
    ("x", "x1"),
    ("y", "x2"),
    ("xSquared", "x1sq"),
    ("ySquared", "x2sq"),
    ("xTimesY", "x1x2"),
    ("sinX", "sinx1"),
    ("sinY", "sinx2"),
];

/// TF Playground's default features (x and y).
const DEFAULT_FEATURES: &[&str] = &["x", "y"];

/// Controls a `_hide` flag names besides the keys above: its buttons and the layer count.
const HIDE_CONTROLS: &[(&str, &str)] = &[
    ("playButton", "play"),
    ("stepButton", "step"),
    ("resetButton", "reset"),
    ("numHiddenLayers", "hidden"),
    ("problem", "problem"),
    ("noise", "noise"),
];

/// Whether `query` is a TF Playground link: it has one of TF Playground's own keys (or a
/// `_hide` flag) and none of ours (other than `noise`, `seed` and `problem`, which both have).
pub fn is_tf_playground(query: &str) -> bool {
    let pairs = pairs(query);
    let tf = |k: &str| TF_KEYS.iter().any(|(name, _)| *name == k) || k.ends_with("_hide");
    let ours = |k: &str| !SHARED_KEYS.contains(&k) && keys().any(|key| key.name == k);
    pairs.iter().any(|(k, _)| tf(k)) && !pairs.iter().any(|(k, _)| ours(k))
}

/// `query` read as a TF Playground link, or `None` when it is not one ([`is_tf_playground`]).
pub fn convert(query: &str) -> Option<TfConversion> {
    if !is_tf_playground(query) {
        return None;
    }
    let pairs = pairs(query);
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let mut out = Vec::<(&str, String)>::new();
    let mut unknown = Vec::new();
    let mut refuse = |k: &str, v: &str| {
        let pair = format!("{k}={v}");
        if !unknown.contains(&pair) {
            unknown.push(pair);
        }
    };
    let regression = match get("problem") {
        Some("regression") => true,
        Some("classification") | None => false,
        Some(other) => {
            refuse("problem", other);
            false
        }
    };
    out.push((
        "problem",
        if regression {
            "regression"
        } else {
            "classification"
        }
        .into(),
    ));
    let data_key = if regression { "regDataset" } else { "dataset" };
    let data = get(data_key).unwrap_or(if regression { "reg-plane" } else { "circle" });
    match dataset(data, regression) {
        Some(ours) => out.push(("data", ours.into())),
        None => refuse(data_key, data),
    }
    let mut features = Vec::new();
    for (tf, ours) in FEATURES {
        let on = get(tf).map_or(DEFAULT_FEATURES.contains(tf), |v| v == "true");
        if on {
            features.push(*ours);
        }
    }
    out.push(("features", features.join(",")));
    for (k, v) in &pairs {
        let (k, v) = (k.as_str(), v.as_str());
        match k {
            "activation" => match v {
                "relu" | "tanh" | "sigmoid" | "linear" => out.push(("act", v.into())),
                _ => refuse(k, v),
            },
            "regularization" => match v.to_ascii_lowercase().as_str() {
                r @ ("none" | "l1" | "l2") => out.push(("reg", r.into())),
                _ => refuse(k, v),
            },
            "batchSize" | "learningRate" | "regularizationRate" | "noise" | "percTrainData" => {
                let ours = TF_KEYS
                    .iter()
                    .find(|(t, _)| *t == k)
                    .map_or("noise", |m| m.1);
                match parse_f64(v) {
                    Some(n) if n.is_finite() => out.push((ours, whole_or_not(ours, n, v))),
                    _ => refuse(k, v),
                }
            }
            "networkShape" => out.push(("hidden", v.into())),
            "showTestData" | "discretize" | "initZero" => match (k, v) {
                ("initZero", "true") => out.push(("init", "zeros".into())),
                ("initZero", "false") => {}
                (_, "true" | "false") => {
                    let ours = if k == "discretize" {
                        "discrete"
                    } else {
                        "showtest"
                    };
                    out.push((ours, if v == "true" { "1" } else { "0" }.into()));
                }
                _ => refuse(k, v),
            },
            "cosX" | "cosY" if v == "true" => refuse(k, v),
            "seed" => out.push(("seed", (fnv1a(v.as_bytes()) % (1 << 32)).to_string())),
            "dataset" | "regDataset" | "problem" => {}
            _ if FEATURES.iter().any(|(t, _)| *t == k) => {}
            _ if TF_KEYS.iter().any(|(t, _)| *t == k) => {}
            _ if k.ends_with("_hide") => {}
            _ => refuse(k, v),
        }
    }
    let mut hide = Vec::new();
    for (k, v) in &pairs {
        let Some(control) = k.strip_suffix("_hide") else {
            continue;
        };
        if v != "true" {
            continue;
        }
        match hidden_control(control) {
            Some(ours) if !hide.contains(&ours) => hide.push(ours),
            Some(_) => {}
            None => refuse(k, v),
        }
    }
    let query = (out.iter())
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    Some(TfConversion {
        query,
        hide,
        unknown,
    })
}

/// Our dataset for TF Playground's `name` (`circle`, `xor`, `gauss`, `spiral`; `reg-plane`,
/// `reg-gauss` for regression).
fn dataset(name: &str, regression: bool) -> Option<&'static str> {
    match (name, regression) {
        ("circle", false) => Some("circle"),
        ("xor", false) => Some("xor"),
        ("gauss", false) => Some("gauss"),
        ("spiral", false) => Some("spiral"),
        ("reg-plane", true) => Some("plane"),
        ("reg-gauss", true) => Some("multigauss"),
        _ => None,
    }
}

/// Our control that TF Playground's `control_hide` hides.
fn hidden_control(control: &str) -> Option<&'static str> {
    if let Some((_, ours)) = HIDE_CONTROLS.iter().find(|(tf, _)| *tf == control) {
        return Some(ours);
    }
    match TF_KEYS.iter().find(|(tf, _)| *tf == control) {
        Some((_, "")) | None => None,
        Some((_, ours)) => Some(ours),
    }
}

/// The number `n` (written `text`) as our key `ours` reads it: rounded to a whole number for
/// the batch, the noise and the split, else as written (no float formatting in the wasm).
fn whole_or_not(ours: &str, n: f64, text: &str) -> String {
    match ours {
        "batch" | "noise" | "train" => (n.round() as i64).to_string(),
        _ => text.to_string(),
    }
}
