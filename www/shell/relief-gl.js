// The WebGL renderer of a 3-D relief: draws the triangles a wasm handle computed (six floats
// a vertex: x, y in clip space, depth, r, g, b; back to front, see src/drawing/relief3d.rs) on
// a canvas of its own, in their order (painter's order: no depth buffer), so it shows the
// same picture as the Rust software renderer. `ReliefGL.create` gives null where WebGL is
// missing (some headless browsers), and the mode falls back to the software path.

const VERTEX = `
attribute vec3 position;
attribute vec3 colour;
varying vec3 shade;
void main() { shade = colour; gl_Position = vec4(position.xy, 0.0, 1.0); }`;
const FRAGMENT = `
precision mediump float;
varying vec3 shade;
void main() { gl_FragColor = vec4(shade, 1.0); }`;
const FLOATS = 6;

export class ReliefGL {
  #gl;
  #buffer;
  #program;

  /** A renderer on `canvas`, or null where WebGL cannot be had. */
  static create(canvas) {
    let gl = null;
    try {
      gl = canvas.getContext('webgl', { preserveDrawingBuffer: true, antialias: true, alpha: false });
    } catch {
      gl = null;
    }
    if (!gl) return null;
    const r = new ReliefGL(gl);
    return r.#program ? r : null;
  }

  constructor(gl) {
    this.#gl = gl;
    const shader = (kind, text) => {
      const s = gl.createShader(kind);
      gl.shaderSource(s, text);
      gl.compileShader(s);
      return gl.getShaderParameter(s, gl.COMPILE_STATUS) ? s : null;
    };
    const vs = shader(gl.VERTEX_SHADER, VERTEX);
    const fs = shader(gl.FRAGMENT_SHADER, FRAGMENT);
    if (!vs || !fs) return;
    const program = gl.createProgram();
    gl.attachShader(program, vs);
    gl.attachShader(program, fs);
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return;
    this.#program = program;
    this.#buffer = gl.createBuffer();
  }

  /** Draws `vertices` (a Float32Array from the handle's `relief_mesh`) over `sky` ([r, g, b]
   * in 0…1) at the canvas's size. */
  draw(vertices, sky) {
    const gl = this.#gl;
    const { width, height } = gl.canvas;
    gl.viewport(0, 0, width, height);
    gl.clearColor(sky[0], sky[1], sky[2], 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.disable(gl.DEPTH_TEST);
    gl.useProgram(this.#program);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffer);
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.DYNAMIC_DRAW);
    const position = gl.getAttribLocation(this.#program, 'position');
    const colour = gl.getAttribLocation(this.#program, 'colour');
    gl.enableVertexAttribArray(position);
    gl.enableVertexAttribArray(colour);
    gl.vertexAttribPointer(position, 3, gl.FLOAT, false, FLOATS * 4, 0);
    gl.vertexAttribPointer(colour, 3, gl.FLOAT, false, FLOATS * 4, 12);
    gl.drawArrays(gl.TRIANGLES, 0, vertices.length / FLOATS);
  }
}
