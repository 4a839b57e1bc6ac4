//! The dense-layer kernels behind [`crate::nn::Mlp`]: plain loops over fixed-width chunks of
//! [`LANES`] examples, written so that the compiler maps each chunk onto one SIMD vector
//! when wasm simd128 is enabled, and onto the same arithmetic in the same order otherwise
//! (so the SIMD and scalar builds compute identical results). Layout: neuron-major, a layer
//! of n neurons over a batch is n rows of `stride` lanes (`stride` a multiple of LANES).

use crate::float::Float;

/// Examples processed together by one vector operation (4 × f32 = one wasm v128).
pub const LANES: usize = 4;

/// Writes `xs` (rows × n_in, row-major) transposed into `out` (n_in × stride), zeroing the
/// padding lanes rows..stride.
pub fn transpose_into<F: Float>(xs: &[F], n_in: usize, rows: usize, stride: usize, out: &mut [F]) {
    for i in 0..n_in {
        let row = &mut out[i * stride..(i + 1) * stride];
        for (r, slot) in row.iter_mut().enumerate().take(rows) {
            *slot = xs[r * n_in + i];
        }
        row[rows..].iter_mut().for_each(|x| *x = F::ZERO);
    }
}

/// Z = Wᵀ·A + b for a batch: `w` is n_in × n_out (row-major), `b` n_out, `a_in`
/// n_in × stride; writes `out` (n_out × stride) with the pre-activations.
pub fn dense_forward<F: Float>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    out: &mut [F],
) {
    for c in (0..stride).step_by(LANES) {
        for o in 0..n_out {
            let mut acc = [b[o]; LANES];
            for i in 0..n_in {
                let wio = w[i * n_out + o];
                let a: &[F; LANES] = a_in[i * stride + c..][..LANES].try_into().unwrap();
                for k in 0..LANES {
                    acc[k] += wio * a[k];
                }
            }
            out[o * stride + c..][..LANES].copy_from_slice(&acc);
        }
    }
}

/// Parameter gradients of a dense layer, overwriting `grad_w` (n_in × n_out) with
/// Σ_r A[i][r]·dZ[o][r] and `grad_b` (n_out) with Σ_r dZ[o][r]. Sums run lane-wise over
/// chunks, then across the lanes in a fixed order.
pub fn dense_param_grads<F: Float>(
    a_in: &[F],
    d_z: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    grad_w: &mut [F],
    grad_b: &mut [F],
) {
    for o in 0..n_out {
        let dz = &d_z[o * stride..(o + 1) * stride];
        grad_b[o] = lane_sum(dz, None);
        for i in 0..n_in {
            let a = &a_in[i * stride..(i + 1) * stride];
            grad_w[i * n_out + o] = lane_sum(dz, Some(a));
        }
    }
}

/// Σ_r x[r] (or Σ_r x[r]·y[r] when `y` is given) with LANES partial sums.
#[inline(always)]
fn lane_sum<F: Float>(x: &[F], y: Option<&[F]>) -> F {
    let mut acc = [F::ZERO; LANES];
    for c in (0..x.len()).step_by(LANES) {
        let xs: &[F; LANES] = x[c..][..LANES].try_into().unwrap();
        match y {
            Some(y) => {
                let ys: &[F; LANES] = y[c..][..LANES].try_into().unwrap();
                for k in 0..LANES {
                    acc[k] += xs[k] * ys[k];
                }
            }
            None => {
                for k in 0..LANES {
                    acc[k] += xs[k];
                }
            }
        }
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3])
}

/// Gradient with respect to a dense layer's inputs: dA[i][r] = Σ_o W[i][o]·dZ[o][r],
/// written into `d_in` (n_in × stride).
pub fn dense_input_grads<F: Float>(
    w: &[F],
    d_z: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    d_in: &mut [F],
) {
    for c in (0..stride).step_by(LANES) {
        for i in 0..n_in {
            let mut acc = [F::ZERO; LANES];
            for o in 0..n_out {
                let wio = w[i * n_out + o];
                let dz: &[F; LANES] = d_z[o * stride + c..][..LANES].try_into().unwrap();
                for k in 0..LANES {
                    acc[k] += wio * dz[k];
                }
            }
            d_in[i * stride + c..][..LANES].copy_from_slice(&acc);
        }
    }
}
