//! Per-frame lz4 compression (feature `compression`).
//!
//! A compressed payload is the decompressed length as a big-endian `u32`, then one lz4
//! block (the lz4 block format, without the lz4 frame format around it). The length
//! comes first so a decoder can refuse a payload that would decompress beyond its cap
//! before it spends a byte of memory on it.

use super::FrameError;

/// Bytes before the lz4 block.
const LEN_PREFIX: usize = 4;

/// Compresses `payload` into `out` (reused) and returns the compressed length, or `None`
/// when compression would not make the payload smaller.
pub(crate) fn compress(payload: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let declared = u32::try_from(payload.len()).ok()?;
    out.clear();
    out.resize(
        LEN_PREFIX + lz4_flex::block::get_maximum_output_size(payload.len()),
        0,
    );
    out[..LEN_PREFIX].copy_from_slice(&declared.to_be_bytes());
    let block = lz4_flex::block::compress_into(payload, &mut out[LEN_PREFIX..]).ok()?;
    let len = LEN_PREFIX + block;
    (len < payload.len()).then_some(len)
}

/// Decompresses a compressed payload into `out` (reused) and returns its length.
///
/// The declared length is checked against `max` before anything is allocated, and the
/// block must fill exactly that many bytes.
pub(crate) fn decompress(
    payload: &[u8],
    max: usize,
    offset: u64,
    out: &mut Vec<u8>,
) -> Result<usize, FrameError> {
    let Some((declared, block)) = payload.split_first_chunk::<LEN_PREFIX>() else {
        return Err(FrameError::Decompress {
            offset,
            reason: "payload shorter than its decompressed length",
        });
    };
    let declared = u32::from_be_bytes(*declared);
    if u64::from(declared) > max as u64 {
        return Err(FrameError::DecompressedTooLarge {
            offset,
            len: declared.into(),
            max: max as u64,
        });
    }
    let declared = declared as usize;
    out.clear();
    out.resize(declared, 0);
    match lz4_flex::block::decompress_into(block, out) {
        Ok(written) if written == declared => Ok(declared),
        Ok(_) => Err(FrameError::Decompress {
            offset,
            reason: "lz4 block shorter than the declared length",
        }),
        Err(_) => Err(FrameError::Decompress {
            offset,
            reason: "malformed lz4 block",
        }),
    }
}
