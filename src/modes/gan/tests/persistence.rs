//! When a diagnosis is shown: only once it has been found at every record for a while, and it
//! goes only once its absence or another diagnosis has held as long.

use super::super::*;

#[test]
fn a_diagnosis_must_persist_before_it_is_shown_and_before_it_goes() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    let collapse = Some(Diagnosis::PointCollapse);
    let few = |covered| Some(Diagnosis::ModeCollapse { covered, total: 8 });
    let record = |s: &mut GanSession<f32>, found| {
        s.units += RECORD_EVERY;
        s.update_diagnosis(found);
        s.diagnosis()
    };
    s.units = 1_000;
    s.update_diagnosis(collapse);
    assert_eq!(s.diagnosis(), None);
    s.units += DIAGNOSIS_PERSISTS;
    s.update_diagnosis(collapse);
    assert_eq!(s.diagnosis(), collapse);
    // A run hovering between findings keeps its sentence.
    for found in [few(2), None, few(3), None, few(2)] {
        assert_eq!(record(&mut s, found), collapse, "{found:?}");
    }
    for _ in 1..DIAGNOSIS_PERSISTS / RECORD_EVERY {
        assert_eq!(record(&mut s, few(2)), collapse);
    }
    assert_eq!(record(&mut s, few(2)), few(2), "held long enough");
    // Within a kind, the mode counts follow the records.
    assert_eq!(record(&mut s, few(3)), few(3));
    for _ in 0..DIAGNOSIS_PERSISTS / RECORD_EVERY {
        assert_eq!(record(&mut s, None), few(3));
    }
    assert_eq!(record(&mut s, None), None);
}
