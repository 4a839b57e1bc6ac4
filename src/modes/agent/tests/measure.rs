//! The measurements behind the choice of learner (module doc of `agent`), run on demand:
//! `cargo test --release --lib modes::agent::tests::measure -- --ignored --nocapture`. Each
//! line gives, per seed 1–5, the attempts until the policy's first 500-step test, and before
//! it how many of 20 unseen starts that policy then balanced.

use super::super::policy::*;
use super::evolution::*;
use crate::engine::rng::Rng;

fn es_run(seed: u64, hidden: &[usize], s: EsSettings, budget: usize) -> Option<usize> {
    let mut init = Rng::derived(seed, 1);
    let policy = Policy::new(hidden, &mut init);
    let mut es = Evolution::new(policy, s, Rng::derived(seed, 2));
    for n in 1..=budget {
        let (who, steps) = es.attempt();
        if who == Attempt::Policy && balanced(steps) {
            let mut held = Rng::new(999);
            let mut pol = es.policy().clone();
            let ok = (0..20)
                .filter(|_| {
                    balanced(
                        pol.episode(super::super::cartpole::CartPole::start(&mut held))
                            .0,
                    )
                })
                .count();
            print!("[{ok}/20] ");
            return Some(n);
        }
    }
    None
}

#[test]
#[ignore]
fn measure_es() {
    for hidden in [vec![8], vec![16]] {
        for pairs in [4, 8] {
            for sigma in [0.1, 0.3] {
                for lr in [0.03, 0.1] {
                    let s = EsSettings {
                        pairs,
                        sigma,
                        learning_rate: lr,
                    };
                    let t = std::time::Instant::now();
                    let r: Vec<_> = (1..=5).map(|seed| es_run(seed, &hidden, s, 5000)).collect();
                    println!(
                        "{hidden:?} pairs {pairs} sigma {sigma} lr {lr}: {r:?} {:?}",
                        t.elapsed()
                    );
                }
            }
        }
    }
}

use super::super::cartpole::*;
use crate::engine::nn::{Activation, Init, Mlp, Workspace};
use crate::engine::optim::{Hyper, Optimizer, OptimizerKind};

/// REINFORCE with a baseline, for comparison: stochastic policy p(right) = sigmoid(z),
/// batches of `batch` episodes, discounted returns-to-go, baseline = batch mean of the
/// returns at the same step, normalised advantages, Adam. Returns the episodes until a
/// greedy (deterministic) test attempt after an update balances 500 steps.
fn pg_run(seed: u64, hidden: &[usize], batch: usize, lr: f64, budget: usize) -> Option<usize> {
    let mut rng = Rng::derived(seed, 1);
    let mut sizes = vec![4];
    sizes.extend_from_slice(hidden);
    sizes.push(1);
    let mut net = Mlp::<f64>::new(&sizes, Activation::Tanh, Activation::Linear);
    net.init(Init::Glorot, &mut rng);
    let mut opt = Optimizer::new(
        OptimizerKind::Adam,
        Hyper {
            learning_rate: lr,
            ..Hyper::default()
        },
    );
    let mut ws = Workspace::new();
    let mut episodes = 0;
    let gamma = 0.99;
    while episodes < budget {
        let mut xs = Vec::new();
        let mut acts = Vec::new();
        let mut rets: Vec<Vec<f64>> = Vec::new();
        for _ in 0..batch {
            let mut s = CartPole::start(&mut rng);
            let mut n = 0;
            loop {
                let obs = s.observation();
                net.forward(&mut ws, &obs, 1);
                let p = 1.0 / (1.0 + (-ws.outputs()[0]).exp());
                let a = if rng.uniform() < p { 1.0 } else { 0.0 };
                xs.extend_from_slice(&obs);
                acts.push(a);
                s.step(if a > 0.5 { FORCE } else { -FORCE });
                n += 1;
                if s.ending() != Ending::Running || n >= MAX_STEPS {
                    break;
                }
            }
            let mut g = vec![0.0; n as usize];
            let mut run = 0.0;
            for t in (0..n as usize).rev() {
                run = 1.0 + gamma * run;
                g[t] = run;
            }
            rets.push(g);
            episodes += 1;
        }
        let longest = rets.iter().map(|r| r.len()).max().unwrap();
        let base: Vec<f64> = (0..longest)
            .map(|t| {
                let v: Vec<f64> = rets.iter().filter_map(|r| r.get(t).copied()).collect();
                v.iter().sum::<f64>() / v.len() as f64
            })
            .collect();
        let mut adv: Vec<f64> = rets
            .iter()
            .flat_map(|r| r.iter().enumerate().map(|(t, g)| g - base[t]))
            .collect();
        let mean = adv.iter().sum::<f64>() / adv.len() as f64;
        let sd = (adv.iter().map(|a| (a - mean).powi(2)).sum::<f64>() / adv.len() as f64)
            .sqrt()
            .max(1e-8);
        adv.iter_mut().for_each(|a| *a = (*a - mean) / sd);
        let rows = acts.len();
        net.forward(&mut ws, &xs, rows);
        let mut grads = vec![0.0; net.params().len()];
        net.backward_with(&mut ws, Some(&mut grads), false, |out, d_z, _| {
            for r in 0..rows {
                let p = 1.0 / (1.0 + (-out[r]).exp());
                d_z[r] = adv[r] * (p - acts[r]) / rows as f64;
            }
        });
        opt.step(net.params_mut(), &grads);
        // Greedy test attempt.
        let mut s = CartPole::start(&mut rng);
        let mut n = 0;
        episodes += 1;
        loop {
            net.forward(&mut ws, &s.observation(), 1);
            s.step(if ws.outputs()[0] > 0.0 { FORCE } else { -FORCE });
            n += 1;
            if s.ending() != Ending::Running || n >= MAX_STEPS {
                break;
            }
        }
        if n >= MAX_STEPS {
            let mut held = Rng::new(999);
            let mut ok = 0;
            for _ in 0..20 {
                let mut s = CartPole::start(&mut held);
                let mut k = 0;
                loop {
                    net.forward(&mut ws, &s.observation(), 1);
                    s.step(if ws.outputs()[0] > 0.0 { FORCE } else { -FORCE });
                    k += 1;
                    if s.ending() != Ending::Running || k >= MAX_STEPS {
                        break;
                    }
                }
                if k >= MAX_STEPS {
                    ok += 1;
                }
            }
            print!("[{ok}/20] ");
            return Some(episodes);
        }
    }
    None
}

#[test]
#[ignore]
fn measure_pg() {
    for hidden in [vec![8], vec![16]] {
        for batch in [2, 4, 8] {
            for lr in [0.01, 0.03, 0.1] {
                let t = std::time::Instant::now();
                let r: Vec<_> = (1..=5)
                    .map(|seed| pg_run(seed, &hidden, batch, lr, 5000))
                    .collect();
                println!(
                    "PG {hidden:?} batch {batch} lr {lr}: {r:?} {:?}",
                    t.elapsed()
                );
            }
        }
    }
}

/// Attempts a second of the default agent (run natively in release): while learning (the
/// first 100 attempts of seeds 1–5) and once trained (attempts 300 to 400).
#[test]
#[ignore]
fn attempts_per_second() {
    use crate::modes::agent::{Agent, AgentConfig};
    let (mut learning, mut trained) = (0.0, 0.0);
    let mut steps = (0u64, 0u64);
    for seed in 1..=5 {
        let mut agent = Agent::new(AgentConfig {
            seed,
            ..AgentConfig::default()
        });
        let t = std::time::Instant::now();
        agent.train(100);
        learning += t.elapsed().as_secs_f64();
        steps.0 += agent.attempts().iter().map(|a| a.1 as u64).sum::<u64>();
        agent.train(200);
        let t = std::time::Instant::now();
        agent.train(100);
        trained += t.elapsed().as_secs_f64();
        steps.1 += agent.attempts()[300..]
            .iter()
            .map(|a| a.1 as u64)
            .sum::<u64>();
    }
    println!(
        "learning: {:.0} attempts/s ({:.0} steps/s); trained: {:.0} attempts/s ({:.0} steps/s)",
        500.0 / learning,
        steps.0 as f64 / learning,
        500.0 / trained,
        steps.1 as f64 / trained
    );
}
