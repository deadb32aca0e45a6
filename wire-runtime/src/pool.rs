//! placeholder: pool (being written)
