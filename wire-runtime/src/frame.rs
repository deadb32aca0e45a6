//! placeholder: frame (being written)
