//! The 2-D loss surfaces the optimisers race on: each a closed-form f(x, y) with its analytic
//! gradient, a square display domain, its known global minima and a start point. Pure maths.

use core::f64::consts::PI;

/// A square region of the plane, y up (the map draws its top edge at `y_max`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Domain {
    /// Left edge.
    pub x_min: f64,
    /// Right edge.
    pub x_max: f64,
    /// Bottom edge.
    pub y_min: f64,
    /// Top edge.
    pub y_max: f64,
}

impl Domain {
    /// A square of half-side `half` centred on (cx, cy).
    pub const fn square(cx: f64, cy: f64, half: f64) -> Self {
        Domain {
            x_min: cx - half,
            x_max: cx + half,
            y_min: cy - half,
            y_max: cy + half,
        }
    }

    /// Width (= height) of the domain.
    pub fn side(&self) -> f64 {
        self.x_max - self.x_min
    }

    /// Centre (x, y).
    pub fn centre(&self) -> (f64, f64) {
        (
            0.5 * (self.x_min + self.x_max),
            0.5 * (self.y_min + self.y_max),
        )
    }

    /// Whether (x, y) lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (self.x_min..=self.x_max).contains(&x) && (self.y_min..=self.y_max).contains(&y)
    }

    /// (x, y) moved onto the domain if outside it.
    pub fn clamp(&self, x: f64, y: f64) -> (f64, f64) {
        (
            x.clamp(self.x_min, self.x_max),
            y.clamp(self.y_min, self.y_max),
        )
    }

    /// Pixel coordinates (y down, pixel centres at +0.5) of (x, y) on a `width` × `height`
    /// image showing the domain.
    pub fn to_pixel(&self, (x, y): (f64, f64), width: usize, height: usize) -> (f64, f64) {
        (
            (x - self.x_min) / (self.x_max - self.x_min) * width as f64,
            (self.y_max - y) / (self.y_max - self.y_min) * height as f64,
        )
    }

    /// Inverse of [`Domain::to_pixel`]: the point under pixel position (px, py) (a click).
    pub fn from_pixel(&self, (px, py): (f64, f64), width: usize, height: usize) -> (f64, f64) {
        (
            self.x_min + px / width as f64 * (self.x_max - self.x_min),
            self.y_max - py / height as f64 * (self.y_max - self.y_min),
        )
    }
}

/// A loss surface over two parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Surface {
    /// f = ½(x² + 10·y²): curvatures 1 and 10 (λ_max = 10), so SGD is stable below
    /// lr = 2/λ_max = 0.2 and crawls along x long after y has settled.
    #[default]
    Bowl,
    /// Rosenbrock's banana, f = (1 − x)² + 100·(y − x²)²: a curved, flat-bottomed valley.
    Rosenbrock,
    /// Himmelblau's, f = (x² + y − 11)² + (x + y² − 7)²: four global minima (f = 0).
    Himmelblau,
    /// f = x² − y² + y⁴/4: a saddle at the origin between two minima (0, ±√2) with f = −1.
    /// Bounded below everywhere (the quartic term), unlike the textbook x² − y².
    Saddle,
    /// Rastrigin-like, f = x² + y² + 2·(2 − cos πx − cos πy): a bowl covered in bumps, with local
    /// minima near (±1.81, ±1.81), (0, ±1.81) and (±1.81, 0) around the global one at the origin
    /// (none beyond |x| = π, where the bumps' pull 2π·sin πx can no longer balance the
    /// bowl's 2x).
    Bumpy,
}

/// Quartic coefficient of [`Surface::Saddle`].
const SADDLE_QUARTIC: f64 = 0.25;
/// Height of the bumps of [`Surface::Bumpy`].
const BUMP: f64 = 2.0;
/// Stiff curvature of [`Surface::Bowl`].
pub const BOWL_STIFF: f64 = 10.0;

impl Surface {
    /// Every surface, in the order the UI lists them.
    pub const ALL: [Surface; 5] = [
        Surface::Bowl,
        Surface::Rosenbrock,
        Surface::Himmelblau,
        Surface::Saddle,
        Surface::Bumpy,
    ];

    /// The short lowercase name used in the query string (public API: do not rename).
    pub fn name(self) -> &'static str {
        match self {
            Surface::Bowl => "bowl",
            Surface::Rosenbrock => "rosenbrock",
            Surface::Himmelblau => "himmelblau",
            Surface::Saddle => "saddle",
            Surface::Bumpy => "bumpy",
        }
    }

    /// Inverse of [`Surface::name`].
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// f(x, y).
    pub fn value(self, x: f64, y: f64) -> f64 {
        match self {
            Surface::Bowl => 0.5 * (x * x + BOWL_STIFF * y * y),
            Surface::Rosenbrock => (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2),
            Surface::Himmelblau => (x * x + y - 11.0).powi(2) + (x + y * y - 7.0).powi(2),
            Surface::Saddle => x * x - y * y + SADDLE_QUARTIC * y.powi(4),
            Surface::Bumpy => x * x + y * y + BUMP * (2.0 - (PI * x).cos() - (PI * y).cos()),
        }
    }

    /// The analytic gradient (∂f/∂x, ∂f/∂y).
    pub fn gradient(self, x: f64, y: f64) -> [f64; 2] {
        match self {
            Surface::Bowl => [x, BOWL_STIFF * y],
            Surface::Rosenbrock => {
                let r = y - x * x;
                [-2.0 * (1.0 - x) - 400.0 * x * r, 200.0 * r]
            }
            Surface::Himmelblau => {
                let (a, b) = (x * x + y - 11.0, x + y * y - 7.0);
                [4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b]
            }
            Surface::Saddle => [2.0 * x, -2.0 * y + 4.0 * SADDLE_QUARTIC * y.powi(3)],
            Surface::Bumpy => [
                2.0 * x + BUMP * PI * (PI * x).sin(),
                2.0 * y + BUMP * PI * (PI * y).sin(),
            ],
        }
    }

    /// The square region the map shows.
    pub fn domain(self) -> Domain {
        match self {
            Surface::Bowl => Domain::square(0.0, 0.0, 4.0),
            Surface::Rosenbrock => Domain::square(0.0, 1.0, 2.0),
            Surface::Himmelblau => Domain::square(0.0, 0.0, 5.0),
            Surface::Saddle => Domain::square(0.0, 0.0, 2.5),
            Surface::Bumpy => Domain::square(0.0, 0.0, 4.5),
        }
    }

    /// The global minima (x, y), all with value [`Surface::min_value`]. Himmelblau's three
    /// irrational ones are given to 6 decimals (their gradient there is below 1e-4).
    pub fn minima(self) -> &'static [(f64, f64)] {
        match self {
            Surface::Bowl | Surface::Bumpy => &[(0.0, 0.0)],
            Surface::Rosenbrock => &[(1.0, 1.0)],
            Surface::Himmelblau => &[
                (3.0, 2.0),
                (-2.805_118, 3.131_312),
                (-3.779_310, -3.283_186),
                (3.584_428, -1.848_126),
            ],
            Surface::Saddle => &[
                (0.0, core::f64::consts::SQRT_2),
                (0.0, -core::f64::consts::SQRT_2),
            ],
        }
    }

    /// The lowest value of the surface (at every point of [`Surface::minima`]).
    pub fn min_value(self) -> f64 {
        match self {
            Surface::Saddle => -1.0,
            _ => 0.0,
        }
    }

    /// A start point that shows the surface's character.
    pub fn default_start(self) -> (f64, f64) {
        match self {
            // Far along the flat direction, a little up the steep one.
            Surface::Bowl => (-3.5, 1.5),
            // The classic start on the far side of the banana.
            Surface::Rosenbrock => (-1.2, 1.0),
            // Below the central hill, where Adam's and RMSprop's paths part from the others'.
            Surface::Himmelblau => (0.4, -1.9),
            // Just off the ridge line y = 0: the racers reach the saddle, then escape.
            Surface::Saddle => (-2.2, 0.05),
            Surface::Bumpy => (3.6, 3.1),
        }
    }

    /// The second derivatives [f_xx, f_xy, f_yy] at (x, y), by central differences of the
    /// analytic gradient (used only to tell a saddle from a local minimum).
    pub fn hessian(self, x: f64, y: f64) -> [f64; 3] {
        let h = HESSIAN_STEP * self.domain().side();
        let (gx1, gx0) = (self.gradient(x + h, y), self.gradient(x - h, y));
        let (gy1, gy0) = (self.gradient(x, y + h), self.gradient(x, y - h));
        let fxx = (gx1[0] - gx0[0]) / (2.0 * h);
        let fyy = (gy1[1] - gy0[1]) / (2.0 * h);
        let fxy = 0.5 * ((gx1[1] - gx0[1]) + (gy1[0] - gy0[0])) / (2.0 * h);
        [fxx, fxy, fyy]
    }
}

/// Step of the Hessian's differences, as a fraction of the domain's side.
const HESSIAN_STEP: f64 = 1e-5;

/// The smaller eigenvalue of the symmetric matrix [[a, b], [b, c]] given as [a, b, c].
pub fn smallest_eigenvalue([a, b, c]: [f64; 3]) -> f64 {
    0.5 * (a + c) - (0.25 * (a - c) * (a - c) + b * b).sqrt()
}
