//! The classifier's handle, [`Playground`], and what it draws and reports: the network
//! diagram, the output map, the hidden space, thumbnails, the charts and their keys, the views
//! under the pointer, data editing, numbers for the readouts and saved files.

mod chart;
mod chart_key;
mod edit;
mod network;
mod output;
mod playground;
mod share;
mod space;
mod stats;
mod thumbnails;
mod views;

pub use playground::Playground;
