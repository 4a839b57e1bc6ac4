//! Handles for the peer benchmark (`bench/adapter.js`): the harness's workloads run on the
//! same core code the playground trains with, from the weights and data the harness gives.

use crate::nn::{Activation, Loss, Mlp, Workspace};
use crate::optim::{Hyper, Optimizer, OptimizerKind};
use wasm_bindgen::prelude::*;

/// W1/W2: a tanh MLP trained with plain SGD on half squared error, batches in fixed order.
#[wasm_bindgen]
pub struct BenchMlp {
    net: Mlp<f32>,
    ws: Workspace<f32>,
    grads: Vec<f32>,
    optimizer: Optimizer<f32>,
    train_x: Vec<f32>,
    train_y: Vec<f32>,
    batch: usize,
    grid_x: Vec<f32>,
    grid_out: Vec<f32>,
}

#[wasm_bindgen]
impl BenchMlp {
    /// `sizes` are the layer sizes; `params` the weights and biases in [`Mlp`]'s layout
    /// (per layer W then b, `W[i·n_out + o]`); `train_x` row-major n × n_in; `grid_x` the same
    /// for the grid points.
    #[wasm_bindgen(constructor)]
    pub fn new(
        sizes: Vec<usize>,
        params: Vec<f32>,
        train_x: Vec<f32>,
        train_y: Vec<f32>,
        batch: usize,
        learning_rate: f64,
        grid_x: Vec<f32>,
    ) -> Result<BenchMlp, JsError> {
        let mut net = Mlp::new(&sizes, Activation::Tanh, Activation::Tanh);
        if params.len() != net.params().len() {
            return Err(JsError::new("params do not match the layer sizes"));
        }
        net.params_mut().copy_from_slice(&params);
        let hyper = Hyper {
            learning_rate,
            ..Hyper::default()
        };
        let grid_rows = grid_x.len() / sizes[0];
        Ok(BenchMlp {
            grads: vec![0.0; params.len()],
            net,
            ws: Workspace::new(),
            optimizer: Optimizer::new(OptimizerKind::Sgd, hyper),
            train_x,
            train_y,
            batch: batch.max(1),
            grid_x,
            grid_out: vec![0.0; grid_rows],
        })
    }

    /// One pass over the training set in order, an SGD update per batch.
    pub fn train_epoch(&mut self) {
        let k = self.net.sizes()[0];
        let n = self.train_y.len();
        let mut start = 0;
        while start < n {
            let rows = self.batch.min(n - start);
            let xs = &self.train_x[start * k..(start + rows) * k];
            self.net.forward(&mut self.ws, xs, rows);
            let ys = &self.train_y[start..start + rows];
            self.net
                .backward(&mut self.ws, ys, Loss::HalfSquared, &mut self.grads);
            self.optimizer.step(self.net.params_mut(), &self.grads);
            start += rows;
        }
    }

    /// Network outputs over the grid points.
    pub fn eval_grid(&mut self) -> Vec<f32> {
        self.net
            .predict(&mut self.ws, &self.grid_x, &mut self.grid_out);
        self.grid_out.clone()
    }
}
