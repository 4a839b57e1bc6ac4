//! When a diagnosis is shown: only once something has been found at every record for a while.

use super::super::*;

#[test]
fn a_diagnosis_must_persist_before_it_is_shown() {
    let mut s = GanSession::<f32>::new(GanConfig::default());
    let collapse = Some(Diagnosis::PointCollapse);
    s.units = 1_000;
    s.update_diagnosis(collapse);
    assert_eq!(s.diagnosis(), None);
    s.units += DIAGNOSIS_PERSISTS;
    s.update_diagnosis(collapse);
    assert_eq!(s.diagnosis(), collapse);
    s.units += RECORD_EVERY;
    let few = Some(Diagnosis::ModeCollapse {
        covered: 2,
        total: 8,
    });
    s.update_diagnosis(few);
    assert_eq!(s.diagnosis(), few, "a change of kind keeps the persistence");
    s.update_diagnosis(None);
    assert_eq!(s.diagnosis(), None);
}
