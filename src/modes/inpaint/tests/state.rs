//! The saved state: config and weights read back bit for bit, a wrong weight count refused,
//! and `state::check` naming the mode.

use super::super::state::{load_inpaint, save_inpaint};
use super::super::*;
use crate::config::{Mode, parse};

#[test]
fn a_saved_run_loads_back_with_its_hole_and_weights() {
    let (config, _) = parse("mode=inpaint&hole=0.125,0.5,0.25,0.375&ptarget=terrain&seed=5");
    let mut run = Inpaint::<f32>::new(config.inpaint_config());
    for _ in 0..3 {
        run.pass();
    }
    let text = save_inpaint(&config, &run);
    let loaded = load_inpaint::<f32>(&text).unwrap();
    assert_eq!(loaded.config, config);
    assert!(loaded.issues.is_empty());
    assert_eq!(loaded.run.network().params(), run.network().params());
    assert_eq!(loaded.run.config().hole, config.inpaint.hole);
    let (mode, query) = crate::state::check(&text).unwrap();
    assert_eq!((mode, parse(&query).0), (Mode::Inpaint, config));
    let short = text.replacen("\"weights\":[", "\"weights\":[0.5,", 1);
    let e = load_inpaint::<f32>(&short).unwrap_err().to_string();
    assert!(e.contains("weights"), "{e}");
}
