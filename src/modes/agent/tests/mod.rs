mod evolution;
mod learning;
mod measure;
mod physics;
