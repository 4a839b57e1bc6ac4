// nn-playground's adapter for the peer benchmark (../shared/bench-peers, see its README).
// `cargo xtask bench` copies this file next to a copy of www/pkg/ and runs the harness with
// `--peer ours=<that folder>/adapter.js`. Options: {"scalar": true} loads the build without
// wasm SIMD instead of the SIMD one.

/** Concatenates the harness's per-layer f32 weights into our flat layout (per layer W then b,
 *  W[i * nOut + o]: the harness's "x @ W" order, which is also ours). */
function flatParams(weights) {
  const total = weights.reduce((n, w) => n + w.W32.length + w.b32.length, 0);
  const flat = new Float32Array(total);
  let at = 0;
  for (const w of weights) {
    flat.set(w.W32, at);
    at += w.W32.length;
    flat.set(w.b32, at);
    at += w.b32.length;
  }
  return flat;
}

export default async function makePeer(opts = {}) {
  const variant = opts.scalar ? 'scalar' : 'simd';
  const m = await import(`./pkg/${variant}/bench.js`);
  await m.default();
  return {
    name: 'nnplay',
    workloads: ['tfp-default', 'tfp-max', 'gan-2d'],
    info: () => ({ variant, simd: m.simd_build(), precision: 'f32' }),
    createMLP(task) {
      const h = new m.BenchMlp(
        new Uint32Array(task.layers),
        flatParams(task.weights),
        task.trainX32,
        task.trainY32,
        task.batchSize,
        task.lr,
        task.gridX32,
      );
      return {
        trainEpoch: () => h.train_epoch(),
        evalGrid: () => h.eval_grid(),
        dispose: () => h.free(),
      };
    },
    createGAN(task) {
      const h = new m.BenchGan(
        new Uint32Array(task.gLayers),
        flatParams(task.g),
        new Uint32Array(task.dLayers),
        flatParams(task.d),
        task.real32,
        task.noise32,
        task.batch,
        task.adam.lr,
      );
      const probe = task.probe32;
      return {
        iteration: () => h.iteration(),
        generate: () => h.generate(probe),
        dispose: () => h.free(),
      };
    },
  };
}
