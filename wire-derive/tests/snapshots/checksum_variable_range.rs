// The expansion of `#[derive(Wire)]` on the input below; `WIRE_BLESS=1 cargo test -p wire-derive snapshot` rewrites this file.
//
// #[wire(endian = "big")]
// pub struct Datagram<'a> {
//     #[wire(bits = 4)] pub version: u8,
//     #[wire(bits = 4)] pub ihl: u8,
//     pub total_length: u16,
//     #[wire(checksum = "crc32", over = "label..=payload")] pub crc: u32,
//     #[wire(checksum = "internet", over = "version..=options", verify)] pub checksum: u16,
//     #[wire(byte_len = "ihl * 4 - 8")] pub options: &'a [u8],
//     #[wire(if = "version", len = "u8")] pub label: Option<&'a str>,
//     #[wire(byte_len = "total_length - ihl * 4")] pub payload: &'a [u8],
// }
///A view of an encoded [`Datagram`], made by [`Datagram::view`] or [`Datagram::view_prefix`]: the fixed fields are read in place, the variable ones were located (and checked) once, so every accessor is O(1) and cannot fail.
#[derive(::wire::__private::core::clone::Clone, ::wire::__private::core::marker::Copy)]
pub struct DatagramView<'a> {
    __bytes: &'a [u8],
    __raw: &'a [u8; 9],
    options: &'a [u8],
    label: ::wire::__private::Option<&'a str>,
    payload: &'a [u8],
    __wire_to_options: usize,
    __wire_from_label: usize,
    __wire_to_payload: usize,
}
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    const __FIELDS: &[::wire::__private::FieldSpan] = &[
        ::wire::__private::FieldSpan {
            name: "version",
            start: 0,
            end: 1,
        },
        ::wire::__private::FieldSpan {
            name: "ihl",
            start: 0,
            end: 1,
        },
        ::wire::__private::FieldSpan {
            name: "total_length",
            start: 1,
            end: 3,
        },
        ::wire::__private::FieldSpan {
            name: "crc",
            start: 3,
            end: 7,
        },
        ::wire::__private::FieldSpan {
            name: "checksum",
            start: 7,
            end: 9,
        },
    ];
    impl<'a> Datagram<'a> {
        #[doc(hidden)]
        pub const __WIRE_MAX_DEPTH: u32 = 100u32;
        #[doc(hidden)]
        pub fn __wire_view_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (DatagramView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let __raw: &'a [u8; 9] = ::wire::__private::read_block::<
                [u8; 9],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 9;
            let options = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                        ::wire::__private::Option::Some(8),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "options",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            let label = if ::wire::__private::condition_holds(
                ::wire::__private::Option::Some(
                    (((::wire::__private::read_be_u8(
                        ::wire::__private::chunk::<1usize>(__raw, 0),
                    ) >> 4u32) & 15) as u8) as i128,
                ),
                "label",
                pos,
            )? {
                ::wire::__private::Option::Some(
                    ::wire::__private::read_str::<
                        ::wire::__private::BigEndian,
                    >(
                        bytes,
                        &mut pos,
                        ::wire::__private::LenPrefix::U8,
                        255u64,
                        "label",
                    )?,
                )
            } else {
                ::wire::__private::Option::None
            };
            let payload = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::Option::Some(
                            (::wire::__private::read_at::<
                                u16,
                                ::wire::__private::BigEndian,
                            >(__raw, 1)) as i128,
                        ),
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "payload",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_payload = pos;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..__wire_to_options,
                7,
                false,
                "checksum",
                0usize,
            )?;
            ::wire::__private::Ok((
                DatagramView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    options,
                    label,
                    payload,
                    __wire_to_options,
                    __wire_from_label,
                    __wire_to_payload,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_decode_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (Datagram<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let __raw: &'a [u8; 9] = ::wire::__private::read_block::<
                [u8; 9],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 9;
            let options = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                        ::wire::__private::Option::Some(8),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "options",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            let label = if ::wire::__private::condition_holds(
                ::wire::__private::Option::Some(
                    (((::wire::__private::read_be_u8(
                        ::wire::__private::chunk::<1usize>(__raw, 0),
                    ) >> 4u32) & 15) as u8) as i128,
                ),
                "label",
                pos,
            )? {
                ::wire::__private::Option::Some(
                    ::wire::__private::read_str::<
                        ::wire::__private::BigEndian,
                    >(
                        bytes,
                        &mut pos,
                        ::wire::__private::LenPrefix::U8,
                        255u64,
                        "label",
                    )?,
                )
            } else {
                ::wire::__private::Option::None
            };
            let payload = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::Option::Some(
                            (::wire::__private::read_at::<
                                u16,
                                ::wire::__private::BigEndian,
                            >(__raw, 1)) as i128,
                        ),
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "payload",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_payload = pos;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..__wire_to_options,
                7,
                false,
                "checksum",
                0usize,
            )?;
            ::wire::__private::Ok((
                Datagram {
                    version: ((::wire::__private::read_be_u8(
                        ::wire::__private::chunk::<1usize>(__raw, 0),
                    ) >> 4u32) & 15) as u8,
                    ihl: ((::wire::__private::read_be_u8(
                        ::wire::__private::chunk::<1usize>(__raw, 0),
                    ) >> 0u32) & 15) as u8,
                    total_length: ::wire::__private::read_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(__raw, 1),
                    crc: ::wire::__private::read_at::<
                        u32,
                        ::wire::__private::BigEndian,
                    >(__raw, 3),
                    checksum: ::wire::__private::read_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(__raw, 7),
                    options,
                    label,
                    payload,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_check_at(
            bytes: &'a [u8],
            __depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let __raw: &'a [u8; 9] = ::wire::__private::read_block::<
                [u8; 9],
            >(bytes, __FIELDS)?;
            {
                let raw = __raw;
                let offset = 0usize;
            }
            let mut pos = 9;
            let _ = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                        ::wire::__private::Option::Some(8),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "options",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            let _ = if ::wire::__private::condition_holds(
                ::wire::__private::Option::Some(
                    (((::wire::__private::read_be_u8(
                        ::wire::__private::chunk::<1usize>(__raw, 0),
                    ) >> 4u32) & 15) as u8) as i128,
                ),
                "label",
                pos,
            )? {
                ::wire::__private::Option::Some(
                    ::wire::__private::read_str::<
                        ::wire::__private::BigEndian,
                    >(
                        bytes,
                        &mut pos,
                        ::wire::__private::LenPrefix::U8,
                        255u64,
                        "label",
                    )?,
                )
            } else {
                ::wire::__private::Option::None
            };
            let _ = {
                let __len = ::wire::__private::computed_len(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Sub,
                        ::wire::__private::Option::Some(
                            (::wire::__private::read_at::<
                                u16,
                                ::wire::__private::BigEndian,
                            >(__raw, 1)) as i128,
                        ),
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Mul,
                            ::wire::__private::Option::Some(
                                (((::wire::__private::read_be_u8(
                                    ::wire::__private::chunk::<1usize>(__raw, 0),
                                ) >> 0u32) & 15) as u8) as i128,
                            ),
                            ::wire::__private::Option::Some(4),
                        ),
                    ),
                    1048576u64,
                    1usize,
                    bytes,
                    pos,
                    "payload",
                )?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_payload = pos;
            let end = pos;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..__wire_to_options,
                7,
                false,
                "checksum",
                0usize,
            )?;
            ::wire::__private::Ok(end)
        }
        #[doc(hidden)]
        pub fn __wire_view_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(DatagramView<'a>, usize)> {
            let (__raw, _) = <[u8; 9] as ::wire::__private::zerocopy::FromBytes>::ref_from_prefix(
                    bytes,
                )
                .ok()?;
            let mut pos = 9;
            let options = {
                let __len = ::wire::__private::computed_len(
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Sub,
                            ::wire::__private::expr_binary(
                                ::wire::__private::schema::BinOp::Mul,
                                ::wire::__private::Option::Some(
                                    (((::wire::__private::read_be_u8(
                                        ::wire::__private::chunk::<1usize>(__raw, 0),
                                    ) >> 0u32) & 15) as u8) as i128,
                                ),
                                ::wire::__private::Option::Some(4),
                            ),
                            ::wire::__private::Option::Some(8),
                        ),
                        1048576u64,
                        1usize,
                        bytes,
                        pos,
                        "options",
                    )
                    .ok()?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            let label = if ::wire::__private::condition_holds(
                    ::wire::__private::Option::Some(
                        (((::wire::__private::read_be_u8(
                            ::wire::__private::chunk::<1usize>(__raw, 0),
                        ) >> 4u32) & 15) as u8) as i128,
                    ),
                    "label",
                    pos,
                )
                .ok()?
            {
                ::wire::__private::Option::Some(
                    ::wire::__private::validated_str::<
                        ::wire::__private::BigEndian,
                    >(bytes, &mut pos, ::wire::__private::LenPrefix::U8)?,
                )
            } else {
                ::wire::__private::Option::None
            };
            let payload = {
                let __len = ::wire::__private::computed_len(
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Sub,
                            ::wire::__private::Option::Some(
                                (::wire::__private::read_at::<
                                    u16,
                                    ::wire::__private::BigEndian,
                                >(__raw, 1)) as i128,
                            ),
                            ::wire::__private::expr_binary(
                                ::wire::__private::schema::BinOp::Mul,
                                ::wire::__private::Option::Some(
                                    (((::wire::__private::read_be_u8(
                                        ::wire::__private::chunk::<1usize>(__raw, 0),
                                    ) >> 0u32) & 15) as u8) as i128,
                                ),
                                ::wire::__private::Option::Some(4),
                            ),
                        ),
                        1048576u64,
                        1usize,
                        bytes,
                        pos,
                        "payload",
                    )
                    .ok()?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_payload = pos;
            let end = pos;
            ::wire::__private::Option::Some((
                DatagramView {
                    __bytes: bytes.get(..end).unwrap_or_default(),
                    __raw,
                    options,
                    label,
                    payload,
                    __wire_to_options,
                    __wire_from_label,
                    __wire_to_payload,
                },
                end,
            ))
        }
        #[doc(hidden)]
        pub fn __wire_len_validated(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            let (__raw, _) = <[u8; 9] as ::wire::__private::zerocopy::FromBytes>::ref_from_prefix(
                    bytes,
                )
                .ok()?;
            let mut pos = 9;
            let _ = {
                let __len = ::wire::__private::computed_len(
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Sub,
                            ::wire::__private::expr_binary(
                                ::wire::__private::schema::BinOp::Mul,
                                ::wire::__private::Option::Some(
                                    (((::wire::__private::read_be_u8(
                                        ::wire::__private::chunk::<1usize>(__raw, 0),
                                    ) >> 0u32) & 15) as u8) as i128,
                                ),
                                ::wire::__private::Option::Some(4),
                            ),
                            ::wire::__private::Option::Some(8),
                        ),
                        1048576u64,
                        1usize,
                        bytes,
                        pos,
                        "options",
                    )
                    .ok()?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            let _ = if ::wire::__private::condition_holds(
                    ::wire::__private::Option::Some(
                        (((::wire::__private::read_be_u8(
                            ::wire::__private::chunk::<1usize>(__raw, 0),
                        ) >> 4u32) & 15) as u8) as i128,
                    ),
                    "label",
                    pos,
                )
                .ok()?
            {
                ::wire::__private::Option::Some(
                    ::wire::__private::validated_bytes::<
                        ::wire::__private::BigEndian,
                    >(bytes, &mut pos, ::wire::__private::LenPrefix::U8)?,
                )
            } else {
                ::wire::__private::Option::None
            };
            let _ = {
                let __len = ::wire::__private::computed_len(
                        ::wire::__private::expr_binary(
                            ::wire::__private::schema::BinOp::Sub,
                            ::wire::__private::Option::Some(
                                (::wire::__private::read_at::<
                                    u16,
                                    ::wire::__private::BigEndian,
                                >(__raw, 1)) as i128,
                            ),
                            ::wire::__private::expr_binary(
                                ::wire::__private::schema::BinOp::Mul,
                                ::wire::__private::Option::Some(
                                    (((::wire::__private::read_be_u8(
                                        ::wire::__private::chunk::<1usize>(__raw, 0),
                                    ) >> 0u32) & 15) as u8) as i128,
                                ),
                                ::wire::__private::Option::Some(4),
                            ),
                        ),
                        1048576u64,
                        1usize,
                        bytes,
                        pos,
                        "payload",
                    )
                    .ok()?;
                ::wire::__private::take_exact(bytes, &mut pos, __len)
            };
            let __wire_to_payload = pos;
            ::wire::__private::Option::Some(pos)
        }
    }
    impl<'a> Datagram<'a> {
        /**Checks that `bytes` is exactly one encoding of [`Datagram`] and returns a view of it.

Every length is checked against its cap and against the input before anything else; strings are checked to be UTF-8; enums, bools and lists are checked element by element. Afterwards every accessor is O(1) and cannot fail.

# Errors

`Truncated`, `TrailingBytes`, `LengthExceedsMax`, `InvalidUtf8`, `MalformedVarint`, `InvalidDiscriminant`, `InvalidBool`, `InvalidMagic`, or `InvalidBlockLength` for a versioned message, each with the field and its offset.*/
        #[inline]
        pub fn view(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            DatagramView<'a>,
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            if used != bytes.len() {
                return ::wire::__private::Err(::wire::__private::DecodeError::TrailingBytes {
                    offset: ::wire::__private::saturate(used),
                    count: ::wire::__private::saturate(bytes.len() - used),
                });
            }
            ::wire::__private::Ok(view)
        }
        ///Like [`Datagram::view`], on the front of a longer buffer: returns the view and the bytes after the message.
        #[inline]
        pub fn view_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (DatagramView<'a>, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let (view, used) = Self::__wire_view_at(
                bytes,
                ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH),
            )?;
            ::wire::__private::Ok((view, bytes.get(used..).unwrap_or_default()))
        }
    }
    impl<'a> DatagramView<'a> {
        ///`version`: 4 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.
        #[inline]
        pub fn version(&self) -> u8 {
            ((::wire::__private::read_be_u8(
                ::wire::__private::chunk::<1usize>(self.__raw, 0),
            ) >> 4u32) & 15) as u8
        }
        ///`ihl`: 4 bits at bit 4 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.
        #[inline]
        pub fn ihl(&self) -> u8 {
            ((::wire::__private::read_be_u8(
                ::wire::__private::chunk::<1usize>(self.__raw, 0),
            ) >> 0u32) & 15) as u8
        }
        ///`total_length`: bytes 1..3, big endian; `u16`.
        #[inline]
        pub fn total_length(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__raw, 1)
        }
        ///`crc`: bytes 3..7, big endian; `u32`.
        #[inline]
        pub fn crc(&self) -> u32 {
            ::wire::__private::read_at::<
                u32,
                ::wire::__private::BigEndian,
            >(self.__raw, 3)
        }
        ///`checksum`: bytes 7..9, big endian; `u16`.
        #[inline]
        pub fn checksum(&self) -> u16 {
            ::wire::__private::read_at::<
                u16,
                ::wire::__private::BigEndian,
            >(self.__raw, 7)
        }
        ///`options`: variable-length field 1 after the fixed block; bytes without a prefix: `ihl * 4 - 8` bytes, at most 1048576.
        #[inline]
        pub fn options(&self) -> &'a [u8] {
            self.options
        }
        ///`label`: variable-length field 2 after the fixed block; when its condition holds (no presence byte), UTF-8 prefixed by its length in bytes as a u8, at most 255.
        #[inline]
        pub fn label(&self) -> ::wire::__private::Option<&'a str> {
            self.label
        }
        ///`payload`: variable-length field 3 after the fixed block; bytes without a prefix: `total_length - ihl * 4` bytes, at most 1048576.
        #[inline]
        pub fn payload(&self) -> &'a [u8] {
            self.payload
        }
        /// The bytes of the encoding.
        #[inline]
        pub fn as_bytes(&self) -> &'a [u8] {
            self.__bytes
        }
    }
    impl<'a> ::wire::__private::core::fmt::Debug for DatagramView<'a> {
        fn fmt(
            &self,
            f: &mut ::wire::__private::core::fmt::Formatter<'_>,
        ) -> ::wire::__private::core::fmt::Result {
            f.debug_struct("DatagramView").field("bytes", &self.__bytes).finish()
        }
    }
    impl<'a> ::wire::__private::Encode for Datagram<'a> {
        #[inline]
        fn encoded_len(&self) -> usize {
            0usize + 9
                + ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(&self.options)
                    .len()
                + match &self.label {
                    ::wire::__private::Option::Some(value) => {
                        let n = ::wire::__private::core::convert::AsRef::<
                            [u8],
                        >::as_ref(&(*value))
                            .len();
                        ::wire::__private::prefixed_len(
                            ::wire::__private::LenPrefix::U8,
                            n,
                            n,
                        )
                    }
                    ::wire::__private::Option::None => 0,
                }
                + ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(&self.payload)
                    .len()
        }
        #[inline]
        fn encode(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            let total = ::wire::__private::Encode::encoded_len(self);
            if out.len() < total {
                return ::wire::__private::Err(
                    ::wire::__private::buffer_too_small(total, out.len()),
                );
            }
            let __len: usize = ::wire::__private::core::convert::AsRef::<
                [u8],
            >::as_ref(&self.options)
                .len();
            ::wire::__private::check_computed_len(__len, 1048576u64, "options")?;
            let __wire_target_ihl: u8 = ::wire::__private::length_target::<
                u8,
            >(
                ::wire::__private::exact_div(
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Add,
                        ::wire::__private::Option::Some(__len as i128),
                        ::wire::__private::Option::Some(8),
                    ),
                    ::wire::__private::Option::Some(4),
                ),
                __len,
                "options",
                ::wire::__private::LengthTarget {
                    field: "ihl",
                    offset: 0,
                    bits: 4u8,
                    signed: false,
                },
            )?;
            let __len: usize = ::wire::__private::core::convert::AsRef::<
                [u8],
            >::as_ref(&self.payload)
                .len();
            ::wire::__private::check_computed_len(__len, 1048576u64, "payload")?;
            let __wire_target_total_length: u16 = ::wire::__private::length_target::<
                u16,
            >(
                ::wire::__private::expr_binary(
                    ::wire::__private::schema::BinOp::Add,
                    ::wire::__private::Option::Some(__len as i128),
                    ::wire::__private::expr_binary(
                        ::wire::__private::schema::BinOp::Mul,
                        ::wire::__private::Option::Some((__wire_target_ihl) as i128),
                        ::wire::__private::Option::Some(4),
                    ),
                ),
                __len,
                "payload",
                ::wire::__private::LengthTarget {
                    field: "total_length",
                    offset: 1,
                    bits: 16u8,
                    signed: false,
                },
            )?;
            ::wire::__private::check_condition(
                ::wire::__private::Option::Some((self.version) as i128),
                ::wire::__private::Option::is_some(&self.label),
                "label",
            )?;
            let mut pos = 0usize;
            {
                let available = out.len();
                let slot = ::wire::__private::reserve(out, &mut pos, 9)?;
                let raw = match <[u8; 9] as ::wire::__private::zerocopy::FromBytes>::mut_from_prefix(
                    slot,
                ) {
                    ::wire::__private::Ok((raw, _)) => raw,
                    ::wire::__private::Err(_) => {
                        return ::wire::__private::Err(
                            ::wire::__private::buffer_too_small(total, available),
                        );
                    }
                };
                let offset = 0usize;
                if !((self.version <= 15) & (__wire_target_ihl <= 15)) {
                    return ::wire::__private::Err(
                        ::wire::__private::first_out_of_range(|| {
                            if self.version > 15 {
                                return ::wire::__private::Err(
                                    ::wire::__private::out_of_range(
                                        "version",
                                        (offset + 0),
                                        self.version as i128,
                                        4u8,
                                        false,
                                    ),
                                );
                            }
                            if __wire_target_ihl > 15 {
                                return ::wire::__private::Err(
                                    ::wire::__private::out_of_range(
                                        "ihl",
                                        (offset + 0),
                                        __wire_target_ihl as i128,
                                        4u8,
                                        false,
                                    ),
                                );
                            }
                            ::wire::__private::Ok(())
                        }),
                    );
                }
                {
                    let mut __bits: u8 = 0;
                    __bits |= (((self.version as u8) as u8) & 15) << 4u32;
                    __bits |= (((__wire_target_ihl as u8) as u8) & 15) << 0u32;
                    ::wire::__private::write_be_u8(
                        ::wire::__private::chunk_mut::<1usize>(raw, 0),
                        __bits,
                    );
                }
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(&__wire_target_total_length, raw, 1, offset),
                )?;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u32,
                        ::wire::__private::BigEndian,
                    >(&self.crc, raw, 3, offset),
                )?;
                ::wire::__private::SetResult::into_result(
                    ::wire::__private::write_at::<
                        u16,
                        ::wire::__private::BigEndian,
                    >(&self.checksum, raw, 7, offset),
                )?;
            }
            {
                let data = ::wire::__private::core::convert::AsRef::<
                    [u8],
                >::as_ref(&self.options);
                ::wire::__private::reserve(out, &mut pos, data.len())?
                    .copy_from_slice(data);
            }
            let __wire_to_options = pos;
            let __wire_from_label = pos;
            if let ::wire::__private::Option::Some(value) = &self.label {
                ::wire::__private::write_bytes::<
                    ::wire::__private::BigEndian,
                >(
                    out,
                    &mut pos,
                    ::wire::__private::LenPrefix::U8,
                    255u64,
                    "label",
                    ::wire::__private::core::convert::AsRef::<[u8]>::as_ref(&(*value)),
                )?;
            }
            {
                let data = ::wire::__private::core::convert::AsRef::<
                    [u8],
                >::as_ref(&self.payload);
                ::wire::__private::reserve(out, &mut pos, data.len())?
                    .copy_from_slice(data);
            }
            let __wire_to_payload = pos;
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32,
                &mut out[..pos],
                __wire_from_label..__wire_to_payload,
                3,
                false,
            );
            ::wire::__private::fill_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                &mut out[..pos],
                0..__wire_to_options,
                7,
                false,
            );
            ::wire::__private::Ok(pos)
        }
    }
    impl<'a> ::wire::__private::Decode<'a> for Datagram<'a> {
        #[inline]
        fn decode_prefix(
            bytes: &'a [u8],
        ) -> ::wire::__private::Result<
            (Self, &'a [u8]),
            ::wire::__private::DecodeError,
        > {
            let depth = ::wire::__private::Depth::new(Self::__WIRE_MAX_DEPTH);
            let (value, used) = Self::__wire_decode_at(bytes, depth)?;
            ::wire::__private::Ok((value, bytes.get(used..).unwrap_or_default()))
        }
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::EncodeElement for Datagram<'a> {
        #[inline]
        fn elem_len(&self) -> usize {
            ::wire::__private::Encode::encoded_len(self)
        }
        #[inline]
        fn elem_write<__O: ::wire::__private::ByteOrder>(
            &self,
            out: &mut [u8],
        ) -> ::wire::__private::Result<usize, ::wire::__private::EncodeError> {
            ::wire::__private::Encode::encode(self, out)
        }
    }
    impl<'a> ::wire::__private::Element<'a> for Datagram<'a> {
        type View = DatagramView<'a>;
    }
    #[doc(hidden)]
    impl<'a> ::wire::__private::DecodeElement<'a> for Datagram<'a> {
        type View = DatagramView<'a>;
        const MIN_LEN: usize = 3usize + 9;
        #[inline]
        fn elem_view<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (DatagramView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            let depth = depth.enter(field, offset)?;
            Self::__wire_view_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        type Stored<__O: ::wire::__private::ByteOrder> = DatagramView<'a>;
        #[inline]
        fn elem_store<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<
            (DatagramView<'a>, usize),
            ::wire::__private::DecodeError,
        > {
            Self::elem_view::<__O>(bytes, field, offset, depth)
        }
        #[inline]
        fn elem_store_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(DatagramView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn stored_view<__O: ::wire::__private::ByteOrder>(
            stored: DatagramView<'a>,
        ) -> DatagramView<'a> {
            stored
        }
        #[inline]
        fn elem_check<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<usize, ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_check_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
        #[inline]
        fn elem_view_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<(DatagramView<'a>, usize)> {
            Self::__wire_view_validated(bytes)
        }
        #[inline]
        fn elem_len_validated<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
        ) -> ::wire::__private::Option<usize> {
            Self::__wire_len_validated(bytes)
        }
        #[inline]
        fn elem_decode<__O: ::wire::__private::ByteOrder>(
            bytes: &'a [u8],
            field: &'static str,
            offset: usize,
            depth: ::wire::__private::Depth,
        ) -> ::wire::__private::Result<(Self, usize), ::wire::__private::DecodeError> {
            let depth = depth.enter(field, offset)?;
            Self::__wire_decode_at(bytes, depth).map_err(|e| e.offset_by(offset))
        }
    }
    impl<'a> DatagramView<'a> {
        /**Checks every checksum field against the bytes it covers, in declaration order: `crc` (crc32 over `label` to `payload`), `checksum` (internet over `version` to `options`). Each is computed with its own bytes read as zero.

# Errors

`ChecksumMismatch` for the first field that differs, with its offset, the checksum computed and the value found.*/
        #[inline]
        pub fn verify_checksum(
            &self,
        ) -> ::wire::__private::Result<(), ::wire::__private::DecodeError> {
            let bytes: &[u8] = self.__bytes;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Crc32,
                bytes,
                self.__wire_from_label..self.__wire_to_payload,
                3,
                false,
                "crc",
                0usize,
            )?;
            ::wire::__private::verify_checksum(
                ::wire::__private::schema::ChecksumAlgorithm::Internet,
                bytes,
                0..self.__wire_to_options,
                7,
                false,
                "checksum",
                0usize,
            )?;
            ::wire::__private::Ok(())
        }
    }
};
const _: () = {
    impl<'a> ::wire::__private::FrameEncode for Datagram<'a> {}
    impl<'a> ::wire::__private::FrameDecode<'a> for Datagram<'a> {
        type View = <Self as ::wire::__private::Element<'a>>::View;
        #[inline]
        fn decode_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self, ::wire::__private::DecodeError> {
            <Self as ::wire::__private::Decode<'a>>::decode(payload)
        }
        #[inline]
        fn view_frame(
            _: ::wire::__private::Option<u16>,
            payload: &'a [u8],
        ) -> ::wire::__private::Result<Self::View, ::wire::__private::DecodeError> {
            Self::view(payload)
        }
    }
    impl<'a> ::wire::__private::MaxEncodedLen for Datagram<'a> {
        const MAX_ENCODED_LEN: usize = 0usize + 9 + 1048576usize + (1usize + 255usize)
            + 1048576usize;
    }
    impl<'a> Datagram<'a> {
        ///The most bytes a value of this type encodes to: a bound for buffers and frames. A type with a field that has no cap (a length prefix without `max_len`) has no bound, and using this constant is a compile error that names the field.
        pub const MAX_ENCODED_LEN: usize = ::wire::__private::max_encoded_len::<Self>();
    }
};
#[allow(clippy::all, clippy::pedantic, clippy::nursery, clippy::restriction)]
const _: () = {
    impl<'a> ::wire::__private::schema::HasSchema for Datagram<'a> {
        const SCHEMA: &'static ::wire::__private::schema::Schema = Self::SCHEMA;
    }
    impl<'a> Datagram<'a> {
        /**The wire layout of [`Datagram`] as data (a `wire::schema::Schema`): what `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark dissector.

The fixed block, bit 0 the most significant bit of byte 0:

```text
 0                   1                   2                   3
 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|version|  ihl  |          total_length         |      crc      |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|                      crc                      |    checksum   |
+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
|    checksum   |
+-+-+-+-+-+-+-+-+
```

- `version`: 4 bits at bit 0 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.
- `ihl`: 4 bits at bit 4 (counting from the most significant) of the 1-byte run at byte 0, big endian; `u8`.
- `total_length`: bytes 1..3, big endian; `u16`.
- `crc`: bytes 3..7, big endian; `u32`.
- `checksum`: bytes 7..9, big endian; `u16`.
- `options`: variable-length field 1 after the fixed block; bytes without a prefix: `ihl * 4 - 8` bytes, at most 1048576.
- `label`: variable-length field 2 after the fixed block; when its condition holds (no presence byte), UTF-8 prefixed by its length in bytes as a u8, at most 255.
- `payload`: variable-length field 3 after the fixed block; bytes without a prefix: `total_length - ihl * 4` bytes, at most 1048576.
*/
        pub const SCHEMA: &'static ::wire::__private::schema::Schema = &::wire::__private::schema::Schema {
            name: "Datagram",
            module: ::wire::__private::core::module_path!(),
            doc: "",
            body: ::wire::__private::schema::Body::Struct(::wire::__private::schema::Struct {
                endian: ::wire::__private::Some(::wire::__private::schema::Endian::Big),
                version: ::wire::__private::None,
                block_len: 9,
                fixed_size: false,
                max_depth: 100u32,
                fields: &[
                    ::wire::__private::schema::Field {
                        name: "version",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 1usize,
                            shift: 4u32,
                            width: 4u32,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "ihl",
                        doc: "",
                        rust_type: "u8",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 1usize,
                        },
                        place: ::wire::__private::schema::Place::Bits {
                            run_offset: 0,
                            run_len: 1usize,
                            shift: 0u32,
                            width: 4u32,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "total_length",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 1,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "crc",
                        doc: "",
                        rust_type: "u32",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 4usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 3,
                            len: 4usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::Some(::wire::__private::schema::Checksum {
                            algorithm: ::wire::__private::schema::ChecksumAlgorithm::Crc32,
                            over: ::wire::__private::schema::ChecksumRange::Fields {
                                first: "label",
                                last: "payload",
                            },
                            verify_on_view: false,
                        }),
                    },
                    ::wire::__private::schema::Field {
                        name: "checksum",
                        doc: "",
                        rust_type: "u16",
                        ty: ::wire::__private::schema::Type::UInt {
                            bytes: 2usize,
                        },
                        place: ::wire::__private::schema::Place::Bytes {
                            offset: 7,
                            len: 2usize,
                        },
                        endian: ::wire::__private::Some(
                            ::wire::__private::schema::Endian::Big,
                        ),
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::Some(::wire::__private::schema::Checksum {
                            algorithm: ::wire::__private::schema::ChecksumAlgorithm::Internet,
                            over: ::wire::__private::schema::ChecksumRange::Fields {
                                first: "version",
                                last: "options",
                            },
                            verify_on_view: true,
                        }),
                    },
                    ::wire::__private::schema::Field {
                        name: "options",
                        doc: "",
                        rust_type: "&'a [u8]",
                        ty: ::wire::__private::schema::Type::Bytes {
                            prefix: ::wire::__private::schema::LenPrefix::ByteLen(
                                &::wire::__private::schema::Expr::Binary(
                                    ::wire::__private::schema::BinOp::Sub,
                                    &::wire::__private::schema::Expr::Binary(
                                        ::wire::__private::schema::BinOp::Mul,
                                        &::wire::__private::schema::Expr::Field("ihl"),
                                        &::wire::__private::schema::Expr::Int(4i64),
                                    ),
                                    &::wire::__private::schema::Expr::Int(8i64),
                                ),
                            ),
                            max_len: 1048576u64,
                        },
                        place: ::wire::__private::schema::Place::Variable {
                            index: 0usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "label",
                        doc: "",
                        rust_type: "Option<&'a str>",
                        ty: ::wire::__private::schema::Type::Str {
                            prefix: ::wire::__private::schema::LenPrefix::U8,
                            max_len: 255u64,
                        },
                        place: ::wire::__private::schema::Place::Variable {
                            index: 1usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::Some(
                            &::wire::__private::schema::Expr::Field("version"),
                        ),
                        checksum: ::wire::__private::None,
                    },
                    ::wire::__private::schema::Field {
                        name: "payload",
                        doc: "",
                        rust_type: "&'a [u8]",
                        ty: ::wire::__private::schema::Type::Bytes {
                            prefix: ::wire::__private::schema::LenPrefix::ByteLen(
                                &::wire::__private::schema::Expr::Binary(
                                    ::wire::__private::schema::BinOp::Sub,
                                    &::wire::__private::schema::Expr::Field("total_length"),
                                    &::wire::__private::schema::Expr::Binary(
                                        ::wire::__private::schema::BinOp::Mul,
                                        &::wire::__private::schema::Expr::Field("ihl"),
                                        &::wire::__private::schema::Expr::Int(4i64),
                                    ),
                                ),
                            ),
                            max_len: 1048576u64,
                        },
                        place: ::wire::__private::schema::Place::Variable {
                            index: 2usize,
                        },
                        endian: ::wire::__private::None,
                        since: 1u32,
                        magic: ::wire::__private::None,
                        default: ::wire::__private::None,
                        condition: ::wire::__private::None,
                        checksum: ::wire::__private::None,
                    },
                ],
            }),
        };
    }
};
