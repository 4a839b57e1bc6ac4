use crate::config;
use crate::modes::agent::cartpole::Ending;
use crate::modes::agent::policy::MAX_STEPS;
use crate::modes::agent::reinforce::advantages;
use crate::modes::agent::state::{load_agent, save_agent};
use crate::modes::agent::{Agent, AgentConfig, Attempt};

/// Attempts the fastest speed of the page runs in about 60 s, as measured: natively (release,
/// `measure::attempts_per_second`) about 1,400 attempts a second while the policy is still
/// learning and 950 once most attempts last 500 steps; in the page (headless Chromium, SIMD
/// build, `tests/e2e/agent.test.mjs`) the fastest speed made 990 to 1,190 attempts a second
/// once they lasted 500 steps, about 60,000 a minute. The bound is a tenth of that, so that it
/// also holds on a slow machine or a slow browser.
const MINUTE_AT_FULL_SPEED: usize = 6_000;

#[test]
fn seeds_1_to_5_each_balance_500_steps_within_a_minute_at_full_speed() {
    for seed in 1..=5 {
        let mut agent = Agent::new(AgentConfig {
            seed,
            ..AgentConfig::default()
        });
        while agent.first_balanced().is_none() && agent.attempts().len() < MINUTE_AT_FULL_SPEED {
            agent.attempt();
        }
        let n = agent.first_balanced();
        assert!(
            n.is_some(),
            "seed {seed}: not balanced in {MINUTE_AT_FULL_SPEED} attempts"
        );
        // Watched from its own start, the policy keeps the pole up for 500 steps.
        let mut watched = 0;
        while agent.scene().ending == Ending::Running && watched < MAX_STEPS {
            agent.watch(1);
            watched += 1;
        }
        assert_eq!(watched, MAX_STEPS, "seed {seed}: the watched policy fell");
        println!("seed {seed}: balanced after {} attempts", n.unwrap());
    }
}

#[test]
fn the_attempts_grow_longer_as_the_policy_learns() {
    let mut agent = Agent::new(AgentConfig::default());
    agent.train(100);
    let lengths: Vec<f64> = agent.attempts().iter().map(|a| a.1 as f64).collect();
    let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len() as f64;
    assert!(
        mean(&lengths[80..]) > 3.0 * mean(&lengths[..20]),
        "{lengths:?}"
    );
    // Every fifth attempt is the policy's test after an update of four.
    assert_eq!(agent.attempts()[4].0, Attempt::Policy);
    assert_eq!(agent.attempts()[3].0, Attempt::Explore);
    assert_eq!(agent.updates(), 20);
}

#[test]
fn advantages_favour_the_steps_of_longer_attempts_and_are_normalised() {
    let a = advantages(&[10, 30]);
    assert_eq!(a.len(), 40);
    let mean: f64 = a.iter().sum::<f64>() / 40.0;
    let var: f64 = a.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 40.0;
    assert!(mean.abs() < 1e-12 && (var - 1.0).abs() < 1e-9);
    // At step 0 the long attempt did better than the short one.
    assert!(a[10] > a[0]);
    assert!(advantages(&[5, 5]).iter().all(|&v| v == 0.0));
}

#[test]
fn a_saved_policy_loads_bit_for_bit_with_its_settings() {
    let (mut config, _) = config::parse("mode=agent&seed=4&aghidden=8,4&aglr=0.05&agbatch=3");
    config.mode = crate::config::Mode::Agent;
    let mut agent = Agent::new(config.agent_config());
    agent.train(30);
    let text = save_agent(&config, &agent);
    let loaded = load_agent(&text).expect("loads");
    assert_eq!(loaded.config, config);
    assert_eq!(loaded.agent.policy().params(), agent.policy().params());
    assert!(loaded.agent.attempts().is_empty());
    let short = text.replace(",\"weights\":[", ",\"weights\":[1,");
    assert!(
        load_agent(&short).is_err(),
        "a wrong weight count is refused"
    );
}

#[test]
fn bad_agent_keys_are_reported_and_keep_the_default() {
    let (c, issues) = config::parse("mode=agent&aglr=5&agbatch=0&aghidden=4,4,4");
    assert_eq!(c.agent, AgentConfig::default());
    let names: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(names, ["aglr", "agbatch", "aghidden"]);
}
