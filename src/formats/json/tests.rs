//! The JSON reader against hand-written documents, and written strings and numbers read
//! back exactly.

use super::*;
use crate::engine::rng::Rng;

fn parse_json(text: &str) -> Result<Value, JsonError> {
    parse(text)
}

#[test]
fn json_values_of_every_kind_are_read() {
    let doc = r#" {"a": [1, -2.5e3, 0, -0.0, 1E-2], "b": {"c": null, "d": true, "e": false},
                   "s": "q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800x", "a": "last"} "#;
    let v = parse_json(doc).expect("valid JSON");
    assert_eq!(
        v.get("a"),
        Some(&Value::String("last".into())),
        "a repeated key's last wins"
    );
    let Value::Object(members) = &v else {
        panic!("an object")
    };
    let nums: Vec<f64> = members[0]
        .1
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    assert_eq!(nums, [1.0, -2500.0, 0.0, -0.0, 0.01]);
    assert!(nums[3].is_sign_negative());
    assert_eq!(
        v.get("b").and_then(|b| b.get("d")),
        Some(&Value::Bool(true))
    );
    assert_eq!(
        v.get("s").and_then(Value::as_str),
        Some("q\"\\/\u{8}\u{c}\n\r\té😀\u{fffd}x")
    );
}

#[test]
fn malformed_json_is_refused_with_its_offset() {
    let bad = [
        ("", 0),
        ("{", 1),
        ("[1,]", 3),
        ("[01]", 1),
        ("{\"a\" 1}", 5),
        ("\"abc", 4),
        ("[1] x", 4),
        ("1e999", 0),
        ("-", 0),
        ("[1.]", 1),
        ("\"\\x\"", 2),
        ("tru", 0),
        ("\"a\u{1}\"", 2),
        ("{1:2}", 1),
        ("[\"\\u12\"]", 4),
    ];
    for (text, offset) in bad {
        let e = parse_json(text).expect_err(text);
        assert_eq!(e.offset, offset, "{text:?}: {e}");
    }
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    assert_eq!(
        parse_json(&deep).expect_err("too deep").message,
        "nested too deeply"
    );
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse_json(&ok).is_ok());
}

#[test]
fn written_strings_and_numbers_read_back_exactly() {
    let mut rng = Rng::new(3);
    let mut out = String::from("[");
    let mut want = Vec::new();
    for i in 0..2_000 {
        let x = f64::from_bits(rng.next_u64());
        let x = if x.is_finite() { x } else { i as f64 * 1e-300 };
        want.push(x);
        if i > 0 {
            out.push(',');
        }
        write_number(&mut out, x);
    }
    out.push(']');
    let back: Vec<f64> = parse_json(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert!(
        back.iter()
            .zip(&want)
            .all(|(a, b)| a.to_bits() == b.to_bits())
    );
    let text = "tab\t \"quote\" back\\slash \u{1} é 😀";
    let mut s = String::new();
    write_string(&mut s, text);
    assert_eq!(parse_json(&s).unwrap().as_str(), Some(text));
}
