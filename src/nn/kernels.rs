//! The dense-layer kernels behind [`crate::nn::Mlp`], written over [`Lanes`] (four examples
//! at once: one wasm SIMD vector in the SIMD build, the same arithmetic on an array in the
//! scalar build, so both compute identical results). Layout: neuron-major, a layer of n
//! neurons over a batch is n rows of `stride` lanes (`stride` a multiple of [`LANES`]).

use crate::float::Float;
use crate::lanes::{Lanes, WIDTH};
use crate::nn::Activation;

/// Examples processed together by one vector operation (4 × f32 = one wasm v128).
pub const LANES: usize = WIDTH;

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

/// A = f(Wᵀ·A_in + b) for a batch: `w` is n_in × n_out (row-major), `b` n_out, `a_in`
/// n_in × stride; writes `out` (n_out × stride) with the activations. The activation is
/// applied while the vectors are still in registers, one specialised loop per activation.
#[allow(clippy::too_many_arguments)]
pub fn dense_forward<F: Float>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    out: &mut [F],
    act: Activation,
) {
    let shape = (n_in, n_out, stride);
    match act {
        Activation::Tanh => dense_forward_with(w, b, a_in, shape, out, |z: F::V| z.tanh()),
        Activation::Relu => dense_forward_with(w, b, a_in, shape, out, |z: F::V| z.relu()),
        Activation::Linear => dense_forward_with(w, b, a_in, shape, out, |z: F::V| z),
        other => dense_forward_with(w, b, a_in, shape, out, |z: F::V| {
            let mut s = [F::ZERO; LANES];
            z.store(&mut s);
            F::V::load(&s.map(|x| other.apply(x)))
        }),
    }
}

#[inline(always)]
fn dense_forward_with<F: Float>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    shape: (usize, usize, usize),
    out: &mut [F],
    f: impl Fn(F::V) -> F::V + Copy,
) {
    let stride = shape.2;
    let mut c = 0;
    // Several vectors at a time share each weight broadcast and give the CPU independent
    // accumulation chains.
    while c + 4 * LANES <= stride {
        dense_forward_chunk::<F, 4>(w, b, a_in, shape, out, c, f);
        c += 4 * LANES;
    }
    while c + 2 * LANES <= stride {
        dense_forward_chunk::<F, 2>(w, b, a_in, shape, out, c, f);
        c += 2 * LANES;
    }
    if c < stride {
        dense_forward_chunk::<F, 1>(w, b, a_in, shape, out, c, f);
    }
}

/// `N` vectors of lanes starting at lane `c` (a multiple of [`LANES`]).
#[inline(always)]
fn dense_forward_chunk<F: Float, const N: usize>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    (n_in, n_out, stride): (usize, usize, usize),
    out: &mut [F],
    c: usize,
    f: impl Fn(F::V) -> F::V,
) {
    for o in 0..n_out {
        let mut acc = [F::V::splat(b[o]); N];
        for i in 0..n_in {
            let wio = F::V::splat(w[i * n_out + o]);
            let row = &a_in[i * stride + c..];
            for (v, acc) in acc.iter_mut().enumerate() {
                *acc = acc.add(wio.mul(F::V::load(&row[v * LANES..])));
            }
        }
        let dst = &mut out[o * stride + c..];
        for (v, acc) in acc.iter().enumerate() {
            f(*acc).store(&mut dst[v * LANES..]);
        }
    }
}

/// Parameter gradients of a dense layer, overwriting `grad_w` (n_in × n_out) with
/// Σ_r A[i][r]·dZ[o][r] and `grad_b` (n_out) with Σ_r dZ[o][r]. Sums run lane-wise over
/// the batch, then across the lanes in a fixed order; four outputs are reduced at once.
pub fn dense_param_grads<F: Float>(
    a_in: &[F],
    d_z: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    grad_w: &mut [F],
    grad_b: &mut [F],
) {
    let ones = vec![F::ONE; stride];
    param_grad_row(&ones, d_z, n_out, stride, grad_b);
    for i in 0..n_in {
        let a = &a_in[i * stride..(i + 1) * stride];
        param_grad_row(
            a,
            d_z,
            n_out,
            stride,
            &mut grad_w[i * n_out..(i + 1) * n_out],
        );
    }
}

/// out[o] = Σ_r a[r]·dZ[o][r] for every output o.
#[inline(always)]
fn param_grad_row<F: Float>(a: &[F], d_z: &[F], n_out: usize, stride: usize, out: &mut [F]) {
    let dot = |o: usize| {
        let dz = &d_z[o * stride..(o + 1) * stride];
        let mut sum = F::V::splat(F::ZERO);
        for c in (0..stride).step_by(LANES) {
            sum = sum.add(F::V::load(&a[c..]).mul(F::V::load(&dz[c..])));
        }
        sum
    };
    let mut o = 0;
    while o + LANES <= n_out {
        F::V::sum4(dot(o), dot(o + 1), dot(o + 2), dot(o + 3)).store(&mut out[o..]);
        o += LANES;
    }
    for (k, slot) in out.iter_mut().enumerate().skip(o) {
        *slot = dot(k).sum();
    }
}

/// Gradient with respect to a dense layer's pre-activation inputs: dZ_in[i][r] =
/// f′(A[i][r]) · Σ_o W[i][o]·dZ[o][r], written into `d_in` (n_in × stride), where `a_in`
/// holds the activations A = f(Z_in) of the layer below.
#[allow(clippy::too_many_arguments)]
pub fn dense_input_grads<F: Float>(
    w: &[F],
    d_z: &[F],
    a_in: &[F],
    n_in: usize,
    n_out: usize,
    stride: usize,
    d_in: &mut [F],
    act: Activation,
) {
    let one = F::V::splat(F::ONE);
    for c in (0..stride).step_by(LANES) {
        for i in 0..n_in {
            let mut acc = F::V::splat(F::ZERO);
            for o in 0..n_out {
                let wio = F::V::splat(w[i * n_out + o]);
                acc = acc.add(wio.mul(F::V::load(&d_z[o * stride + c..])));
            }
            let at = i * stride + c;
            let a = F::V::load(&a_in[at..]);
            let d = match act {
                Activation::Tanh => acc.mul(one.sub(a.mul(a))),
                Activation::Linear => acc,
                other => {
                    let mut s = [F::ZERO; LANES];
                    a.store(&mut s);
                    acc.mul(F::V::load(&s.map(|x| other.derivative_from_output(x))))
                }
            };
            d.store(&mut d_in[at..]);
        }
    }
}
