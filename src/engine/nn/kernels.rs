//! The dense-layer kernels behind [`crate::engine::nn::Mlp`], written over [`Lanes`] (four examples
//! at once: one wasm SIMD vector in the SIMD build, the same arithmetic on an array in the
//! scalar build, so both compute identical results). Layout: neuron-major, a layer of n
//! neurons over a batch is n rows of `stride` lanes (`stride` a multiple of [`LANES`]).
//! Each kernel checks its slice lengths once on entry; the inner loops then index without
//! bounds checks, which is most of their speed.

use crate::engine::float::Float;
use crate::engine::lanes::{Lanes, WIDTH};
use crate::engine::nn::Activation;

/// Examples processed together by one vector operation (4 × f32 = one wasm v128).
pub const LANES: usize = WIDTH;

/// Shape of a dense layer over a batch: inputs, outputs, lanes per neuron.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Number of inputs.
    pub n_in: usize,
    /// Number of outputs.
    pub n_out: usize,
    /// Lanes per neuron (the batch rounded up to a multiple of [`LANES`]).
    pub stride: usize,
}

impl Shape {
    fn check(&self, w: &[impl Copy], rows_in: usize, a_in: usize, rows_out: usize, out: usize) {
        assert_eq!(self.stride % LANES, 0, "stride must be a multiple of LANES");
        assert!(w.len() >= self.n_in * self.n_out, "weights too short");
        assert!(a_in >= rows_in * self.stride, "input activations too short");
        assert!(out >= rows_out * self.stride, "output buffer too short");
    }
}

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
pub fn dense_forward<F: Float>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    shape: Shape,
    out: &mut [F],
    act: Activation,
) {
    shape.check(w, shape.n_in, a_in.len(), shape.n_out, out.len());
    assert!(b.len() >= shape.n_out, "biases too short");
    match act {
        Activation::Tanh => forward_with(w, b, a_in, shape, out, |z: F::V| z.tanh()),
        Activation::Relu => forward_with(w, b, a_in, shape, out, |z: F::V| z.relu()),
        Activation::Linear => forward_with(w, b, a_in, shape, out, |z: F::V| z),
        other => forward_with(w, b, a_in, shape, out, |z: F::V| {
            let mut s = [F::ZERO; LANES];
            z.store(&mut s);
            F::V::load(&s.map(|x| other.apply(x)))
        }),
    }
}

#[inline(always)]
fn forward_with<F: Float>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    shape: Shape,
    out: &mut [F],
    f: impl Fn(F::V) -> F::V + Copy,
) {
    // Several vectors at a time share each weight broadcast and give the CPU independent
    // accumulation chains: groups of 4, then one group of what is left (1 to 3).
    let mut c = 0;
    while c + 4 * LANES <= shape.stride {
        forward_chunk::<F, 4>(w, b, a_in, shape, out, c, f);
        c += 4 * LANES;
    }
    match (shape.stride - c) / LANES {
        3 => forward_chunk::<F, 3>(w, b, a_in, shape, out, c, f),
        2 => forward_chunk::<F, 2>(w, b, a_in, shape, out, c, f),
        1 => forward_chunk::<F, 1>(w, b, a_in, shape, out, c, f),
        _ => {}
    }
}

/// `N` vectors of lanes starting at lane `c` (a multiple of [`LANES`], with
/// c + N·LANES ≤ stride; lengths checked by [`dense_forward`]).
#[inline(always)]
fn forward_chunk<F: Float, const N: usize>(
    w: &[F],
    b: &[F],
    a_in: &[F],
    Shape {
        n_in,
        n_out,
        stride,
    }: Shape,
    out: &mut [F],
    c: usize,
    f: impl Fn(F::V) -> F::V,
) {
    debug_assert!(c + N * LANES <= stride);
    // SAFETY (all unchecked accesses below): o < n_out ≤ b.len(); i·n_out + o < n_in·n_out ≤
    // w.len(); i·stride + c + N·LANES ≤ n_in·stride ≤ a_in.len(), and the same for `out`
    // with n_out — all checked on entry to `dense_forward`.
    let bias = |o: usize| F::V::splat(unsafe { *b.get_unchecked(o) });
    let weight = |i: usize, o: usize| F::V::splat(unsafe { *w.get_unchecked(i * n_out + o) });
    let input = |i: usize, v: usize| unsafe { F::V::load_at(a_in, i * stride + c + v * LANES) };
    let mut o = 0;
    // Two outputs per pass share every input load (each output's sum keeps its order).
    while o + 2 <= n_out {
        let (mut acc0, mut acc1) = ([bias(o); N], [bias(o + 1); N]);
        for i in 0..n_in {
            let (w0, w1) = (weight(i, o), weight(i, o + 1));
            for v in 0..N {
                let x = input(i, v);
                acc0[v] = acc0[v].add(w0.mul(x));
                acc1[v] = acc1[v].add(w1.mul(x));
            }
        }
        for v in 0..N {
            unsafe { f(acc0[v]).store_at(out, o * stride + c + v * LANES) };
            unsafe { f(acc1[v]).store_at(out, (o + 1) * stride + c + v * LANES) };
        }
        o += 2;
    }
    if o < n_out {
        let mut acc = [bias(o); N];
        for i in 0..n_in {
            let w0 = weight(i, o);
            for (v, acc) in acc.iter_mut().enumerate() {
                *acc = acc.add(w0.mul(input(i, v)));
            }
        }
        for (v, acc) in acc.iter().enumerate() {
            unsafe { f(*acc).store_at(out, o * stride + c + v * LANES) };
        }
    }
}

/// Parameter gradients of a dense layer, overwriting `grad_w` (n_in × n_out) with
/// Σ_r A[i][r]·dZ[o][r] and `grad_b` (n_out) with Σ_r dZ[o][r]. Sums run lane-wise over
/// the batch, then across the lanes in a fixed order; four outputs are reduced at once.
pub fn dense_param_grads<F: Float>(
    a_in: &[F],
    d_z: &[F],
    shape: Shape,
    grad_w: &mut [F],
    grad_b: &mut [F],
) {
    let Shape {
        n_in,
        n_out,
        stride,
    } = shape;
    shape.check(grad_w, n_in, a_in.len(), n_out, d_z.len());
    // The bias gradient is the same sum with every input lane 1 (x·1 = x exactly).
    let one = F::V::splat(F::ONE);
    param_grad_row(|_| one, d_z, shape, &mut grad_b[..n_out]);
    for i in 0..n_in {
        let a = &a_in[i * stride..(i + 1) * stride];
        // SAFETY: c + LANES ≤ stride = a.len() (c steps over 0..stride by LANES).
        let load = |c: usize| unsafe { F::V::load_at(a, c) };
        param_grad_row(load, d_z, shape, &mut grad_w[i * n_out..(i + 1) * n_out]);
    }
}

/// out[o] = Σ_r a[r]·dZ[o][r] for every output o, where `a(c)` gives lanes c..c+LANES of a.
#[inline(always)]
fn param_grad_row<F: Float>(a: impl Fn(usize) -> F::V, d_z: &[F], shape: Shape, out: &mut [F]) {
    let Shape { n_out, stride, .. } = shape;
    assert!(d_z.len() >= n_out * stride && out.len() >= n_out);
    let dot = |o: usize| {
        let mut sum = F::V::splat(F::ZERO);
        for c in (0..stride).step_by(LANES) {
            // SAFETY: o·stride + c + LANES ≤ n_out·stride ≤ d_z.len().
            let y = unsafe { F::V::load_at(d_z, o * stride + c) };
            sum = sum.add(a(c).mul(y));
        }
        sum
    };
    let mut o = 0;
    while o + LANES <= n_out {
        // Four dot products in one sweep, so each lane vector of `a` is loaded once.
        let mut sums = [F::V::splat(F::ZERO); LANES];
        for c in (0..stride).step_by(LANES) {
            let x = a(c);
            for (k, sum) in sums.iter_mut().enumerate() {
                // SAFETY: (o + k)·stride + c + LANES ≤ n_out·stride ≤ d_z.len().
                let y = unsafe { F::V::load_at(d_z, (o + k) * stride + c) };
                *sum = sum.add(x.mul(y));
            }
        }
        F::V::sum4(sums[0], sums[1], sums[2], sums[3]).store(&mut out[o..]);
        o += LANES;
    }
    for (k, slot) in out.iter_mut().enumerate().skip(o) {
        *slot = dot(k).sum();
    }
}

/// Gradient with respect to a dense layer's pre-activation inputs: dZ_in[i][r] =
/// f′(A[i][r]) · Σ_o W[i][o]·dZ[o][r], written into `d_in` (n_in × stride), where `a_in`
/// holds the activations A = f(Z_in) of the layer below.
pub fn dense_input_grads<F: Float>(
    w: &[F],
    d_z: &[F],
    a_in: &[F],
    shape: Shape,
    d_in: &mut [F],
    act: Activation,
) {
    let Shape {
        n_in,
        n_out,
        stride,
    } = shape;
    shape.check(w, n_out, d_z.len(), n_in, d_in.len());
    assert!(a_in.len() >= n_in * stride, "activations too short");
    let mut c = 0;
    while c + 4 * LANES <= stride {
        input_grads_chunk::<F, 4>(w, d_z, a_in, shape, d_in, act, c);
        c += 4 * LANES;
    }
    match (stride - c) / LANES {
        3 => input_grads_chunk::<F, 3>(w, d_z, a_in, shape, d_in, act, c),
        2 => input_grads_chunk::<F, 2>(w, d_z, a_in, shape, d_in, act, c),
        1 => input_grads_chunk::<F, 1>(w, d_z, a_in, shape, d_in, act, c),
        _ => {}
    }
}

/// `N` vectors of lanes of [`dense_input_grads`] starting at lane `c`.
#[inline(always)]
fn input_grads_chunk<F: Float, const N: usize>(
    w: &[F],
    d_z: &[F],
    a_in: &[F],
    Shape {
        n_in,
        n_out,
        stride,
    }: Shape,
    d_in: &mut [F],
    act: Activation,
    c: usize,
) {
    debug_assert!(c + N * LANES <= stride);
    let one = F::V::splat(F::ONE);
    for i in 0..n_in {
        let mut acc = [F::V::splat(F::ZERO); N];
        for o in 0..n_out {
            // SAFETY: indices bounded by the shape checks in `dense_input_grads`.
            let wio = F::V::splat(unsafe { *w.get_unchecked(i * n_out + o) });
            for (v, acc) in acc.iter_mut().enumerate() {
                let dz = unsafe { F::V::load_at(d_z, o * stride + c + v * LANES) };
                *acc = acc.add(wio.mul(dz));
            }
        }
        for (v, acc) in acc.iter().enumerate() {
            let at = i * stride + c + v * LANES;
            // SAFETY: at + LANES ≤ n_in·stride ≤ a_in.len(), d_in.len().
            let a = unsafe { F::V::load_at(a_in, at) };
            let d = match act {
                Activation::Tanh => acc.mul(one.sub(a.mul(a))),
                Activation::Linear => *acc,
                other => {
                    let mut s = [F::ZERO; LANES];
                    a.store(&mut s);
                    acc.mul(F::V::load(&s.map(|x| other.derivative_from_output(x))))
                }
            };
            unsafe { d.store_at(d_in, at) };
        }
    }
}
