//! The README's reference of the config format stays true: every key of the key table is
//! named there (as `key`), so a course author can find what a `config="…"` may say.

use super::super::keys::keys;

#[test]
fn every_config_key_is_documented_in_the_readme() {
    let readme = include_str!("../../../README.md");
    let missing: Vec<&str> = keys()
        .map(|k| k.name)
        .filter(|name| !readme.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from README.md: {missing:?}"
    );
}

#[test]
fn no_two_keys_share_a_name() {
    let mut names: Vec<&str> = keys().map(|k| k.name).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "a key name is used twice");
}
